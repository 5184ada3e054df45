package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBC-specific tests of {@link JdbcStore} ({@code Jdbc*Test}: schema migrations, connections,
 * columns, batches, audit sequences, duplicate keys, the builder's options) on the PostgreSQL server of {@code
 * GOVCLOUD_TEST_PG_URL}, each class in a schema of its own. The store contract of govcloud-tck runs in
 * {@code PostgresStoreContractTest}, the entry point's scenarios in {@code PostgresScenariosTest}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server to test against (.ci/run sets it)")
class PostgresJdbcTest {

  @Nested
  class SchemaMigration extends JdbcSchemaMigrationTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Connections extends JdbcConnectionTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Columns extends JdbcColumnTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class Batches extends JdbcBatchTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class AuditSequences extends JdbcAuditSequenceTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class DuplicateKeys extends JdbcDuplicateKeyTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class StoreOptions extends JdbcStoreOptionsTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }

  @Nested
  class OutboxPurge extends JdbcOutboxPurgeTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.postgres();
    }
  }
}
