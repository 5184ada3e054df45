package io.govcloud.core.calendar;

import io.govcloud.model.GovCloudException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a holiday schedule source is malformed: a line that cannot be read, a date listed twice,
 * a makeup working day that is not a weekend day, a year covered without all of its statutory holidays
 * off. The message names the source, the line (when the
 * source is a file) and the reason; nothing is guessed (docs/rules.md#r1). A member of the {@link
 * GovCloudException} family.
 */
public final class MalformedHolidayScheduleException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  /** The name of the source. */
  private final String source;

  /** The 1-based line number, or 0 when the source has no lines. */
  private final int line;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the name of the source, not null
   * @param line the 1-based line number, or 0 when the source has no lines
   * @param reason what is wrong, not null
   * @param cause the underlying error, may be null
   */
  public MalformedHolidayScheduleException(String source, int line, String reason, Throwable cause) {
    super(
        Objects.requireNonNull(source, "source")
            + (line > 0 ? ", line " + line : "")
            + ": "
            + Objects.requireNonNull(reason, "reason"),
        cause);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** {@return the name of the malformed source, not null} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line number of the fault, if the source is a file} */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** {@return what is wrong, not null} */
  public String reason() {
    return reason;
  }
}
