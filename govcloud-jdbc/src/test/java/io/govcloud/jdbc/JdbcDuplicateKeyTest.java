package io.govcloud.jdbc;

import static io.govcloud.jdbc.BillSamples.account;
import static io.govcloud.jdbc.BillSamples.issued;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.spi.ConflictException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Races that {@link JdbcStore} loses on a table's key: units that insert one id, or issue one month, at
 * the same time meet the database's duplicate-key error, which each loser gets as a {@link
 * ConflictException} naming the kind and the key (the TCK checks that one unit wins and that the others
 * conflict). Run on each database by its {@code *JdbcTest}.
 */
abstract class JdbcDuplicateKeyTest extends JdbcTestCase {

  private static final int UNITS = 4;

  /** Runs the units at once; returns the conflict of each, empty for those that committed. */
  private List<Optional<ConflictException>> race(IntFunction<Runnable> unit) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(UNITS);
    try {
      List<Callable<Optional<ConflictException>>> units = new ArrayList<>();
      for (int i = 0; i < UNITS; i++) {
        Runnable body = unit.apply(i);
        units.add(() -> {
          try {
            body.run();
            return Optional.empty();
          } catch (ConflictException e) {
            return Optional.of(e);
          }
        });
      }
      List<Optional<ConflictException>> outcomes = new ArrayList<>();
      for (Future<Optional<ConflictException>> outcome : pool.invokeAll(units)) {
        outcomes.add(outcome.get());
      }
      assertThat(outcomes).as("units that committed").filteredOn(Optional::isEmpty).hasSize(1);
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void ofConcurrentUnitsIssuingOneMonthEachLoserGetsAConflictNamingTheMonth() throws Exception {
    YearMonth month = nextMonth();
    List<Optional<ConflictException>> outcomes = race(i -> () -> {
      List<MonthlyBill> bills = List.of(BillSamples.plain(account("d-unit-" + i), month, 3));
      run(u -> u.bills().issue(issued(month), bills));
    });
    assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(UNITS - 1).allSatisfy(e -> {
      assertThat(e.orElseThrow().aggregate()).isEqualTo("issued month");
      assertThat(e.orElseThrow().id()).isEqualTo(month.toString());
    });
    assertListed(u -> u.bills().ofMonth(month)).singleElement().satisfies(bill -> assertThat(bill.lines()).hasSize(3));
  }

  @Test
  void ofConcurrentUnitsInsertingOneIdEachLoserGetsAConflictNamingTheKindAndId() throws Exception {
    String id = id("d");
    List<Optional<ConflictException>> outcomes =
        race(i -> () -> run(u -> u.departments().insert(Samples.department(id, "unit " + i, Optional.empty()))));
    assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(UNITS - 1).allSatisfy(e -> {
      assertThat(e.orElseThrow().aggregate()).isEqualTo("department");
      assertThat(e.orElseThrow().id()).isEqualTo(id);
      assertThat(e.orElseThrow().expectedVersion()).isZero();
    });
    assertFound(u -> u.departments().find(DepartmentId.of(id))).isPresent();
  }
}
