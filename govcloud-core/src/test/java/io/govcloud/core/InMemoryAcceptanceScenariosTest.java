package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The acceptance and payments scenarios on the in-memory store. */
class InMemoryAcceptanceScenariosTest extends AcceptanceScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
