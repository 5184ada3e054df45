package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBC-specific tests of {@link JdbcStore} ({@code Jdbc*Test}: schema migrations, connections,
 * columns, batches, audit sequences, duplicate keys, the builder's options) on the MariaDB server of {@code
 * GOVCLOUD_TEST_MARIADB_URL}, each class in a database of its own. The store contract of govcloud-tck runs
 * in {@code MariaDbStoreContractTest}, the entry point's scenarios in {@code MariaDbScenariosTest}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.MARIADB_URL, matches = ".+",
    disabledReason = "GOVCLOUD_TEST_MARIADB_URL is not set: no MariaDB server to test against (.ci/run sets it)")
class MariaDbJdbcTest {

  @Nested
  class SchemaMigration extends JdbcSchemaMigrationTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Connections extends JdbcConnectionTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Columns extends JdbcColumnTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class Batches extends JdbcBatchTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class AuditSequences extends JdbcAuditSequenceTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class DuplicateKeys extends JdbcDuplicateKeyTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  @Nested
  class StoreOptions extends JdbcStoreOptionsTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }

  /** A MariaDB server must run in strict SQL mode, or the store refuses it rather than let values be cut. */
  @Nested
  class SqlMode extends JdbcTestCase {
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

  @Nested
  class OutboxPurge extends JdbcOutboxPurgeTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.mariadb();
    }
  }
}
