package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store on the MariaDB server of {@code GOVCLOUD_TEST_MARIADB_URL}, each class in a database of its own. */
@EnabledIfEnvironmentVariable(named = TestDatabase.MARIADB_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_MARIADB_URL is not set: no MariaDB server to test against (.ci/run sets it)")
class MariaDbStoreTest {

  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }
}
