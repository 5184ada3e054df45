package io.govcloud.core.reallocation;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A measurement offered for recording (Art. 16): a department's allocated and idle capacity on a
 * platform in one dimension, at an instant, from a named source. Not yet checked: {@link
 * Measurements#record} refuses, as values, what is not plausible, and turns the rest into a {@link
 * io.govcloud.model.UtilizationRecord}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param department the department measured, not null
 * @param platform the platform measured, not null
 * @param dimension the dimension measured, with its unit, not null
 * @param allocated the capacity allocated, not null
 * @param idle the part of it idle, not null
 * @param measuredAt when it was measured, not null
 * @param source where the figures come from (the management system's data interface, a collector, an
 *     inspection): not blank, at most 200 characters
 */
public record Measurement(
    DepartmentId department,
    PlatformId platform,
    Dimension dimension,
    BigDecimal allocated,
    BigDecimal idle,
    Instant measuredAt,
    String source) {

  /**
   * Checks that every field is present and the source named.
   *
   * @param department the department measured, not null
   * @param platform the platform measured, not null
   * @param dimension the dimension measured, with its unit, not null
   * @param allocated the capacity allocated, not null
   * @param idle the part of it idle, not null
   * @param measuredAt when it was measured, not null
   * @param source where the figures come from (the management system's data interface, a collector, an
   *     inspection): not blank, at most 200 characters
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the source is blank or longer than 200 characters
   */
  public Measurement {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(measuredAt, "measuredAt");
    Objects.requireNonNull(source, "source");
    if (source.isBlank() || source.length() > 200) {
      throw new IllegalArgumentException("a measurement must name its source in 1 to 200 characters, not '" + source + "'");
    }
  }
}
