package io.govcloud.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;

/**
 * The SQL families govcloud-jdbc speaks. The differences that reach the Java code are few: how an
 * instant is written and read, how a duplicate key and a lost race are reported, and the folder of the schema
 * migrations; everything else is standard SQL that all three accept.
 *
 * <p>Not API. Immutable and thread-safe.
 */
public enum Dialect {

  /** H2 2.x: instants as {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} at UTC. */
  H2("h2"),

  /** PostgreSQL and servers that report themselves as PostgreSQL: as H2. */
  POSTGRESQL("postgresql"),

  /**
   * MySQL, MariaDB and servers that report themselves as one of them: instants as {@code DATETIME(6)}
   * through a {@link LocalDateTime} in UTC, so that no session time zone converts them.
   */
  MYSQL("mysql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The folder of this dialect's migrations under {@code io/govcloud/jdbc/migration/}. */
  public String folder() {
    return folder;
  }

  /**
   * Binds an instant, already truncated to the microsecond, as a UTC timestamp.
   *
   * @throws SQLException if the driver refuses it
   */
  void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    if (this == MYSQL) {
      statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    } else {
      statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    }
  }

  /**
   * Reads a UTC timestamp column, or null.
   *
   * @throws SQLException if the driver cannot read it
   */
  Instant getInstant(ResultSet row, String column) throws SQLException {
    if (this == MYSQL) {
      LocalDateTime utc = row.getObject(column, LocalDateTime.class);
      return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * Whether an exception reports a duplicate primary or unique key: SQLState 23505 (H2, PostgreSQL),
   * or 23000 with MySQL's error 1062 (23000 alone also covers null and foreign-key violations there).
   */
  boolean isDuplicateKey(SQLException exception) {
    return anyInChain(exception,
        e -> "23505".equals(e.getSQLState()) || ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062));
  }

  /**
   * Whether an exception reports that the database rolled the transaction back to end a race with
   * another one: a deadlock or a serialization failure. SQLState 40001 (H2's deadlock, PostgreSQL's
   * serialization failure, and MySQL's and MariaDB's deadlock, error 1213), 40P01 (PostgreSQL's deadlock),
   * or MySQL's error 1213 whatever the state a driver gives it. A lock wait timeout is not one: nothing
   * says the other transaction will ever end.
   */
  boolean isLostRace(SQLException exception) {
    return anyInChain(exception, e -> "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState())
        || (this == MYSQL && e.getErrorCode() == 1213));
  }

  /** Whether an exception, one of its causes, or one of their next exceptions matches. */
  private static boolean anyInChain(SQLException exception, Predicate<SQLException> test) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
          if (test.test(next)) {
            return true;
          }
          if (next.getNextException() == next) {
            break;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The SQL expression of the current time as this dialect's UTC timestamp column expects it. */
  String nowUtc() {
    return this == MYSQL ? "UTC_TIMESTAMP(6)" : "CURRENT_TIMESTAMP";
  }
}
