package io.govcloud.model;

import java.util.Objects;

/**
 * The result of an acceptance and evaluation (验收结果, Art. 40–41; rule R7): passed (通过), deferred
 * (暂缓通过) or failed (不通过). The constants are declared from best to worst, so that {@link
 * #compareTo} orders them by how bad they are: a worse result never deducts less (Art. 41).
 */
public enum AcceptanceResult {
  /** Passed (通过). */
  PASS("通过", "passed"),
  /** Passed subject to rectification, deferred (暂缓通过): fees are deducted by the application rules (Art. 41). */
  DEFERRED("暂缓通过", "deferred"),
  /** Failed (不通过): fees are deducted by the application rules (Art. 41). */
  FAIL("不通过", "failed");

  private final String chinese;
  private final String english;

  AcceptanceResult(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** {@return the result's name in the measures' Chinese, e.g. {@code 暂缓通过}; not null} */
  public String chinese() {
    return chinese;
  }

  /** {@return the result's name in English, e.g. {@code deferred}; not null} */
  public String english() {
    return english;
  }

  /**
   * Whether this result is worse than another.
   *
   * @param other the other result, not null
   * @return true if this result is worse
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isWorseThan(AcceptanceResult other) {
    return compareTo(Objects.requireNonNull(other, "other")) > 0;
  }

  /**
   * The worse of two results.
   *
   * @param a a result, not null
   * @param b another result, not null
   * @return the worse one; {@code a} when they are equal
   * @throws NullPointerException if an argument is null
   */
  public static AcceptanceResult worse(AcceptanceResult a, AcceptanceResult b) {
    Objects.requireNonNull(a, "a");
    return b.isWorseThan(a) ? b : a;
  }
}
