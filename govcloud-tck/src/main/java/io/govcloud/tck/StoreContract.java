package io.govcloud.tck;

import org.junit.jupiter.api.Nested;

/**
 * The whole contract of the store ports in one class: a host extends it, implements {@link #fixture()},
 * and JUnit runs every contract class of the TCK against its store, each as a nested class.
 *
 * <pre>{@code
 * class MyStoreContractTest extends StoreContract {
 *   @Override
 *   protected StoreFixture fixture() {
 *     return () -> MyStore.open(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>A store that must be reopened as after a restart, or released after each test, gets a fixture of
 * its own that overrides {@link StoreFixture#reopen(io.govcloud.spi.Store)} and {@link
 * StoreFixture#dispose(io.govcloud.spi.Store)}.
 *
 * <p>The contract classes: {@link RoundTripContract}, {@link VersionConflictContract}, {@link
 * RollbackContract}, {@link NotificationContract}, {@link AuditTrailContract}, {@link QueryContract},
 * {@link ConcurrencyContract}, {@link BillContract}, {@link LedgerRecordContract}, {@link ReallocationContract}, {@link
 * UtilizationContract}, {@link StoreModelContract}, {@link LimitsContract}. A host that wants only some of them extends those one
 * by one instead, each with the same one hook, {@link StoreContractSupport#fixture()}.
 *
 * <p>The nested classes are JUnit's, not API: each forwards {@link #fixture()}, and nothing else. A new
 * contract class joins the suite as one more of them.
 */
public abstract class StoreContract {

  /** For subclasses. */
  protected StoreContract() {}

  /**
   * The fixture of the store under test, given to every contract class, as {@link
   * StoreContractSupport#fixture()}.
   *
   * @return the fixture, not null
   */
  protected abstract StoreFixture fixture();

  /** Save and load, field by field. */
  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Optimistic versions. */
  @Nested
  class VersionConflict extends VersionConflictContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Units of work that fail leave nothing behind. */
  @Nested
  class Rollback extends RollbackContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The outbox. */
  @Nested
  class Notifications extends NotificationContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The audit trail. */
  @Nested
  class AuditTrail extends AuditTrailContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The queries of the repositories. */
  @Nested
  class Queries extends QueryContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Many threads at once. */
  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The issued monthly bills. */
  @Nested
  class Bills extends BillContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The billing ledgers by jurisdiction. */
  @Nested
  class JurisdictionLedgers extends JurisdictionLedgerContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The record of each ledger's last issuance, and the issued charges read back by resource. */
  @Nested
  class LedgerRecords extends LedgerRecordContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Redundancy policies, utilization records and reduction cases. */
  @Nested
  class Reallocation extends ReallocationContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Utilization records, append-only. */
  @Nested
  class Utilization extends UtilizationContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The acceptance aggregates and their queries. */
  @Nested
  class Acceptance extends AcceptanceContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** Random sequences of units against a model. */
  @Nested
  class Model extends StoreModelContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }

  /** The limits of input: what is within them round-trips, what is outside never reaches the store. */
  @Nested
  class Limits extends LimitsContract {
    @Override
    protected StoreFixture fixture() {
      return StoreContract.this.fixture();
    }
  }
}
