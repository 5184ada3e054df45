package io.govcloud.core;

import static io.govcloud.core.AcceptanceExamples.*;
import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.Money;
import io.govcloud.model.RectificationId;
import io.govcloud.spi.ConflictException;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The one-per rules of acceptance under races (Art. 31, 40, 42): a store decorator holds two units of work
 * after both loaded the aggregate their guard re-saves, so that both decide on the same state before
 * either commits. One wins, the other conflicts, and nothing is doubled: one evaluation per platform,
 * provider and year; one annual result per provider and year; a department's payments never together
 * beyond what is outstanding; a rectification lapsed and a year's unpaid fees flagged once.
 */
class ConcurrentAcceptanceTest {

  private final BarrierStore store = new BarrierStore(InMemoryStore.create());
  private final World world = new World(store, POLICY);
  private final GovCloud gov = world.gov;

  /** D billed on PD, March to December 2025, both attestations recorded, the clock at 2026-01-15 10:00. */
  private void billedAndAttested() {
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 12));
    world.clock.set(at("2026-01-15T10:00"));
    attestBoth(world, PD, CITY);
  }

  @Test
  void twoEvaluationsOfOnePlatformsYearAtOnceOneWinsOneConflicts() throws Exception {
    billedAndAttested();
    store.holdNextLoads(PD, 2);
    List<Object> outcomes = race(List.of(
        () -> gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", LocalDate.of(2026, 1, 15))),
        () -> gov.as(DEPT_D).acceptance().evaluate(evaluation("e-2", PD, DEPT_D, "60", LocalDate.of(2026, 1, 15)))));
    assertWonOnce(outcomes);
    List<Evaluation> saved = world.store.transact(uow -> uow.evaluations().ofProvider(P1, Y2025));
    assertThat(saved).hasSize(1);
  }

  @Test
  void twoAnnualResultsOfOneProvidersYearAtOnceOneWinsOneConflicts() throws Exception {
    billedAndAttested();
    ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", LocalDate.of(2026, 1, 15))));
    store.holdNextLoads(P1, 2);
    List<Callable<Object>> publications = new ArrayList<>();
    for (String id : List.of("ar-1", "ar-2")) {
      publications.add(() -> gov.as(CITY).acceptance().publish(
          new AnnualResultRequest(AnnualResultId.of(id), P1, Y2025, LocalDate.of(2026, 1, 20), new BigDecimal("80"))));
    }
    assertWonOnce(race(publications));
    List<AnnualResult> saved = world.store.transact(uow -> uow.annualResults().ofProvider(P1));
    assertThat(saved).hasSize(1);
  }

  @Test
  void twoPaymentsAtOnceNeverTogetherExceedWhatIsOutstanding() throws Exception {
    billedAndAttested(); // 7,500.00 outstanding
    store.holdNextLoads(D, 2);
    Callable<Object> pay = () -> gov.as(DEPT_D).payments().record(
        new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("5000.00"), LocalDate.of(2026, 1, 15), "国库支付凭证"));
    assertWonOnce(race(List.of(pay, pay)));
    assertThat(ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025)).outstanding()).isEqualTo(Money.of("2500.00"));
  }

  @Test
  void twoSweepsAtOnceFlagUnpaidFeesAndLapseARectificationOnce() throws Exception {
    billedAndAttested();
    ok(gov.as(CITY).acceptance().orderRectification(new RectificationOrder(RectificationId.of("r-1"), PD, Optional.empty(),
        "安全漏洞未修复", CITY.party(), LocalDate.of(2026, 1, 20))));
    store.holdNextLoads(D, 2);
    race(List.of(() -> gov.sweep(at("2026-01-16T09:00")), () -> gov.sweep(at("2026-01-16T09:00"))));
    gov.sweep(at("2026-01-17T09:00")); // whatever a lost race left, the next sweep completes, once
    gov.dispatchNotifications();
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.FEES_UNPAID_AT_YEAR_END::equals).hasSize(2); // department and provider, once
    store.holdNextLoads(P1, 2);
    race(List.of(() -> gov.sweep(at("2026-01-21T09:00")), () -> gov.sweep(at("2026-01-21T09:00"))));
    gov.dispatchNotifications();
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.PROVIDER_SUSPENDED::equals).hasSize(1);
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.RECTIFICATION_OVERDUE::equals).hasSize(2); // provider and authority, once
    ScenarioChecks.check(world);
  }

  private static void assertWonOnce(List<Object> outcomes) {
    assertThat(outcomes).filteredOn(o -> o instanceof Either<?, ?> e && e.isRight()).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
  }

  /** Runs the actions on threads of their own; each outcome is what it returned, or what it threw. */
  private static List<Object> race(List<Callable<Object>> actions) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(actions.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      actions.forEach(action -> futures.add(threads.submit(action)));
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionError("a racing action did not finish", e);
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
