package io.govcloud.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pooling data source for the tests, as a host passes to {@code JdbcStore.of}: a connection closed by
 * its user goes back to the pool as it is (no rollback, no reset of auto-commit or isolation: the store
 * must leave it clean), and is handed out again. A connection the driver reports closed is dropped. New
 * connections come from a {@link TestDataSource}. A test double of JDBC, not of govcloud's types.
 */
final class ConnectionPool implements DataSource {

  private final DataSource connections;
  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

  /**
   * @param connections where new connections come from
   */
  ConnectionPool(DataSource connections) {
    this.connections = connections;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection pooled;
    while ((pooled = idle.pollFirst()) != null) {
      if (!pooled.isClosed()) {
        return lease(pooled);
      }
    }
    return lease(connections.getConnection());
  }

  /** A handle on a connection whose {@code close()} gives it back to the pool, once. */
  private Connection lease(Connection connection) {
    AtomicBoolean returned = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!returned.getAndSet(true) && !connection.isClosed()) {
                idle.addFirst(connection);
              }
              return null;
            }
            case "isClosed" -> {
              return returned.get() || connection.isClosed();
            }
            default -> {
              if (returned.get()) {
                throw new SQLException("this connection was given back to the pool", "08003");
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  /** Closes the idle connections. */
  void close() {
    Connection connection;
    while ((connection = idle.pollFirst()) != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // a connection that cannot close is gone all the same
      }
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
    // the driver's own timeout applies
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
