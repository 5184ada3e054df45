package io.govcloud.tck;

import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract test class of the TCK: its one hook, {@link #fixture()}, gives the {@link
 * StoreFixture} that makes, reopens and disposes of the store under test. A host extends a contract class
 * (or {@link StoreContract}, which runs them all) and implements that hook.
 *
 * <p>Each test gets a store of its own from the fixture's {@link StoreFixture#create()}, and the
 * fixture's {@link StoreFixture#dispose(Store)} is called after it, even when it fails.
 *
 * <p>A new contract class extends this class and gets the hook with it; {@link StoreContract} runs it as
 * one more nested class whose only method forwards {@link #fixture()}.
 */
public abstract class StoreContractSupport {

  private StoreFixture fixture;
  private Store store;

  /** For subclasses. */
  protected StoreContractSupport() {}

  /**
   * The fixture of the store under test, asked for before each test; it may be the same object every
   * time (a lambda, a field of the test class).
   *
   * @return the fixture, not null
   */
  protected abstract StoreFixture fixture();

  @BeforeEach
  final void createStoreUnderTest() {
    fixture = Objects.requireNonNull(fixture(), "fixture() returned null");
    store = Objects.requireNonNull(fixture.create(), "the fixture created a null store");
  }

  @AfterEach
  final void disposeStoreUnderTest() {
    if (store != null) {
      fixture.dispose(store);
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
    store = Objects.requireNonNull(fixture.reopen(store), "the fixture reopened a null store");
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
