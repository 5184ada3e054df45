package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The figures a reduction case rests on (Art. 16, 17, 23; rule R6): one measurement, the capacity the
 * department declared for the recurring period in force (Art. 23), which is not idle, the redundancy
 * ratio in force on the measurement's date, and the least reduction they gave. A case keeps the basis
 * it was opened on and each later one, so that every figure it stated can be traced to its data.
 *
 * <p>The least reduction is what the rules of {@code io.govcloud.core.reallocation} computed when the
 * basis was taken; this record keeps it as stated and checks only that it is not negative.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measurement the utilization record, not null
 * @param measuredAt when it was measured, not null
 * @param allocated the capacity allocated, not negative
 * @param idle the capacity measured idle, not negative, at most {@code allocated}
 * @param periodic the capacity declared for the recurring period in force, not negative
 * @param ratio the redundancy ratio in force, at least 0 and less than 1
 * @param leastReduction the least reduction that brings the idle ratio to {@code ratio}, not negative
 */
public record ReductionBasis(
    UtilizationRecordId measurement,
    Instant measuredAt,
    BigDecimal allocated,
    BigDecimal idle,
    BigDecimal periodic,
    BigDecimal ratio,
    BigDecimal leastReduction) {

  /**
   * Checks the fields.
   *
   * @param measurement the utilization record, not null
   * @param measuredAt when it was measured, not null
   * @param allocated the capacity allocated, not negative
   * @param idle the capacity measured idle, not negative, at most {@code allocated}
   * @param periodic the capacity declared for the recurring period in force, not negative
   * @param ratio the redundancy ratio in force, at least 0 and less than 1
   * @param leastReduction the least reduction that brings the idle ratio to {@code ratio}, not negative
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a quantity is negative, the idle capacity exceeds the allocated
   *     one or the ratio is not in [0, 1)
   */
  public ReductionBasis {
    Objects.requireNonNull(measurement, "measurement");
    Limits.requireInstant(measuredAt, "measuredAt");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(periodic, "periodic");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(leastReduction, "leastReduction");
    if (allocated.signum() < 0 || idle.signum() < 0 || periodic.signum() < 0 || leastReduction.signum() < 0) {
      throw new IllegalArgumentException("the basis of measurement " + measurement + " has a negative quantity");
    }
    if (idle.compareTo(allocated) > 0) {
      throw new IllegalArgumentException("the basis of measurement " + measurement + ": idle " + idle.toPlainString()
          + " exceeds allocated " + allocated.toPlainString());
    }
    if (!RedundancyRatio.isValidRatio(ratio)) {
      throw new IllegalArgumentException("the basis of measurement " + measurement + ": ratio " + ratio.toPlainString()
          + " is not in [0, 1)");
    }
  }
}
