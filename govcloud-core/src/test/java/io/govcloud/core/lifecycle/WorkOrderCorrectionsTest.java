package io.govcloud.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.core.billing.BillingHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pure rule of corrections (docs/rules.md#r4): a correction is accepted exactly when, with it, the
 * resource's work orders still form a service history (and it changes something, within its window);
 * acknowledged, it supersedes the order and carries the corrected figures.
 */
class WorkOrderCorrectionsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Instant APPLIED = at(1, 0);
  private static final Instant NOW = at(31, 23);

  private static Instant at(int dayOfMarch, int hour) {
    return LocalDateTime.of(2025, 3, dayOfMarch, hour, 0).atZone(ZONE).toInstant();
  }

  private static CloudResource resource() {
    return CloudResource.builder().id(ResourceId.of("r")).department(DepartmentId.of("d")).applicant(DepartmentId.of("d"))
        .platform(PlatformId.of("pl")).provider(ProviderId.of("pv")).contract(ContractId.of("c")).project(ProjectId.of("pr"))
        .zone(NetworkZone.EXTRANET).item("ecs").quantity(BigDecimal.ONE).requestedQuantity(BigDecimal.ONE)
        .fromRedundancy(BigDecimal.ZERO).deploymentMode(DeploymentMode.SHARED).deploymentConsented(false)
        .integrated(false).state(ResourceState.ACTIVE).appliedAt(APPLIED).build();
  }

  private static WorkOrder order(String id, WorkOrder.Kind kind, long quantity, Instant effectiveAt) {
    return WorkOrder.builder().id(WorkOrderId.of(id)).resource(ResourceId.of("r")).kind(kind).department(DepartmentId.of("d"))
        .platform(PlatformId.of("pl")).provider(ProviderId.of("pv")).contract(ContractId.of("c")).project(ProjectId.of("pr"))
        .item("ecs").quantity(BigDecimal.valueOf(quantity)).effectiveAt(effectiveAt).zone(ZONE).confirmedAt(effectiveAt).build();
  }

  @Test
  void aCorrectionIsAcceptedExactlyWhenTheCorrectedOrdersStillFormAServiceHistory() {
    qt().withExamples(500).forAll(integers().between(2, 20), integers().between(0, 2), integers().between(1, 30), integers().between(1, 4))
        .checkAssert((changeDay, target, newDay, quantity) -> {
          WorkOrder open = order("wo-open", WorkOrder.Kind.OPEN, 1, at(1, 9));
          WorkOrder change = order("wo-change", WorkOrder.Kind.CHANGE, 2, at(changeDay, 9));
          WorkOrder end = order("wo-end", WorkOrder.Kind.TERMINATE, 2, at(25, 9));
          List<WorkOrder> orders = List.of(open, change, end);
          WorkOrder corrected = orders.get(target);
          BigDecimal newQuantity = BigDecimal.valueOf(quantity);
          Instant newTime = at(newDay, 10);
          CloudResource before = resource();
          Either<Violation, CloudResource> asked =
              WorkOrderCorrections.request(before, orders, corrected, newQuantity, newTime, "核对", NOW, WorkOrderId.of("wo-candidate"));

          WorkOrder candidate = WorkOrder.builder().id(WorkOrderId.of("wo-candidate")).resource(corrected.resource()).kind(corrected.kind())
              .department(corrected.department()).platform(corrected.platform()).provider(corrected.provider())
              .contract(corrected.contract()).project(corrected.project()).item(corrected.item()).quantity(newQuantity)
              .effectiveAt(newTime).zone(ZONE).confirmedAt(NOW).supersedes(corrected.id()).build();
          List<WorkOrder> with = new ArrayList<>(orders);
          with.add(candidate);
          boolean consistent = BillingHistory.of(ResourceId.of("r"), with).isValid();
          assertThat(asked.isRight()).as("accepted %s, consistent %s", asked, consistent).isEqualTo(consistent);
          if (asked.isLeft()) {
            assertThat(asked.getLeft().code()).isEqualTo(CorrectionViolations.INCONSISTENT);
            assertThat(asked.getLeft().facts()).containsEntry("workOrder", corrected.id().value());
            return;
          }
          CloudResource pending = asked.get();
          assertThat(pending.pendingCorrection()).hasValueSatisfying(c -> {
            assertThat(c.workOrder()).isEqualTo(corrected.id());
            assertThat(c.quantity()).isEqualTo(newQuantity);
            assertThat(c.effectiveAt()).isEqualTo(newTime);
          });
          Lifecycle.Confirmation acknowledged =
              WorkOrderCorrections.acknowledge(pending, orders, corrected, NOW, WorkOrderId.of("wo-new")).get();
          WorkOrder result = acknowledged.workOrder();
          assertThat(result.supersedes()).contains(corrected.id());
          assertThat(result.kind()).isEqualTo(corrected.kind());
          assertThat(result.quantity()).isEqualTo(newQuantity);
          assertThat(result.effectiveAt()).isEqualTo(newTime);
          assertThat(result.confirmedAt()).isEqualTo(NOW);
          assertThat(acknowledged.resource().pendingCorrection()).isEmpty();
          List<WorkOrder> after = new ArrayList<>(orders);
          after.add(result);
          assertThat(BillingHistory.of(ResourceId.of("r"), after).isValid()).isTrue();
          // a second correction of the same order is refused: only the latest of the chain may be corrected
          assertThat(WorkOrderCorrections.request(acknowledged.resource(), after, corrected, BigDecimal.TEN, newTime, "再次", NOW,
              WorkOrderId.of("wo-again")).getLeft().code()).isEqualTo(CorrectionViolations.SUPERSEDED);
        });
  }

  @Test
  void declinedOrNeverAskedThereIsNothingToAcknowledge() {
    WorkOrder open = order("wo-open", WorkOrder.Kind.OPEN, 1, at(1, 9));
    CloudResource pending = WorkOrderCorrections.request(resource(), List.of(open), open, BigDecimal.TEN, at(1, 9), "核对", NOW,
        WorkOrderId.of("wo-c")).get();
    CloudResource declined = WorkOrderCorrections.decline(pending, open.id()).get();
    assertThat(declined).isEqualTo(resource());
    assertThat(WorkOrderCorrections.acknowledge(declined, List.of(open), open, NOW, WorkOrderId.of("wo-n")).getLeft().code())
        .isEqualTo(CorrectionViolations.NOT_PENDING);
    assertThat(WorkOrderCorrections.decline(pending, WorkOrderId.of("wo-other")).getLeft().code()).isEqualTo(CorrectionViolations.NOT_PENDING);
    // the configuration in force corrected: the resource's quantity follows
    assertThat(WorkOrderCorrections.acknowledge(pending, List.of(open), open, NOW, WorkOrderId.of("wo-n")).get().resource().quantity())
        .isEqualTo(BigDecimal.TEN);
  }
}
