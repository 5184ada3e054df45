package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.billing.BillingStart;
import io.govcloud.core.billing.BillingViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.Party;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bills by jurisdiction (docs/rules.md#r4, #r9; Art. 17, 20, 30, 43, 44) through the entry point and a
 * store: each authority starts its own ledger and issues the months of its own level's platforms, in
 * order per jurisdiction, also under concurrency; the parties of an account read its bills, the municipal
 * authority and municipal auditors read every level's (the city is their jurisdiction), a district auditor its own district's; {@code billingAccounts} lists
 * what an actor may read. Abstract: each store module runs them, unchanged, on its own store.
 */
public abstract class DistrictBillingScenarios {

  private static final BillingAccount ACCOUNT_D = BillingAccount.of(D, PD, P1);
  private static final BillingAccount ACCOUNT_X = BillingAccount.of(X, PX, P1);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final YearMonth MAY = YearMonth.of(2025, 5);
  private static final Actor DISTRICT_AUDITOR = Actor.auditor(DISTRICT, "区审计局-吴");

  protected World world;
  protected GovCloud gov;
  private BarrierStore store;

  /** For subclasses, one per store. */
  protected DistrictBillingScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

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

  /** D's 1 x ecs.c2m4 (250.00 a month) on PD from 2025-03-03, X's 2 (500.00 a month) on the district's PX from 2025-03-10. */
  private void openBoth() {
    AcceptanceExamples.open(world, DEPT_D, "ecs.c2m4", 1, "2025-03-03T08:00");
    AcceptanceExamples.open(world, DEPT_X, "ecs.c2m4", 2, "2025-03-10T08:00");
  }

  @Test
  void eachAuthorityIssuesItsOwnPlatformsBillsAndTheMunicipalAuthorityReadsThemAll() {
    openBoth();
    world.clock.set(at("2025-04-01T09:00"));
    Violation unstarted = gov.as(DISTRICT_AUTHORITY).billing().issue(MARCH).getLeft().get(0);
    assertThat(unstarted.code()).isEqualTo(BillingViolations.LEDGER_NOT_STARTED);
    assertThat(unstarted.facts()).containsEntry("jurisdiction", DISTRICT.code());
    world.startLedger(MARCH);
    BillingStart district = ok(gov.as(DISTRICT_AUTHORITY).billing().startLedger(MARCH));
    assertThat(district.start().jurisdiction()).isEqualTo(DISTRICT);
    assertThat(gov.as(DISTRICT_AUTHORITY).billing().ledgerStart()).contains(district.start());
    assertThat(gov.as(DEPT_X).billing().ledgerStart(DISTRICT)).contains(district.start());

    // the municipal ledger bills the municipal platforms only, the district's its own (本级, Art. 17, 20)
    List<MonthlyBill> city = ok(gov.as(CITY).billing().issue(MARCH));
    assertThat(city).extracting(MonthlyBill::account).containsExactly(ACCOUNT_D);
    assertThat(city.get(0).total()).isEqualTo(Money.of("233.87")); // 250 - round(250 x 2/31)
    List<MonthlyBill> yuzhong = ok(gov.as(DISTRICT_AUTHORITY).billing().issue(MARCH));
    assertThat(yuzhong).extracting(MonthlyBill::account).containsExactly(ACCOUNT_X);
    assertThat(yuzhong.get(0).total()).isEqualTo(Money.of("354.84")); // 500 - round(500 x 9/31), days 10..31
    assertThat(ok(gov.as(DISTRICT_AUTHORITY).billing().issue(MARCH))).isEqualTo(yuzhong); // issued once

    // reads: the parties, the municipal authority for every level (Art. 43), auditors within their own (rule R9)
    assertThat(gov.as(CITY).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_D, ACCOUNT_X);
    assertThat(gov.as(DISTRICT_AUTHORITY).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_X);
    assertThat(gov.as(DEPT_X).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_X);
    assertThat(gov.as(PROVIDER_1).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_D, ACCOUNT_X);
    assertThat(gov.as(World.AUDITOR).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_D, ACCOUNT_X);
    assertThat(gov.as(DISTRICT_AUDITOR).billing().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT_X);
    assertThat(gov.as(CITY).billing().billingAccounts()).containsExactly(ACCOUNT_D, ACCOUNT_X);
    assertThat(gov.as(DISTRICT_AUTHORITY).billing().billingAccounts()).containsExactly(ACCOUNT_X);
    assertThat(gov.as(World.AUDITOR).billing().billingAccounts()).containsExactly(ACCOUNT_D, ACCOUNT_X);
    assertThat(gov.as(DISTRICT_AUDITOR).billing().billingAccounts()).containsExactly(ACCOUNT_X);
    assertThat(gov.as(DEPT_D).billing().billingAccounts()).containsExactly(ACCOUNT_D);
    assertThat(gov.as(PROVIDER_2).billing().billingAccounts()).isEmpty();

    AnnualStatement supervised = ok(gov.as(CITY).billing().annualStatement(ACCOUNT_X, Year.of(2025), FeeDeductions.none()));
    assertThat(supervised.fees()).isEqualTo(Money.of("354.84"));
    assertThat(supervised.monthsIssued()).containsExactly(MARCH);
    assertThat(ok(gov.as(DISTRICT_AUTHORITY).billing().annualStatement(ACCOUNT_X, Year.of(2025), FeeDeductions.none())))
        .isEqualTo(supervised);
    // a municipal auditor's jurisdiction is the whole city (rule R9); a district auditor's its own district
    assertThat(ok(gov.as(World.AUDITOR).billing().annualStatement(ACCOUNT_X, Year.of(2025), FeeDeductions.none()))).isEqualTo(supervised);
    Violation outOfReach = gov.as(DISTRICT_AUDITOR).billing().annualStatement(ACCOUNT_D, Year.of(2025), FeeDeductions.none()).getLeft();
    assertThat(outOfReach.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(gov.as(DISTRICT_AUTHORITY).billing().annualStatement(ACCOUNT_D, Year.of(2025), FeeDeductions.none()).getLeft().code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);

    // each ledger's months are in order on their own
    world.clock.set(at("2025-05-01T09:00"));
    assertThat(ok(gov.as(DISTRICT_AUTHORITY).billing().issue(APRIL))).extracting(MonthlyBill::account).containsExactly(ACCOUNT_X);
    world.clock.set(at("2025-06-01T09:00"));
    Violation gap = gov.as(CITY).billing().issue(MAY).getLeft().get(0);
    assertThat(gap.code()).isEqualTo(BillingViolations.MONTH_NOT_OPEN);
    assertThat(gap.facts()).containsEntry("nextOpenMonth", "2025-04");
    assertThat(months(Jurisdiction.MUNICIPAL)).containsExactly(MARCH);
    assertThat(months(DISTRICT)).containsExactly(MARCH, APRIL);
    assertThat(trail("yuzhong/2025-03")).extracting(AuditRecord::action)
        .containsExactly("ISSUE_BILLS", "START_LEDGER", "ISSUE_BILLS", "ISSUE_BILLS");
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().equals(NotificationTypes.BILL_ISSUED))
        .extracting(Notification::recipient).contains(Party.department(X), Party.department(D));
  }

  /** Service on a district platform before the district's first month is reported to the district authority. */
  @Test
  void serviceBeforeADistrictsFirstMonthIsItsAuthoritysToSettle() {
    openBoth();
    world.clock.set(at("2025-03-15T09:00"));
    BillingStart district = ok(gov.as(DISTRICT_AUTHORITY).billing().startLedger(APRIL));
    assertThat(district.unbilled()).extracting(u -> u.account()).containsExactly(ACCOUNT_X);
    ResourceId late = AcceptanceExamples.open(world, DEPT_X, "evs.ssd", 10, "2025-03-20T08:00");
    world.clock.set(at("2025-05-01T09:00"));
    ok(gov.as(DISTRICT_AUTHORITY).billing().issue(APRIL));
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().equals(NotificationTypes.SERVICE_BEFORE_LEDGER))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo(Party.authority(DISTRICT));
          assertThat(n.data()).containsEntry("resources", late.value()).containsEntry("jurisdiction", DISTRICT.code());
        });
    assertThat(gov.as(CITY).billing().ledgerStart()).isEmpty(); // the municipal ledger is its own
  }

  /**
   * The district's months stay in order under concurrency while the municipal authority issues the same
   * month at the same time: the two district issuers read the ledger at once, one issues the month, the
   * other conflicts (or reads the winner's bills); the municipal issue never conflicts with them.
   */
  @Test
  void aDistrictsMonthIsIssuedOnceUnderConcurrencyBesideTheMunicipalOne() throws Exception {
    openBoth();
    world.clock.set(at("2025-04-01T09:00"));
    world.startLedger(MARCH);
    ok(gov.as(DISTRICT_AUTHORITY).billing().startLedger(MARCH));
    store.holdNextLoads(BarrierStore.LEDGER, 3);
    List<Object> outcomes = race(List.of(
        () -> gov.as(DISTRICT_AUTHORITY).billing().issue(MARCH),
        () -> gov.as(DISTRICT_AUTHORITY).billing().issue(MARCH),
        () -> gov.as(CITY).billing().issue(MARCH)));
    assertThat(outcomes.get(2)).as("the municipal issue").isInstanceOf(Either.class);
    assertThat(((Either<?, ?>) outcomes.get(2)).isRight()).isTrue();
    List<Object> district = outcomes.subList(0, 2).stream().filter(o -> o instanceof Either<?, ?> e && e.isRight()).toList();
    assertThat(district).isNotEmpty().allSatisfy(o -> assertThat(o).isEqualTo(district.get(0)));
    assertThat(outcomes.subList(0, 2)).allSatisfy(o -> assertThat(o).isInstanceOfAny(Either.class, ConflictException.class));
    assertThat(months(DISTRICT)).containsExactly(MARCH);
    assertThat(months(Jurisdiction.MUNICIPAL)).containsExactly(MARCH);
    assertThat(trail("yuzhong/2025-03")).filteredOn(r -> r.action().equals("ISSUE_BILLS"))
        .filteredOn(r -> r.changes().stream().anyMatch(c -> c.field().equals("bills"))).hasSize(1);
    List<MonthlyBill> both = world.store.transact(uow -> uow.bills().ofMonth(MARCH));
    assertThat(both).extracting(MonthlyBill::account).containsExactly(ACCOUNT_D, ACCOUNT_X);
    world.clock.set(at("2025-05-01T09:00"));
    ok(gov.as(DISTRICT_AUTHORITY).billing().issue(APRIL));
    assertThat(months(DISTRICT)).containsExactly(MARCH, APRIL);
  }

  private List<YearMonth> months(Jurisdiction jurisdiction) {
    return world.store.transact(uow -> uow.bills().issuedMonths(jurisdiction).stream().map(IssuedMonth::month).toList());
  }

  private List<AuditRecord> trail(String month) {
    return world.store.transact(uow -> uow.audit().ofSubject("billing-month", month));
  }

  /** Runs actions on threads of their own; each outcome is what it returned, or what it threw. */
  private static List<Object> race(List<Callable<Object>> actions) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(actions.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      actions.forEach(action -> futures.add(threads.submit(action)));
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("an action did not finish", e);
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
