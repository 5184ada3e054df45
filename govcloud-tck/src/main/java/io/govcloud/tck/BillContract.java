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
 * The issued monthly bills (rule R4, Art. 30 and 31): a month and its bills come back field by field (lines,
 * adjustments and their recomputed lines, hostile texts and ids, quantities by value); a month is issued
 * once, and a unit that issues it again, alone or racing others, keeps nothing; a refused batch issues
 * nothing; the reads come in the documented orders, whatever the storage's collation.
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

  @Test
  void billsRoundTripFieldByFieldWithTheirLinesAndAdjustments() {
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
    assertThat(issuedMonths()).as("issued months of an empty store").isEmpty();
    assertThat(allBills()).as("bills of an empty store").isEmpty();
    assertThat(ofMonth(MARCH)).as("bills of a month not issued").isEmpty();
    assertThat(find(account("dept-1"), MARCH)).as("bill of a month not issued").isEmpty();
    run(unit -> unit.bills().issue(issued(MARCH), List.of()));
    Fields.ISSUED_MONTH.assertSameList(List.of(issued(MARCH)), issuedMonths(), "the month issued without bills");
    assertThat(ofMonth(MARCH)).as("bills of the month issued without bills").isEmpty();
    Throwable again = catchThrowable(() -> run(unit -> unit.bills().issue(issued(MARCH), List.of(BillSamples.plain(account("dept-1"), MARCH, 1)))));
    assertThat(again).as("issuing the month without bills again").isInstanceOf(ConflictException.class);
  }

  @Test
  void aMonthIssuedAgainConflictsAndKeepsNothingOfItsUnit() {
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
    List<YearMonth> months = List.of(YearMonth.of(2026, 2), YearMonth.of(2100, 1), YearMonth.of(2025, 12), YearMonth.of(2026, 1),
        YearMonth.of(2026, 10), YearMonth.of(1999, 12));
    // years of five digits, issued without bills: after 2100 by value, not before it as text
    List<YearMonth> farMonths = List.of(YearMonth.of(21_000, 2), YearMonth.of(10_000, 1));
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
    for (YearMonth month : farMonths) {
      run(unit -> unit.bills().issue(issued(month), List.of()));
    }
    List<IssuedMonth> issuedMonths = issuedMonths();
    List<YearMonth> ascending = new ArrayList<>(months);
    ascending.addAll(farMonths);
    ascending.sort(Comparator.naturalOrder());
    assertThat(issuedMonths).extracting(IssuedMonth::month).as("issued months, ascending").containsExactlyElementsOf(ascending);
    for (YearMonth month : farMonths) {
      assertThat(ofMonth(month)).as("bills of %s, issued without bills", month).isEmpty();
    }
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
  void aUnitReadsTheMonthItIssuedWithTheCommittedOnes() {
    MonthlyBill february = BillSamples.plain(account("dept-1"), MARCH.minusMonths(1), 1);
    MonthlyBill april = BillSamples.plain(account("dept-1"), MARCH.plusMonths(1), 1);
    run(unit -> unit.bills().issue(issued(february.month()), List.of(february)));
    run(unit -> unit.bills().issue(issued(april.month()), List.of(april)));
    MonthlyBill march = BillSamples.full(account("dept-0"), MARCH, "三月", "resource-1");
    MonthlyBill marchToo = BillSamples.plain(account("dept-2"), MARCH, 1);
    run(unit -> {
      unit.bills().issue(issued(MARCH), List.of(marchToo, march));
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
}
