package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store contracts on the MariaDB server of {@code GOVCLOUD_TEST_MARIADB_URL}, each class in a database of its own. */
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

  @Nested
  class Queries extends QueryContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Audit extends AuditContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Bills extends BillContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Schema extends SchemaContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class SqlMode extends StoreFixture {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }

    @Test
    void aServerThatSilentlyCutsValuesIsRefused() {
      TestDataSource lax = database.dataSource();
      lax.onConnect("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'");
      assertThatThrownBy(() -> JdbcStore.of(lax))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("STRICT_TRANS_TABLES");
    }
  }
}
