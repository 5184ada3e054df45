package io.govcloud.tck;

import io.govcloud.spi.Store;

/**
 * How the contract tests get the store under test: the one object a host writes to run the TCK against
 * its store. {@link #create()} makes a new, empty store for each test; {@link #reopen(Store)} and {@link
 * #dispose(Store)} are optional. A host whose stores need nothing but a factory passes a lambda:
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoreContract {
 *   @Override
 *   protected StoreFixture fixture() {
 *     return MyStore::open;
 *   }
 * }
 * }</pre>
 *
 * <p>Every contract class ({@link StoreContract}, which runs them all, or one of them alone) takes its
 * fixture from the one hook {@link StoreContractSupport#fixture()}. The TCK calls the fixture on the
 * test's thread: {@code create()} before each test, {@code reopen} during it, and {@code dispose} after
 * it, even when the test fails. Unless the host runs tests in parallel (JUnit does not by default), that
 * is one test at a time, so a fixture that keeps state between tests (a shared database emptied before
 * each) needs no locking.
 */
@FunctionalInterface
public interface StoreFixture {

  /**
   * A new, empty store: no aggregates, no work orders, no issued months, no audit records, no
   * notifications.
   *
   * @return the store under test, not null
   */
  Store create();

  /**
   * A store over the same storage, as after the process restarted: what was committed must be there,
   * and notifications committed but not acknowledged must still be delivered. A store that keeps nothing
   * beyond the process (an in-memory one) returns the store given, which is the default. After this call
   * the TCK uses only the store returned (and passes it to {@link #dispose(Store)}).
   *
   * @param store the store in use, not null
   * @return the reopened store, not null
   */
  default Store reopen(Store store) {
    return store;
  }

  /**
   * Releases what a store holds (connections, files, a database schema), after each test, whether it
   * passed or failed. Does nothing by default.
   *
   * @param store the store of the test that ended (the last one {@link #create()} or {@link
   *     #reopen(Store)} returned), not null
   */
  default void dispose(Store store) {}
}
