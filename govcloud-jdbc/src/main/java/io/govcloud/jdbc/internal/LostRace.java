package io.govcloud.jdbc.internal;

import io.govcloud.spi.ConflictException;
import java.sql.SQLException;

/**
 * A unit of work that the database rolled back to end a race with another unit: a deadlock, or a
 * serialization failure. The port reports every race a retry can resolve as a {@link ConflictException}
 * (its Javadoc), so this is one; as no version of an aggregate lost, it names the unit instead: {@link
 * #aggregate()} is {@value #KIND}, {@link #id()} the operation that lost, and both versions are 0. The
 * driver's exception is the cause.
 *
 * <p>Not API.
 */
final class LostRace extends ConflictException {

  private static final long serialVersionUID = 1L;

  /** What {@link #aggregate()} names. */
  static final String KIND = "unit of work";

  /** The message: the operation, what happened, the driver's message and SQLState, what to do. */
  private final String message;

  LostRace(String operation, SQLException cause) {
    super(KIND, operation, 0, 0);
    this.message = operation + ": the database rolled the unit of work back to end a deadlock or a serialization failure "
        + "with another unit (" + Sql.describe(cause) + "); nothing of it was kept: try it again";
    initCause(cause);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
