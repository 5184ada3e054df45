package io.govcloud.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empty stores for tests that need a new one each time, such as the entry point's scenarios (each builds
 * its world on a new store): every {@link #next()} opens a store on a database of its own; after each
 * test, the stores are closed and their databases dropped. Registered with {@code @RegisterExtension}.
 */
final class FreshStores implements AfterEachCallback {

  private final Supplier<TestDatabase> create;
  private final List<TestDatabase> databases = new ArrayList<>();
  private final List<JdbcStore> stores = new ArrayList<>();

  /**
   * @param create makes a new, empty database ({@code TestDatabase::h2}, {@code TestDatabase::postgres}, ...)
   */
  FreshStores(Supplier<TestDatabase> create) {
    this.create = create;
  }

  /** A store on a new, empty database, dropped after the test. */
  JdbcStore next() {
    TestDatabase database = create.get();
    databases.add(database);
    JdbcStore store = database.open();
    stores.add(store);
    return store;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      stores.forEach(JdbcStore::close);
      databases.forEach(TestDatabase::close);
    } finally {
      stores.clear();
      databases.clear();
    }
  }
}
