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
}
