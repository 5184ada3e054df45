package io.govcloud.core.reallocation;

import io.govcloud.model.RedundancyRatio;
import io.govcloud.model.ReductionBasis;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a department's idle capacity in one dimension exceeds the redundancy ratio, and by how much it
 * must reduce (Art. 17, rule R6), exactly: no floating point takes part in a decision.
 *
 * <ul>
 *   <li>The <em>counted idle</em> capacity is the idle capacity measured less the capacity the department
 *       declared for the recurring period in force (Art. 23: capacity configured by period is not idle
 *       inside its period), and never below zero: {@code counted = idle - min(idle, periodic)}.
 *   <li>The idle ratio is {@code counted / allocated}, and 0 when nothing is allocated. It exceeds the
 *       ratio {@code r} when {@code counted > r * allocated}, compared exactly; a ratio exactly at {@code
 *       r} does not exceed it.
 *   <li>The least reduction is {@code x = ceil((counted - r * allocated) / (1 - r))} whole units of the
 *       dimension when the ratio is exceeded, and 0 otherwise: reducing {@code y} idle units gives the
 *       ratio {@code (counted - y) / (allocated - y)}, which is at most {@code r} exactly when {@code y >=
 *       (counted - r * allocated) / (1 - r)}. Only idle capacity can be reduced, so {@code x} is at most
 *       {@code counted} (which only matters for fractional quantities: reducing every counted idle unit
 *       gives the ratio 0).
 * </ul>
 *
 * <p>With {@code r = 15%}, 200 vCPU allocated and 60 idle: {@code x = ceil(30 / 0.85) = 36}, leaving 24
 * idle of 164 (14.6%); 35 would leave 25 of 165 (15.2%), still above.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {

  private final BigDecimal allocated;
  private final BigDecimal idle;
  private final BigDecimal periodic;
  private final BigDecimal ratio;

  private Assessment(BigDecimal allocated, BigDecimal idle, BigDecimal periodic, BigDecimal ratio) {
    this.allocated = allocated;
    this.idle = idle;
    this.periodic = periodic;
    this.ratio = ratio;
  }

  /**
   * An assessment of figures.
   *
   * @param allocated the capacity allocated, not negative
   * @param idle the capacity measured idle, not negative, at most {@code allocated}
   * @param periodic the capacity declared for the recurring period in force (Art. 23), not negative
   * @param ratio the redundancy ratio in force, at least 0 and less than 1
   * @return the assessment, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a quantity is negative, the idle capacity exceeds the allocated
   *     one, or the ratio is not in [0, 1) (a measurement's rules refuse such data before it is assessed)
   */
  public static Assessment of(BigDecimal allocated, BigDecimal idle, BigDecimal periodic, BigDecimal ratio) {
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(periodic, "periodic");
    Objects.requireNonNull(ratio, "ratio");
    if (allocated.signum() < 0 || idle.signum() < 0 || periodic.signum() < 0) {
      throw new IllegalArgumentException("an assessment's quantities must not be negative, not allocated " + allocated.toPlainString()
          + ", idle " + idle.toPlainString() + ", periodic " + periodic.toPlainString());
    }
    if (idle.compareTo(allocated) > 0) {
      throw new IllegalArgumentException("idle " + idle.toPlainString() + " exceeds allocated " + allocated.toPlainString());
    }
    if (!RedundancyRatio.isValidRatio(ratio)) {
      throw new IllegalArgumentException("a redundancy ratio must be in [0, 1), not " + ratio.toPlainString());
    }
    return new Assessment(allocated, idle, periodic, ratio);
  }

  /**
   * The assessment of a utilization record.
   *
   * @param record the record, not null
   * @param periodic the capacity declared for the recurring period in force on its date, not negative
   * @param ratio the ratio in force on its date, in [0, 1)
   * @return the assessment, not null
   * @throws IllegalArgumentException as {@link #of}
   */
  public static Assessment of(UtilizationRecord record, BigDecimal periodic, BigDecimal ratio) {
    Objects.requireNonNull(record, "record");
    return of(record.allocated(), record.idle(), periodic, ratio);
  }

  /**
   * The assessment a case's basis rests on.
   *
   * @param basis the basis, not null
   * @return the assessment, not null
   */
  public static Assessment of(ReductionBasis basis) {
    Objects.requireNonNull(basis, "basis");
    return of(basis.allocated(), basis.idle(), basis.periodic(), basis.ratio());
  }

  /**
   * The capacity allocated, not null.
   *
   * @return the capacity allocated, not null
   */
  public BigDecimal allocated() {
    return allocated;
  }

  /**
   * The capacity measured idle, not null.
   *
   * @return the capacity measured idle, not null
   */
  public BigDecimal idle() {
    return idle;
  }

  /**
   * The capacity declared for the recurring period in force (Art. 23), not null.
   *
   * @return the capacity declared for the recurring period in force (Art. 23), not null
   */
  public BigDecimal periodic() {
    return periodic;
  }

  /**
   * The redundancy ratio, not null.
   *
   * @return the redundancy ratio, not null
   */
  public BigDecimal ratio() {
    return ratio;
  }

  /**
   * The idle capacity counted against the ratio: {@code idle - min(idle, periodic)}; not null, not negative.
   *
   * @return the idle capacity counted against the ratio: {@code idle - min(idle, periodic)}; not null, not negative
   */
  public BigDecimal countedIdle() {
    return idle.subtract(idle.min(periodic));
  }

  /**
   * Whether the counted idle capacity exceeds the ratio: {@code counted > r * allocated}, exactly.
   *
   * @return true if a reminder is due (Art. 17)
   */
  public boolean exceedsRatio() {
    return countedIdle().compareTo(ratio.multiply(allocated)) > 0;
  }

  /**
   * The least reduction, in whole units of the dimension, that brings the idle ratio to the ratio or below
   * (see the class comment); 0 when it is not above.
   *
   * @return the least reduction, not negative, not null
   */
  public BigDecimal leastReduction() {
    if (!exceedsRatio()) {
      return BigDecimal.ZERO;
    }
    BigDecimal counted = countedIdle();
    BigDecimal excess = counted.subtract(ratio.multiply(allocated));
    BigDecimal units = excess.divide(BigDecimal.ONE.subtract(ratio), 0, RoundingMode.CEILING);
    return units.min(counted);
  }

  /**
   * The idle ratio {@code counted / allocated}, rounded for display; 0 when nothing is allocated. Decisions
   * never use it: they compare exactly ({@link #exceedsRatio()}).
   *
   * @param scale the decimals to keep, e.g. 3 for {@code 0.146}
   * @param rounding how to round the last one, not null
   * @return the ratio, not null
   */
  public BigDecimal idleRatio(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (allocated.signum() == 0) {
      return BigDecimal.ZERO.setScale(scale, rounding);
    }
    return countedIdle().divide(allocated, scale, rounding);
  }

  /**
   * The assessment after a reduction of idle capacity: {@code y} less allocated and less idle; the periodic
   * capacity stays.
   *
   * @param reduced the capacity reduced, not negative, at most {@link #countedIdle()}
   * @return the assessment, not null
   * @throws IllegalArgumentException if the reduction is negative or exceeds the counted idle capacity
   */
  public Assessment afterReduction(BigDecimal reduced) {
    Objects.requireNonNull(reduced, "reduced");
    if (reduced.signum() < 0 || reduced.compareTo(countedIdle()) > 0) {
      throw new IllegalArgumentException("a reduction of idle capacity must be between 0 and the counted idle "
          + countedIdle().toPlainString() + ", not " + reduced.toPlainString());
    }
    return new Assessment(allocated.subtract(reduced), idle.subtract(reduced), periodic, ratio);
  }

  /**
   * This assessment as the basis of a case.
   *
   * @param measurement the utilization record assessed, not null
   * @param measuredAt when it was measured, not null
   * @return the basis, with {@link #leastReduction()}; not null
   */
  public ReductionBasis basis(UtilizationRecordId measurement, Instant measuredAt) {
    return new ReductionBasis(measurement, measuredAt, allocated, idle, periodic, ratio, leastReduction());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment other
        && allocated.compareTo(other.allocated) == 0
        && idle.compareTo(other.idle) == 0
        && periodic.compareTo(other.periodic) == 0
        && ratio.compareTo(other.ratio) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocated.stripTrailingZeros(), idle.stripTrailingZeros(), periodic.stripTrailingZeros(), ratio.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "Assessment[counted idle " + countedIdle().toPlainString() + " (idle " + idle.toPlainString() + ", periodic "
        + periodic.toPlainString() + ") of " + allocated.toPlainString() + ", ratio " + ratio.toPlainString()
        + (exceedsRatio() ? ", above: reduce at least " + leastReduction().toPlainString() : ", not above") + "]";
  }
}
