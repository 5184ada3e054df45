package io.govcloud.jdbc.serverhost;

import io.govcloud.jdbc.JdbcStore;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The program {@code ServerOnlyHostTest} runs in a child JVM without H2, as a host on a PostgreSQL server
 * would be: on the class path, or on the module path with govcloud-jdbc as the named module it is. It
 * reports whether H2 can be loaded, which module {@link JdbcStore} is in, what {@link JdbcStore#embedded}
 * does, and, given a server, writes and reads a department through a store in a named schema. In a package
 * of its own, so that on the module path it does not split {@code io.govcloud.jdbc}.
 *
 * <p>Arguments: a directory for the embedded store's attempt; then, optionally, the PostgreSQL server's
 * JDBC URL and the schema to use there.
 */
public final class ServerOnlyHost {

  private ServerOnlyHost() {}

  /**
   * Reports on H2 and the embedded store, then uses the server if one is given.
   *
   * @param args directory, then optionally the server's URL and a schema name
   */
  public static void main(String[] args) {
    try {
      Class.forName("org.h2.Driver");
      System.out.println("h2: present");
    } catch (ClassNotFoundException e) {
      System.out.println("h2: absent");
    }
    System.out.println("govcloud-jdbc: " + JdbcStore.class.getModule());
    try (JdbcStore embedded = JdbcStore.embedded(Path.of(args[0]))) {
      System.out.println("embedded: opened " + embedded.database());
    } catch (IllegalStateException e) {
      System.out.println("embedded: refused: " + e.getMessage());
    }
    if (args.length > 1) {
      try (JdbcStore store = JdbcStore.builder().schema(args[2]).open(new UrlDataSource(args[1]))) {
        store.transact(u -> u.departments().insert(Department.of(DepartmentId.of("d-1"), "server department", Jurisdiction.MUNICIPAL)));
        String name = store.transact(u -> u.departments().find(DepartmentId.of("d-1"))).orElseThrow().name();
        System.out.println("server: " + store.database() + ", schema " + store.schema().orElseThrow() + ", read back " + name);
      }
    }
  }

  /** A data source over {@link DriverManager}, which finds the server's driver as a service. */
  private record UrlDataSource(String url) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // nothing is logged through the data source
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
      throw new SQLFeatureNotSupportedException("not used");
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
}
