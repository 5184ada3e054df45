package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The lifecycle scenarios on the in-memory store. */
class InMemoryLifecycleScenariosTest extends LifecycleScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
