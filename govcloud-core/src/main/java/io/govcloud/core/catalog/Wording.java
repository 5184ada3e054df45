package io.govcloud.core.catalog;

import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Number formats shared by the explanations of this package, and the Chinese of quantities and
 * configurations, so that a Chinese explanation is wholly Chinese (codes aside): the four standard
 * dimensions by their Chinese names, a quantity with its unit written after the number ({@code 6核},
 * {@code 12GiB}), a host-defined dimension by its code.
 */
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

  /** A dimension in Chinese: 虚拟处理器, 内存, 存储, 带宽 for the standard ones; otherwise its code. */
  static String inChinese(Dimension dimension) {
    if (dimension.equals(Dimension.VCPU)) {
      return "虚拟处理器";
    }
    if (dimension.equals(Dimension.MEMORY_GIB)) {
      return "内存";
    }
    if (dimension.equals(Dimension.STORAGE_GB)) {
      return "存储";
    }
    if (dimension.equals(Dimension.BANDWIDTH_MBPS)) {
      return "带宽";
    }
    return dimension.code();
  }

  /** A quantity of a dimension in Chinese, the unit right after the number: {@code 6核}, {@code 12GiB}. */
  static String inChinese(BigDecimal quantity, Dimension dimension) {
    return plain(quantity) + ("core".equals(dimension.unit()) ? "核" : dimension.unit());
  }

  /** A configuration in Chinese: {@code 内存12GiB、虚拟处理器6核}. */
  static String inChinese(Configuration configuration) {
    return configuration.quantities().entrySet().stream()
        .map(e -> inChinese(e.getKey()) + inChinese(e.getValue(), e.getKey()))
        .collect(Collectors.joining("、"));
  }

  /** Dimensions in Chinese with their units: {@code 内存（GiB）、虚拟处理器（核）}. */
  static String dimensionsInChinese(Collection<Dimension> dimensions) {
    return dimensions.stream()
        .map(d -> inChinese(d) + "（" + ("core".equals(d.unit()) ? "核" : d.unit()) + "）")
        .collect(Collectors.joining("、"));
  }

  /** Codes listed the Chinese way: {@code compute、storage}. */
  static String codes(Collection<String> codes) {
    return String.join("、", codes);
  }

  /** Over-provisioning per dimension in Chinese, joined by {@code ；}. */
  static String overProvisioningInChinese(List<OverProvisioning> overProvisioning) {
    return overProvisioning.stream().map(OverProvisioning::chinese).collect(Collectors.joining("；"));
  }
}
