package io.govcloud.jdbc;

import io.govcloud.tck.StoreContract;
import io.govcloud.tck.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole store contract of govcloud-tck on an embedded H2 file database (always run). Its one fixture,
 * a {@link SharedDatabaseFixture}, keeps the tests on one directory, emptied before each of them so that
 * each gets a store as on a new database, and dropped after the last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2StoreContractTest extends StoreContract {

  private final SharedDatabaseFixture fixture = new SharedDatabaseFixture(TestDatabase::h2);

  @Override
  protected StoreFixture fixture() {
    return fixture;
  }

  @AfterAll
  void dropDatabase() {
    fixture.drop();
  }
}
