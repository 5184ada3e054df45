package io.govcloud.jdbc.internal;

import io.govcloud.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
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
 * <p>When the store works in a named schema, the transaction is put in it: on PostgreSQL by {@code SET
 * LOCAL search_path}, which ends with the transaction; on H2 by {@link Connection#setSchema} and on the
 * MySQL family by {@link Connection#setCatalog}, both put back as they were when it is closed (a MySQL
 * connection that had no database selected keeps the store's: MySQL cannot deselect one).
 *
 * <p>Not API. Not thread-safe: one thread, one transaction.
 */
public final class Transaction implements AutoCloseable {

  /** The isolation of every transaction: a write is checked by its version, never by a snapshot. */
  public static final int ISOLATION = Connection.TRANSACTION_READ_COMMITTED;

  private final Connection connection;
  private final Dialect dialect;
  private final int batchSize;
  private final boolean autoCommit;
  private final int isolation;
  /** The schema (H2) or catalog (MySQL family) to put back on close, or null. */
  private final String previousSchema;

  private Transaction(Connection connection, Dialect dialect, int batchSize, boolean autoCommit, int isolation,
      String previousSchema) {
    this.connection = connection;
    this.dialect = dialect;
    this.batchSize = batchSize;
    this.autoCommit = autoCommit;
    this.isolation = isolation;
    this.previousSchema = previousSchema;
  }

  /**
   * Takes a connection and begins a transaction on it, in the connector's schema.
   *
   * @param connector where connections come from, and the schema and batch size of the store
   * @param operation what the transaction is for, for the message of a failure
   * @return the transaction, to be closed
   * @throws StoreException if no connection can be had or configured
   */
  static Transaction begin(Connector connector, String operation) {
    DataSource dataSource = connector.dataSource();
    Dialect dialect = connector.database().dialect();
    Connection connection = Sql.call(operation + ": open a connection", dataSource::getConnection);
    try {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      if (isolation != ISOLATION) {
        connection.setTransactionIsolation(ISOLATION);
      }
      connection.setAutoCommit(false);
      String previousSchema = null;
      if (connector.schema().isPresent()) {
        previousSchema = enterSchema(connection, dialect, connector.schema().get());
      }
      return new Transaction(connection, dialect, connector.batchSize(), autoCommit, isolation, previousSchema);
    } catch (SQLException e) {
      StoreException failure = Sql.failure(operation + ": begin a transaction", e);
      closeQuietly(connection, failure);
      throw failure;
    }
  }

  /**
   * Puts a connection in a schema, returning what to put back on close, or null.
   *
   * @throws SQLException if the driver refuses
   */
  private static String enterSchema(Connection connection, Dialect dialect, String schema) throws SQLException {
    switch (dialect) {
      case POSTGRESQL -> {
        // the name is a plain identifier (Connector checks it): quoted as it is, as Flyway created it
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET LOCAL search_path TO \"" + schema + "\"");
        }
        return null;
      }
      case H2 -> {
        String previous = connection.getSchema();
        if (schema.equals(previous)) {
          return null;
        }
        connection.setSchema(schema);
        return previous;
      }
      case MYSQL -> {
        String previous = connection.getCatalog();
        if (schema.equals(previous)) {
          return null;
        }
        connection.setCatalog(schema);
        return previous;
      }
      default -> throw new IllegalStateException("no schema handling for " + dialect);
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

  /** The rows this transaction sends per JDBC batch: the store's batch size. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Runs one statement for every element, sent in batches ({@code addBatch}/{@code executeBatch}) of at
   * most the store's batch size.
   */
  public <T> void batch(String sql, Collection<? extends T> elements, RowBinder<? super T> binder)
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
        if (previousSchema != null) {
          if (dialect == Dialect.MYSQL) {
            connection.setCatalog(previousSchema);
          } else {
            connection.setSchema(previousSchema);
          }
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
