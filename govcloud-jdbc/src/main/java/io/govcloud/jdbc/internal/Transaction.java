package io.govcloud.jdbc.internal;

import io.govcloud.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One connection taken from the data source for one transaction at {@link
 * Connection#TRANSACTION_READ_COMMITTED}, with the statements govcloud-jdbc runs on it. The connection's
 * auto-commit and isolation are put back as they were when it is closed, for pooled connections.
 *
 * <p>Not API. Not thread-safe: one thread, one transaction.
 */
public final class Transaction implements AutoCloseable {

  /** The isolation of every transaction: a write is checked by its version, never by a snapshot. */
  public static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;

  private final Connection connection;
  private final Dialect dialect;
  private final boolean autoCommit;
  private final int isolation;

  private Transaction(Connection connection, Dialect dialect, boolean autoCommit, int isolation) {
    this.connection = connection;
    this.dialect = dialect;
    this.autoCommit = autoCommit;
    this.isolation = isolation;
  }

  /**
   * Takes a connection and begins a transaction on it.
   *
   * @param dataSource where connections come from
   * @param dialect the database's dialect
   * @param operation what the transaction is for, for the message of a failure
   * @return the transaction, to be closed
   * @throws StoreException if no connection can be had or configured
   */
  public static Transaction begin(DataSource dataSource, Dialect dialect, String operation) {
    Connection connection = Sql.call(operation + ": open a connection", dataSource::getConnection);
    try {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      if (isolation != ISOLATION) {
        connection.setTransactionIsolation(ISOLATION);
      }
      connection.setAutoCommit(false);
      return new Transaction(connection, dialect, autoCommit, isolation);
    } catch (SQLException e) {
      StoreException failure = Sql.failure(operation + ": begin a transaction", e);
      closeQuietly(connection, failure);
      throw failure;
    }
  }

  /** The dialect of the database. */
  public Dialect dialect() {
    return dialect;
  }

  /** Runs a query and maps every row. */
  public <T> List<T> query(String sql, Sql.Binder binder, Sql.Mapper<T> mapper) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Params(statement, dialect));
      try (ResultSet result = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        Row row = new Row(result, dialect);
        while (result.next()) {
          rows.add(mapper.map(row));
        }
        return rows;
      }
    }
  }

  /** Runs a query and hands every row to an action. */
  public void forEach(String sql, Sql.Binder binder, Sql.RowAction action) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Params(statement, dialect));
      try (ResultSet result = statement.executeQuery()) {
        Row row = new Row(result, dialect);
        while (result.next()) {
          action.accept(row);
        }
      }
    }
  }

  /** Runs a query that returns at most one row. */
  public <T> Optional<T> queryOne(String sql, Sql.Binder binder, Sql.Mapper<T> mapper) throws SQLException {
    List<T> rows = query(sql, binder, mapper);
    if (rows.size() > 1) {
      throw new SQLException("expected at most one row, got " + rows.size() + " from " + sql, "21000");
    }
    return rows.stream().findFirst();
  }

  /** Runs an insert, update or delete; returns the number of rows changed. */
  public int update(String sql, Sql.Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Params(statement, dialect));
      return statement.executeUpdate();
    }
  }

  /** A binder of one row of a batch. */
  @FunctionalInterface
  public interface RowBinder<T> {
    /** Binds the parameters of one element. */
    void bind(Params params, T element) throws SQLException;
  }

  /**
   * Runs one statement for every element, sent in batches ({@code addBatch}/{@code executeBatch}) of at
   * most {@code batchSize}.
   */
  public <T> void batch(String sql, Collection<? extends T> elements, int batchSize, RowBinder<? super T> binder)
      throws SQLException {
    if (elements.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Params params = new Params(statement, dialect);
      int pending = 0;
      for (T element : elements) {
        params.reset();
        binder.bind(params, element);
        statement.addBatch();
        if (++pending == batchSize) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  /** Marks a point the transaction can roll back to without ending. */
  public Savepoint savepoint() throws SQLException {
    return connection.setSavepoint();
  }

  /** Undoes what was done since a savepoint, keeping the transaction going. */
  public void rollbackTo(Savepoint savepoint) throws SQLException {
    connection.rollback(savepoint);
  }

  /** Forgets a savepoint that is no longer needed. */
  public void release(Savepoint savepoint) throws SQLException {
    connection.releaseSavepoint(savepoint);
  }

  /**
   * Commits.
   *
   * @throws StoreException if the commit fails; whether it took effect may then be unknown
   */
  public void commit(String operation) {
    Sql.run(operation + ": commit", connection::commit);
  }

  /**
   * Commits a unit of work: as {@link #commit}, but a deadlock or a serialization failure reported at
   * commit is a {@link io.govcloud.spi.ConflictException}, as it is on the unit's statements.
   */
  public void commitUnit(String operation) {
    Sql.runInUnit(dialect, operation + ": commit", connection::commit);
  }

  /** Rolls back, adding a failure to roll back to {@code cause} rather than hiding it. */
  public void rollback(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Rolls back what was not committed, puts the connection's settings back and closes it; a failure is
   * ignored, as the outcome is already decided.
   */
  @Override
  public void close() {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
        if (isolation != ISOLATION && isolation != Connection.TRANSACTION_NONE) {
          connection.setTransactionIsolation(isolation);
        }
      }
    } catch (SQLException | RuntimeException e) {
      // a broken connection cannot be reset; closing it is all that is left
    } finally {
      closeQuietly(connection, null);
    }
  }

  private static void closeQuietly(Connection connection, Throwable cause) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }
}
