package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;

/** The store contracts on an embedded H2 file database, each class in a directory of its own: always run. */
class H2StoreTest {

  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Queries extends QueryContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Audit extends AuditContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Bills extends BillContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }

  @Nested
  class Schema extends SchemaContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }
}
