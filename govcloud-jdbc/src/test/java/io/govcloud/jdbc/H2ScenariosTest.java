package io.govcloud.jdbc;

import io.govcloud.core.BillingScenarios;
import io.govcloud.core.LifecycleScenarios;
import io.govcloud.spi.Store;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The entry point's lifecycle and billing scenarios of {@code govcloud-core}, unchanged, on
 * an embedded H2 file database, each test in a directory of its own: always run.
 */
class H2ScenariosTest {

  @Nested
  class Lifecycle extends LifecycleScenarios {
    @RegisterExtension
    final FreshStores stores = new FreshStores(TestDatabase::h2);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }

  @Nested
  class Billing extends BillingScenarios {
    @RegisterExtension
    final FreshStores stores = new FreshStores(TestDatabase::h2);

    @Override
    protected Store newStore() {
      return stores.next();
    }
  }
}
