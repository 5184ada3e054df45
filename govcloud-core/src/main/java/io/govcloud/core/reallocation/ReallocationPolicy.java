package io.govcloud.core.reallocation;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of elastic reallocation that the measures leave to the host (rule R6; Art. 16): today one,
 * how old a measurement may be when it is recorded. The redundancy ratio itself is not here: each
 * platform's authority sets it, versioned by date, in a {@link io.govcloud.model.RedundancyPolicy} (Art.
 * 15).
 *
 * <p>Decision: a measurement older than {@value #DEFAULT_MAX_AGE_DAYS} days when it is recorded is
 * refused by default. Art. 16 asks that the management system's data be true and accurate, and it
 * decides who must reduce; a figure a week old no longer says what is idle now.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReallocationPolicy {

  /** The default age limit of a measurement when it is recorded, in days. */
  public static final int DEFAULT_MAX_AGE_DAYS = 7;

  private static final ReallocationPolicy DEFAULTS = new ReallocationPolicy(Duration.ofDays(DEFAULT_MAX_AGE_DAYS));

  private final Duration measurementMaxAge;

  private ReallocationPolicy(Duration measurementMaxAge) {
    this.measurementMaxAge = measurementMaxAge;
  }

  /**
   * The documented defaults: a measurement may be at most {@value #DEFAULT_MAX_AGE_DAYS} days old.
   *
   * @return the default policy, not null
   */
  public static ReallocationPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * This policy with another age limit.
   *
   * @param maxAge how long before its recording a measurement may have been taken, positive
   * @return the policy, not null
   * @throws NullPointerException if the age is null
   * @throws IllegalArgumentException if it is zero or negative
   */
  public ReallocationPolicy withMeasurementMaxAge(Duration maxAge) {
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isZero() || maxAge.isNegative()) {
      throw new IllegalArgumentException("a measurement's age limit must be positive, not " + maxAge);
    }
    return new ReallocationPolicy(maxAge);
  }

  /**
   * How long before its recording a measurement may have been taken; positive, not null.
   *
   * @return how long before its recording a measurement may have been taken; positive, not null
   */
  public Duration measurementMaxAge() {
    return measurementMaxAge;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReallocationPolicy other && measurementMaxAge.equals(other.measurementMaxAge);
  }

  @Override
  public int hashCode() {
    return measurementMaxAge.hashCode();
  }

  @Override
  public String toString() {
    return "ReallocationPolicy[measurementMaxAge " + measurementMaxAge + "]";
  }
}
