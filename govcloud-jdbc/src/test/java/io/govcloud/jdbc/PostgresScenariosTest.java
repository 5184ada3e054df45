package io.govcloud.jdbc;

import io.govcloud.core.AcceptanceScenarios;
import io.govcloud.core.AdaptationScenarios;
import io.govcloud.core.BillingScenarios;
import io.govcloud.core.CalendarScenarios;
import io.govcloud.core.CorrectionScenarios;
import io.govcloud.core.DistrictBillingScenarios;
import io.govcloud.core.LifecycleScenarios;
import io.govcloud.core.PriceCapScenarios;
import io.govcloud.core.ReallocationScenarios;
import io.govcloud.spi.Store;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The entry point's lifecycle, billing (by jurisdiction too), reallocation, acceptance, calendar, correction, adaptation and price-cap scenarios of {@code govcloud-core},
 * unchanged, on
 * the PostgreSQL server of {@code GOVCLOUD_TEST_PG_URL}, on one schema per class emptied before each test.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server to test against (.ci/run sets it)")
class PostgresScenariosTest {

  @Nested
  class Lifecycle extends LifecycleScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Billing extends BillingScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class DistrictBilling extends DistrictBillingScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Reallocation extends ReallocationScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Acceptance extends AcceptanceScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Calendar extends CalendarScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Corrections extends CorrectionScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Adaptation extends AdaptationScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class PriceCaps extends PriceCapScenarios {
    @RegisterExtension
    static final FreshStores stores = new FreshStores(TestDatabase::postgres);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }
}
