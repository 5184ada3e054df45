package io.govcloud.jdbc.internal;

import io.govcloud.spi.StoreException;
import java.sql.SQLException;

/**
 * Turns a {@link SQLException} into the {@link StoreException} of the port, naming the operation.
 *
 * <p>Not API.
 */
public final class Sql {

  private Sql() {}

  /** A piece of JDBC work that may fail with a {@link SQLException}. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run() throws SQLException;
  }

  /** A piece of JDBC work with no result. */
  @FunctionalInterface
  public interface Action {
    /** Does the work. */
    void run() throws SQLException;
  }

  /** Binds the parameters of a statement. */
  @FunctionalInterface
  public interface Binder {
    /** Binds them, in order. */
    void bind(Params params) throws SQLException;

    /** No parameters. */
    Binder NONE = params -> {};
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  public interface Mapper<T> {
    /** Reads the current row. */
    T map(Row row) throws SQLException;
  }

  /** Reads one row for its effect, such as adding it to a map. */
  @FunctionalInterface
  public interface RowAction {
    /** Reads the current row. */
    void accept(Row row) throws SQLException;
  }

  /**
   * Runs work, turning a {@link SQLException} into a {@link StoreException}.
   *
   * @param operation what is being done, e.g. {@code update resource r-1}
   * @param work the work
   * @return what the work returned
   */
  public static <T> T call(String operation, Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /**
   * Runs work with no result, turning a {@link SQLException} into a {@link StoreException}.
   *
   * @param operation what is being done
   * @param action the work
   */
  public static void run(String operation, Action action) {
    call(operation, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Runs work of a unit of work, turning a {@link SQLException} into a {@link StoreException}, except
   * that a deadlock or a serialization failure (see {@link Dialect#isLostRace}) becomes the {@link
   * io.govcloud.spi.ConflictException} the port asks for ({@link LostRace}).
   *
   * @param dialect the database's dialect
   * @param operation what is being done
   * @param work the work
   * @return what the work returned
   */
  static <T> T callInUnit(Dialect dialect, String operation, Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      if (dialect.isLostRace(e)) {
        throw new LostRace(operation, e);
      }
      throw failure(operation, e);
    }
  }

  /** As {@link #callInUnit} for work with no result. */
  static void runInUnit(Dialect dialect, String operation, Action action) {
    callInUnit(dialect, operation, () -> {
      action.run();
      return null;
    });
  }

  /** The store exception of a failed operation, with the driver's message and SQLState. */
  public static StoreException failure(String operation, SQLException e) {
    return new StoreException(operation, describe(e), e);
  }

  /** The driver's message with its SQLState and vendor code, and those of the next exception. */
  static String describe(SQLException e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()))
        .append(" [SQLState ").append(e.getSQLState()).append(", code ").append(e.getErrorCode()).append(']');
    SQLException next = e.getNextException();
    if (next != null && next != e) {
      text.append("; ").append(next.getMessage()).append(" [SQLState ").append(next.getSQLState()).append(']');
    }
    return text.toString();
  }
}
