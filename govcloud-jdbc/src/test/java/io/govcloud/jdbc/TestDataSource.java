package io.govcloud.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over {@link DriverManager} for the tests: it puts each connection in the test's own
 * schema, remembers the connections it handed out (so a test can close one under a unit of work), can
 * be broken (every new connection fails), and can pretend to be another database product. A test double
 * of JDBC, not of govcloud's types.
 */
final class TestDataSource implements DataSource {

  private final String url;
  private final String schema;
  private final boolean catalog;
  private final List<Connection> handedOut = new CopyOnWriteArrayList<>();
  private volatile boolean broken;
  private volatile String fakeProduct;
  private volatile String sessionSql;

  /**
   * @param url the JDBC URL
   * @param schema the schema (PostgreSQL, H2) or database (MySQL family) to use, or null
   * @param catalog whether {@code schema} is set as the catalog (MySQL family) rather than the schema
   */
  TestDataSource(String url, String schema, boolean catalog) {
    this.url = url;
    this.schema = schema;
    this.catalog = catalog;
  }

  /** Every new connection fails from now on, as if the server were gone. */
  void breakIt() {
    broken = true;
  }

  /** New connections work again. */
  void repair() {
    broken = false;
  }

  /** New connections report another product name in their metadata. */
  void pretendToBe(String product) {
    fakeProduct = product;
  }

  /** New connections run this statement first (e.g. to change the session's SQL mode). */
  void onConnect(String sql) {
    sessionSql = sql;
  }

  /** The last connection handed out. */
  Connection lastConnection() {
    return handedOut.get(handedOut.size() - 1);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (broken) {
      throw new SQLException("connection refused: the test broke this data source", "08001");
    }
    Connection connection = DriverManager.getConnection(url);
    if (schema != null) {
      if (catalog) {
        connection.setCatalog(schema);
      } else {
        connection.setSchema(schema);
      }
    }
    if (sessionSql != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sessionSql);
      }
    }
    handedOut.add(connection);
    String product = fakeProduct;
    return product == null ? connection : pretending(connection, product);
  }

  private static Connection pretending(Connection connection, String product) {
    InvocationHandler metadata = (proxy, method, args) -> {
      DatabaseMetaData real = connection.getMetaData();
      return switch (method.getName()) {
        case "getDatabaseProductName" -> product;
        case "getDatabaseProductVersion" -> "3.45.0";
        case "getDatabaseMajorVersion" -> 3;
        case "getDatabaseMinorVersion" -> 45;
        default -> invoke(method, real, args);
      };
    };
    DatabaseMetaData fake = (DatabaseMetaData) Proxy.newProxyInstance(
        TestDataSource.class.getClassLoader(), new Class<?>[] {DatabaseMetaData.class}, metadata);
    return (Connection) Proxy.newProxyInstance(TestDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> method.getName().equals("getMetaData") ? fake : invoke(method, connection, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
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
