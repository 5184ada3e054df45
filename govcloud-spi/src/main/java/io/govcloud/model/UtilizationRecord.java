package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A measurement of a department's capacity on a platform in one dimension (Art. 16; rule R6): how much
 * is allocated and how much of it is idle, at an instant, from a named source (the management system's
 * data interface, a collector, the authority's inspection). This data decides who is reminded to reduce
 * (Art. 17) and what redundancy meets a new demand (Art. 18), so it is kept append-only, with who
 * recorded it and when.
 *
 * <p>Quantities are exact decimals in the dimension's unit. The rules of {@code
 * io.govcloud.core.reallocation} refuse, as values, data that is not plausible (in the future, too old,
 * older than the series' latest, an unknown dimension); this record checks only what no measurement can
 * be.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param department the department measured, not null
 * @param platform the platform measured, not null
 * @param dimension the dimension measured, with its unit, not null
 * @param allocated the capacity allocated to the department, not negative
 * @param idle the part of it that is idle, not negative, at most {@code allocated}
 * @param measuredAt when it was measured, not after {@code recordedAt}
 * @param source where the figures come from: not blank, at most 200 characters
 * @param recordedAt when it was recorded, not null
 * @param recordedBy who recorded it: the management system or the authority; not null
 */
public record UtilizationRecord(
    UtilizationRecordId id,
    DepartmentId department,
    PlatformId platform,
    Dimension dimension,
    BigDecimal allocated,
    BigDecimal idle,
    Instant measuredAt,
    String source,
    Instant recordedAt,
    Actor recordedBy) {

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param department the department measured, not null
   * @param platform the platform measured, not null
   * @param dimension the dimension measured, with its unit, not null
   * @param allocated the capacity allocated to the department, not negative
   * @param idle the part of it that is idle, not negative, at most {@code allocated}
   * @param measuredAt when it was measured, not after {@code recordedAt}
   * @param source where the figures come from: not blank, at most 200 characters
   * @param recordedAt when it was recorded, not null
   * @param recordedBy who recorded it: the management system or the authority; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a quantity is negative or outside the limits of a quantity
   *     (docs/rules.md#limits), the idle capacity exceeds the allocated one, the source is blank or longer than 200 characters, or it was measured after it was recorded
   */
  public UtilizationRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(idle, "idle");
    Limits.requireInstant(measuredAt, "measuredAt");
    Limits.requireInstant(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Texts.requireName(source, "the source of utilization record " + id);
    if (allocated.signum() < 0 || idle.signum() < 0) {
      throw new IllegalArgumentException("utilization record " + id + ": quantities must not be negative, not allocated "
          + allocated.toPlainString() + " and idle " + idle.toPlainString());
    }
    Limits.requireQuantityOrZero(allocated, "utilization record " + id + ": allocated");
    Limits.requireQuantityOrZero(idle, "utilization record " + id + ": idle");
    if (idle.compareTo(allocated) > 0) {
      throw new IllegalArgumentException("utilization record " + id + ": idle " + idle.toPlainString()
          + " exceeds allocated " + allocated.toPlainString());
    }
    if (measuredAt.isAfter(recordedAt)) {
      throw new IllegalArgumentException("utilization record " + id + " was measured at " + measuredAt
          + ", after it was recorded at " + recordedAt);
    }
  }

  /**
   * Whether this record is of a series: a department's capacity on a platform in a dimension.
   *
   * @param department the series' department, not null
   * @param platform the series' platform, not null
   * @param dimension the series' dimension, not null
   * @return whether this record measures that series
   */
  public boolean isOfSeries(DepartmentId department, PlatformId platform, Dimension dimension) {
    return this.department.equals(department) && this.platform.equals(platform) && this.dimension.equals(dimension);
  }
}
