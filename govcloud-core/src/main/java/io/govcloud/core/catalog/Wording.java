package io.govcloud.core.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats shared by the explanations of this package. */
final class Wording {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Wording() {}

  /** A fraction as a percentage with at most 2 decimals, half-up: 1 → {@code 100%}. */
  static String percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }

  /** The ratio {@code part / whole} as a percentage, {@code whole} positive. */
  static String percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }

  /** A quantity without trailing zeros, never in scientific notation: {@code 12.00} → {@code 12}. */
  static String plain(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  /** An amount in fen as yuan, {@code CNY 1234.50}; not limited to the range of {@code Money}. */
  static String yuan(BigDecimal fen) {
    return "CNY " + fen.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** An amount in fen as yuan in Chinese, {@code 1234.50元}. */
  static String yuanInChinese(BigDecimal fen) {
    return fen.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "元";
  }
}
