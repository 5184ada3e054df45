package io.govcloud.jdbc.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Where a store's transactions come from: the host's data source, the database behind it, the schema
 * every transaction works in (or the connection's own), and the rows sent per JDBC batch.
 *
 * <p>Not API. Immutable and thread-safe.
 */
public final class Connector {

  /** The rows per JDBC batch unless a host chooses otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 1000;

  /**
   * A schema name this library accepts: a plain identifier, at most 63 characters (PostgreSQL's limit),
   * so that it can be quoted in SQL as it is.
   */
  private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private final DataSource dataSource;
  private final Database database;
  private final Optional<String> schema;
  private final int batchSize;

  /**
   * The connector of a store.
   *
   * @param dataSource where connections come from, not null
   * @param database the database behind it, not null
   * @param schema the schema (the database of a MySQL-family server) every transaction works in, or
   *     empty for the connection's own
   * @param batchSize the rows per JDBC batch, at least 1
   */
  public Connector(DataSource dataSource, Database database, Optional<String> schema, int batchSize) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.database = Objects.requireNonNull(database, "database");
    this.schema = Objects.requireNonNull(schema, "schema");
    schema.ifPresent(Connector::requireSchemaName);
    this.batchSize = requireBatchSize(batchSize);
  }

  /**
   * Checks a schema name.
   *
   * @param schema the name
   * @return the name
   * @throws IllegalArgumentException if it is not a plain identifier of at most 63 characters
   */
  public static String requireSchemaName(String schema) {
    Objects.requireNonNull(schema, "schema");
    if (!SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("the schema name '" + schema + "' is not a plain identifier: "
          + "letters A-Z and a-z, digits and '_', not starting with a digit, at most 63 characters");
    }
    return schema;
  }

  /**
   * Checks a batch size.
   *
   * @param batchSize the rows per batch
   * @return the batch size
   * @throws IllegalArgumentException if it is less than 1
   */
  public static int requireBatchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1 row, not " + batchSize);
    }
    return batchSize;
  }

  /** The host's data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The database behind the data source. */
  public Database database() {
    return database;
  }

  /** The schema every transaction works in, or empty for the connection's own. */
  public Optional<String> schema() {
    return schema;
  }

  /** The rows per JDBC batch. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Takes a connection and begins a transaction on it, in this connector's schema.
   *
   * @param operation what the transaction is for, for the message of a failure
   * @return the transaction, to be closed
   * @throws io.govcloud.spi.StoreException if no connection can be had or configured
   */
  public Transaction begin(String operation) {
    return Transaction.begin(this, operation);
  }

  @Override
  public String toString() {
    return database + schema.map(s -> ", schema " + s).orElse("");
  }
}
