package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.core.reallocation.ReallocationViolations;
import io.govcloud.core.reallocation.Recording;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.Party;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Elastic reallocation through the entry point (rule R6; Art. 15–18, 23): the escalation of the issue
 * across the National Day holiday, from the management system's reminder to the authority's forced
 * reduction and the next bill; racing sweeps and racing recordings; the department's own reductions and
 * new data closing a case; demand met from recorded idle capacity (Art. 18); bad input refused with
 * reasons, audited, and reducing nobody. Abstract: each store module runs them, unchanged, on its own
 * store (wrapped in a {@link BarrierStore} to provoke the races).
 */
public abstract class ReallocationScenarios {

  private static final Actor COLLECTOR = Actor.system("collector");
  private static final String DOCUMENT = "渝大数据发〔2025〕12号";
  private static final BillingAccount ACCOUNT_D = BillingAccount.of(D, PD, P1);

  protected World world;
  protected GovCloud gov;
  private BarrierStore barrier;

  /** For subclasses, one per store. */
  protected ReallocationScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  @BeforeEach
  void setUpWorld() {
    barrier = new BarrierStore(newStore());
    world = new World(barrier);
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** The city sets 15 % for D's platform from 2025-09-01, on 2025-08-20. */
  private void ratioOfFifteenPercent() {
    world.clock.set(at("2025-08-20T09:00"));
    ok(gov.as(CITY).reallocation().setRedundancyRatio(PD, new BigDecimal("0.15"), LocalDate.of(2025, 9, 1), DOCUMENT));
  }

  /** n units of an item for D, in service from a Shanghai time, applied the day before. */
  private ResourceId open(DepartmentId owner, String item, long quantity, String completedAt) {
    world.clock.set(at(completedAt).minus(Duration.ofDays(1)));
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request(item, quantity).forSubordinate(owner))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    world.clock.set(at(completedAt).plus(Duration.ofHours(1)));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(quantity), at(completedAt)));
    return id;
  }

  private static Measurement vcpu(long allocated, long idle, String measuredAt) {
    return measurement(Dimension.VCPU, allocated, idle, measuredAt);
  }

  private static Measurement measurement(Dimension dimension, long allocated, long idle, String measuredAt) {
    return new Measurement(D, PD, dimension, BigDecimal.valueOf(allocated), BigDecimal.valueOf(idle), at(measuredAt), "多云管理系统数据接口");
  }

  /** The management system records, at the given Shanghai time. */
  private Either<Violation, Recording> record(Measurement measurement, String recordedAt) {
    world.clock.set(at(recordedAt));
    return gov.as(COLLECTOR).reallocation().recordUtilization(measurement);
  }

  /** D's one case, as the city reads it. */
  private ReductionCase theCase() {
    return gov.as(CITY).reallocation().cases().stream().filter(c -> c.department().equals(D)).reduce((a, b) -> b).orElseThrow();
  }

  private List<ReductionStep.Kind> steps(ReductionCase c) {
    return c.steps().stream().map(ReductionStep::kind).toList();
  }

  private List<Notification> notices(String type) {
    world.gov.dispatchNotifications();
    return world.notifier.delivered().stream().filter(n -> n.type().equals(type)).toList();
  }

  private List<UtilizationRecord> vcpuSeries() {
    return world.store.transact(uow -> uow.utilization().series(D, PD, Dimension.VCPU));
  }

  private List<AuditRecord> trailOf(ReductionCaseId id) {
    return world.store.transact(uow -> uow.audit().ofSubject("reduction-case", id.value()));
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  /** The refusal audited last for an action. */
  private AuditRecord lastRefusal(String action) {
    return world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE)).stream()
        .filter(r -> r.action().equals(action) && r.refusal().isPresent()).reduce((a, b) -> b).orElseThrow();
  }

  /** A supervised case whose five working days lapsed on 2025-10-17, on 15 hosts of 4 vCPU (60 vCPU). */
  private ReductionCase reducible(ResourceId hosts) {
    ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00"));
    gov.sweep(at("2025-10-10T00:05"));
    world.clock.set(at("2025-10-10T09:00"));
    ok(gov.as(CITY).reallocation().supervise(theCase().id()));
    gov.sweep(at("2025-10-17T00:01"));
    world.clock.set(at("2025-10-17T09:00"));
    assertThat(theCase().status()).isEqualTo(ReductionCase.Status.REDUCIBLE);
    return theCase();
  }

  // ------------------------------------------------------------------------------------ the escalation

  @Test
  void theNationalDayEscalationFromTheReminderToTheForcedReductionAndTheNextBill() {
    ratioOfFifteenPercent();
    ResourceId hosts = open(D, "ecs.c4m8", 15, "2025-08-21T10:00"); // 60 vCPU at 500.00 a unit
    Recording recording = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00"));
    assertThat(recording.assessment().orElseThrow().leastReduction()).isEqualByComparingTo("36");
    ReductionCase reminded = recording.reductionCase().orElseThrow();
    assertThat(reminded.status()).isEqualTo(ReductionCase.Status.REMINDED);
    assertThat(reminded.lastStep().lastDay()).as("10-05 falls in the holiday").contains(LocalDate.of(2025, 10, 9));
    assertThat(notices(NotificationTypes.REDUCTION_REMINDED)).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(Party.department(D));
      assertThat(n.data()).containsEntry("leastReduction", "36").containsEntry("lastDay", "2025-10-09");
    });
    world.clock.set(at("2025-10-01T09:00"));
    world.startLedger(YearMonth.of(2025, 9));
    ok(gov.as(CITY).billing().issue(YearMonth.of(2025, 9)));

    world.clock.set(at("2025-10-09T18:00"));
    assertThat(refused(gov.as(CITY).reallocation().supervise(reminded.id())).code()).isEqualTo(ReallocationViolations.STEP_TOO_EARLY);
    assertThat(lastRefusal("SUPERVISE_REDUCTION").refusal().orElseThrow().code()).isEqualTo(ReallocationViolations.STEP_TOO_EARLY);
    gov.sweep(at("2025-10-09T23:59"));
    gov.sweep(at("2025-10-10T00:00"));
    assertThat(theCase().status()).as("the month ends at 24:00 of its last day").isEqualTo(ReductionCase.Status.REMINDED);
    gov.sweep(at("2025-10-10T00:05"));
    gov.sweep(at("2025-10-10T00:10"));
    assertThat(theCase().status()).isEqualTo(ReductionCase.Status.AWAITING_SUPERVISION);
    assertThat(notices(NotificationTypes.REDUCTION_REMINDER_LAPSED)).singleElement()
        .satisfies(n -> assertThat(n.recipient()).isEqualTo(Party.authority(io.govcloud.model.Jurisdiction.MUNICIPAL)));

    world.clock.set(at("2025-10-10T09:00"));
    ReductionCase supervised = ok(gov.as(CITY).reallocation().supervise(reminded.id()));
    assertThat(supervised.lastStep().lastDay()).as("the makeup Saturday 10-11 counts").contains(LocalDate.of(2025, 10, 16));
    assertThat(notices(NotificationTypes.REDUCTION_SUPERVISED)).singleElement()
        .satisfies(n -> assertThat(n.data()).containsEntry("lastDay", "2025-10-16"));

    world.clock.set(at("2025-10-16T17:00"));
    Violation early = refused(gov.as(CITY).reallocation().reduce(reminded.id(), Map.of(hosts, BigDecimal.valueOf(6))));
    assertThat(early.code()).isEqualTo(ReallocationViolations.STEP_TOO_EARLY);
    assertThat(ok(gov.as(DEPT_D).records().resource(hosts)).quantity()).as("nothing reduced").isEqualByComparingTo("15");
    gov.sweep(at("2025-10-17T00:01"));
    gov.sweep(at("2025-10-17T00:02"));
    assertThat(notices(NotificationTypes.REDUCTION_SUPERVISION_LAPSED)).hasSize(1);

    world.clock.set(at("2025-10-17T09:00"));
    ReductionCase reduced = ok(gov.as(CITY).reallocation().reduce(reminded.id(), Map.of(hosts, BigDecimal.valueOf(6))));
    assertThat(reduced.isOpen()).isFalse();
    assertThat(steps(reduced)).containsExactly(ReductionStep.Kind.REMINDED, ReductionStep.Kind.REMINDER_LAPSED, ReductionStep.Kind.SUPERVISED,
        ReductionStep.Kind.SUPERVISION_LAPSED, ReductionStep.Kind.REDUCED_BY_AUTHORITY);
    assertThat(reduced.lastStep().actor()).isEqualTo(CITY);
    CloudResource after = ok(gov.as(DEPT_D).records().resource(hosts));
    assertThat(after.quantity()).isEqualByComparingTo("6");
    List<WorkOrder> orders = ok(gov.as(DEPT_D).records().workOrders(hosts));
    WorkOrder change = orders.stream().filter(o -> o.kind() == WorkOrder.Kind.CHANGE).reduce((a, b) -> b).orElseThrow();
    assertThat(change.effectiveAt()).isEqualTo(at("2025-10-17T09:00"));
    assertThat(change.quantity()).isEqualByComparingTo("6");
    assertThat(reduced.reductions()).singleElement().satisfies(r -> {
      assertThat(r.forced()).isTrue();
      assertThat(r.capacity()).isEqualByComparingTo("36");
      assertThat(r.workOrder()).contains(change.id());
    });
    assertThat(notices(NotificationTypes.REDUCTION_BY_AUTHORITY)).singleElement()
        .satisfies(n -> assertThat(n.data()).containsEntry("reduced", "36").containsEntry("resources", hosts.value()));
    assertThat(ok(gov.as(DEPT_D).records().auditTrail(hosts))).filteredOn(r -> r.action().equals("REDUCE_BY_AUTHORITY"))
        .singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo(CITY));
    gov.sweep(at("2025-10-20T00:00"));
    for (String type : List.of(NotificationTypes.REDUCTION_REMINDED, NotificationTypes.REDUCTION_REMINDER_LAPSED,
        NotificationTypes.REDUCTION_SUPERVISED, NotificationTypes.REDUCTION_SUPERVISION_LAPSED, NotificationTypes.REDUCTION_BY_AUTHORITY)) {
      assertThat(notices(type)).as("%s, notified exactly once", type).hasSize(1);
    }
    assertThat(trailOf(reminded.id())).extracting(AuditRecord::action).containsExactly("RECORD_UTILIZATION", "SUPERVISE_REDUCTION",
        "ADVANCE_REDUCTION_CASE", "SUPERVISE_REDUCTION", "REDUCE_BY_AUTHORITY", "ADVANCE_REDUCTION_CASE", "REDUCE_BY_AUTHORITY");
    assertThat(trailOf(reminded.id())).extracting(r -> r.refusal().isPresent()).containsExactly(false, true, false, false, true, false, false);

    // October: 15 hosts for 10-01..10-16, 6 from 10-17 (the day of the change is billed at the new configuration)
    world.clock.set(at("2025-11-01T09:00"));
    MonthlyBill october = ok(gov.as(CITY).billing().issue(YearMonth.of(2025, 10))).stream()
        .filter(b -> b.account().equals(ACCOUNT_D)).findFirst().orElseThrow();
    assertThat(october.lines()).extracting(BillLine::quantity).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(15), BigDecimal.valueOf(6));
    BillLine before = october.lines().get(0);
    BillLine forced = october.lines().get(1);
    assertThat(before.lastDay()).isEqualTo(LocalDate.of(2025, 10, 16));
    assertThat(before.amount()).isEqualTo(Money.of("3870.97")); // round(7500 x 16/31)
    assertThat(forced.workOrder()).isEqualTo(change.id());
    assertThat(forced.firstDay()).isEqualTo(LocalDate.of(2025, 10, 17));
    assertThat(forced.amount()).isEqualTo(Money.of("1451.61")); // 3000 - round(3000 x 16/31)
    assertThat(october.total()).isEqualTo(Money.of("5322.58"));
  }

  // ----------------------------------------------------------------------------------------- races

  @Test
  void racingSweepsRecordAndNotifyTheLapseOnce() throws Exception {
    ratioOfFifteenPercent();
    ReductionCase reminded = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00")).reductionCase().orElseThrow();
    barrier.holdNextLoads(reminded.id(), 2);
    Callable<Object> sweep = () -> gov.sweep(at("2025-10-10T00:05"));
    List<Object> outcomes = race(List.of(sweep, sweep));
    assertThat(outcomes).allMatch(o -> o instanceof List<?>);
    assertThat(steps(theCase())).containsExactly(ReductionStep.Kind.REMINDED, ReductionStep.Kind.REMINDER_LAPSED);
    assertThat(notices(NotificationTypes.REDUCTION_REMINDER_LAPSED)).hasSize(1);
    assertThat(trailOf(reminded.id())).filteredOn(r -> r.action().equals("ADVANCE_REDUCTION_CASE")).hasSize(1);
  }

  @Test
  void racingRecordingsOfOneSeriesOpenOneCase() throws Exception {
    ratioOfFifteenPercent();
    world.clock.set(at("2025-09-05T10:00"));
    barrier.holdNextLoads(List.of(D, PD, Dimension.VCPU), 2);
    List<Object> outcomes = race(List.of(
        () -> gov.as(COLLECTOR).reallocation().recordUtilization(vcpu(200, 60, "2025-09-05T08:00")),
        () -> gov.as(COLLECTOR).reallocation().recordUtilization(vcpu(200, 62, "2025-09-05T08:05"))));
    assertThat(outcomes).as("a lost race is run again, never thrown").allMatch(o -> o instanceof Either<?, ?>);
    assertThat(gov.as(DEPT_D).reallocation().cases()).singleElement().satisfies(c -> assertThat(c.isOpen()).isTrue());
    assertThat(notices(NotificationTypes.REDUCTION_REMINDED)).hasSize(1);
    List<UtilizationRecord> series = vcpuSeries();
    assertThat(series).as("the later one is always kept; the earlier one only if it came first").isNotEmpty()
        .last().satisfies(r -> assertThat(r.measuredAt()).isEqualTo(at("2025-09-05T08:05")));
    assertThat(theCase().bases()).hasSize(series.size());
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
          outcomes.add(future.get(60, TimeUnit.SECONDS));
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

  // -------------------------------------------------------------------------- what closes a case

  @Test
  void theDepartmentsOwnChangeAndTerminationCountAndCloseTheCase() {
    ratioOfFifteenPercent();
    ResourceId hosts = open(D, "ecs.c4m8", 15, "2025-08-21T10:00");
    ResourceId spare = open(D, "ecs.c4m8", 4, "2025-08-22T10:00");
    ReductionCase reminded = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00")).reductionCase().orElseThrow();

    world.clock.set(at("2025-09-10T10:00"));
    ok(gov.as(DEPT_D).resources().applyChange(hosts, "ecs.c4m8", BigDecimal.valueOf(10), PRD));
    ok(gov.as(CITY).resources().approveChange(hosts));
    ok(gov.as(DEPT_D).resources().confirmChange(hosts, BigDecimal.valueOf(10), world.clock.instant()));
    ReductionCase counted = theCase();
    assertThat(counted.isOpen()).as("20 of the least 36 vCPU").isTrue();
    assertThat(counted.reductions()).singleElement().satisfies(r -> assertThat(r.capacity()).isEqualByComparingTo("20"));

    world.clock.set(at("2025-09-15T10:00"));
    ok(gov.as(DEPT_D).resources().applyTermination(spare, PRD));
    ok(gov.as(CITY).resources().approveTermination(spare));
    for (CloudResource.TerminationStep step : CloudResource.TerminationStep.values()) {
      ok(gov.as(DEPT_D).resources().recordTerminationStep(spare, step));
    }
    ok(gov.as(DEPT_D).resources().confirmTermination(spare, world.clock.instant()));
    ReductionCase closed = ok(gov.as(DEPT_D).reallocation().reductionCase(reminded.id()));
    assertThat(closed.lastStep().kind()).isEqualTo(ReductionStep.Kind.RESOLVED_BY_DEPARTMENT);
    assertThat(closed.lastStep().actor()).isEqualTo(DEPT_D);
    assertThat(closed.reductions()).extracting(r -> r.capacity().intValue()).containsExactly(20, 16);
    assertThat(notices(NotificationTypes.REDUCTION_RESOLVED_BY_DEPARTMENT)).extracting(Notification::recipient)
        .containsExactlyInAnyOrder(Party.department(D), Party.authority(io.govcloud.model.Jurisdiction.MUNICIPAL));
    gov.sweep(at("2025-10-20T00:00"));
    assertThat(notices(NotificationTypes.REDUCTION_REMINDER_LAPSED)).as("a closed case does not lapse").isEmpty();
  }

  @Test
  void newDataAboveTheRatioRestatesTheCaseAndDataAtOrBelowItClosesIt() {
    ratioOfFifteenPercent();
    ReductionCase reminded = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00")).reductionCase().orElseThrow();
    ReductionCase restated = ok(record(vcpu(220, 80, "2025-09-12T08:00"), "2025-09-12T10:00")).reductionCase().orElseThrow();
    assertThat(restated.bases()).hasSize(2);
    assertThat(restated.basis().leastReduction()).isEqualByComparingTo("56"); // ceil((80 - 33) / 0.85)
    assertThat(restated.runningPeriodEnds()).as("no period restarts").isEqualTo(reminded.runningPeriodEnds());
    ReductionCase closed = ok(record(vcpu(164, 24, "2025-09-19T08:00"), "2025-09-19T10:00")).reductionCase().orElseThrow();
    assertThat(closed.lastStep().kind()).isEqualTo(ReductionStep.Kind.RESOLVED_BY_DATA);
    assertThat(notices(NotificationTypes.REDUCTION_RESOLVED_BY_DATA)).hasSize(2);
    assertThat(notices(NotificationTypes.REDUCTION_REMINDED)).hasSize(1);
    Recording again = ok(record(vcpu(164, 20, "2025-09-26T08:00"), "2025-09-26T10:00"));
    assertThat(again.reductionCase()).as("at or below the ratio, nobody is reminded").isEmpty();
  }

  @Test
  void withoutARatioInForceTheDataIsKeptAndNobodyIsReminded() {
    Recording recording = ok(record(vcpu(200, 60, "2025-03-03T08:00"), "2025-03-03T09:00"));
    assertThat(recording.assessment()).isEmpty();
    assertThat(recording.reductionCase()).isEmpty();
    assertThat(vcpuSeries()).hasSize(1);
    assertThat(gov.as(CITY).reallocation().cases()).isEmpty();
  }

  // ------------------------------------------------------------------------------ Art. 18 from data

  @Test
  void demandIsMetFirstFromTheRecordedIdleCapacity() {
    world.clock.set(at("2025-03-03T09:00"));
    ok(record(measurement(Dimension.STORAGE_GB, 500, 150, "2025-03-03T08:00"), "2025-03-03T09:00"));
    var all = ok(gov.as(DEPT_D).resources().apply(request("evs.ssd", 100)));
    assertThat(all.resource()).isEmpty();
    assertThat(all.fromRedundancy()).isEqualByComparingTo("100");
    var none = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 3)));
    assertThat(none.fromRedundancy()).as("no vCPU or memory data: nothing is idle for certain").isEqualByComparingTo("0");
    ok(record(measurement(Dimension.VCPU, 100, 5, "2025-03-03T08:30"), "2025-03-03T09:00"));
    ok(record(measurement(Dimension.MEMORY_GIB, 200, 12, "2025-03-03T08:30"), "2025-03-03T09:00"));
    var part = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 3)));
    assertThat(part.fromRedundancy()).as("5 vCPU give 2 hosts of 2, 12 GiB give 3 of 4: 2").isEqualByComparingTo("2");
    assertThat(part.resource().orElseThrow().quantity()).isEqualByComparingTo("1");
    assertThat(part.resource().orElseThrow().requestedQuantity()).isEqualByComparingTo("3");
    assertThat(ok(gov.as(DEPT_D).records().auditTrail(part.resource().orElseThrow().id())).get(0).changes())
        .anySatisfy(c -> assertThat(c.field()).isEqualTo("redundancy"));
    world.clock.set(at("2025-03-11T09:00"));
    assertThat(ok(gov.as(DEPT_D).resources().apply(request("evs.ssd", 100))).fromRedundancy())
        .as("data older than 7 days meets nothing").isEqualByComparingTo("0");
    ok(record(measurement(Dimension.STORAGE_GB, 500, 30, "2025-03-11T08:00"), "2025-03-11T09:00"));
    var shortfall = ok(gov.as(DEPT_D).resources().apply(request("evs.ssd", 100)));
    assertThat(shortfall.fromRedundancy()).isEqualByComparingTo("30");
    assertThat(shortfall.shortfall()).isEqualByComparingTo("70");
  }

  // ---------------------------------------------------------------------------------- bad input

  @Test
  void badDataIsRefusedWithItsReasonAuditedAndReducesNobody() {
    ratioOfFifteenPercent();
    ReductionCase reminded = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00")).reductionCase().orElseThrow();
    Map<String, Measurement> bad = new java.util.LinkedHashMap<>();
    bad.put(ReallocationViolations.IDLE_ABOVE_ALLOCATED, vcpu(200, 250, "2025-09-05T09:00"));
    bad.put(ReallocationViolations.NEGATIVE_QUANTITY, vcpu(-1, 0, "2025-09-05T09:00"));
    bad.put(ReallocationViolations.UNKNOWN_DIMENSION, measurement(Dimension.of("gpu", "card"), 8, 8, "2025-09-05T09:00"));
    bad.put(ReallocationViolations.UNIT_MISMATCH, measurement(Dimension.of("vcpu", "thread"), 400, 0, "2025-09-05T09:00"));
    bad.put(ReallocationViolations.MEASURED_IN_FUTURE, vcpu(200, 0, "2025-09-05T10:30"));
    bad.put(ReallocationViolations.MEASUREMENT_TOO_OLD, vcpu(200, 0, "2025-08-29T09:00"));
    bad.put(ReallocationViolations.OLDER_THAN_LATEST, vcpu(200, 0, "2025-09-05T07:00"));
    // issue 11, finding 4: a seventh decimal was kept in memory and refused by the JDBC store
    bad.put(ReallocationViolations.QUANTITY_OUT_OF_LIMITS,
        new Measurement(D, PD, Dimension.VCPU, new BigDecimal("200.0000001"), BigDecimal.ZERO, at("2025-09-05T09:00"), "接口"));
    bad.forEach((code, measurement) -> {
      Violation v = refused(record(measurement, "2025-09-05T10:00"));
      assertThat(v.code()).as(measurement.toString()).isEqualTo(code);
      assertThat(lastRefusal("RECORD_UTILIZATION").refusal()).contains(v);
    });
    Violation unknown = refused(record(new Measurement(DepartmentId.of("no-such-dept"), PD, Dimension.VCPU, BigDecimal.TEN,
        BigDecimal.ZERO, at("2025-09-05T09:00"), "接口"), "2025-09-05T10:00"));
    assertThat(unknown.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    Violation nowhere = refused(record(new Measurement(D, io.govcloud.model.PlatformId.of("no-such-platform"), Dimension.VCPU,
        BigDecimal.TEN, BigDecimal.ZERO, at("2025-09-05T09:00"), "接口"), "2025-09-05T10:00"));
    assertThat(nowhere.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(refused(gov.as(DISTRICT_AUTHORITY).reallocation().recordUtilization(vcpu(200, 0, "2025-09-05T09:00"))).code())
        .as("another level's authority").isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(refused(gov.as(DEPT_D).reallocation().recordUtilization(vcpu(200, 0, "2025-09-05T09:00"))).code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(vcpuSeries()).as("nothing recorded").hasSize(1);
    assertThat(theCase()).as("nothing closed by bad data").isEqualTo(ok(gov.as(CITY).reallocation().reductionCase(reminded.id())));
    assertThat(steps(theCase())).containsExactly(ReductionStep.Kind.REMINDED);
  }

  @Test
  void aWrongForcedReductionIsRefusedAndReducesNothing() {
    ratioOfFifteenPercent();
    ResourceId hosts = open(D, "ecs.c4m8", 15, "2025-08-21T10:00");
    ResourceId small = open(D, "ecs.c2m4", 10, "2025-08-22T10:00");
    ResourceId others = open(S, "ecs.c4m8", 2, "2025-08-22T11:00");
    ReductionCaseId id = reducible(hosts).id();
    Map<String, Map<ResourceId, BigDecimal>> wrong = new java.util.LinkedHashMap<>();
    wrong.put(ReallocationViolations.REDUCTION_INSUFFICIENT, Map.of(hosts, BigDecimal.valueOf(10)));
    wrong.put(ReallocationViolations.REDUCTION_ABOVE_IDLE, Map.of(hosts, BigDecimal.ONE, small, BigDecimal.valueOf(5)));
    wrong.put(ReallocationViolations.REDUCTION_INVALID, Map.of(hosts, BigDecimal.ZERO));
    wrong.forEach((code, cuts) -> assertThat(refused(gov.as(CITY).reallocation().reduce(id, cuts)).code()).as(code).isEqualTo(code));
    Violation unknown = refused(gov.as(CITY).reallocation().reduce(id, Map.of(ResourceId.of("no-such-resource"), BigDecimal.ONE)));
    Violation foreign = refused(gov.as(CITY).reallocation().reduce(id, Map.of(others, BigDecimal.ONE)));
    assertThat(unknown.code()).isEqualTo(ReallocationViolations.REDUCTION_INVALID);
    assertThat(unknown.chinese().replace("no-such-resource", others.value())).as("unknown and another's alike").isEqualTo(foreign.chinese());
    assertThat(refused(gov.as(DEPT_D).reallocation().reduce(id, Map.of(hosts, BigDecimal.valueOf(6)))).code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(refused(gov.as(World.AUDITOR).reallocation().reduce(id, Map.of(hosts, BigDecimal.valueOf(6)))).code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);
    for (ResourceId resource : List.of(hosts, small, others)) {
      assertThat(ok(gov.as(DEPT_D).records().workOrders(resource))).extracting(WorkOrder::kind).containsExactly(WorkOrder.Kind.OPEN);
    }
    assertThat(ok(gov.as(DEPT_D).records().resource(hosts)).quantity()).isEqualByComparingTo("15");
    assertThat(theCase().status()).isEqualTo(ReductionCase.Status.REDUCIBLE);
    assertThat(notices(NotificationTypes.REDUCTION_BY_AUTHORITY)).isEmpty();
    assertThat(ok(gov.as(CITY).reallocation().reduce(id, Map.of(hosts, BigDecimal.ONE))).isOpen()).as("56 of 60 idle").isFalse();
  }

  @Test
  void eachPartyReadsTheCasesWithinItsReach() {
    ratioOfFifteenPercent();
    ReductionCaseId id = ok(record(vcpu(200, 60, "2025-09-05T08:00"), "2025-09-05T10:00")).reductionCase().orElseThrow().id();
    for (Actor reader : List.of(DEPT_D, CITY, World.AUDITOR)) {
      assertThat(gov.as(reader).reallocation().cases()).as("%s", reader).extracting(ReductionCase::id).containsExactly(id);
      assertThat(gov.as(reader).reallocation().reductionCase(id).isRight()).isTrue();
    }
    for (Actor outsider : List.of(DEPT_S, DEPT_E, DISTRICT_AUTHORITY, PROVIDER_1, COLLECTOR)) {
      assertThat(gov.as(outsider).reallocation().cases()).as("%s", outsider).isEmpty();
      assertThat(refused(gov.as(outsider).reallocation().reductionCase(id)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    }
    assertThat(refused(gov.as(DEPT_E).reallocation().reductionCase(ReductionCaseId.of("no-such-case"))).code())
        .isEqualTo(AccessViolations.ACCESS_DENIED);
  }
}
