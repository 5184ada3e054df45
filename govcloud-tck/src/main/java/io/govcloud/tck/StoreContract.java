package io.govcloud.tck;

import io.govcloud.spi.Store;
import org.junit.jupiter.api.Nested;

/**
 * The whole contract of the store ports in one class: a host extends it, implements {@link
 * #createStore()}, and JUnit runs every contract class of the TCK against its store, each as a nested
 * class.
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoreContract {
 *   @Override
 *   protected Store createStore() {
 *     return MyStore.open(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>The contract classes: {@link RoundTripContract}, {@link VersionConflictContract}, {@link
 * RollbackContract}, {@link NotificationContract}, {@link AuditTrailContract}, {@link QueryContract},
 * {@link ConcurrencyContract}, {@link BillContract}, {@link ReallocationContract}, {@link
 * UtilizationContract}, {@link StoreModelContract}. A host that wants only some of them extends those one
 * by one instead.
 *
 * <p>The nested classes are JUnit's, not API.
 */
public abstract class StoreContract {

  /** For subclasses. */
  protected StoreContract() {}

  /**
   * A new, empty store, as {@link StoreContractSupport#createStore()}.
   *
   * @return the store under test, not null
   */
  protected abstract Store createStore();

  /**
   * The store reopened as after a restart, as {@link StoreContractSupport#reopen(Store)}; by default the
   * store given.
   *
   * @param store the store in use, not null
   * @return the reopened store, not null
   */
  protected Store reopen(Store store) {
    return store;
  }

  /**
   * Releases what a store holds, as {@link StoreContractSupport#dispose(Store)}; by default nothing.
   *
   * @param store the store of the test that ended, not null
   */
  protected void dispose(Store store) {}

  /** Save and load, field by field. */
  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Optimistic versions. */
  @Nested
  class VersionConflict extends VersionConflictContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Units of work that fail leave nothing behind. */
  @Nested
  class Rollback extends RollbackContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** The outbox. */
  @Nested
  class Notifications extends NotificationContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** The audit trail. */
  @Nested
  class AuditTrail extends AuditTrailContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** The queries of the repositories. */
  @Nested
  class Queries extends QueryContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Many threads at once. */
  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** The issued monthly bills. */
  @Nested
  class Bills extends BillContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Redundancy policies, utilization records and reduction cases. */
  @Nested
  class Reallocation extends ReallocationContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Utilization records, append-only. */
  @Nested
  class Utilization extends UtilizationContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }

  /** Random sequences of units against a model. */
  @Nested
  class Model extends StoreModelContract {
    @Override
    protected Store createStore() {
      return StoreContract.this.createStore();
    }

    @Override
    protected Store reopen(Store store) {
      return StoreContract.this.reopen(store);
    }

    @Override
    protected void dispose(Store store) {
      StoreContract.this.dispose(store);
    }
  }
}
