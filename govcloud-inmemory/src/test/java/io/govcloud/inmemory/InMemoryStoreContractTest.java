package io.govcloud.inmemory;

import io.govcloud.spi.Store;
import io.govcloud.tck.StoreContract;

/** The whole store contract of govcloud-tck, run against the in-memory store. */
class InMemoryStoreContractTest extends StoreContract {

  @Override
  protected Store createStore() {
    return InMemoryStore.create();
  }
}
