package io.govcloud.jdbc;

import io.govcloud.core.IncrementalIssuanceScenarios;
import io.govcloud.spi.Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Incremental issuance through {@link JdbcStore} on embedded H2 (issue 14): the property's histories each on
 * a new database, closed after the test; always run.
 */
class H2IncrementalIssuanceTest extends IncrementalIssuanceScenarios {

  private final List<TestDatabase> databases = new ArrayList<>();
  private final List<JdbcStore> stores = new ArrayList<>();

  @Override
  protected Store newStore() {
    TestDatabase database = TestDatabase.h2();
    databases.add(database);
    JdbcStore store = database.open();
    stores.add(store);
    return store;
  }

  @Override
  protected int examples() {
    return 8;
  }

  @AfterEach
  void closeTheDatabases() {
    stores.forEach(JdbcStore::close);
    databases.forEach(TestDatabase::close);
  }
}
