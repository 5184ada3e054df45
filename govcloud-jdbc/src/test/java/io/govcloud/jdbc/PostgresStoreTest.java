package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store on the PostgreSQL server of {@code GOVCLOUD_TEST_PG_URL}, each class in a schema of its own. */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server to test against (.ci/run sets it)")
class PostgresStoreTest {

  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }
}
