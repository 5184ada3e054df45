package io.govcloud.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a {@link TestDataSource} that records the JDBC batches sent through it (the rows
 * of each {@code executeBatch}, by statement) and, once told to, hands out one connection again and again
 * as a pool would, its {@code close()} giving it back rather than closing it, so that a test can look at
 * what a unit of work left on it. A test double of JDBC, not of govcloud's types.
 */
final class RecordingDataSource implements DataSource, AutoCloseable {

  /** One {@code executeBatch}: the statement and the rows it sent. */
  record Batch(String sql, int rows) {}

  private final TestDataSource target;
  private final List<Batch> batches = new CopyOnWriteArrayList<>();
  private volatile Connection kept;

  RecordingDataSource(TestDataSource target) {
    this.target = target;
  }

  /** From now on, every connection is the same one, given back rather than closed. */
  Connection keepOneConnection() throws SQLException {
    kept = target.getConnection();
    return kept;
  }

  /** The rows of each batch sent for statements starting with a prefix, in order. */
  List<Integer> batchesOf(String sqlPrefix) {
    List<Integer> rows = new ArrayList<>();
    for (Batch batch : batches) {
      if (batch.sql().startsWith(sqlPrefix)) {
        rows.add(batch.rows());
      }
    }
    return rows;
  }

  /** Forgets the batches recorded so far. */
  void clear() {
    batches.clear();
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = kept != null ? kept : target.getConnection();
    boolean pooled = kept != null;
    return (Connection) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (pooled && method.getName().equals("close")) {
            return null;
          }
          if (pooled && method.getName().equals("isClosed")) {
            return false;
          }
          Object result = invoke(method, real, args);
          if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
            return recording(statement, (String) args[0]);
          }
          return result;
        });
  }

  private PreparedStatement recording(PreparedStatement statement, String sql) {
    int[] pending = {0};
    return (PreparedStatement) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "addBatch" -> pending[0]++;
            case "executeBatch" -> {
              batches.add(new Batch(sql, pending[0]));
              pending[0] = 0;
            }
            default -> { }
          }
          return invoke(method, statement, args);
        });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws SQLException {
    if (kept != null) {
      kept.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the tests log nothing through the data source
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // DriverManager's own timeout applies
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("not used by the tests");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
