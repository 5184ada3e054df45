package io.govcloud.jdbc;

import io.govcloud.spi.Store;
import io.govcloud.tck.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole store contract of govcloud-tck on an embedded H2 file database (always run). The tests share one directory, emptied before
 * each of them, so that each gets a store as on a new database ({@link ContractStores}); it is dropped
 * after the last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2StoreContractTest extends StoreContract {

  private final ContractStores stores = new ContractStores(TestDatabase::h2);

  @Override
  protected Store createStore() {
    return stores.create();
  }

  @Override
  protected Store reopen(Store store) {
    return stores.reopen(store);
  }

  @Override
  protected void dispose(Store store) {
    stores.dispose(store);
  }

  @AfterAll
  void dropDatabase() {
    stores.drop();
  }
}
