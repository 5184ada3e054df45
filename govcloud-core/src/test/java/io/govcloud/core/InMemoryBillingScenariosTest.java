package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The billing scenarios on the in-memory store. */
class InMemoryBillingScenariosTest extends BillingScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
