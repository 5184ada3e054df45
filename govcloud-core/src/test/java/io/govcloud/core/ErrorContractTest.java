package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.billing.BillingViolations;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.RefusedException;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.StoreException;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One error contract: refusals are values that become a {@link RefusedException} on demand; a lost race,
 * a store fault and an uncovered calendar year are {@link GovCloudException}s; {@link
 * GovCloud#retryOnConflict} runs a whole action again after a lost race and never retries a refusal; a
 * month refused for several reasons returns, and audits, every one.
 */
class ErrorContractTest {

  @Test
  void theExceptionsAreOneFamily() {
    assertThat(GovCloudException.class).isAssignableFrom(ConflictException.class).isAssignableFrom(StoreException.class)
        .isAssignableFrom(RefusedException.class).isAssignableFrom(io.govcloud.core.calendar.CalendarCoverageException.class)
        .isAssignableFrom(io.govcloud.core.calendar.MalformedHolidayScheduleException.class);
  }

  @Test
  void aRefusalBecomesAnExceptionOnlyWhenTheHostAsks() {
    World world = new World(InMemoryStore.create());
    Either<Violation, ?> refused = world.gov.as(DEPT_E).records().resource(ResourceId.of("res-x"));
    assertThatThrownBy(() -> refused.getOrElseThrow(Violation::toException))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.violation()).isEqualTo(refused.getLeft()));
  }

  @Test
  void aLostRaceIsRetriedUntilItWinsOrTheAttemptsRunOut() {
    World world = new World(InMemoryStore.create());
    AtomicInteger calls = new AtomicInteger();
    assertThat(world.gov.retryOnConflict(3, () -> {
      if (calls.incrementAndGet() < 3) {
        throw new ConflictException("resource", "r-1", 1, 2);
      }
      return "won";
    })).isEqualTo("won");
    assertThat(calls).hasValue(3);

    calls.set(0);
    assertThatThrownBy(() -> world.gov.retryOnConflict(2, () -> {
      calls.incrementAndGet();
      throw new ConflictException("resource", "r-1", 1, 2);
    })).isInstanceOf(ConflictException.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aRefusalAndAnyOtherExceptionAreNeverRetried() {
    World world = new World(InMemoryStore.create());
    AtomicInteger calls = new AtomicInteger();
    Either<Violation, ?> refused = world.gov.retryOnConflict(5, () -> {
      calls.incrementAndGet();
      return world.gov.as(DEPT_E).records().resource(ResourceId.of("res-x"));
    });
    assertThat(refused.isLeft()).isTrue();
    assertThat(calls).hasValue(1);
    calls.set(0);
    assertThatThrownBy(() -> world.gov.retryOnConflict(5, () -> {
      calls.incrementAndGet();
      throw new StoreException("update resource r-1", "connection lost", null);
    })).isInstanceOf(StoreException.class);
    assertThat(calls).hasValue(1);
    assertThatThrownBy(() -> world.gov.retryOnConflict(0, () -> "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoRacingConfirmationsRetriedEndInOneWorkOrderAndOneRefusal() throws Exception {
    BarrierStore store = new BarrierStore(InMemoryStore.create());
    World world = new World(store);
    GovCloud gov = world.gov;
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    store.holdNextLoads(id, 2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Either<Violation, WorkOrder>>> racing = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        racing.add(threads.submit(() -> gov.retryOnConflict(3,
            () -> gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, world.clock.instant()))));
      }
      List<Either<Violation, WorkOrder>> outcomes = new ArrayList<>();
      for (Future<Either<Violation, WorkOrder>> future : racing) {
        outcomes.add(future.get(30, TimeUnit.SECONDS));
      }
      assertThat(outcomes).filteredOn(Either::isRight).hasSize(1);
      assertThat(outcomes).filteredOn(Either::isLeft).singleElement()
          .satisfies(lost -> assertThat(lost.getLeft().code()).isEqualTo(LifecycleViolations.ILLEGAL_TRANSITION));
    } finally {
      threads.shutdownNow();
    }
    assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).hasSize(1);
  }

  @Test
  void anAccountLeftOutOfAMonthForSeveralReasonsIsAuditedAndNotifiedWithEveryOne() {
    World world = new World(InMemoryStore.create());
    // two work orders of an item no contract prices: each resource is reported, and their account left out
    for (String resource : List.of("res-a", "res-b")) {
      WorkOrder order = WorkOrder.builder().id(WorkOrderId.of("wo-" + resource)).resource(ResourceId.of(resource))
          .kind(WorkOrder.Kind.OPEN).department(D).platform(PD).provider(P1).contract(CD).project(PRD).item("evs.unpriced")
          .quantity(BigDecimal.ONE).effectiveAt(at("2025-03-03T10:00")).zone(SHANGHAI).confirmedAt(at("2025-03-03T10:00")).build();
      world.store.transact(uow -> {
        uow.workOrders().insertAll(List.of(order));
        return null;
      });
    }
    world.startLedger(YearMonth.of(2025, 3));
    world.clock.set(at("2025-04-01T09:00"));
    Either<List<Violation>, List<io.govcloud.model.MonthlyBill>> issued = world.gov.as(CITY).billing().issue(YearMonth.of(2025, 3));
    assertThat(issued.get()).isEmpty();
    String account = D.value() + "/" + PD.value() + "/" + P1.value();
    List<AuditRecord> trail = world.store.transact(uow -> uow.audit().ofSubject("account", account));
    List<Violation> withheld = trail.stream().filter(r -> r.action().equals("WITHHOLD_BILL")).map(r -> r.refusal().orElseThrow()).toList();
    assertThat(withheld).hasSizeGreaterThanOrEqualTo(2).extracting(v -> v.facts().get("resource")).contains("res-a", "res-b");
    assertThat(withheld).allSatisfy(v -> {
      assertThat(v.code()).isIn(BillingViolations.PRICE_MISSING, BillingViolations.ITEM_NOT_IN_CATALOG);
      assertThat(v.facts()).containsEntry("account", account).containsEntry("month", "2025-03");
    });
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().equals("BILL_WITHHELD"))
        .extracting(n -> n.recipient().role().name()).containsExactlyInAnyOrder("AUTHORITY", "DEPARTMENT", "PROVIDER");
    List<io.govcloud.model.IssuedMonth> months = world.store.transact(uow -> uow.bills().issuedMonths());
    assertThat(months).extracting(io.govcloud.model.IssuedMonth::month).containsExactly(YearMonth.of(2025, 3));
  }

}
