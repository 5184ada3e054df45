package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The bills-by-jurisdiction scenarios on the in-memory store. */
class InMemoryDistrictBillingScenariosTest extends DistrictBillingScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
