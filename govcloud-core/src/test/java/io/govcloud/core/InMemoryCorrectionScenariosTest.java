package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** The corrections scenarios on the in-memory store. */
class InMemoryCorrectionScenariosTest extends CorrectionScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
