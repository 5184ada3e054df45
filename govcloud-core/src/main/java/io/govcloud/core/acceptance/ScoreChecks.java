package io.govcloud.core.acceptance;

import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The checks of a score given to the rules (Art. 40): 0 to 100, at most two decimals. */
final class ScoreChecks {

  /** The highest score. */
  static final BigDecimal MAX = BigDecimal.valueOf(100);
  /** The decimals a score has at most, and a computed score is rounded to. */
  static final int DECIMALS = 2;

  private ScoreChecks() {}

  /**
   * The refusal of a score, if it is refused.
   *
   * @param zh what is scored, in Chinese
   * @param en what is scored, in English
   */
  static Optional<Violation> refusal(String zh, String en, BigDecimal score) {
    Objects.requireNonNull(score, en);
    if (score.signum() < 0 || score.compareTo(MAX) > 0) {
      return Optional.of(AcceptanceViolations.scoreOutOfRange(zh, en, score));
    }
    if (score.stripTrailingZeros().scale() > DECIMALS) {
      return Optional.of(AcceptanceViolations.scoreTooPrecise(zh, en, score));
    }
    return Optional.empty();
  }

  /** The refusal of a weight outside 0 to 1, if it is refused. */
  static Optional<Violation> weightRefusal(String zh, String en, BigDecimal weight) {
    Objects.requireNonNull(weight, en);
    if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
      return Optional.of(AcceptanceViolations.weightOutOfRange(zh, en, weight));
    }
    return Optional.empty();
  }
}
