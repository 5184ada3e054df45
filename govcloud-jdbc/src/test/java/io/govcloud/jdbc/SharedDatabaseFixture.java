package io.govcloud.jdbc;

import io.govcloud.spi.Store;
import io.govcloud.tck.StoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fixture of the TCK's contract tests on one kind of database (and, through {@link FreshStores}, the
 * stores of the entry point's scenarios): their stores are all on one database that the first test creates
 * and {@link #drop()} drops: {@link #create()} empties it ({@link TestDatabase#empty()}) and opens a new
 * {@link JdbcStore} on it, which is then as on a new database; {@link #reopen(Store)} closes a store and
 * opens another on the same database, as after a restart; {@link #dispose(Store)} closes it. Migrating a
 * new schema for each of the suite's tests took most of its time on the servers (about 1 s a test on
 * PostgreSQL, 0.6 s on MariaDB); emptying the tables takes a few milliseconds.
 *
 * <p>On a server the stores take their connections from a {@link ConnectionPool}, as a host's would: a
 * new PostgreSQL connection costs about 10 ms, more than most units of work of the suite, and reusing
 * them also checks that the store leaves each connection as it found it. The embedded H2 database opens
 * its connections itself.
 */
final class SharedDatabaseFixture implements StoreFixture {

  private final Supplier<TestDatabase> create;
  private final List<JdbcStore> open = new ArrayList<>();
  private TestDatabase database;
  private ConnectionPool pool;

  /**
   * @param create makes a new, empty database ({@code TestDatabase::h2}, {@code TestDatabase::postgres}, ...)
   */
  SharedDatabaseFixture(Supplier<TestDatabase> create) {
    this.create = create;
  }

  /** A store on the tests' database, emptied: as on a new database. */
  @Override
  public synchronized Store create() {
    if (database == null) {
      database = create.get();
      pool = database.kind() == TestDatabase.Kind.H2 ? null : new ConnectionPool(database.dataSource());
    } else {
      database.empty();
    }
    return opened();
  }

  /** Closes a store and opens another on the same database. */
  @Override
  public synchronized Store reopen(Store store) {
    close(store);
    return opened();
  }

  /** Closes a store; its database stays for the next test. */
  @Override
  public synchronized void dispose(Store store) {
    close(store);
  }

  /** Closes the stores still open and drops the database. */
  synchronized void drop() {
    try {
      List.copyOf(open).forEach(this::close);
    } finally {
      if (pool != null) {
        pool.close();
        pool = null;
      }
      if (database != null) {
        database.close();
        database = null;
      }
    }
  }

  /** A new store on the database: the embedded factory for H2, {@code of(pool)} for the servers. */
  private JdbcStore opened() {
    JdbcStore store = pool == null ? database.open() : JdbcStore.of(pool);
    open.add(store);
    return store;
  }

  private void close(Store store) {
    if (!open.remove(store)) {
      throw new IllegalStateException("not an open store of these contract tests: " + store);
    }
    ((JdbcStore) store).close();
  }
}
