package io.govcloud.tck;

import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The hooks every contract test class of the TCK has: how to make the store under test, how to reopen
 * it as after a restart, and how to dispose of it. A host extends a contract class (or {@link
 * StoreContract}, which runs them all) and implements {@link #createStore()}.
 *
 * <p>Each test gets a store of its own from {@link #createStore()}, and {@link #dispose(Store)} is called
 * after it, even when it fails.
 */
public abstract class StoreContractSupport {

  private Store store;

  /** For subclasses. */
  protected StoreContractSupport() {}

  /**
   * A new, empty store: no aggregates, no work orders, no audit records, no notifications.
   *
   * @return the store under test, not null
   */
  protected abstract Store createStore();

  /**
   * A store over the same storage, as after the process restarted: what was committed must be there,
   * and notifications committed but not acknowledged must still be delivered. A store that keeps nothing
   * beyond the process (an in-memory one) returns the store given, which is the default. After this call
   * the TCK uses only the store returned (and passes it to {@link #dispose(Store)}).
   *
   * @param store the store in use, not null
   * @return the reopened store, not null
   */
  protected Store reopen(Store store) {
    return store;
  }

  /**
   * Releases what a store holds (connections, files, a database schema), after each test. Does nothing
   * by default.
   *
   * @param store the store of the test that ended, not null
   */
  protected void dispose(Store store) {}

  @BeforeEach
  final void createStoreUnderTest() {
    store = createStore();
  }

  @AfterEach
  final void disposeStoreUnderTest() {
    if (store != null) {
      dispose(store);
    }
  }

  /**
   * The store under test, for tests a host adds to a contract class.
   *
   * @return the store of the running test, not null
   */
  protected final Store store() {
    return store;
  }

  /** Replaces the store under test by its reopened self, as after a restart. */
  final void restart() {
    store = reopen(store);
  }

  /** Runs a unit of work and returns what it returns. */
  final <T> T inUnit(Function<UnitOfWork, T> work) {
    return store.transact(work);
  }

  /**
   * Runs work on another thread and waits for it, as another client of the store would; rethrows what it
   * throws. The contract tests call it only while the calling thread's unit has not written yet, so a
   * store that locks what it writes cannot deadlock.
   */
  final <T> T inAnotherThread(Supplier<T> work) {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      return executor.submit(work::get).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for another thread's unit of work", e);
    } finally {
      executor.shutdownNow();
    }
  }

  /** Runs a unit of work that returns nothing. */
  final void run(Consumer<UnitOfWork> work) {
    store.transact(
        unit -> {
          work.accept(unit);
          return null;
        });
  }
}
