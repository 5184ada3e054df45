package io.govcloud.jdbc;

import io.govcloud.jdbc.internal.Connector;
import io.govcloud.jdbc.internal.Database;
import io.govcloud.jdbc.internal.Dialect;
import io.govcloud.jdbc.internal.EmbeddedDataSource;
import io.govcloud.jdbc.internal.JdbcUnitOfWork;
import io.govcloud.jdbc.internal.Outbox;
import io.govcloud.jdbc.internal.Schema;
import io.govcloud.jdbc.internal.Sql;
import io.govcloud.jdbc.internal.Transaction;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import io.govcloud.spi.StoreException;
import io.govcloud.spi.UnitOfWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The govcloud {@link Store} on a relational database through JDBC: an embedded H2 file database
 * ({@link #embedded(Path)}), or any supported server behind the host's own {@link DataSource} ({@link
 * #of(DataSource)}). The dialect is recognised from the connection's metadata; the tables are created
 * and upgraded by the Flyway migrations shipped in this jar when the store is opened.
 *
 * <p>Both factories need no configuration. {@link #builder()} chooses otherwise: whether opening the
 * store migrates the schema, only validates it, or leaves it alone ({@link SchemaMode}); the schema the
 * tables live in; and the rows per JDBC batch. For example, a service whose database user may not create
 * tables, in the schema {@code govcloud} its DBA migrated:
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder()
 *     .schemaMode(JdbcStore.SchemaMode.VALIDATE)
 *     .schema("govcloud")
 *     .open(dataSource);
 * }</pre>
 *
 * <p>The embedded store needs H2 ({@code com.h2database:h2}), an optional dependency of govcloud-jdbc: a
 * host on a server brings only its server's driver.
 *
 * <p>Each unit of work takes one connection from the data source for one transaction at {@link
 * Connection#TRANSACTION_READ_COMMITTED}, and gives it back when the unit ends; a host passes a pooled
 * data source to reuse connections (the embedded one opens a connection per unit, which H2 does in
 * microseconds). Writes are checked by version ({@code UPDATE ... WHERE id = ? AND version = ?}); a stale
 * write throws {@link io.govcloud.spi.ConflictException} and the unit rolls back, even if its body caught
 * the exception. A deadlock or a serialization failure that the database reports between two units
 * (SQLState 40001, or 40P01 on PostgreSQL; MySQL's and MariaDB's error 1213) is a race as well: the unit
 * that lost it throws a {@link io.govcloud.spi.ConflictException} and may be tried again. Every other
 * {@link SQLException} becomes a {@link StoreException} naming the operation. Either way the unit's
 * transaction is rolled back: nothing half-written is ever committed.
 *
 * <p>Instants are stored as UTC timestamps to the microsecond (the precision of PostgreSQL and MySQL):
 * finer digits are dropped on every database alike. Quantities keep their exact value and scale, up to 20
 * digits before the point and 18 after; money is {@code DECIMAL(19,2)}.
 *
 * <p>Notifications go to an outbox table in the unit's transaction; {@link #dispatch(Notifier)} delivers
 * them after commit, one transaction per notification, so that none is lost on a crash and none is
 * delivered twice to a notifier that returned. Audit records are numbered under a row lock taken just
 * before the commit, so that their sequences follow commit order.
 *
 * <p>This class is thread-safe.
 */
public final class JdbcStore implements Store, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  /** The directories of the embedded stores open in this JVM. */
  private static final ConcurrentMap<Path, Boolean> OPEN_EMBEDDED = new ConcurrentHashMap<>();

  private final Connector connector;
  private final Database database;
  private final Runnable onClose;
  private volatile boolean closed;

  private JdbcStore(Connector connector, Runnable onClose) {
    this.connector = connector;
    this.database = connector.database();
    this.onClose = onClose;
  }

  /**
   * What opening a store does to the schema of its database.
   *
   * <p>Infrastructure, no article of its own: how the tables that keep every record (among them the audit
   * trail of docs/rules.md#r9) come to exist and are kept at this library's version.
   */
  public enum SchemaMode {
    /**
     * Creates the tables if they are missing and applies the scripts of this version not yet applied, as
     * {@link JdbcStore#of} and {@link JdbcStore#embedded} do. The database user needs the right to
     * create tables (and, for a named schema that does not exist, the schema).
     */
    MIGRATE,
    /**
     * Changes nothing and refuses to open unless the schema is exactly at this library's version, migrated
     * by this library's scripts: for a service whose database user may only read and write rows, on a
     * schema migrated beforehand (by a store opened with {@link #MIGRATE} as a more privileged user).
     */
    VALIDATE,
    /**
     * Neither migrates nor checks: the host answers for the schema being at this library's version. Opening
     * costs no query on the schema history; a schema that is not up to date fails later, on the first
     * statement that meets a missing table or column.
     */
    NONE
  }

  /**
   * The options of a store, each with the default of {@link #of} and {@link #embedded}: {@link
   * SchemaMode#MIGRATE}, the connection's own schema, batches of 1,000 rows. Not thread-safe; a builder
   * may open several stores.
   */
  public static final class Builder {
    private SchemaMode schemaMode = SchemaMode.MIGRATE;
    private Optional<String> schema = Optional.empty();
    private int batchSize = Connector.DEFAULT_BATCH_SIZE;

    private Builder() {}

    /**
     * What opening the store does to the schema; {@link SchemaMode#MIGRATE} unless set.
     *
     * @param mode the mode, not null
     * @return this builder
     */
    public Builder schemaMode(SchemaMode mode) {
      this.schemaMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The schema govcloud's tables live in (on MySQL and MariaDB, the database), rather than the one
     * each connection of the data source starts in. Every unit of work is put in it: on PostgreSQL by
     * {@code SET LOCAL search_path} at the start of each transaction (one statement more per unit; a data
     * source whose URL names the schema, {@code currentSchema=...}, needs none); on H2 and the MySQL
     * family by {@link Connection#setSchema} or {@link Connection#setCatalog}, put back when the unit
     * ends. With {@link SchemaMode#MIGRATE} the schema is created if it does not exist.
     *
     * @param schema the name: letters, digits and {@code _}, not starting with a digit, at most 63
     *     characters; used exactly as written (quoted), so write it in the case the schema has
     * @return this builder
     * @throws IllegalArgumentException if the name is not such an identifier
     */
    public Builder schema(String schema) {
      this.schema = Optional.of(Connector.requireSchemaName(schema));
      return this;
    }

    /**
     * The most rows a unit of work sends to the database in one JDBC batch ({@code executeBatch}), when it
     * writes many rows of one table (a month's bills, work orders, audit records); 1,000 unless set.
     * Larger batches save round trips on a distant server; smaller ones keep each packet small.
     *
     * @param rows the rows per batch, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public Builder batchSize(int rows) {
      this.batchSize = Connector.requireBatchSize(rows);
      return this;
    }

    /**
     * Opens a store in the database behind a data source, with these options; as {@link
     * JdbcStore#of(DataSource)} otherwise.
     *
     * @param dataSource the data source, not null; ideally pooled
     * @return the store, not null
     * @throws IllegalArgumentException if the database is not supported (the message names those that
     *     are), or a MySQL-family server does not run in strict SQL mode
     * @throws StoreException if the database cannot be reached, or its schema is newer than this library,
     *     or a migration fails, or (with {@link SchemaMode#VALIDATE}) the schema is not at this library's
     *     version
     */
    public JdbcStore open(DataSource dataSource) {
      return JdbcStore.open(Objects.requireNonNull(dataSource, "dataSource"), this, () -> {});
    }

    /**
     * Opens a store in an embedded H2 database kept in a directory, with these options; as {@link
     * JdbcStore#embedded(Path)} otherwise.
     *
     * @param directory the directory, not null; its path must not contain {@code ;}
     * @return the store, not null
     * @throws IllegalArgumentException if the path contains {@code ;}
     * @throws IllegalStateException if H2 is not on the class path or module path, or an embedded store
     *     of this JVM is open on the directory
     * @throws StoreException if the directory or the database cannot be opened, or its schema is newer
     *     than this library, or (with {@link SchemaMode#VALIDATE}) not at its version
     */
    public JdbcStore openEmbedded(Path directory) {
      return JdbcStore.openEmbedded(directory, this);
    }
  }

  /**
   * The options of a store to open: {@link Builder#open(DataSource)} or {@link Builder#openEmbedded(Path)}.
   *
   * @return a builder with the defaults of {@link #of} and {@link #embedded}, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A store in an embedded H2 database kept in a directory (file {@code govcloud.mv.db}), created if
   * missing. The database stays open in this JVM until {@link #close()}; another process cannot open it
   * at the same time, and neither can a second call in this JVM while the first store is open (share
   * that store: it is thread-safe).
   *
   * <p>Durability: every unit whose {@link #transact} returned is written to the operating system before
   * it returns (H2's write delay is off), so it survives the JVM's crash or kill; it is not forced to the
   * disk on each commit, so a crash of the operating system or a power loss may lose the last units
   * committed (see the README, "Durability").
   *
   * @param directory the directory, not null; its path must not contain {@code ;}
   * @return the store, with its schema up to date, not null
   * @throws IllegalArgumentException if the path contains {@code ;}
   * @throws IllegalStateException if H2 is not on the class path or module path, or an embedded store of
   *     this JVM is open on the directory
   * @throws StoreException if the directory or the database cannot be opened, or its schema is newer
   *     than this library
   */
  public static JdbcStore embedded(Path directory) {
    return builder().openEmbedded(directory);
  }

  private static JdbcStore openEmbedded(Path directory, Builder options) {
    Path absolute = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    if (absolute.toString().contains(";")) {
      throw new IllegalArgumentException("the embedded database's directory must not contain ';': " + absolute);
    }
    requireH2();
    Path real;
    try {
      Files.createDirectories(absolute);
      real = absolute.toRealPath();
    } catch (IOException e) {
      throw new StoreException("open the embedded database in " + absolute, "cannot create the directory: " + e, e);
    }
    if (OPEN_EMBEDDED.putIfAbsent(real, Boolean.TRUE) != null) {
      throw new IllegalStateException("an embedded JdbcStore of this JVM is already open on " + real
          + ": share that store (it is thread-safe) or close it before opening another");
    }
    try {
      EmbeddedDataSource h2 = new EmbeddedDataSource(absolute.toString());
      return open(h2, options, () -> {
        try {
          Sql.run("close the embedded database in " + absolute, h2::shutdown);
        } finally {
          OPEN_EMBEDDED.remove(real);
        }
      });
    } catch (RuntimeException | Error e) {
      OPEN_EMBEDDED.remove(real);
      throw e;
    }
  }

  /**
   * A store in the database behind a data source: H2, PostgreSQL or MySQL/MariaDB, or a server whose
   * driver reports one of those (see the README). The host keeps ownership of the data source:
   * {@link #close()} does not close it.
   *
   * @param dataSource the data source, not null; ideally pooled
   * @return the store, with its schema up to date, not null
   * @throws IllegalArgumentException if the database is not supported (the message names those that
   *     are), or a MySQL-family server does not run in strict SQL mode
   * @throws StoreException if the database cannot be reached, its schema is newer than this library, or a
   *     migration fails
   */
  public static JdbcStore of(DataSource dataSource) {
    return builder().open(dataSource);
  }

  /**
   * Checks that H2 can be loaded, before anything refers to its classes.
   *
   * @throws IllegalStateException if it cannot, naming the dependency to add
   */
  private static void requireH2() {
    try {
      Class.forName("org.h2.Driver", false, JdbcStore.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("JdbcStore.embedded needs the H2 database, an optional dependency of "
          + "govcloud-jdbc that is not on the class path or module path: add com.h2database:h2 (version 2.x) to "
          + "the host's dependencies (on the module path, also 'requires com.h2database;' in the host's module); "
          + "a host on a PostgreSQL or MySQL-family server opens its store with JdbcStore.of(dataSource) instead", e);
    }
  }

  private static JdbcStore open(DataSource dataSource, Builder options, Runnable onClose) {
    Database database = Sql.call("open the govcloud store: connect", () -> {
      try (Connection connection = dataSource.getConnection()) {
        Database found = Database.of(connection.getMetaData());
        if (found.dialect() == Dialect.MYSQL) {
          requireStrictMode(connection, found);
        }
        return found;
      }
    });
    Connector connector = new Connector(dataSource, database, options.schema, options.batchSize);
    String schema = switch (options.schemaMode) {
      case MIGRATE -> Schema.migrate(connector);
      case VALIDATE -> Schema.validate(connector);
      case NONE -> "schema not checked (SchemaMode.NONE)";
    };
    LOG.info("govcloud store on {}: {}", connector, schema);
    return new JdbcStore(connector, onClose);
  }

  private static void requireStrictMode(Connection connection, Database database) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
      String mode = result.next() ? String.valueOf(result.getString(1)).toUpperCase(Locale.ROOT) : "";
      if (!mode.contains("STRICT_TRANS_TABLES") && !mode.contains("STRICT_ALL_TABLES")) {
        throw new IllegalArgumentException(database + " runs with sql_mode '" + mode + "', in which a value too long "
            + "or out of range is silently cut: govcloud-jdbc needs STRICT_TRANS_TABLES (the server's default since "
            + "MySQL 5.7 and MariaDB 10.2.4)");
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The unit runs on one connection in one transaction at READ COMMITTED; its audit records are
   * written and numbered just before the commit.
   *
   * @throws IllegalStateException if this store is closed
   */
  @Override
  public <T> T transact(Function<? super UnitOfWork, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    requireOpen();
    try (Transaction transaction = connector.begin("unit of work")) {
      JdbcUnitOfWork unit = new JdbcUnitOfWork(transaction);
      try {
        T result = work.apply(unit);
        unit.finish();
        transaction.commitUnit("unit of work");
        return result;
      } catch (Throwable failure) {
        unit.close();
        transaction.rollback(failure);
        throw failure;
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each notification is delivered in a transaction of its own that holds its outbox row locked
   * while the notifier runs, and commits its delivery right after the notifier returns; a notifier that
   * throws stops the dispatch, its notification stays for the next call, and its exception is rethrown.
   * Dispatchers in several threads or processes never deliver a notification twice, and deliver one at a
   * time, oldest first: one that finds the next notification held by another dispatcher returns, leaving
   * the rest to that one.
   *
   * @throws IllegalStateException if this store is closed
   */
  @Override
  public int dispatch(Notifier notifier) {
    Objects.requireNonNull(notifier, "notifier");
    requireOpen();
    return Outbox.dispatch(connector, notifier);
  }

  /**
   * Deletes the notifications delivered before an instant, with their data, in one transaction; those
   * not yet delivered stay (docs/rules.md#r9). The delivery time is the database's clock, set when the
   * notifier acknowledged the notification.
   *
   * @throws IllegalStateException if this store is closed
   */
  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    requireOpen();
    return Outbox.purge(connector, deliveredBefore);
  }

  /**
   * The database this store runs on, as its driver names it.
   *
   * @return e.g. {@code PostgreSQL 15.4 (postgresql dialect)}, not null
   */
  public String database() {
    return database.toString();
  }

  /**
   * The schema this store's tables live in, if one was chosen ({@link Builder#schema}).
   *
   * @return the schema, or empty when the store works in each connection's own, not null
   */
  public Optional<String> schema() {
    return connector.schema();
  }

  /**
   * Closes the store: an embedded database is shut down; a host's data source is left open. Closing
   * twice does nothing.
   *
   * @throws StoreException if the embedded database cannot be shut down
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      onClose.run();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this JdbcStore on " + database + " is closed");
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + connector + (closed ? ", closed" : "") + "]";
  }
}
