package io.govcloud.tck;

import static io.govcloud.tck.BillSamples.account;
import static io.govcloud.tck.BillSamples.issued;
import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.NotificationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The billing ledger and its issued monthly bills (rule R4, Art. 30 and 31): the ledger is started once,
 * by exactly one of racing units; a month and its bills come back field by field (lines, adjustments and
 * their recomputed lines, hostile texts and ids, quantities by value); months are issued strictly one after
 * another from the ledger's first month, each once, and a unit that issues a month again or out of order,
 * alone or racing others (the first month included), keeps nothing; a refused batch issues nothing; the
 * reads come in the documented orders, whatever the storage's collation.
 */
public abstract class BillContract extends StoreContractSupport {

  /** For subclasses. */
  protected BillContract() {}

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  /** Departments whose order differs between Java and common collations (case, accents, code points beyond the BMP). */
  private static final List<String> COLLATION_PROBES =
      List.of("d-a", "d-B", "d-a b", "d-\uFF01", "d-\uD83D\uDE00", "d-b", "d-A", "d-é", "d-e", "d-10", "d-9");

  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  /** Asserts that the bills read are those expected, in the order expected, field by field. */
  private static void assertBills(List<MonthlyBill> expected, List<MonthlyBill> actual, String context) {
    Fields.MONTHLY_BILL.assertSameList(expected, actual, context);
  }

  private List<IssuedMonth> issuedMonths() {
    return inUnit(unit -> unit.bills().issuedMonths());
  }

  private List<MonthlyBill> allBills() {
    return inUnit(unit -> unit.bills().all());
  }

  private List<MonthlyBill> ofMonth(YearMonth month) {
    return inUnit(unit -> unit.bills().ofMonth(month));
  }

  private Optional<MonthlyBill> find(BillingAccount account, YearMonth month) {
    return inUnit(unit -> unit.bills().find(account, month));
  }

  private static List<MonthlyBill> inAccountOrder(List<MonthlyBill> bills) {
    List<MonthlyBill> sorted = new ArrayList<>(bills);
    sorted.sort(BY_MONTH_THEN_ACCOUNT);
    return sorted;
  }

  private Optional<LedgerStart> ledgerStart() {
    return inUnit(unit -> unit.bills().ledgerStart());
  }

  @Test
  void billsRoundTripFieldByFieldWithTheirLinesAndAdjustments() {
    BillSamples.startLedger(this, MARCH);
    MonthlyBill full = BillSamples.full(account("dept-2"), MARCH, "按实际天数", "resource-1");
    MonthlyBill empty = BillSamples.empty(account("dept-3"), MARCH);
    MonthlyBill plain = BillSamples.plain(account("dept-1"), MARCH, 3);
    IssuedMonth month = issued(MARCH);
    List<MonthlyBill> expected = List.of(plain, full, empty);
    List<MonthlyBill> seenByTheUnit = inUnit(unit -> {
      unit.bills().issue(month, List.of(full, empty, plain));
      return unit.bills().ofMonth(MARCH);
    });
    assertBills(expected, seenByTheUnit, "bills of the month, read by the unit that issued them");
    restart();
    assertBills(expected, ofMonth(MARCH), "bills of the month");
    assertBills(expected, allBills(), "every bill");
    for (MonthlyBill bill : expected) {
      Optional<MonthlyBill> found = find(bill.account(), MARCH);
      assertThat(found).as("bill of %s", bill.account()).isPresent();
      Fields.MONTHLY_BILL.assertSame(bill, found.get(), "bill of " + bill.account() + " found");
    }
    Fields.ISSUED_MONTH.assertSameList(List.of(month), issuedMonths(), "issued months");
    MonthlyBill loaded = find(full.account(), MARCH).orElseThrow();
    assertThat(loaded.lines()).extracting(BillLine::quantity).as("quantities, by value")
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(BillSamples.QUANTITIES.stream().map(BigDecimal::new).toList());
    assertThat(loaded.total()).as("total of the full bill").isEqualTo(full.total());
  }

  @Test
  void hostileTextsAndIdsRoundTripInEveryTextOfABill() {
    List<String> texts = Samples.HOSTILE_TEXTS;
    List<String> ids = Samples.HOSTILE_IDS;
    List<MonthlyBill> expected = new ArrayList<>();
    List<IssuedMonth> months = new ArrayList<>();
    BillSamples.startLedger(this, MARCH);
    for (int i = 0; i < texts.size(); i++) {
      YearMonth month = MARCH.plusMonths(i);
      BillingAccount account = BillingAccount.of(
          DepartmentId.of(ids.get(i % ids.size())), PlatformId.of(ids.get((i + 1) % ids.size())), ProviderId.of(ids.get((i + 2) % ids.size())));
      MonthlyBill bill = BillSamples.full(account, month, texts.get(i), ids.get((i + 3) % ids.size()));
      IssuedMonth issued = issued(month, ids.get((i + 4) % ids.size()));
      run(unit -> unit.bills().issue(issued, List.of(bill)));
      expected.add(bill);
      months.add(issued);
    }
    restart();
    for (int i = 0; i < texts.size(); i++) {
      MonthlyBill bill = expected.get(i);
      String context = "text #" + i + " «" + texts.get(i) + "»";
      assertBills(List.of(bill), ofMonth(bill.month()), context);
      Optional<MonthlyBill> found = inUnit(unit -> unit.bills().find(bill.account(), bill.month()));
      assertThat(found).as("%s: bill of the account of hostile ids", context).isPresent();
    }
    Fields.ISSUED_MONTH.assertSameList(months, issuedMonths(), "issued months with hostile prorations");
  }

  @Test
  void anEmptyStoreHasNoMonthAndAMonthMayBeIssuedWithoutBills() {
    assertThat(ledgerStart()).as("start of the ledger of an empty store").isEmpty();
    assertThat(issuedMonths()).as("issued months of an empty store").isEmpty();
    assertThat(allBills()).as("bills of an empty store").isEmpty();
    assertThat(ofMonth(MARCH)).as("bills of a month not issued").isEmpty();
    assertThat(find(account("dept-1"), MARCH)).as("bill of a month not issued").isEmpty();
    Throwable unstarted = catchThrowable(() -> run(unit -> unit.bills().issue(issued(MARCH), List.of())));
    assertThat(unstarted).as("a month issued before the ledger is started").isInstanceOf(IllegalStateException.class);
    assertThat(issuedMonths()).as("issued months after a month issued before the start").isEmpty();
    BillSamples.startLedger(this, MARCH);
    run(unit -> unit.bills().issue(issued(MARCH), List.of()));
    Fields.ISSUED_MONTH.assertSameList(List.of(issued(MARCH)), issuedMonths(), "the month issued without bills");
    assertThat(ofMonth(MARCH)).as("bills of the month issued without bills").isEmpty();
    Throwable again = catchThrowable(() -> run(unit -> unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-1"), MARCH, 1)))));
    assertThat(again).as("issuing the month without bills again").isInstanceOf(ConflictException.class);
  }

  @Test
  void aMonthIssuedAgainConflictsAndKeepsNothingOfItsUnit() {
    BillSamples.startLedger(this, MARCH);
    MonthlyBill first = BillSamples.plain(account("dept-first"), MARCH, 2);
    run(unit -> unit.bills().issue(issued(MARCH), List.of(first)));
    Throwable again = catchThrowable(() -> run(unit -> {
      writeOtherThings(unit, "again");
      unit.bills().issue(issued(MARCH, "OTHER"), List.of(BillSamples.plain(account("dept-second"), MARCH, 1)));
    }));
    assertThat(again).as("a second issue of the month").isInstanceOf(ConflictException.class);
    ConflictException conflict = (ConflictException) again;
    assertThat(conflict.id()).as("id in the conflict: the month").isEqualTo(MARCH.toString());
    assertThat(conflict.aggregate()).as("kind named in the conflict").isNotBlank();
    assertThat(conflict.expectedVersion()).as("an issue expects no month saved").isZero();
    Throwable caught = catchThrowable(() -> run(unit -> {
      writeOtherThings(unit, "caught");
      try {
        unit.bills().issue(issued(MARCH), List.of());
      } catch (ConflictException e) {
        // the unit has failed all the same: transact must throw it
      }
    }));
    assertThat(caught).as("a second issue whose conflict the body caught").isInstanceOf(ConflictException.class);
    assertNothingOf("again");
    assertNothingOf("caught");
    assertBills(List.of(first), ofMonth(MARCH), "bills of the month issued first");
    Fields.ISSUED_MONTH.assertSameList(List.of(issued(MARCH)), issuedMonths(), "the month issued first");
  }

  /** Writes a department, a work order, an audit record and a notification of a tag. */
  private static void writeOtherThings(UnitOfWork unit, String tag) {
    unit.departments().insert(Samples.department(DepartmentId.of("d-" + tag), Optional.empty(), "部门 " + tag));
    unit.workOrders().insertAll(List.of(workOrder(tag)));
    unit.audit().append(Samples.accepted("bill", "b-" + tag, "开账 " + tag));
    unit.enqueue(Samples.notification(NotificationId.of("n-" + tag), "通知 " + tag, at(0)));
  }

  private static WorkOrder workOrder(String tag) {
    return Samples.workOrder(WorkOrderId.of("wo-" + tag), ResourceId.of("r-" + tag), DepartmentId.of("d-" + tag), at(100), "ecs", Optional.empty());
  }

  /** Asserts that nothing {@link #writeOtherThings} wrote under a tag is there. */
  private void assertNothingOf(String tag) {
    Optional<Department> department = inUnit(unit -> unit.departments().find(DepartmentId.of("d-" + tag)));
    assertThat(department).as("department of the unit «%s»", tag).isEmpty();
    Optional<WorkOrder> workOrder = inUnit(unit -> unit.workOrders().find(WorkOrderId.of("wo-" + tag)));
    assertThat(workOrder).as("work order of the unit «%s»", tag).isEmpty();
    List<AuditRecord> records = inUnit(unit -> unit.audit().ofSubject("bill", "b-" + tag));
    assertThat(records).as("audit records of the unit «%s»", tag).isEmpty();
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("notifications delivered").doesNotContain("n-" + tag);
  }

  @Test
  void aMonthIssuedTwiceInOneUnitConflictsAndNothingIsKept() {
    BillSamples.startLedger(this, MARCH);
    Throwable twice = catchThrowable(() -> run(unit -> {
      writeOtherThings(unit, "twice");
      unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-1"), MARCH, 1)));
      unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-2"), MARCH, 1)));
    }));
    assertThat(twice).as("the month issued twice in a unit").isInstanceOf(ConflictException.class);
    assertNothingOf("twice");
    assertThat(issuedMonths()).as("issued months").isEmpty();
    assertThat(allBills()).as("bills").isEmpty();
  }

  @Test
  void aBillOfAnotherMonthOrTwoBillsOfOneAccountAreRefusedAndIssueNothing() {
    BillSamples.startLedger(this, MARCH);
    MonthlyBill ofFebruary = BillSamples.plain(account("dept-stray"), MARCH.minusMonths(1), 1);
    Throwable stray = catchThrowable(() -> run(unit -> unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-1"), MARCH, 1), ofFebruary))));
    assertThat(stray).as("a bill of February in March's batch").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dept-stray").hasMessageContaining(MARCH.minusMonths(1).toString());
    MonthlyBill once = BillSamples.plain(account("dept-twice"), MARCH, 1);
    MonthlyBill twice = BillSamples.plain(account("dept-twice"), MARCH, 2);
    Throwable doubled = catchThrowable(() -> run(unit -> unit.bills().issue(issued(MARCH), List.of(once, twice))));
    assertThat(doubled).as("two bills of one account").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dept-twice");
    assertThat(issuedMonths()).as("issued months after the refusals").isEmpty();
    assertThat(allBills()).as("bills after the refusals").isEmpty();
    run(unit -> unit.bills().issue(issued(MARCH), List.of(once)));
    assertBills(List.of(once), ofMonth(MARCH), "the month issued after the refusals");
  }

  @Test
  void monthsAscendAndBillsComeInAccountOrderThenMonthOrderWhateverTheCollation() {
    // across a year's end: ordered by month number alone, December would come after January
    List<YearMonth> months = List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    BillSamples.startLedger(this, months.get(0));
    List<MonthlyBill> everyBill = new ArrayList<>();
    Random random = new Random(6);
    for (YearMonth month : months) {
      List<MonthlyBill> bills = new ArrayList<>();
      for (String department : COLLATION_PROBES) {
        bills.add(BillSamples.plain(account(department), month, 1));
      }
      bills.add(BillSamples.plain(BillingAccount.of(DepartmentId.of("d-a"), PlatformId.of("platform-0"), ProviderId.of("provider-9")), month, 2));
      bills.add(BillSamples.plain(BillingAccount.of(DepartmentId.of("d-a"), PlatformId.of("platform-1"), ProviderId.of("provider-0")), month, 1));
      Collections.shuffle(bills, random);
      run(unit -> unit.bills().issue(issued(month), bills));
      everyBill.addAll(bills);
    }
    assertThat(issuedMonths()).extracting(IssuedMonth::month).as("issued months, ascending").containsExactlyElementsOf(months);
    for (YearMonth month : months) {
      List<MonthlyBill> expected = inAccountOrder(everyBill.stream().filter(b -> b.month().equals(month)).toList());
      assertBills(expected, ofMonth(month), "bills of " + month + ", by account (Java's order of the ids)");
      for (MonthlyBill bill : expected) {
        Optional<MonthlyBill> found = find(bill.account(), month);
        assertThat(found).as("bill of %s for %s", bill.account(), month).isPresent();
        Fields.MONTHLY_BILL.assertSame(bill, found.get(), "bill of " + bill.account() + " for " + month);
      }
    }
    assertBills(inAccountOrder(everyBill), allBills(), "every bill, by month then account");
    assertThat(find(account("d-none"), months.get(0))).as("bill of an account without one").isEmpty();
    assertThat(ofMonth(YearMonth.of(2026, 3))).as("bills of a month not issued").isEmpty();
    assertThat(find(account("d-a"), YearMonth.of(2026, 3))).as("bill of an account with bills, for a month not issued").isEmpty();
  }

  @Test
  void monthsOfFiveDigitYearsFollowThoseOfFourDigits() {
    // years of five digits: after 9999 by value, not before it as text
    List<YearMonth> months = List.of(YearMonth.of(9999, 11), YearMonth.of(9999, 12), YearMonth.of(10_000, 1), YearMonth.of(10_000, 2));
    BillSamples.startLedger(this, months.get(0));
    // issued without bills: a relational database keeps no date beyond the year 9999
    for (YearMonth month : months) {
      run(unit -> unit.bills().issue(issued(month), List.of()));
    }
    assertThat(issuedMonths()).extracting(IssuedMonth::month).as("issued months, ascending").containsExactlyElementsOf(months);
    Throwable again = catchThrowable(() -> run(unit -> unit.bills().issue(issued(YearMonth.of(9999, 12)), List.of())));
    assertThat(again).as("a month of a four-digit year issued again after five-digit ones").isInstanceOf(ConflictException.class);
    assertThat(ledgerStart().map(LedgerStart::firstMonth)).as("the ledger's first month").contains(months.get(0));
  }

  @Test
  void aUnitReadsTheMonthsItIssuedWithTheCommittedOnes() {
    MonthlyBill february = BillSamples.plain(account("dept-1"), MARCH.minusMonths(1), 1);
    MonthlyBill april = BillSamples.plain(account("dept-1"), MARCH.plusMonths(1), 1);
    BillSamples.startLedger(this, february.month());
    run(unit -> unit.bills().issue(issued(february.month()), List.of(february)));
    MonthlyBill march = BillSamples.full(account("dept-0"), MARCH, "三月", "resource-1");
    MonthlyBill marchToo = BillSamples.plain(account("dept-2"), MARCH, 1);
    run(unit -> {
      unit.bills().issue(issued(MARCH), List.of(marchToo, march));
      unit.bills().issue(issued(april.month()), List.of(april));
      assertThat(unit.bills().issuedMonths()).extracting(IssuedMonth::month).as("issued months in the unit")
          .containsExactly(february.month(), MARCH, april.month());
      assertBills(List.of(march, marchToo), unit.bills().ofMonth(MARCH), "bills of the month the unit issued");
      Fields.MONTHLY_BILL.assertSame(march, unit.bills().find(march.account(), MARCH).orElseThrow(), "bill found in the unit");
      assertBills(List.of(february, march, marchToo, april), unit.bills().all(), "every bill in the unit");
    });
    assertBills(List.of(february, march, marchToo, april), allBills(), "every bill after the commit");
  }

  @Test
  void aRolledBackIssueLeavesNoMonthAndTheMonthCanBeIssuedAfter() {
    BillSamples.startLedger(this, MARCH);
    MonthlyBill bill = BillSamples.full(account("dept-1"), MARCH, "回滚", "resource-1");
    IllegalStateException thrown = new IllegalStateException("the body failed");
    Throwable caught = catchThrowable(() -> run(unit -> {
      unit.bills().issue(issued(MARCH), List.of(bill));
      throw thrown;
    }));
    assertThat(caught).as("exception out of transact").isSameAs(thrown);
    assertThat(issuedMonths()).as("issued months after the rollback").isEmpty();
    assertThat(ofMonth(MARCH)).as("bills after the rollback").isEmpty();
    assertThat(find(bill.account(), MARCH)).as("bill after the rollback").isEmpty();
    run(unit -> unit.bills().issue(issued(MARCH), List.of(bill)));
    assertBills(List.of(bill), allBills(), "the month issued after the rollback");
  }

  /** The timeout is a watchdog against a store whose issuers deadlock, not a speed requirement. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void ofConcurrentUnitsIssuingOneMonthExactlyOneWinsAndTheOthersKeepNothing() {
    int issuers = 8;
    BillSamples.startLedger(this, MARCH);
    for (int round = 0; round < 4; round++) {
      YearMonth month = MARCH.plusMonths(round);
      List<Boolean> won = Threads.onThreads(issuers, thread -> {
        String tag = month + "-" + thread;
        try {
          run(unit -> {
            unit.departments().insert(Samples.department(DepartmentId.of("d-" + tag), Optional.empty(), "开账单位"));
            unit.bills().issue(issued(month), List.of(BillSamples.plain(account("d-" + tag), month, 1 + thread)));
          });
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });
      assertThat(won).as("%s: winners among %d concurrent issuers", month, issuers).containsOnlyOnce(true);
      int winner = won.indexOf(true);
      String winning = month + "-" + winner;
      assertBills(List.of(BillSamples.plain(account("d-" + winning), month, 1 + winner)), ofMonth(month),
          month + ": the winner's bills");
      for (int thread = 0; thread < issuers; thread++) {
        DepartmentId department = DepartmentId.of("d-" + month + "-" + thread);
        Optional<Department> found = inUnit(unit -> unit.departments().find(department));
        assertThat(found.isPresent()).as("%s: department of issuer %d kept", month, thread).isEqualTo(thread == winner);
      }
    }
    assertThat(issuedMonths()).as("months issued by the races").hasSize(4);
  }

  @Test
  void theLedgerStartsOnceAndItsStartRoundTrips() {
    LedgerStart start = new LedgerStart(MARCH, at(0));
    LedgerStart seenByTheUnit = inUnit(unit -> {
      unit.bills().startLedger(start);
      return unit.bills().ledgerStart().orElseThrow();
    });
    assertThat(seenByTheUnit).as("the start, read by the unit that started the ledger").isEqualTo(start);
    restart();
    assertThat(ledgerStart()).as("the start after a restart").contains(start);
    Throwable again = catchThrowable(() -> run(unit -> {
      writeOtherThings(unit, "again");
      unit.bills().startLedger(new LedgerStart(MARCH.plusMonths(2), at(5)));
    }));
    assertThat(again).as("a second start").isInstanceOf(ConflictException.class);
    assertNothingOf("again");
    assertThat(ledgerStart()).as("the start after a second one was refused").contains(start);
  }

  @Test
  void aLedgerStartedTwiceInOneUnitOrRolledBackKeepsNothing() {
    Throwable twice = catchThrowable(() -> run(unit -> {
      writeOtherThings(unit, "twice");
      unit.bills().startLedger(new LedgerStart(MARCH, at(0)));
      unit.bills().startLedger(new LedgerStart(MARCH.plusMonths(1), at(1)));
    }));
    assertThat(twice).as("the ledger started twice in a unit").isInstanceOf(ConflictException.class);
    assertNothingOf("twice");
    IllegalStateException thrown = new IllegalStateException("the body failed");
    Throwable rolledBack = catchThrowable(() -> run(unit -> {
      unit.bills().startLedger(new LedgerStart(MARCH, at(0)));
      unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-1"), MARCH, 1)));
      throw thrown;
    }));
    assertThat(rolledBack).as("exception out of transact").isSameAs(thrown);
    assertThat(ledgerStart()).as("the start of a unit that rolled back").isEmpty();
    assertThat(issuedMonths()).as("the month of a unit that rolled back").isEmpty();
    LedgerStart start = new LedgerStart(MARCH.plusMonths(1), at(2));
    run(unit -> {
      unit.bills().startLedger(start);
      unit.bills().issue(issued(start.firstMonth()), List.of());
    });
    assertThat(ledgerStart()).as("the start after the rollbacks").contains(start);
    assertThat(issuedMonths()).extracting(IssuedMonth::month).as("months after the rollbacks").containsExactly(start.firstMonth());
  }

  @Test
  void onlyTheLedgersNextMonthMayBeIssued() {
    BillSamples.startLedger(this, MARCH);
    for (YearMonth month : List.of(MARCH.minusMonths(1), MARCH.plusMonths(1), MARCH.plusMonths(2), MARCH.minusYears(1))) {
      Throwable refused = catchThrowable(() -> run(unit -> {
        writeOtherThings(unit, "m" + month);
        unit.bills().issue(issued(month), List.of(BillSamples.plain(account("dept-1"), month, 1)));
      }));
      assertThat(refused).as("%s issued before the ledger's first month %s", month, MARCH).isInstanceOf(ConflictException.class);
      assertNothingOf("m" + month);
    }
    run(unit -> unit.bills().issue(issued(MARCH), List.of()));
    for (YearMonth month : List.of(MARCH, MARCH.plusMonths(2), MARCH.minusMonths(1))) {
      Throwable refused = catchThrowable(() -> run(unit -> unit.bills().issue(issued(month), List.of())));
      assertThat(refused).as("%s issued when the next month is %s", month, MARCH.plusMonths(1)).isInstanceOf(ConflictException.class);
    }
    run(unit -> unit.bills().issue(issued(MARCH.plusMonths(1)), List.of()));
    assertThat(issuedMonths()).extracting(IssuedMonth::month).as("issued months").containsExactly(MARCH, MARCH.plusMonths(1));
  }

  /**
   * Issue 11, finding 2: on an empty ledger, two units issuing different "first months" at once both
   * committed, and the ledger could never be read again. Units race to start the ledger, each at a month
   * of its own, and to issue that month in the same unit: exactly one wins, and the ledger holds its
   * start and its month only. The timeout is a watchdog against a store whose units deadlock.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void ofUnitsStartingTheLedgerAtOnceAtDifferentFirstMonthsExactlyOneCommits() {
    int starters = 6;
    List<Boolean> won = Threads.onThreads(starters, thread -> {
      YearMonth first = MARCH.plusMonths(2L * thread);
      try {
        run(unit -> {
          unit.bills().startLedger(new LedgerStart(first, at(thread)));
          unit.bills().issue(issued(first), List.of(BillSamples.plain(account("d-start-" + thread), first, 1)));
        });
        return true;
      } catch (ConflictException e) {
        return false;
      }
    });
    assertThat(won).as("winners among %d units starting the ledger", starters).containsOnlyOnce(true);
    int winner = won.indexOf(true);
    YearMonth first = MARCH.plusMonths(2L * winner);
    assertThat(ledgerStart()).as("the winner's start").contains(new LedgerStart(first, at(winner)));
    assertThat(issuedMonths()).extracting(IssuedMonth::month).as("months issued").containsExactly(first);
    assertBills(List.of(BillSamples.plain(account("d-start-" + winner), first, 1)), allBills(), "the winner's bills");
  }

  /**
   * Units race to issue months around the ledger's next month: the month before it, the month itself and
   * the months after it. A unit that begins after another committed may rightly issue the month after
   * that one; but round after round, the months committed follow one another from the ledger's first
   * month, each issued by exactly one unit, with no gap and no month twice. The timeout is a watchdog
   * against deadlocks.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void ofUnitsIssuingDifferentMonthsAtOnceTheMonthsCommittedFollowOneAnother() {
    int issuers = 8;
    BillSamples.startLedger(this, MARCH);
    YearMonth next = MARCH;
    for (int round = 0; round < 4; round++) {
      YearMonth from = next;
      List<YearMonth> asked = new ArrayList<>();
      for (int thread = 0; thread < issuers; thread++) {
        asked.add(from.plusMonths(thread % 4 - 1));
      }
      String tag = "r" + round + "-";
      List<Boolean> won = Threads.onThreads(issuers, thread -> {
        YearMonth month = asked.get(thread);
        try {
          run(unit -> unit.bills().issue(issued(month), List.of(BillSamples.plain(account("d-" + tag + thread), month, 1 + thread))));
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });
      List<YearMonth> months = issuedMonths().stream().map(IssuedMonth::month).filter(m -> !m.isBefore(from)).toList();
      assertThat(months).as("round %d: months committed of %s", round, asked).isNotEmpty();
      for (int i = 0; i < months.size(); i++) {
        assertThat(months.get(i)).as("round %d: month committed #%d", round, i).isEqualTo(from.plusMonths(i));
      }
      List<YearMonth> ofWinners = new ArrayList<>();
      for (int thread = 0; thread < issuers; thread++) {
        if (won.get(thread)) {
          YearMonth month = asked.get(thread);
          ofWinners.add(month);
          assertBills(List.of(BillSamples.plain(account("d-" + tag + thread), month, 1 + thread)), ofMonth(month),
              "round " + round + ": the bills of " + month + ", of its winner");
        }
      }
      ofWinners.sort(Comparator.naturalOrder());
      assertThat(ofWinners).as("round %d: the months of the winners, each won once", round).containsExactlyElementsOf(months);
      next = from.plusMonths(months.size());
    }
  }
}
