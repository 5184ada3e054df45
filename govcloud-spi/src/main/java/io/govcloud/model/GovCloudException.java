package io.govcloud.model;

/**
 * The one family of exceptions govcloud throws on purpose, so that a host can catch them in one place.
 * Refusals by a rule are values ({@code Either<Violation, T>}), not exceptions; the members of this
 * family are the cases a value cannot express:
 *
 * <ul>
 *   <li>{@link RefusedException}: a refusal turned into an exception by the host, through {@link
 *       Violation#toException()} or {@link RefusedException#of(java.util.List)}; it carries the
 *       violations;
 *   <li>{@code io.govcloud.spi.ConflictException}: a unit of work lost a race (optimistic versions);
 *       nothing of it was kept, and running the whole action again may succeed;
 *   <li>{@code io.govcloud.spi.StoreException}: the store failed (a lost connection, a broken schema);
 *       nothing of the unit was kept;
 *   <li>{@code io.govcloud.core.calendar.CalendarCoverageException}: a deadline needs a year for which
 *       no official working-day schedule is loaded (rule R1: never guess silently);
 *   <li>{@code io.govcloud.core.calendar.MalformedHolidayScheduleException}: a holiday schedule the host
 *       supplied cannot be read.
 * </ul>
 *
 * <p>A caller's bug (a null argument, an impossible value) is an {@link IllegalArgumentException} or a
 * {@link NullPointerException} naming the value, and is not part of this family.
 */
public abstract class GovCloudException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception without a cause yet: one may be set once with {@link #initCause(Throwable)}.
   *
   * @param message what went wrong, naming the values involved, not null
   */
  protected GovCloudException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the values involved, not null
   * @param cause the underlying fault, may be null
   */
  protected GovCloudException(String message, Throwable cause) {
    super(message, cause);
  }
}
