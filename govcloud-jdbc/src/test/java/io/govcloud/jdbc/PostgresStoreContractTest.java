package io.govcloud.jdbc;

import io.govcloud.tck.StoreContract;
import io.govcloud.tck.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole store contract of govcloud-tck on the PostgreSQL server of {@code GOVCLOUD_TEST_PG_URL}. Its
 * one fixture, a {@link SharedDatabaseFixture}, keeps the tests on one schema, emptied before each of them
 * so that each gets a store as on a new database, and dropped after the last.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server to test against (.ci/run sets it)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreContractTest extends StoreContract {

  private final SharedDatabaseFixture fixture = new SharedDatabaseFixture(TestDatabase::postgres);

  @Override
  protected StoreFixture fixture() {
    return fixture;
  }

  @AfterAll
  void dropDatabase() {
    fixture.drop();
  }
}
