package io.govcloud.jdbc;

import io.govcloud.spi.Store;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empty stores for the entry point's scenarios, one per test (each builds its world on a new store): the
 * tests of a class share one database, emptied before each of them and dropped after the last, as the
 * TCK's contract tests do ({@link SharedDatabaseFixture}); on a server the stores take their connections
 * from a pool, as a host's would. A test gets one store ({@link #next()}), closed after it. Registered
 * with {@code @RegisterExtension} on a static field, so that JUnit drops the database after the class.
 *
 * <p>Migrating a new schema and opening a new connection for every unit of work took most of the
 * scenarios' time on PostgreSQL (about 7 s a test).
 */
final class FreshStores implements AfterEachCallback, AfterAllCallback {

  private final SharedDatabaseFixture fixture;
  private Store current;

  /**
   * @param create makes a new, empty database ({@code TestDatabase::h2}, {@code TestDatabase::postgres}, ...)
   */
  FreshStores(Supplier<TestDatabase> create) {
    this.fixture = new SharedDatabaseFixture(create);
  }

  /**
   * A store as on a new, empty database, closed after the test.
   *
   * @throws IllegalStateException if the test has a store already: a second one would empty the first's database
   */
  synchronized Store next() {
    if (current != null) {
      throw new IllegalStateException("a test gets one store: " + current + " is still open");
    }
    current = fixture.create();
    return current;
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (current != null) {
      try {
        fixture.dispose(current);
      } finally {
        current = null;
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    fixture.drop();
  }
}
