package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store contracts on the PostgreSQL server of {@code GOVCLOUD_TEST_PG_URL}, each class in a schema of its own. */
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

  @Nested
  class Queries extends QueryContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Audit extends AuditContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Bills extends BillContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Schema extends SchemaContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }
}
