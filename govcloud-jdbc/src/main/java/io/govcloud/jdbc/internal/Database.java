package io.govcloud.jdbc.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The database server behind a data source, as its driver describes it, and what govcloud-jdbc does
 * with it: the {@link Dialect}, whether {@code FOR UPDATE SKIP LOCKED} is available, and the values of
 * the migrations' placeholders.
 *
 * <p>The family is read from {@link DatabaseMetaData#getDatabaseProductName()}: {@code H2}; {@code
 * PostgreSQL} (also reported by YugabyteDB's YSQL and by openGauss and KingbaseES when they are reached
 * through a PostgreSQL driver); {@code MySQL} (also reported by TiDB and OceanBase's MySQL mode, whose
 * version strings name them) and {@code MariaDB}. Any other name is refused: the schema migrations
 * (Flyway's community database support) recognise exactly these names.
 *
 * <p>Not API. Immutable and thread-safe.
 *
 * @param product the product name the driver reported, not null
 * @param version the product version the driver reported, not null
 * @param dialect the SQL family, not null
 * @param skipLocked whether {@code SELECT ... FOR UPDATE SKIP LOCKED} is available
 * @param collation for the MySQL family, the binary utf8mb4 collation of the tables; otherwise empty
 */
public record Database(String product, String version, Dialect dialect, boolean skipLocked, String collation) {

  /** What the refusal of an unknown database names. */
  public static final String SUPPORTED =
      "H2; PostgreSQL and servers whose driver reports PostgreSQL (YugabyteDB YSQL; openGauss and "
          + "KingbaseES through a PostgreSQL driver); MySQL, MariaDB and servers whose driver reports MySQL "
          + "(TiDB, OceanBase in MySQL mode)";

  /** Checks the fields. */
  public Database {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(collation, "collation");
  }

  /**
   * Recognises the database a connection reaches.
   *
   * @param metadata the connection's metadata, not null
   * @return the database, not null
   * @throws SQLException if the metadata cannot be read
   * @throws IllegalArgumentException if the database is none of those supported; the message names them
   */
  public static Database of(DatabaseMetaData metadata) throws SQLException {
    String product = String.valueOf(metadata.getDatabaseProductName());
    String version = String.valueOf(metadata.getDatabaseProductVersion());
    int major = metadata.getDatabaseMajorVersion();
    int minor = metadata.getDatabaseMinorVersion();
    String name = product.toLowerCase(Locale.ROOT);
    String flavour = version.toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return new Database(product, version, Dialect.H2, true, "");
    }
    if (name.startsWith("postgresql")) {
      return new Database(product, version, Dialect.POSTGRESQL, true, "");
    }
    if (name.startsWith("mariadb")) {
      boolean skipLocked = major > 10 || (major == 10 && minor >= 6);
      return new Database(product, version, Dialect.MYSQL, skipLocked, "utf8mb4_nopad_bin");
    }
    if (name.startsWith("mysql")) {
      boolean tidb = flavour.contains("tidb");
      boolean oceanbase = flavour.contains("oceanbase");
      boolean mysql8 = major >= 8 && !tidb && !oceanbase;
      // MySQL 8 has a NO PAD binary collation; TiDB and OceanBase are given the PAD SPACE utf8mb4_bin
      return new Database(product, version, Dialect.MYSQL, mysql8, mysql8 ? "utf8mb4_0900_bin" : "utf8mb4_bin");
    }
    throw new IllegalArgumentException(
        "govcloud-jdbc does not support the database " + product + " " + version + "; it supports " + SUPPORTED);
  }

  /** The values of the migrations' placeholders. */
  public Map<String, String> placeholders() {
    return dialect == Dialect.MYSQL ? Map.of("collation", collation) : Map.of();
  }

  @Override
  public String toString() {
    return product + " " + version + " (" + dialect.folder() + " dialect)";
  }
}
