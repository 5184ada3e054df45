package io.govcloud.jdbc;

import static io.govcloud.jdbc.BillSamples.account;
import static io.govcloud.jdbc.BillSamples.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ConflictException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The issued bills: saved and read back field by field, a month issued once, the orders of the reads, batches. */
abstract class BillContract extends StoreFixture {

  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  /** The tests of a class share one database, where a month is issued once: each test takes months of its own. */
  private final AtomicInteger years = new AtomicInteger(2100);

  private YearMonth freshMonth(int month) {
    return YearMonth.of(years.incrementAndGet(), month);
  }

  @Test
  void billsKeepEveryFieldOfTheirLinesAndAdjustments() {
    YearMonth month = freshMonth(3);
    MonthlyBill full = BillSamples.full(account(Samples.HOSTILE.trim()), month);
    MonthlyBill plain = BillSamples.plain(account("d-plain"), month, 2);
    IssuedMonth issued = issued(month);
    List<MonthlyBill> seenByTheUnit = tx(u -> {
      u.bills().issue(issued, List.of(plain, full));
      return u.bills().ofMonth(month);
    });
    assertThat(seenByTheUnit).containsExactly(full, plain);

    MonthlyBill read = tx(u -> u.bills().find(full.account(), month)).orElseThrow();
    assertThat(read).isEqualTo(full);
    assertThat(read.proration()).isEqualTo(full.proration());
    assertThat(read.lines()).containsExactlyElementsOf(full.lines());
    assertThat(read.lines()).extracting(l -> l.quantity().toString()).containsExactly("2.50", "1E+3", "1E-18");
    assertThat(read.lines().get(0).category()).isEqualTo(BillSamples.LONG_CATEGORY);
    assertThat(read.lines().get(0).item()).isEqualTo(Samples.HOSTILE.trim());
    assertThat(read.adjustments()).containsExactlyElementsOf(full.adjustments());
    BillAdjustment explained = read.adjustments().get(0);
    assertThat(explained.recomputedLines()).containsExactlyElementsOf(full.adjustments().get(0).recomputedLines());
    assertThat(explained.recomputedLines()).extracting(l -> l.quantity().toString())
        .containsExactly("1.0", "12345678901234567890.5");
    assertThat(explained.previouslyAdjusted()).isEqualTo(full.adjustments().get(0).previouslyAdjusted());
    assertThat(read.adjustments().get(1).recomputedLines()).isEmpty();
    assertThat(read.total()).isEqualTo(full.total());
    assertThat(read.totalsByCategory()).isEqualTo(full.totalsByCategory());

    assertListed(u -> u.bills().ofMonth(month)).containsExactly(full, plain);
    assertListed(u -> u.bills().issuedMonths()).contains(issued);
    assertFound(u -> u.bills().find(plain.account(), month)).contains(plain);
    assertFound(u -> u.bills().find(account("d-none"), month)).isEmpty();
    assertFound(u -> u.bills().find(plain.account(), month.plusMonths(1))).isEmpty();
  }

  @Test
  void aMonthIsIssuedOnceAndASecondIssueKeepsNothingOfItsUnit() {
    YearMonth month = freshMonth(5);
    MonthlyBill first = BillSamples.plain(account("d-first"), month, 3);
    run(u -> u.bills().issue(issued(month), List.of(first)));
    String other = id("d");
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(other, "written before the conflict", Optional.empty()));
      u.bills().issue(issued(month), List.of(BillSamples.plain(account("d-second"), month, 1)));
    })).isInstanceOfSatisfying(ConflictException.class, e -> {
      assertThat(e.aggregate()).isEqualTo("issued month");
      assertThat(e.id()).isEqualTo(month.toString());
      assertThat(e.expectedVersion()).isZero();
    });
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(other, "the conflict was caught", Optional.empty()));
      try {
        u.bills().issue(issued(month), List.of());
      } catch (ConflictException caught) {
        // the unit has failed all the same
      }
    })).isInstanceOf(ConflictException.class);
    assertFound(u -> u.departments().find(DepartmentId.of(other))).isEmpty();
    assertListed(u -> u.bills().ofMonth(month)).containsExactly(first);
    assertListed(u -> u.bills().issuedMonths()).filteredOn(m -> m.month().equals(month)).containsExactly(issued(month));
  }

  @Test
  void aMonthIssuedTwiceInOneUnitConflictsAndNothingIsKept() {
    YearMonth month = freshMonth(6);
    assertThatThrownBy(() -> run(u -> {
      u.bills().issue(issued(month), List.of(BillSamples.plain(account("d-1"), month, 1)));
      u.bills().issue(issued(month), List.of(BillSamples.plain(account("d-2"), month, 1)));
    })).isInstanceOf(ConflictException.class);
    assertListed(u -> u.bills().ofMonth(month)).isEmpty();
    assertListed(u -> u.bills().issuedMonths()).extracting(IssuedMonth::month).doesNotContain(month);
  }

  @Test
  void aBillOfAnotherMonthOrTwoBillsOfOneAccountAreRefused() {
    YearMonth month = freshMonth(7);
    MonthlyBill stray = BillSamples.plain(account("d-stray"), month.minusMonths(1), 1);
    assertThatThrownBy(() -> run(u -> u.bills().issue(issued(month), List.of(BillSamples.plain(account("d-1"), month, 1), stray))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d-stray")
        .hasMessageContaining(month.minusMonths(1).toString());
    MonthlyBill twice = BillSamples.plain(account("d-twice"), month, 1);
    assertThatThrownBy(() -> run(u -> u.bills().issue(issued(month), List.of(twice, BillSamples.plain(account("d-twice"), month, 2)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two bills of " + twice.account());
    assertListed(u -> u.bills().issuedMonths()).extracting(IssuedMonth::month).doesNotContain(month);
    assertListed(u -> u.bills().ofMonth(month)).isEmpty();
  }

  @Test
  void billsAreReadInAccountOrderAsJavaComparesIdsWhateverTheCollation() {
    YearMonth month = freshMonth(8);
    // a binary collation puts U+FF01 before the emoji (by code point), Java after it (by UTF-16 unit);
    // a linguistic one puts "d-a" before "d-B" (ids never end in white space, so PAD SPACE cannot bite)
    List<String> departments = List.of("d-a", "d-B", "d-a b", "d-\uFF01", "d-\uD83D\uDE00", "d-b", "d-A", "d-é", "d-e");
    List<MonthlyBill> bills = new ArrayList<>();
    for (String department : departments) {
      bills.add(BillSamples.plain(account(department), month, 1));
    }
    bills.add(BillSamples.plain(BillingAccount.of(DepartmentId.of("d-a"), PlatformId.of("p-0"), ProviderId.of("pr-9")), month, 1));
    run(u -> u.bills().issue(issued(month), bills));
    List<MonthlyBill> sorted = new ArrayList<>(bills);
    sorted.sort(Comparator.comparing(MonthlyBill::account));
    assertListed(u -> u.bills().ofMonth(month)).containsExactlyElementsOf(sorted);
    for (MonthlyBill bill : bills) {
      assertFound(u -> u.bills().find(bill.account(), month)).contains(bill);
    }
  }

  @Test
  void issuedMonthsAreAscendingAndAllBillsComeByMonthThenAccount() {
    int year = years.addAndGet(20);
    YearMonth december = YearMonth.of(year, 12);
    YearMonth january = YearMonth.of(year + 1, 1);
    YearMonth farFuture = YearMonth.of(year * 10, 2);
    YearMonth february = YearMonth.of(year + 1, 2);
    for (YearMonth month : List.of(february, farFuture, december, january)) {
      List<MonthlyBill> bills = month.equals(farFuture) ? List.of()
          : List.of(BillSamples.plain(account("d-z"), month, 2), BillSamples.plain(account("d-y"), month, 1));
      run(u -> u.bills().issue(issued(month), bills));
    }
    List<IssuedMonth> months = tx(u -> u.bills().issuedMonths());
    assertThat(months).isSorted();
    assertThat(months).extracting(IssuedMonth::month).containsSubsequence(december, january, february, farFuture);
    assertListed(u -> u.bills().ofMonth(farFuture)).isEmpty();

    List<MonthlyBill> all = tx(u -> u.bills().all());
    assertThat(all).isSortedAccordingTo(BY_MONTH_THEN_ACCOUNT);
    assertThat(all).filteredOn(b -> !b.month().isBefore(december) && !b.month().isAfter(february))
        .extracting(b -> b.month() + " " + b.account().department())
        .containsExactly(december + " d-y", december + " d-z", january + " d-y", january + " d-z", february + " d-y",
            february + " d-z");
  }

  @Test
  void aMonthOfManyBillsIsWrittenInBatchesAndReadBackWhole() {
    YearMonth month = freshMonth(1);
    List<MonthlyBill> bills = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      bills.add(BillSamples.plain(account(String.format("dept-%05d", i)), month, 5));
    }
    List<MonthlyBill> shuffled = new ArrayList<>(bills);
    Collections.shuffle(shuffled, new Random(6));
    run(u -> u.bills().issue(issued(month), shuffled));
    List<MonthlyBill> read = tx(u -> u.bills().ofMonth(month));
    assertThat(read).hasSize(2_000).isEqualTo(bills);
    assertThat(read.stream().mapToInt(b -> b.lines().size()).sum()).isEqualTo(10_000);
    assertThat(read).flatExtracting(MonthlyBill::lines).extracting(BillLine::resource).doesNotHaveDuplicates();
  }

  @Test
  void ofConcurrentUnitsIssuingOneMonthExactlyOneWins() throws InterruptedException, ExecutionException {
    YearMonth month = freshMonth(9);
    int units = 4;
    ExecutorService pool = Executors.newFixedThreadPool(units);
    try {
      List<Callable<Optional<ConflictException>>> issuers = new ArrayList<>();
      for (int i = 0; i < units; i++) {
        List<MonthlyBill> bills = List.of(BillSamples.plain(account("d-unit-" + i), month, 3));
        issuers.add(() -> {
          try {
            run(u -> u.bills().issue(issued(month), bills));
            return Optional.empty();
          } catch (ConflictException e) {
            return Optional.of(e);
          }
        });
      }
      List<Optional<ConflictException>> outcomes = new ArrayList<>();
      for (Future<Optional<ConflictException>> outcome : pool.invokeAll(issuers)) {
        outcomes.add(outcome.get());
      }
      assertThat(outcomes).filteredOn(Optional::isEmpty).hasSize(1);
      assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(units - 1)
          .allSatisfy(e -> assertThat(e.orElseThrow().id()).isEqualTo(month.toString()));
    } finally {
      pool.shutdownNow();
    }
    List<MonthlyBill> kept = tx(u -> u.bills().ofMonth(month));
    assertThat(kept).singleElement().satisfies(bill -> assertThat(bill.lines()).hasSize(3));
    assertListed(u -> u.bills().issuedMonths()).filteredOn(m -> m.month().equals(month)).hasSize(1);
  }
}
