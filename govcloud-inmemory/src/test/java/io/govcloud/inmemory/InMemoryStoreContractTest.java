package io.govcloud.inmemory;

import io.govcloud.tck.StoreContract;
import io.govcloud.tck.StoreFixture;

/** The whole store contract of govcloud-tck, run against the in-memory store. */
class InMemoryStoreContractTest extends StoreContract {

  @Override
  protected StoreFixture fixture() {
    return InMemoryStore::create;
  }
}
