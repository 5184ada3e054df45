package io.govcloud.jdbc;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
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

  private final DataSource dataSource;
  private final Database database;
  private final Runnable onClose;
  private volatile boolean closed;

  private JdbcStore(DataSource dataSource, Database database, Runnable onClose) {
    this.dataSource = dataSource;
    this.database = database;
    this.onClose = onClose;
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
   * @throws IllegalStateException if an embedded store of this JVM is open on the directory
   * @throws StoreException if the directory or the database cannot be opened, or its schema is newer
   *     than this library
   */
  public static JdbcStore embedded(Path directory) {
    Path absolute = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    if (absolute.toString().contains(";")) {
      throw new IllegalArgumentException("the embedded database's directory must not contain ';': " + absolute);
    }
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
      return open(h2, () -> {
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
    return open(Objects.requireNonNull(dataSource, "dataSource"), () -> {});
  }

  private static JdbcStore open(DataSource dataSource, Runnable onClose) {
    Database database = Sql.call("open the govcloud store: connect", () -> {
      try (Connection connection = dataSource.getConnection()) {
        Database found = Database.of(connection.getMetaData());
        if (found.dialect() == Dialect.MYSQL) {
          requireStrictMode(connection, found);
        }
        return found;
      }
    });
    Schema.migrate(dataSource, database);
    LOG.info("govcloud store on {}, schema version {}", database, Schema.version());
    return new JdbcStore(dataSource, database, onClose);
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
    try (Transaction transaction = Transaction.begin(dataSource, database.dialect(), "unit of work")) {
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
    return Outbox.dispatch(dataSource, database, notifier);
  }

  /** The database this store runs on, as its driver names it, e.g. {@code PostgreSQL 15.4 (postgresql dialect)}. */
  public String database() {
    return database.toString();
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
    return "JdbcStore[" + database + (closed ? ", closed" : "") + "]";
  }
}
