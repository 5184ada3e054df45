package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.lifecycle.CorrectionViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections of confirmed work orders through the entry point and a store (docs/rules.md#r4, issue 10): the
 * department asks, the provider acknowledges or declines; an acknowledged correction supersedes the order,
 * in the month not yet issued directly, in an issued month as an adjustment of the next. Abstract: each
 * store module runs them, unchanged, on its own store.
 */
public abstract class CorrectionScenarios {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final String WORK_ORDER = "work-order";

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected CorrectionScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  @BeforeEach
  void setUpWorld() {
    world = new World(newStore());
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  /** Opens n units of an item for D, applied a day before and in service from the given Shanghai time; its work order. */
  private WorkOrder open(String item, long quantity, String completedAt) {
    return open(DEPT_D, PROVIDER_1, request(item, quantity), completedAt);
  }

  /** Opens the resources of a request for a department through a provider; its work order. */
  private WorkOrder open(Actor department, Actor provider, io.govcloud.core.lifecycle.ResourceRequest request, String completedAt) {
    world.clock.set(at(completedAt).minus(Duration.ofDays(1)));
    ResourceId id = ok(gov.as(department).resources().apply(request)).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(provider).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(department).resources().recordTest(id, true, "通过"));
    world.clock.set(at(completedAt).plus(Duration.ofHours(1)));
    return ok(gov.as(department).resources().confirmOpen(id, request.quantity(), at(completedAt)));
  }

  private List<AuditRecord> trail(WorkOrderId id) {
    return world.store.transact(uow -> uow.audit().ofSubject(WORK_ORDER, id.value()));
  }

  private List<WorkOrder> orders(ResourceId resource) {
    return world.store.transact(uow -> uow.workOrders().ofResource(resource));
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("%s", result).isTrue();
    return result.getLeft();
  }

  private List<Notification> notices(String type) {
    return world.notifier.delivered().stream().filter(n -> n.type().equals(type)).toList();
  }

  @Test
  void aCorrectionAcknowledgedBeforeItsMonthIsIssuedIsBilledInsteadOfTheOrder() {
    world.startLedger(MARCH);
    WorkOrder confirmed = open("ecs.c2m4", 2, "2025-03-03T08:00");
    world.clock.set(at("2025-03-05T10:00"));
    CloudResource pending = ok(gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报为两台，实际开通一台"));
    assertThat(pending.pendingCorrection()).hasValueSatisfying(c -> {
      assertThat(c.workOrder()).isEqualTo(confirmed.id());
      assertThat(c.quantity()).isEqualByComparingTo("1");
      assertThat(c.effectiveAt()).isEqualTo(confirmed.effectiveAt());
      assertThat(c.reason()).isEqualTo("误报为两台，实际开通一台");
    });
    assertThat(world.store.transact(uow -> uow.resources().find(confirmed.resource())).orElseThrow().pendingCorrection())
        .isEqualTo(pending.pendingCorrection());
    assertThat(orders(confirmed.resource())).containsExactly(confirmed);
    assertThat(notices(NotificationTypes.CORRECTION_REQUESTED)).singleElement()
        .satisfies(n -> assertThat(n.recipient().subject()).isEqualTo(P1.value()));

    world.clock.set(at("2025-03-06T10:00"));
    WorkOrder corrected = ok(gov.as(PROVIDER_1).corrections().acknowledge(confirmed.id()));
    assertThat(corrected.supersedes()).contains(confirmed.id());
    assertThat(corrected.quantity()).isEqualByComparingTo("1");
    assertThat(corrected.effectiveAt()).isEqualTo(confirmed.effectiveAt());
    assertThat(corrected.confirmedAt()).isEqualTo(at("2025-03-06T10:00"));
    CloudResource after = world.store.transact(uow -> uow.resources().find(confirmed.resource())).orElseThrow();
    assertThat(after.pendingCorrection()).isEmpty();
    assertThat(after.quantity()).isEqualByComparingTo("1");
    assertThat(orders(confirmed.resource())).containsExactly(confirmed, corrected);
    assertThat(notices(NotificationTypes.CORRECTION_ACKNOWLEDGED)).singleElement()
        .satisfies(n -> assertThat(n.recipient().subject()).isEqualTo(D.value()));
    assertThat(trail(confirmed.id())).extracting(AuditRecord::action).containsExactly("CORRECT_WORK_ORDER", "ACKNOWLEDGE_CORRECTION");
    assertThat(trail(confirmed.id())).allSatisfy(r -> assertThat(r.refusal()).isEmpty());

    world.clock.set(at("2025-04-01T09:00"));
    MonthlyBill march = ok(gov.as(CITY).billing().issue(MARCH)).get(0);
    // one unit at 250.00 a month, days 3..31 of 31: 250.00 − round(250·2/31) = 250.00 − 16.13
    assertThat(march.lines()).singleElement().satisfies(line -> {
      assertThat(line.workOrder()).isEqualTo(corrected.id());
      assertThat(line.quantity()).isEqualByComparingTo("1");
      assertThat(line.amount()).isEqualTo(Money.of("233.87"));
    });
    assertThat(march.adjustments()).isEmpty();
  }

  @Test
  void aCorrectionIntoAnIssuedMonthLeavesItsBillAndIsAdjustedInTheNextMonthIssued() {
    world.startLedger(MARCH);
    WorkOrder confirmed = open("ecs.c2m4", 1, "2025-03-01T08:00");
    world.clock.set(at("2025-04-01T09:00"));
    MonthlyBill march = ok(gov.as(CITY).billing().issue(MARCH)).get(0);
    assertThat(march.total()).isEqualTo(Money.of("250.00"));

    world.clock.set(at("2025-04-02T10:00"));
    ok(gov.as(DEPT_D).corrections().correct(confirmed.id(), at("2025-03-11T08:00"), "试用延长，实际于3月11日开通"));
    world.clock.set(at("2025-04-03T10:00"));
    WorkOrder corrected = ok(gov.as(PROVIDER_1).corrections().acknowledge(confirmed.id()));
    Optional<MonthlyBill> frozen = world.store.transact(uow -> uow.bills().find(march.account(), MARCH));
    assertThat(frozen).contains(march);

    world.clock.set(at("2025-05-01T09:00"));
    MonthlyBill april = ok(gov.as(CITY).billing().issue(APRIL)).get(0);
    assertThat(april.lines()).extracting(BillLine::workOrder, BillLine::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(corrected.id(), Money.of("250.00")));
    // March recomputed: days 11..31 = 250.00 − round(250·10/31) = 169.35; issued 250.00
    assertThat(april.adjustments()).singleElement().satisfies(adjustment -> {
      assertThat(adjustment.correctedMonth()).isEqualTo(MARCH);
      assertThat(adjustment.issued()).isEqualTo(Money.of("250.00"));
      assertThat(adjustment.amount()).isEqualTo(Money.of("-80.65"));
      assertThat(adjustment.recomputedLines()).singleElement().satisfies(l -> assertThat(l.workOrder()).isEqualTo(corrected.id()));
    });
    assertThat(april.adjustments()).extracting(BillAdjustment::resource).containsExactly(confirmed.resource());
    assertThat(april.total()).isEqualTo(Money.of("169.35"));
  }

  @Test
  void aCorrectionByTheWrongActorIsRefusedAndAudited() {
    WorkOrder confirmed = open("ecs.c2m4", 2, "2025-03-03T08:00");
    world.clock.set(at("2025-03-05T10:00"));
    for (Actor wrong : List.of(PROVIDER_1, CITY)) {
      Violation v = refused(gov.as(wrong).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报"));
      assertThat(v.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
      assertThat(v.article().number()).isEqualTo(22);
    }
    Violation auditor = refused(gov.as(AUDITOR).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报"));
    assertThat(auditor.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(auditor.article().number()).isEqualTo(44); // an auditor reads and changes nothing
    // another department: refused word for word like a work order that does not exist (Art. 33)
    Violation other = refused(gov.as(DEPT_E).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报"));
    WorkOrderId missing = WorkOrderId.of("wo-missing");
    Violation unknown = refused(gov.as(DEPT_E).corrections().correct(missing, BigDecimal.ONE, "误报"));
    assertThat(other.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(other.english()).isEqualTo(unknown.english().replace(missing.value(), confirmed.id().value()));
    assertThat(other.chinese()).isEqualTo(unknown.chinese().replace(missing.value(), confirmed.id().value()));

    ok(gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报为两台，实际开通一台"));
    for (Actor wrong : List.of(DEPT_D, PROVIDER_2, CITY)) {
      assertThat(refused(gov.as(wrong).corrections().acknowledge(confirmed.id())).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
      assertThat(refused(gov.as(wrong).corrections().decline(confirmed.id(), "不同意")).code())
          .isEqualTo(AccessViolations.ACCESS_DENIED);
    }
    List<AuditRecord> refusals = trail(confirmed.id()).stream().filter(r -> r.refusal().isPresent()).toList();
    assertThat(refusals).hasSize(10).allSatisfy(r -> assertThat(r.refusal().orElseThrow().code()).isEqualTo(AccessViolations.ACCESS_DENIED));
    assertThat(refusals).extracting(AuditRecord::action).contains("CORRECT_WORK_ORDER", "ACKNOWLEDGE_CORRECTION", "DECLINE_CORRECTION");
    assertThat(orders(confirmed.resource())).containsExactly(confirmed);
  }

  @Test
  void aCorrectionOfASupersededOrderOrWhileOneIsPendingOrChangingNothingIsRefused() {
    WorkOrder confirmed = open("ecs.c2m4", 2, "2025-03-03T08:00");
    world.clock.set(at("2025-03-05T10:00"));
    assertThat(refused(gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.valueOf(2), "核对")).code())
        .isEqualTo(CorrectionViolations.UNCHANGED);
    Violation future = refused(gov.as(DEPT_D).corrections().correct(confirmed.id(), at("2025-03-06T08:00"), "核对"));
    assertThat(future.code()).isEqualTo(CorrectionViolations.TIME_OUT_OF_RANGE);
    assertThat(future.facts()).containsEntry("effectiveAt", at("2025-03-06T08:00").toString());
    assertThat(refused(gov.as(DEPT_D).corrections().correct(confirmed.id(), at("2025-02-01T08:00"), "核对")).code())
        .isEqualTo(CorrectionViolations.TIME_OUT_OF_RANGE);
    assertThat(refused(gov.as(PROVIDER_1).corrections().acknowledge(confirmed.id())).code())
        .isEqualTo(CorrectionViolations.NOT_PENDING);
    assertThatThrownBy(() -> gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ONE, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ZERO, "误报"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");

    ok(gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ONE, "误报为两台，实际开通一台"));
    Violation pending = refused(gov.as(DEPT_D).corrections().correct(confirmed.id(), at("2025-03-04T08:00"), "时间也有误"));
    assertThat(pending.code()).isEqualTo(CorrectionViolations.PENDING);
    assertThat(pending.facts()).containsEntry("pendingWorkOrder", confirmed.id().value());

    // the provider declines: the order stands, the department is told why and may ask again
    CloudResource declined = ok(gov.as(PROVIDER_1).corrections().decline(confirmed.id(), "实际开通两台，有开通记录为证"));
    assertThat(declined.pendingCorrection()).isEmpty();
    assertThat(declined.quantity()).isEqualByComparingTo("2");
    assertThat(notices(NotificationTypes.CORRECTION_DECLINED)).singleElement().satisfies(n -> {
      assertThat(n.recipient().subject()).isEqualTo(D.value());
      assertThat(n.data()).containsEntry("declined", "实际开通两台，有开通记录为证");
    });
    assertThat(refused(gov.as(PROVIDER_1).corrections().decline(confirmed.id(), "重复")).code())
        .isEqualTo(CorrectionViolations.NOT_PENDING);

    ok(gov.as(DEPT_D).corrections().correct(confirmed.id(), at("2025-03-04T08:00"), "开通时间应为3月4日"));
    WorkOrder corrected = ok(gov.as(PROVIDER_1).corrections().acknowledge(confirmed.id()));
    Violation superseded = refused(gov.as(DEPT_D).corrections().correct(confirmed.id(), BigDecimal.ONE, "再次更正"));
    assertThat(superseded.code()).isEqualTo(CorrectionViolations.SUPERSEDED);
    assertThat(superseded.facts()).containsEntry("supersededBy", corrected.id().value());
    // the latest of the chain may be corrected
    ok(gov.as(DEPT_D).corrections().correct(corrected.id(), BigDecimal.ONE, "数量应为一台"));
    WorkOrder again = ok(gov.as(PROVIDER_1).corrections().acknowledge(corrected.id()));
    assertThat(again.supersedes()).contains(corrected.id());
    assertThat(again.effectiveAt()).isEqualTo(at("2025-03-04T08:00"));
    assertThat(again.quantity()).isEqualByComparingTo("1");
    List<String> codes = trail(confirmed.id()).stream().flatMap(r -> r.refusal().stream()).map(Violation::code).toList();
    assertThat(codes).contains(CorrectionViolations.UNCHANGED, CorrectionViolations.TIME_OUT_OF_RANGE, CorrectionViolations.NOT_PENDING,
        CorrectionViolations.PENDING, CorrectionViolations.SUPERSEDED);
  }

  @Test
  void aCorrectionThatBreaksTheServiceHistoryIsRefusedAndOneOfTheConfigurationInForceCorrectsTheResource() {
    WorkOrder opened = open("ecs.c2m4", 1, "2025-03-01T08:00");
    world.clock.set(at("2025-03-20T10:00"));
    ok(gov.as(DEPT_D).resources().applyChange(opened.resource(), "ecs.c4m8", BigDecimal.ONE, PRD));
    ok(gov.as(CITY).resources().approveChange(opened.resource()));
    WorkOrder changed = ok(gov.as(DEPT_D).resources().confirmChange(opened.resource(), BigDecimal.ONE, at("2025-03-20T09:00")));
    world.clock.set(at("2025-03-26T10:00"));
    Violation broken = refused(gov.as(DEPT_D).corrections().correct(opened.id(), at("2025-03-25T08:00"), "开通时间有误"));
    assertThat(broken.code()).isEqualTo(CorrectionViolations.INCONSISTENT);
    assertThat(broken.facts()).containsEntry("workOrder", opened.id().value());
    assertThat(broken.english()).contains("not in service");

    ok(gov.as(DEPT_D).corrections().correct(changed.id(), BigDecimal.valueOf(2), "变更后实为两台"));
    ok(gov.as(PROVIDER_1).corrections().acknowledge(changed.id()));
    CloudResource after = world.store.transact(uow -> uow.resources().find(opened.resource())).orElseThrow();
    assertThat(after.quantity()).isEqualByComparingTo("2");
    assertThat(after.item()).isEqualTo("ecs.c4m8");
    assertThat(orders(opened.resource())).hasSize(3);
    assertThat(Optional.of(after.pendingCorrection())).contains(Optional.empty());
  }

  @Test
  void aWorkOrderTheLedgerCannotUseBlocksOnlyItsAccountUntilACorrectionRepairsIt() {
    world.startLedger(MARCH);
    WorkOrder ours = open("ecs.c2m4", 1, "2025-03-01T08:00");
    WorkOrder theirs = open(DEPT_E, PROVIDER_2,
        io.govcloud.core.lifecycle.ResourceRequest.of(PRE, PE, CE, "ecs.c2m4", BigDecimal.ONE), "2025-03-01T08:00");
    // a termination stored with another quantity than the one in force, as a host's import of old records might
    WorkOrder wrong = WorkOrder.builder().id(WorkOrderId.of("wo-imported-end")).resource(ours.resource()).kind(WorkOrder.Kind.TERMINATE)
        .department(D).platform(PD).provider(P1).contract(CD).project(PRD).item("ecs.c2m4").quantity(BigDecimal.valueOf(3))
        .effectiveAt(at("2025-03-20T18:00")).zone(SHANGHAI).confirmedAt(at("2025-03-21T10:00")).build();
    world.store.transact(uow -> {
      uow.workOrders().insertAll(List.of(wrong));
      return null;
    });

    world.clock.set(at("2025-04-01T09:00"));
    List<MonthlyBill> march = ok(gov.as(CITY).billing().issue(MARCH));
    assertThat(march).extracting(MonthlyBill::account).containsExactly(io.govcloud.model.BillingAccount.of(theirs));
    String account = io.govcloud.model.BillingAccount.of(ours).toString();
    List<AuditRecord> withheld = world.store.transact(uow -> uow.audit().ofSubject("account", account));
    assertThat(withheld).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo("WITHHOLD_BILL");
      Violation v = r.refusal().orElseThrow();
      assertThat(v.code()).isEqualTo(io.govcloud.core.billing.BillingViolations.WORK_ORDER_SEQUENCE);
      assertThat(v.article().number()).isEqualTo(24);
      assertThat(v.facts()).containsEntry("resource", ours.resource().value()).containsEntry("workOrder", "wo-imported-end")
          .containsEntry("account", account).containsEntry("month", "2025-03");
    });
    assertThat(notices("BILL_WITHHELD")).extracting(n -> n.recipient().role().name())
        .containsExactlyInAnyOrder("AUTHORITY", "DEPARTMENT", "PROVIDER");

    world.clock.set(at("2025-04-02T10:00"));
    ok(gov.as(DEPT_D).corrections().correct(wrong.id(), BigDecimal.ONE, "导入的终止工单数量有误，应为一台"));
    ok(gov.as(PROVIDER_1).corrections().acknowledge(wrong.id()));
    world.clock.set(at("2025-05-01T09:00"));
    List<MonthlyBill> april = ok(gov.as(CITY).billing().issue(APRIL));
    MonthlyBill ourApril = april.stream().filter(b -> b.account().department().equals(D)).findFirst().orElseThrow();
    // March, left out, now billed: days 1..20 of 31 at 250.00 = round(250·20/31) = 161.29; nothing in April
    assertThat(ourApril.lines()).isEmpty();
    assertThat(ourApril.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.correctedMonth()).isEqualTo(MARCH);
      assertThat(a.issued()).isEqualTo(Money.of("0.00"));
      assertThat(a.amount()).isEqualTo(Money.of("161.29"));
    });
    assertThat(april).extracting(MonthlyBill::account).hasSize(2);
  }
}
