package io.govcloud.jdbc;

import io.govcloud.tck.StoreContract;
import io.govcloud.tck.StoreFixture;
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
  protected StoreFixture fixture() {
    return stores;
  }

  @AfterAll
  void dropDatabase() {
    stores.drop();
  }
}
