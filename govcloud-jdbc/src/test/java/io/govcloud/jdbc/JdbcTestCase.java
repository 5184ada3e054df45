package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.spi.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.OptionalAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the JDBC-specific tests ({@code Jdbc*Test}): each test class gets its own database ({@link
 * #createDatabase()}) and a store on it, dropped after the class; its tests share them and take fresh ids
 * from {@link #id(String)}. (The TCK's contract tests get their stores from {@link
 * SharedDatabaseFixture}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTestCase {

  private final AtomicInteger counter = new AtomicInteger();
  TestDatabase database;
  JdbcStore store;

  /** A new, empty database for this test class. */
  abstract TestDatabase createDatabase();

  @BeforeAll
  void openStore() {
    database = createDatabase();
    store = database.open();
  }

  @AfterAll
  void dropDatabase() {
    if (store != null) {
      store.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /** An id no other test of the class uses. */
  String id(String prefix) {
    return prefix + "-" + counter.incrementAndGet();
  }

  /** Runs a unit of work on the store. */
  <T> T tx(Function<UnitOfWork, T> work) {
    return store.transact(work);
  }

  /**
   * The month the store's ledger issues next, the ledger started at 2100-01 by the first test that asks:
   * the tests of a class share one ledger, whose months follow one another.
   */
  java.time.YearMonth nextMonth() {
    return store.transact(unit -> {
      if (unit.bills().ledgerStart().isEmpty()) {
        unit.bills().startLedger(new io.govcloud.model.LedgerStart(java.time.YearMonth.of(2100, 1), java.time.Instant.parse("2099-12-01T00:00:00Z")));
      }
      java.time.YearMonth first = unit.bills().ledgerStart().orElseThrow().firstMonth();
      List<io.govcloud.model.IssuedMonth> issued = unit.bills().issuedMonths();
      return issued.isEmpty() ? first : issued.get(issued.size() - 1).month().plusMonths(1);
    });
  }

  /** Runs a unit of work without a result. */
  void run(Consumer<UnitOfWork> work) {
    store.transact(unit -> {
      work.accept(unit);
      return null;
    });
  }

  /** Asserts on what a unit of work finds. */
  <T> OptionalAssert<T> assertFound(Function<UnitOfWork, Optional<T>> read) {
    return assertThat(tx(read));
  }

  /** Asserts on what a unit of work lists. */
  <T> ListAssert<T> assertListed(Function<UnitOfWork, List<T>> read) {
    return assertThat(tx(read));
  }
}
