package io.govcloud.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The checks of scores and weights shared by the acceptance aggregates (Art. 40; rule R7). */
final class Scores {

  /** The highest score. */
  static final BigDecimal MAX = BigDecimal.valueOf(100);
  /** The most decimals a score has. */
  static final int MAX_DECIMALS = 2;

  private Scores() {}

  /** Checks a score: 0 to 100, at most two decimals. */
  static BigDecimal requireScore(BigDecimal score, String what) {
    Objects.requireNonNull(score, what);
    if (score.signum() < 0 || score.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(what + " must be between 0 and 100, not " + score.toPlainString());
    }
    if (score.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(what + " must have at most " + MAX_DECIMALS + " decimals, not " + score.toPlainString());
    }
    return score;
  }

  /** Checks a weight or a share: 0 to 1. */
  static BigDecimal requireFraction(BigDecimal fraction, String what) {
    Objects.requireNonNull(fraction, what);
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, not " + fraction.toPlainString());
    }
    return fraction;
  }
}
