package io.govcloud.jdbc;

import org.junit.jupiter.api.Nested;

/** The store on an embedded H2 file database: always run. */
class H2StoreTest {

  @Nested
  class RoundTrip extends RoundTripContract {
    @Override
    TestDatabase createDatabase() {
      return TestDatabase.h2();
    }
  }
}
