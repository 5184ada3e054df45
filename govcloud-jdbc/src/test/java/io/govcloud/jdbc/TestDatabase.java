package io.govcloud.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One test class's own database: an H2 file database in a temporary directory, or a fresh schema
 * (PostgreSQL) or database (MariaDB) on the shared server, dropped by {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {

  /** The environment variable with the PostgreSQL server's JDBC URL. */
  static final String PG_URL = "GOVCLOUD_TEST_PG_URL";
  /** The environment variable with the MariaDB server's JDBC URL. */
  static final String MARIADB_URL = "GOVCLOUD_TEST_MARIADB_URL";

  enum Kind { H2, POSTGRESQL, MARIADB }

  private final Kind kind;
  private final String serverUrl;
  private final String name;
  private final Path directory;

  private TestDatabase(Kind kind, String serverUrl, String name, Path directory) {
    this.kind = kind;
    this.serverUrl = serverUrl;
    this.name = name;
    this.directory = directory;
  }

  /** A new H2 file database in a temporary directory. */
  static TestDatabase h2() {
    try {
      return new TestDatabase(Kind.H2, null, null, Files.createTempDirectory("govcloud-h2-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new schema on the PostgreSQL server of {@value #PG_URL}. */
  static TestDatabase postgres() {
    return onServer(Kind.POSTGRESQL, System.getenv(PG_URL), "CREATE SCHEMA %s");
  }

  /** A new database on the MariaDB server of {@value #MARIADB_URL}. */
  static TestDatabase mariadb() {
    return onServer(Kind.MARIADB, System.getenv(MARIADB_URL), "CREATE DATABASE %s CHARACTER SET utf8mb4");
  }

  private static TestDatabase onServer(Kind kind, String url, String create) {
    String name = "gc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    execute(url, String.format(create, name));
    return new TestDatabase(kind, url, name, null);
  }

  Kind kind() {
    return kind;
  }

  /**
   * A new data source on this database. On PostgreSQL its sessions detect a deadlock after 50 ms rather
   * than the server's {@code deadlock_timeout} (1 s by default), where the user may change it (a superuser):
   * the TCK's transfers deadlock by design, and each deadlock would otherwise cost a second.
   */
  TestDataSource dataSource() {
    return switch (kind) {
      case H2 -> new TestDataSource(
          "jdbc:h2:file:" + directory.resolve("govcloud") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", null, false);
      case POSTGRESQL -> {
        TestDataSource postgres = new TestDataSource(serverUrl, name, false);
        postgres.onConnect("DO $$ BEGIN PERFORM set_config('deadlock_timeout', '50ms', false); "
            + "EXCEPTION WHEN insufficient_privilege THEN NULL; END $$");
        yield postgres;
      }
      case MARIADB -> new TestDataSource(serverUrl, name, true);
    };
  }

  /**
   * Empties every govcloud table of this database but the schema history, and resets the audit counter,
   * so that a store opened on it is as on a new database, without migrating a new one.
   */
  void empty() {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (found.next()) {
          String table = found.getString("TABLE_NAME");
          String lower = table.toLowerCase(Locale.ROOT);
          if (lower.startsWith("gc_") && !lower.equals("gc_schema_history") && !lower.equals("gc_audit_counter")) {
            tables.add(table);
          }
        }
      }
      switch (kind) {
        case POSTGRESQL -> statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
        case MARIADB -> {
          statement.execute("SET FOREIGN_KEY_CHECKS = 0");
          for (String table : tables) {
            statement.execute("DELETE FROM " + table);
          }
          statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        case H2 -> {
          statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
          for (String table : tables) {
            statement.execute("TRUNCATE TABLE " + table + " RESTART IDENTITY");
          }
          statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
      }
      statement.execute("UPDATE gc_audit_counter SET last_sequence = 0");
    } catch (SQLException e) {
      throw new IllegalStateException("empty " + this, e);
    }
  }

  /** A store on this database: the embedded factory for H2, {@code of(dataSource)} for the servers. */
  JdbcStore open() {
    return kind == Kind.H2 ? JdbcStore.embedded(directory) : JdbcStore.of(dataSource());
  }

  /** A schema (PostgreSQL, H2) or database (MariaDB) name no other test uses. */
  static String uniqueSchemaName() {
    return "gc_named_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /** A table of a named schema (a database on MariaDB), quoted as this database quotes names. */
  String qualified(String schema, String table) {
    return (kind == Kind.MARIADB ? "`" + schema + "`" : "\"" + schema + "\"") + "." + table;
  }

  /** Drops a named schema (a database on MariaDB) that a test created, if it exists. */
  void dropSchema(String schema) {
    switch (kind) {
      case H2 -> execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      case POSTGRESQL -> execute(serverUrl, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      case MARIADB -> execute(serverUrl, "DROP DATABASE IF EXISTS `" + schema + "`");
    }
  }

  /** Runs one statement on this database, outside any store. */
  void execute(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    switch (kind) {
      case H2 -> {
        execute("SHUTDOWN");
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case POSTGRESQL -> execute(serverUrl, "DROP SCHEMA " + name + " CASCADE");
      case MARIADB -> execute(serverUrl, "DROP DATABASE " + name);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on " + url, e);
    }
  }

  @Override
  public String toString() {
    return kind + (name == null ? " in " + directory : " " + name);
  }
}
