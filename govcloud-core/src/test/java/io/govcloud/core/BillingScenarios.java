package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.billing.BillingStart;
import io.govcloud.core.billing.BillingViolations;
import io.govcloud.core.billing.Discrepancy;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ProviderStatementLine;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.Store;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Monthly billing through the entry point and a store (docs/rules.md#r4): issue, freeze, adjust, read,
 * reconcile. Abstract: each store module runs them, unchanged, on its own store.
 */
public abstract class BillingScenarios {

  private static final BillingAccount ACCOUNT_D = BillingAccount.of(D, PD, P1);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final YearMonth MAY = YearMonth.of(2025, 5);

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected BillingScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  /** The store of the test, with a barrier for race tests, inert until it is armed. */
  private BarrierStore store;

  @BeforeEach
  void setUpWorld() {
    store = new BarrierStore(newStore());
    world = new World(store);
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  /** Opens n units of an item for D, applied a day before and in service from the given Shanghai time. */
  private ResourceId open(String item, long quantity, String completedAt) {
    world.clock.set(at(completedAt).minus(java.time.Duration.ofDays(1)));
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request(item, quantity))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    world.clock.set(at(completedAt).plus(java.time.Duration.ofHours(1)));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(quantity), at(completedAt)));
    return id;
  }

  @Test
  void aMonthIsIssuedWithProratedLinesAndFrozen() {
    world.startLedger(MARCH);
    ResourceId id = open("ecs.c2m4", 2, "2025-03-03T08:00"); // 2 x 250.00 = 500.00 a month, days 3..31 of 31
    world.clock.set(at("2025-04-01T09:00"));
    List<MonthlyBill> march = ok(gov.as(CITY).billing().issue(MARCH));
    assertThat(march).singleElement().satisfies(bill -> {
      assertThat(bill.account()).isEqualTo(ACCOUNT_D);
      BillLine line = bill.lines().get(0);
      assertThat(line.resource()).isEqualTo(id);
      assertThat(line.daysUsed()).isEqualTo(29);
      assertThat(line.daysInMonth()).isEqualTo(31);
      assertThat(line.monthlyAmount()).isEqualTo(Money.of("500.00"));
      assertThat(line.amount()).isEqualTo(Money.of("467.74")); // round(500 x 31/31) - round(500 x 2/31)
      assertThat(bill.total()).isEqualTo(Money.of("467.74"));
    });
    assertThat(ok(gov.as(CITY).billing().issue(MARCH))).isEqualTo(march); // never a duplicate
    List<MonthlyBill> stored = world.store.transact(uow -> uow.bills().ofMonth(MARCH));
    assertThat(stored).hasSize(1);
    assertThat(world.notifier.types()).filteredOn("BILL_ISSUED"::equals).hasSize(2);
  }

  @Test
  void aLateChangeTouchingAnIssuedMonthBecomesAnAdjustmentOfTheNextMonth() {
    world.startLedger(MARCH);
    ResourceId id = open("ecs.c2m4", 1, "2025-03-01T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    ok(gov.as(CITY).billing().issue(MARCH));
    world.clock.set(at("2025-05-01T09:00"));
    ok(gov.as(CITY).billing().issue(APRIL));
    // confirmed in May, effective 16 April: April is frozen
    world.clock.set(at("2025-05-06T10:00"));
    ok(gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", BigDecimal.ONE, PRD));
    ok(gov.as(CITY).resources().approveChange(id));
    ok(gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.ONE, at("2025-04-16T00:30")));
    java.util.Optional<MonthlyBill> frozen = world.store.transact(uow -> uow.bills().find(ACCOUNT_D, APRIL));
    assertThat(frozen).hasValueSatisfying(april -> assertThat(april.total()).isEqualTo(Money.of("250.00")));

    world.clock.set(at("2025-06-01T09:00"));
    MonthlyBill may = ok(gov.as(CITY).billing().issue(MAY)).get(0);
    assertThat(may.adjustments()).singleElement().satisfies(adjustment -> {
      assertThat(adjustment.correctedMonth()).isEqualTo(APRIL);
      assertThat(adjustment.resource()).isEqualTo(id);
      assertThat(adjustment.issued()).isEqualTo(Money.of("250.00"));
      // April recomputed: days 1..15 at 250.00 (125.00) and 16..30 at 500.00 (250.00): 375.00
      assertThat(adjustment.amount()).isEqualTo(Money.of("125.00"));
    });
    assertThat(may.lines()).singleElement().satisfies(line -> assertThat(line.item()).isEqualTo("ecs.c4m8"));
    assertThat(may.total()).isEqualTo(Money.of("625.00"));
    AnnualStatement year = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Year.of(2025), FeeDeductions.none()));
    assertThat(year.fees()).isEqualTo(Money.of("1125.00")); // 250 + 250 + 625 (the adjustment counts in May)
    assertThat(year.payable()).isEqualTo(Money.of("1125.00"));
  }

  @Test
  void onlyTheNextOpenMonthCanBeIssued() {
    world.startLedger(MARCH);
    open("ecs.c2m4", 1, "2025-03-01T08:00");
    world.clock.set(at("2025-06-01T09:00"));
    ok(gov.as(CITY).billing().issue(MARCH));
    Violation skipped = gov.as(CITY).billing().issue(MAY).getLeft().get(0);
    assertThat(skipped.code()).isEqualTo(io.govcloud.core.billing.BillingViolations.MONTH_NOT_OPEN);
    assertThat(skipped.article()).isEqualTo(Article.of(30));
  }

  @Test
  void billsAreReadByTheirPartiesOnly() {
    world.startLedger(MARCH);
    open("ecs.c2m4", 1, "2025-03-01T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    ok(gov.as(CITY).billing().issue(MARCH));
    assertThat(gov.as(DEPT_D).billing().bills(MARCH)).hasSize(1);
    assertThat(gov.as(PROVIDER_1).billing().bills(MARCH)).hasSize(1);
    assertThat(gov.as(AUDITOR).billing().bills(MARCH)).hasSize(1);
    assertThat(gov.as(DEPT_E).billing().bills(MARCH)).isEmpty();
    assertThat(gov.as(PROVIDER_2).billing().bills(MARCH)).isEmpty();
    assertThat(gov.as(DEPT_E).billing().annualStatement(ACCOUNT_D, Year.of(2025), FeeDeductions.none()).getLeft().code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(gov.as(DEPT_D).billing().issue(APRIL).getLeft().get(0).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void aProvidersStatementIsReconciledLineByLine() {
    world.startLedger(MARCH);
    ResourceId vm = open("ecs.c2m4", 1, "2025-03-01T08:00");
    ResourceId disk = open("evs.ssd", 100, "2025-03-11T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    ok(gov.as(CITY).billing().issue(MARCH));
    ProviderStatement statement = ProviderStatement.of(ACCOUNT_D, MARCH, List.of(
        ProviderStatementLine.of(vm, "ecs.c2m4", BigDecimal.ONE, Money.of("250.00")),
        ProviderStatementLine.of(disk, "evs.ssd", BigDecimal.valueOf(100), Money.of("80.00")))); // charged a full month
    Reconciliation reconciliation = ok(gov.as(PROVIDER_1).billing().reconcile(statement));
    assertThat(reconciliation.agrees()).isFalse();
    assertThat(reconciliation.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Discrepancy.Kind.AMOUNT_DIFFERS);
      assertThat(d.resource()).isEqualTo(disk);
      assertThat(d.computedAmount()).isEqualTo(Money.of("54.19")); // 80.00 x 21/31
      assertThat(d.computed()).singleElement().satisfies(line -> assertThat(line.daysUsed()).isEqualTo(21));
    });
    assertThat(gov.as(PROVIDER_1).billing().reconcile(ProviderStatement.of(ACCOUNT_D, APRIL, List.of())).getLeft().code())
        .isEqualTo(io.govcloud.core.billing.BillingViolations.BILL_NOT_ISSUED);
  }

  @Test
  void anAdjustmentNamesTheMonthItCorrects() {
    world.startLedger(MARCH);
    ResourceId id = open("evs.ssd", 10, "2025-03-10T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    ok(gov.as(CITY).billing().issue(MARCH));
    ok(gov.as(DEPT_D).resources().applyTermination(id, PRD));
    ok(gov.as(CITY).resources().approveTermination(id));
    for (io.govcloud.model.CloudResource.TerminationStep step : io.govcloud.model.CloudResource.TerminationStep.values()) {
      ok(gov.as(DEPT_D).resources().recordTerminationStep(id, step));
    }
    world.clock.set(at("2025-04-02T10:00"));
    ok(gov.as(DEPT_D).resources().confirmTermination(id, at("2025-03-20T18:00"))); // ended in the frozen March
    world.clock.set(at("2025-05-01T09:00"));
    MonthlyBill april = ok(gov.as(CITY).billing().issue(APRIL)).get(0);
    assertThat(april.lines()).isEmpty();
    BillAdjustment credit = april.adjustments().get(0);
    assertThat(credit.correctedMonth()).isEqualTo(MARCH);
    assertThat(credit.amount().isNegative()).isTrue();
    assertThat(april.total()).isEqualTo(credit.amount());
  }

  // ------------------------------------------------------------------ the ledger's start and the month's end

  @Test
  void aMonthIsIssuedOnlyOnceItHasEndedInThePlatformsZone() {
    world.startLedger(MARCH);
    open("ecs.c2m4", 1, "2025-03-03T08:00");
    world.clock.set(at("2025-03-31T23:59:59"));
    Violation early = gov.as(CITY).billing().issue(MARCH).getLeft().get(0);
    assertThat(early.code()).isEqualTo(BillingViolations.MONTH_NOT_ENDED);
    assertThat(early.article()).isEqualTo(Article.of(30));
    assertThat(early.facts()).containsEntry("month", "2025-03").containsEntry("endsAt", "2025-03-31T16:00:00Z")
        .containsEntry("zone", "Asia/Shanghai");
    assertThat(trailOfMonth("2025-03")).filteredOn(r -> r.action().equals("ISSUE_BILLS"))
        .extracting(r -> r.refusal().map(Violation::code).orElse("accepted")).containsExactly(BillingViolations.MONTH_NOT_ENDED);
    assertThat(issuedMonths()).isEmpty();
    world.clock.set(at("2025-04-01T00:00"));
    assertThat(ok(gov.as(CITY).billing().issue(MARCH))).singleElement()
        .satisfies(bill -> assertThat(bill.total()).isEqualTo(Money.of("233.87"))); // 250.00 x 29/31
  }

  @Test
  void theLedgerIsStartedExplicitlyOnceByTheMunicipalAuthority() {
    open("ecs.c2m4", 1, "2025-03-03T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    Violation unstarted = gov.as(CITY).billing().issue(MARCH).getLeft().get(0);
    assertThat(unstarted.code()).isEqualTo(BillingViolations.LEDGER_NOT_STARTED);
    assertThat(unstarted.article()).isEqualTo(Article.of(30));
    assertThat(gov.as(CITY).billing().ledgerStart()).isEmpty();
    assertThat(gov.as(DEPT_D).billing().startLedger(MARCH).getLeft().code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(gov.as(World.AUDITOR).billing().startLedger(MARCH).getLeft().code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    // the district authority starts its own ledger, not the municipal one (Art. 17, 20)
    BillingStart district = ok(gov.as(DISTRICT_AUTHORITY).billing().startLedger(MAY));
    assertThat(district.start().jurisdiction()).isEqualTo(World.DISTRICT);
    assertThat(gov.as(CITY).billing().ledgerStart()).isEmpty();
    BillingStart started = ok(gov.as(CITY).billing().startLedger(MARCH));
    assertThat(started.start()).isEqualTo(new LedgerStart(MARCH, at("2025-04-01T09:00")));
    assertThat(started.unbilled()).isEmpty();
    assertThat(gov.as(DEPT_D).billing().ledgerStart()).contains(started.start());
    Violation again = gov.as(CITY).billing().startLedger(APRIL).getLeft();
    assertThat(again.code()).isEqualTo(BillingViolations.LEDGER_ALREADY_STARTED);
    assertThat(again.facts()).containsEntry("firstMonth", "2025-03");
    assertThat(trailOfMonth("2025-03"))
        .extracting(r -> r.action() + " " + r.refusal().map(Violation::code).orElse("accepted"))
        .containsExactly("ISSUE_BILLS " + BillingViolations.LEDGER_NOT_STARTED, "START_LEDGER " + AccessViolations.ACCESS_DENIED,
            "START_LEDGER " + AccessViolations.ACCESS_DENIED, "START_LEDGER accepted");
    assertThat(gov.as(CITY).billing().ledgerStarts()).containsExactly(started.start(), district.start());
    assertThat(ok(gov.as(CITY).billing().issue(MARCH))).hasSize(1);
    assertThat(gov.as(CITY).billing().ledgerStart()).contains(started.start());
  }

  /** Issue 10: service before whichever month was issued first was silently never billed. */
  @Test
  void serviceConfirmedBeforeTheFirstMonthIsReportedNotDropped() {
    ResourceId early = open("ecs.c2m4", 1, "2025-03-10T08:00");
    world.clock.set(at("2025-03-15T09:00"));
    BillingStart started = ok(gov.as(CITY).billing().startLedger(APRIL));
    assertThat(started.unbilled()).singleElement().satisfies(unbilled -> {
      assertThat(unbilled.resource()).isEqualTo(early);
      assertThat(unbilled.account()).isEqualTo(ACCOUNT_D);
      assertThat(unbilled.firstDay()).isEqualTo(java.time.LocalDate.of(2025, 3, 10));
      assertThat(unbilled.lastDay()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
    });
    assertThat(trailOfMonth("2025-04"))
        .singleElement().satisfies(record -> assertThat(record.changes())
            .extracting(io.govcloud.model.FieldChange::field).containsExactly("jurisdiction", "firstMonth", "unbilledBeforeFirstMonth"));
    ResourceId late = open("evs.ssd", 10, "2025-03-20T08:00"); // confirmed after the start, in service before April
    world.clock.set(at("2025-05-01T09:00"));
    MonthlyBill april = ok(gov.as(CITY).billing().issue(APRIL)).get(0);
    assertThat(april.lines()).extracting(BillLine::resource).containsExactlyInAnyOrder(early, late);
    assertThat(april.total()).isEqualTo(Money.of("258.00")); // 250.00 + 10 x 0.80, both the whole month
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().equals(NotificationTypes.SERVICE_BEFORE_LEDGER))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo(io.govcloud.model.Party.authority(io.govcloud.model.Jurisdiction.MUNICIPAL));
          assertThat(n.data()).containsEntry("resources", late.value()).containsEntry("firstMonth", "2025-04");
        });
    world.clock.set(at("2025-06-01T09:00"));
    ok(gov.as(CITY).billing().issue(MAY));
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.SERVICE_BEFORE_LEDGER::equals).hasSize(1); // reported once
  }

  /**
   * Issue 11, finding 2: two "first months" issued at once both committed, and every later issuance threw.
   * Two authorities start the ledger at once at different months, both having read it unstarted: one wins,
   * the other's unit conflicts and keeps nothing; then two issuers of the first month read the ledger at
   * once: one issues it, the other conflicts; a month after a gap is refused; billing goes on.
   */
  @Test
  void twoFirstMonthsAtOnceNeverBothCommitAndBillingGoesOn() throws Exception {
    open("ecs.c2m4", 1, "2025-03-03T08:00");
    world.clock.set(at("2025-06-01T09:00"));
    store.holdNextLoads(BarrierStore.LEDGER, 2);
    List<Object> starts = race(List.of(() -> gov.as(CITY).billing().startLedger(MARCH), () -> gov.as(CITY).billing().startLedger(MAY)));
    assertThat(starts).filteredOn(o -> o instanceof io.vavr.control.Either<?, ?> e && e.isRight()).hasSize(1);
    assertThat(starts).filteredOn(o -> o instanceof ConflictException).hasSize(1);
    YearMonth first = gov.as(CITY).billing().ledgerStart().orElseThrow().firstMonth();
    assertThat(first).isIn(MARCH, MAY);

    store.holdNextLoads(BarrierStore.LEDGER, 2);
    List<Object> issues = race(List.of(() -> gov.as(CITY).billing().issue(first), () -> gov.as(CITY).billing().issue(first)));
    // the loser conflicts, or, reading after the winner committed (READ COMMITTED), gets the winner's bills
    List<Object> issued = issues.stream().filter(o -> o instanceof io.vavr.control.Either<?, ?> e && e.isRight()).toList();
    assertThat(issued).isNotEmpty().allSatisfy(o -> assertThat(o).isEqualTo(issued.get(0)));
    assertThat(issues).allSatisfy(o -> assertThat(o).isInstanceOfAny(io.vavr.control.Either.class, ConflictException.class));
    assertThat(issuedMonths()).containsExactly(first);
    assertThat(trailOfMonth(first.toString())).filteredOn(r -> r.action().equals("ISSUE_BILLS"))
        .filteredOn(r -> r.changes().stream().anyMatch(c -> c.field().equals("bills"))).hasSize(1);

    Violation gap = gov.as(CITY).billing().issue(first.plusMonths(2)).getLeft().get(0);
    assertThat(gap.code()).isEqualTo(BillingViolations.MONTH_NOT_OPEN);
    world.clock.set(at("2025-09-01T09:00"));
    ok(gov.as(CITY).billing().issue(first.plusMonths(1)));
    ok(gov.as(CITY).billing().issue(first.plusMonths(2)));
    AnnualStatement year = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Year.of(2025), FeeDeductions.none()));
    assertThat(year.fees()).isEqualTo(first.equals(MARCH) ? Money.of("733.87") : Money.of("750.00"));
  }

  private List<io.govcloud.model.AuditRecord> trailOfMonth(String month) {
    return world.store.transact(uow -> uow.audit().ofSubject("billing-month", month));
  }

  private List<YearMonth> issuedMonths() {
    return world.store.transact(uow -> uow.bills().issuedMonths().stream().map(io.govcloud.model.IssuedMonth::month).toList());
  }

  /** Runs actions on threads of their own; each outcome is what it returned, or what it threw. */
  private static List<Object> race(List<java.util.concurrent.Callable<Object>> actions) throws InterruptedException {
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(actions.size());
    try {
      List<java.util.concurrent.Future<Object>> futures = new java.util.ArrayList<>();
      actions.forEach(action -> futures.add(threads.submit(action)));
      List<Object> outcomes = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a racing action did not finish", e);
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
