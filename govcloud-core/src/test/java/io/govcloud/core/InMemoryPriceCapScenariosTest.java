package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The price-cap scenarios (supplements, catalog versions loaded at runtime) on the in-memory store. */
class InMemoryPriceCapScenariosTest extends PriceCapScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
