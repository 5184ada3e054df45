package io.govcloud.jdbc;

import io.govcloud.tck.StoreContract;
import io.govcloud.tck.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole store contract of govcloud-tck on the MariaDB server of {@code GOVCLOUD_TEST_MARIADB_URL}. Its
 * one fixture, a {@link SharedDatabaseFixture}, keeps the tests on one database, emptied before each of
 * them so that each gets a store as on a new database, and dropped after the last.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.MARIADB_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_MARIADB_URL is not set: no MariaDB server to test against (.ci/run sets it)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbStoreContractTest extends StoreContract {

  private final SharedDatabaseFixture fixture = new SharedDatabaseFixture(TestDatabase::mariadb);

  @Override
  protected StoreFixture fixture() {
    return fixture;
  }

  @AfterAll
  void dropDatabase() {
    fixture.drop();
  }
}
