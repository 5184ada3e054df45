package io.govcloud.jdbc;

import io.govcloud.spi.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The stores of the TCK's contract tests on one kind of database, all on one database that the first
 * test creates and {@link #drop()} drops: {@link #create()} empties it ({@link TestDatabase#empty()}) and
 * opens a new {@link JdbcStore} on it, which is then as on a new database; {@link #reopen(Store)} closes a
 * store and opens another on the same database, as after a restart; {@link #dispose(Store)} closes it.
 * Migrating a new schema for each of the suite's tests took most of its time on the servers (about 1 s
 * a test on PostgreSQL, 0.6 s on MariaDB); emptying the tables takes a few milliseconds.
 */
final class ContractStores {

  private final Supplier<TestDatabase> create;
  private final List<JdbcStore> open = new ArrayList<>();
  private TestDatabase database;

  /**
   * @param create makes a new, empty database ({@code TestDatabase::h2}, {@code TestDatabase::postgres}, ...)
   */
  ContractStores(Supplier<TestDatabase> create) {
    this.create = create;
  }

  /** A store on the tests' database, emptied: as on a new database. */
  synchronized Store create() {
    if (database == null) {
      database = create.get();
    } else {
      database.empty();
    }
    return opened(database.open());
  }

  /** Closes a store and opens another on the same database. */
  synchronized Store reopen(Store store) {
    close(store);
    return opened(database.open());
  }

  /** Closes a store; its database stays for the next test. */
  synchronized void dispose(Store store) {
    close(store);
  }

  /** Closes the stores still open and drops the database. */
  synchronized void drop() {
    try {
      List.copyOf(open).forEach(this::close);
    } finally {
      if (database != null) {
        database.close();
        database = null;
      }
    }
  }

  private JdbcStore opened(JdbcStore store) {
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
