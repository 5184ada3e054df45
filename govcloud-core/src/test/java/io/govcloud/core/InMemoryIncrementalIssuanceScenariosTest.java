package io.govcloud.core;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Store;

/** Incremental issuance through the in-memory store. */
class InMemoryIncrementalIssuanceScenariosTest extends IncrementalIssuanceScenarios {

  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}
