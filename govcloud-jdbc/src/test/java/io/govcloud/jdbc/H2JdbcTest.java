package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;

/**
 * The JDBC-specific tests of {@link JdbcStore} ({@code Jdbc*Test}: schema migrations, connections,
 * columns, batches, audit sequences, duplicate keys, the builder's options) on an embedded H2 file database, each class in a
 * directory of its own: always run. The store contract of govcloud-tck runs in {@code
 * H2StoreContractTest}, the entry point's scenarios in {@code H2ScenariosTest}.
 */
class H2JdbcTest {

  @Nested
  class SchemaMigration extends JdbcSchemaMigrationTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Connections extends JdbcConnectionTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Columns extends JdbcColumnTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Batches extends JdbcBatchTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class AuditSequences extends JdbcAuditSequenceTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class DuplicateKeys extends JdbcDuplicateKeyTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class StoreOptions extends JdbcStoreOptionsTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class OutboxPurge extends JdbcOutboxPurgeTest {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }
}
