package io.govcloud.jdbc.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.Driver;

/**
 * The data source of an embedded H2 file database: a new connection from H2's driver for each call, no
 * pool (an embedded H2 connection is opened in microseconds, and each unit of work takes one). The
 * database stays open while the JVM runs ({@code DB_CLOSE_DELAY=-1}) until {@link #shutdown()}; a
 * writer waits up to 10 s for a row another unit holds ({@code LOCK_TIMEOUT}); each commit is written to
 * the file before it returns ({@code WRITE_DELAY=0}: H2's default delay of 500 ms lost committed units
 * when the JVM was killed), at no cost measured on a unit of work.
 *
 * <p>Not API. Immutable and thread-safe.
 */
public final class EmbeddedDataSource implements DataSource {

  private final String url;

  /**
   * The data source of the database {@code govcloud} in a directory.
   *
   * @param directory the absolute directory, without {@code ;}
   */
  public EmbeddedDataSource(String directory) {
    Objects.requireNonNull(directory, "directory");
    this.url = "jdbc:h2:file:" + directory + "/govcloud;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = Driver.load().connect(url, new Properties());
    if (connection == null) {
      throw new SQLException("H2's driver does not accept " + url, "08001");
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", username);
    credentials.setProperty("password", password);
    return Driver.load().connect(url, credentials);
  }

  /**
   * Closes the database, rolling back any transaction still open; the next connection opens it again.
   *
   * @throws SQLException if H2 fails to close it
   */
  public void shutdown() throws SQLException {
    try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // H2 logs through its own trace settings; nothing to set here
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // an embedded database has no login to wait for
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("the embedded data source does not log through java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("the embedded data source is not a " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "EmbeddedDataSource[" + url + "]";
  }
}
