package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The adaptation scenarios on the in-memory store. */
class InMemoryAdaptationScenariosTest extends AdaptationScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
