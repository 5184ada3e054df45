package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ConflictException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The billing ledgers by jurisdiction (docs/rules.md#r4; Art. 17, 20, 30): each jurisdiction's ledger
 * starts once and issues its own months in order, whatever the other ledgers did; the reads of one
 * jurisdiction hold its bills only, the reads without one every jurisdiction's, in the documented orders;
 * an account is billed once a month, whichever ledger bills it; units racing on different jurisdictions'
 * ledgers do not conflict, units racing on one ledger's month let exactly one win.
 */
public abstract class JurisdictionLedgerContract extends StoreContractSupport {

  /** For subclasses. */
  protected JurisdictionLedgerContract() {}

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final Jurisdiction CITY = Jurisdiction.MUNICIPAL;
  /** Two districts whose codes sort differently by case and by code point. */
  private static final Jurisdiction YUZHONG = Jurisdiction.district("yuzhong");
  private static final Jurisdiction BANAN = Jurisdiction.district("Banan");

  private static BillingAccount account(String department, String platform) {
    return BillingAccount.of(DepartmentId.of(department), PlatformId.of(platform), ProviderId.of("provider-1"));
  }

  private static IssuedMonth issued(Jurisdiction jurisdiction, YearMonth month) {
    return new IssuedMonth(jurisdiction, month, "ACTUAL_DAYS", at(3600L * month.getMonthValue()));
  }

  private void start(Jurisdiction jurisdiction, YearMonth first) {
    run(unit -> unit.bills().startLedger(new LedgerStart(jurisdiction, first, at(1))));
  }

  private Optional<LedgerStart> startOf(Jurisdiction jurisdiction) {
    return inUnit(unit -> unit.bills().ledgerStart(jurisdiction));
  }

  private List<MonthlyBill> ofMonth(Jurisdiction jurisdiction, YearMonth month) {
    return inUnit(unit -> unit.bills().ofMonth(jurisdiction, month));
  }

  private List<YearMonth> months(Jurisdiction jurisdiction) {
    return inUnit(unit -> unit.bills().issuedMonths(jurisdiction)).stream().map(IssuedMonth::month).toList();
  }

  private static List<MonthlyBill> sorted(List<MonthlyBill> bills) {
    List<MonthlyBill> all = new ArrayList<>(bills);
    all.sort(Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account));
    return all;
  }

  @Test
  void eachJurisdictionsLedgerStartsOnceAndIssuesItsOwnMonthsInOrder() {
    LedgerStart city = new LedgerStart(CITY, MARCH, at(1));
    LedgerStart yuzhong = new LedgerStart(YUZHONG, MARCH.plusMonths(2), at(2));
    LedgerStart banan = new LedgerStart(BANAN, MARCH.minusMonths(1), at(3));
    run(unit -> {
      unit.bills().startLedger(city);
      unit.bills().startLedger(yuzhong);
    });
    run(unit -> unit.bills().startLedger(banan));
    restart();
    assertThat(startOf(YUZHONG)).as("the district's start").contains(yuzhong);
    Optional<LedgerStart> municipal = inUnit(unit -> unit.bills().ledgerStart());
    assertThat(municipal).as("the municipal start").contains(city);
    assertThat(startOf(Jurisdiction.district("nowhere"))).as("a ledger not started").isEmpty();
    List<LedgerStart> starts = inUnit(unit -> unit.bills().ledgerStarts());
    assertThat(starts).as("every start, by jurisdiction code").containsExactly(banan, city, yuzhong);
    Throwable again = catchThrowable(() -> start(YUZHONG, MARCH));
    assertThat(again).as("the district's ledger started again").isInstanceOf(ConflictException.class);

    MonthlyBill cityBill = BillSamples.plain(account("d-city", "p-city"), MARCH, 2);
    MonthlyBill yuzhongBill = BillSamples.full(account("d-yuzhong", "p-yuzhong"), MARCH.plusMonths(2), "按实际天数", "r-1");
    run(unit -> unit.bills().issue(issued(CITY, MARCH), List.of(cityBill)));
    Throwable early = catchThrowable(() -> run(unit -> unit.bills().issue(issued(YUZHONG, MARCH), List.of())));
    assertThat(early).as("a month before the district's first month").isInstanceOf(ConflictException.class);
    run(unit -> unit.bills().issue(issued(YUZHONG, MARCH.plusMonths(2)), List.of(yuzhongBill)));
    Throwable gap = catchThrowable(() -> run(unit -> unit.bills().issue(issued(CITY, MARCH.plusMonths(2)), List.of())));
    assertThat(gap).as("the municipal ledger skipping a month another ledger issued").isInstanceOf(ConflictException.class);
    Throwable unstarted = catchThrowable(() -> run(unit -> unit.bills().issue(issued(Jurisdiction.district("nowhere"), MARCH), List.of())));
    assertThat(unstarted).as("a month of a ledger not started").isInstanceOf(IllegalStateException.class);
    restart();
    assertThat(months(CITY)).as("municipal months").containsExactly(MARCH);
    assertThat(months(YUZHONG)).as("the district's months").containsExactly(MARCH.plusMonths(2));
    assertThat(months(BANAN)).as("months of a ledger that issued none").isEmpty();
    Fields.ISSUED_MONTH.assertSameList(List.of(issued(YUZHONG, MARCH.plusMonths(2))), inUnit(unit -> unit.bills().issuedMonths(YUZHONG)),
        "the district's issued month");
    Fields.MONTHLY_BILL.assertSameList(List.of(yuzhongBill), inUnit(unit -> unit.bills().all(YUZHONG)), "the district's bills");
    Fields.MONTHLY_BILL.assertSameList(List.of(cityBill), inUnit(unit -> unit.bills().all(CITY)), "the municipal bills");
    Fields.MONTHLY_BILL.assertSameList(List.of(cityBill, yuzhongBill), inUnit(unit -> unit.bills().all()), "every bill");
    Fields.MONTHLY_BILL.assertSameList(List.of(yuzhongBill), inUnit(unit -> unit.bills().ofMonth(YUZHONG, MARCH.plusMonths(2))),
        "the district's month");
    assertThat(ofMonth(CITY, MARCH.plusMonths(2))).as("a month the municipal ledger did not issue").isEmpty();
    Optional<MonthlyBill> found = inUnit(unit -> unit.bills().find(yuzhongBill.account(), MARCH.plusMonths(2)));
    assertThat(found).as("a district's bill found by its account").isPresent();
    Fields.MONTHLY_BILL.assertSame(yuzhongBill, found.get(), "the district's bill found");
  }

  @Test
  void theSameMonthIssuedByTwoJurisdictionsIsReadTogetherInAccountOrder() {
    start(CITY, MARCH);
    start(YUZHONG, MARCH);
    // accounts whose order interleaves the two jurisdictions
    List<MonthlyBill> city = List.of(BillSamples.plain(account("d-b", "p-city"), MARCH, 1), BillSamples.plain(account("d-d", "p-city"), MARCH, 2));
    List<MonthlyBill> district = List.of(BillSamples.plain(account("d-a", "p-y"), MARCH, 1), BillSamples.plain(account("d-c", "p-y"), MARCH, 3));
    run(unit -> unit.bills().issue(issued(YUZHONG, MARCH), district));
    List<MonthlyBill> both = new ArrayList<>(city);
    both.addAll(district);
    List<MonthlyBill> seenByTheUnit = inUnit(unit -> {
      unit.bills().issue(issued(CITY, MARCH), city);
      return unit.bills().ofMonth(MARCH);
    });
    Fields.MONTHLY_BILL.assertSameList(sorted(both), seenByTheUnit, "the month of both ledgers, read by the unit that issued one");
    restart();
    Fields.MONTHLY_BILL.assertSameList(sorted(both), inUnit(unit -> unit.bills().ofMonth(MARCH)), "the month of both ledgers");
    Fields.MONTHLY_BILL.assertSameList(sorted(both), inUnit(unit -> unit.bills().all()), "every bill");
    Fields.MONTHLY_BILL.assertSameList(city, inUnit(unit -> unit.bills().ofMonth(CITY, MARCH)), "the municipal month");
    Fields.MONTHLY_BILL.assertSameList(district, inUnit(unit -> unit.bills().ofMonth(YUZHONG, MARCH)), "the district's month");
    assertThat(months(CITY)).containsExactly(MARCH);
    assertThat(months(YUZHONG)).containsExactly(MARCH);
  }

  @Test
  void anAccountIsBilledOnceAMonthWhicheverLedgerBillsIt() {
    start(CITY, MARCH);
    start(YUZHONG, MARCH);
    BillingAccount shared = account("d-shared", "p-shared");
    run(unit -> unit.bills().issue(issued(CITY, MARCH), List.of(BillSamples.plain(shared, MARCH, 1))));
    Throwable twice = catchThrowable(() -> run(unit -> {
      unit.departments().insert(Samples.department(DepartmentId.of("d-twice"), Optional.empty(), "重复开账"));
      unit.bills().issue(issued(YUZHONG, MARCH), List.of(BillSamples.plain(shared, MARCH, 2)));
    }));
    assertThat(twice).as("an account billed by a second ledger for the same month").isInstanceOf(ConflictException.class);
    Optional<Department> kept = inUnit(unit -> unit.departments().find(DepartmentId.of("d-twice")));
    assertThat(kept).as("the department of the unit that conflicted").isEmpty();
    assertThat(months(YUZHONG)).as("the district's months after the conflict").isEmpty();
    Fields.MONTHLY_BILL.assertSameList(List.of(BillSamples.plain(shared, MARCH, 1)), inUnit(unit -> unit.bills().ofMonth(MARCH)),
        "the month after the conflict");
  }

  /**
   * Units issue the same month in two jurisdictions at once, several per jurisdiction: exactly one wins in
   * each, whatever the other jurisdiction's units do. The timeout is a watchdog against a store whose
   * issuers deadlock, not a speed requirement.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void ofUnitsIssuingTwoJurisdictionsMonthsAtOnceExactlyOnePerJurisdictionWins() {
    start(CITY, MARCH);
    start(YUZHONG, MARCH);
    int perJurisdiction = 4;
    for (int round = 0; round < 3; round++) {
      YearMonth month = MARCH.plusMonths(round);
      List<Boolean> won = Threads.onThreads(2 * perJurisdiction, thread -> {
        Jurisdiction jurisdiction = thread % 2 == 0 ? CITY : YUZHONG;
        String tag = month + "-" + thread;
        try {
          run(unit -> {
            unit.departments().insert(Samples.department(DepartmentId.of("d-" + tag), Optional.empty(), "开账单位"));
            unit.bills().issue(issued(jurisdiction, month), List.of(BillSamples.plain(account("d-" + tag, "p-" + jurisdiction), month, 1)));
          });
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });
      List<Boolean> cityWon = new ArrayList<>();
      List<Boolean> districtWon = new ArrayList<>();
      for (int thread = 0; thread < won.size(); thread++) {
        (thread % 2 == 0 ? cityWon : districtWon).add(won.get(thread));
      }
      assertThat(cityWon).as("%s: municipal winners", month).containsOnlyOnce(true);
      assertThat(districtWon).as("%s: district winners", month).containsOnlyOnce(true);
      for (Jurisdiction jurisdiction : List.of(CITY, YUZHONG)) {
        assertThat(ofMonth(jurisdiction, month)).as("%s: bills of %s", month, jurisdiction).hasSize(1);
      }
    }
    assertThat(months(CITY)).as("municipal months").containsExactly(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2));
    assertThat(months(YUZHONG)).as("district months").containsExactly(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2));
  }
}
