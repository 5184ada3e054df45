package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The reallocation scenarios on the in-memory store. */
class InMemoryReallocationScenariosTest extends ReallocationScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
