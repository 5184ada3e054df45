package io.govcloud.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure transitions, without a store (docs/rules.md#r5). */
class LifecycleTest {

  private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
  private static final Provider PROVIDER = Provider.of(ProviderId.of("p1"), "P1");
  private static final Platform PLATFORM = Platform.builder().id(PlatformId.of("pl")).name("平台")
      .jurisdiction(Jurisdiction.MUNICIPAL).owner(DepartmentId.of("d")).provider(PROVIDER.id()).build();
  private static final Contract CONTRACT = Contract.builder().id(ContractId.of("c")).department(DepartmentId.of("d"))
      .provider(PROVIDER.id()).platform(PLATFORM.id()).signedAt(T0).trialDays(10).build();

  private static CloudResource resource(ResourceState state) {
    return CloudResource.builder().id(ResourceId.of("r")).department(DepartmentId.of("d")).applicant(DepartmentId.of("d"))
        .platform(PLATFORM.id()).provider(PROVIDER.id()).contract(CONTRACT.id()).project(ProjectId.of("pr"))
        .zone(NetworkZone.EXTRANET).item("ecs").quantity(BigDecimal.TEN).requestedQuantity(BigDecimal.TEN)
        .fromRedundancy(BigDecimal.ZERO).deploymentMode(DeploymentMode.SHARED).deploymentConsented(false)
        .integrated(false).state(state).appliedAt(T0).build();
  }

  @Test
  void everyActionIsRefusedInEveryStateItDoesNotAllow() {
    for (ResourceState state : ResourceState.values()) {
      CloudResource r = resource(state);
      check(Lifecycle.approve(r, PROVIDER), state, LifecycleAction.APPROVE);
      check(Lifecycle.reject(r), state, LifecycleAction.REJECT);
      check(Lifecycle.approveTermination(r), state, LifecycleAction.APPROVE_TERMINATION);
      check(Lifecycle.applyTermination(r, ProjectId.of("pr"), T0), state, LifecycleAction.APPLY_TERMINATION);
      check(Lifecycle.applyChange(r, "ecs", BigDecimal.ONE, ProjectId.of("pr"), T0), state, LifecycleAction.APPLY_CHANGE);
      check(Lifecycle.openTrial(r, PROVIDER, CONTRACT, PLATFORM, T0, false, T0), state, LifecycleAction.OPEN_TRIAL);
      check(Lifecycle.recordTest(r, true, "n", T0, LocalDate.of(2025, 3, 3)), state, LifecycleAction.RECORD_TEST);
      check(Lifecycle.confirmOpen(r, BigDecimal.ONE, T0, T0, PLATFORM, WorkOrderId.of("w")), state, LifecycleAction.CONFIRM_OPEN);
      check(Lifecycle.rejectChange(r), state, LifecycleAction.REJECT_CHANGE);
      check(Lifecycle.rejectTermination(r), state, LifecycleAction.REJECT_TERMINATION);
      // the actions that need a record the bare resource lacks: refused in every state they do not allow
      refusedUnlessAllowed(() -> Lifecycle.extendTrial(r, CONTRACT, PLATFORM, "s"), state, LifecycleAction.EXTEND_TRIAL);
      refusedUnlessAllowed(() -> Lifecycle.approveChange(r, PROVIDER), state, LifecycleAction.APPROVE_CHANGE);
      refusedUnlessAllowed(() -> Lifecycle.confirmChange(r, BigDecimal.ONE, T0, T0, T0, PLATFORM, WorkOrderId.of("w")), state,
          LifecycleAction.CONFIRM_CHANGE);
      refusedUnlessAllowed(() -> Lifecycle.recordTerminationStep(r, CloudResource.TerminationStep.SYSTEM_OFFLINE), state,
          LifecycleAction.RECORD_TERMINATION_STEP);
      refusedUnlessAllowed(() -> Lifecycle.confirmTermination(r, T0, T0, T0, PLATFORM, WorkOrderId.of("w")), state,
          LifecycleAction.CONFIRM_TERMINATION);
      refusedUnlessAllowed(() -> Lifecycle.provisionEmergency(r, T0, T0), state, LifecycleAction.PROVISION_EMERGENCY);
      refusedUnlessAllowed(() -> Lifecycle.confirmEmergency(r, BigDecimal.ONE, T0, T0), state, LifecycleAction.CONFIRM_EMERGENCY);
      refusedUnlessAllowed(() -> Lifecycle.recordSupplementApproval(r, ProjectId.of("pr"), T0, T0), state,
          LifecycleAction.RECORD_SUPPLEMENT_APPROVAL);
      refusedUnlessAllowed(() -> Lifecycle.backfill(r, T0, PLATFORM, WorkOrderId.of("w")), state, LifecycleAction.BACKFILL);
    }
  }

  private static void refusedUnlessAllowed(java.util.function.Supplier<Either<Violation, ?>> action, ResourceState state, LifecycleAction which) {
    if (!which.allowedIn(state)) {
      check(action.get(), state, which);
    }
  }

  private static void check(Either<Violation, ?> result, ResourceState state, LifecycleAction action) {
    if (action.allowedIn(state)) {
      assertThat(result.isRight()).as("%s in %s", action, state).isTrue();
    } else {
      assertThat(result.getLeft().code()).as("%s in %s", action, state).isEqualTo(LifecycleViolations.ILLEGAL_TRANSITION);
      assertThat(result.getLeft().facts()).containsEntry("state", state.name()).containsEntry("action", action.name());
      assertThat(result.getLeft().article()).isEqualTo(action.article());
    }
  }

  @Test
  void theTrialLastsTheContractsDaysAfterTheOpeningDay() {
    CloudResource trial = Lifecycle.openTrial(resource(ResourceState.TRIAL_NOTIFIED), PROVIDER, CONTRACT, PLATFORM,
        Instant.parse("2025-03-03T16:30:00Z"), false, Instant.parse("2025-03-04T00:00:00Z")).get(); // 2025-03-04 00:30 in Shanghai
    assertThat(trial.trialEndsOn()).contains(LocalDate.of(2025, 3, 14));
  }

  @Test
  void aConfirmationCannotExceedTheApprovedQuantityNorLieInTheFuture() {
    CloudResource passed = resource(ResourceState.TEST_PASSED);
    Instant now = T0.plusSeconds(3600);
    assertThat(Lifecycle.confirmOpen(passed, BigDecimal.valueOf(11), now, now, PLATFORM, WorkOrderId.of("w")).getLeft().code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    assertThat(Lifecycle.confirmOpen(passed, BigDecimal.ONE, now.plusSeconds(1), now, PLATFORM, WorkOrderId.of("w")).getLeft().code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    assertThat(Lifecycle.confirmOpen(passed, BigDecimal.ONE, T0.minusSeconds(1), now, PLATFORM, WorkOrderId.of("w")).getLeft().code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    Lifecycle.Confirmation ok = Lifecycle.confirmOpen(passed, BigDecimal.valueOf(7), now, now, PLATFORM, WorkOrderId.of("w")).get();
    assertThat(ok.resource().quantity()).isEqualByComparingTo("7");
    assertThat(ok.workOrder().quantity()).isEqualByComparingTo("7");
    assertThatThrownBy(() -> Lifecycle.confirmOpen(passed, BigDecimal.ZERO, now, now, PLATFORM, WorkOrderId.of("w")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }

  @Test
  void aChangeThatAddsResourcesIsRefusedForASuspendedProviderButAReductionIsNot() {
    Provider suspended = PROVIDER.withSuspension(Optional.of(new Provider.Suspension(T0, "整改未完成")));
    CloudResource more = Lifecycle.applyChange(resource(ResourceState.ACTIVE), "ecs", BigDecimal.valueOf(20), ProjectId.of("pr"), T0).get();
    assertThat(Lifecycle.approveChange(more, suspended).getLeft().code()).isEqualTo(LifecycleViolations.PROVIDER_SUSPENDED);
    CloudResource less = Lifecycle.applyChange(resource(ResourceState.ACTIVE), "ecs", BigDecimal.valueOf(5), ProjectId.of("pr"), T0).get();
    assertThat(Lifecycle.approveChange(less, suspended).get().state()).isEqualTo(ResourceState.CHANGE_APPROVED);
  }

  @Test
  void theAuthoritysReductionOfAnActiveResourceIsAChangeWorkOrderEffectiveAtOnce() {
    Instant now = T0.plusSeconds(7200);
    Lifecycle.Confirmation reduced = Lifecycle.reduceByAuthority(resource(ResourceState.ACTIVE), BigDecimal.valueOf(4), now, PLATFORM,
        WorkOrderId.of("w-forced"));
    assertThat(reduced.resource().quantity()).isEqualByComparingTo("4");
    assertThat(reduced.resource().state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(reduced.workOrder().kind()).isEqualTo(io.govcloud.model.WorkOrder.Kind.CHANGE);
    assertThat(reduced.workOrder().quantity()).isEqualByComparingTo("4");
    assertThat(reduced.workOrder().effectiveAt()).isEqualTo(now);
    assertThat(reduced.workOrder().confirmedAt()).isEqualTo(now);
    for (BigDecimal notAReduction : java.util.List.of(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.valueOf(11))) {
      assertThatThrownBy(() -> Lifecycle.reduceByAuthority(resource(ResourceState.ACTIVE), notAReduction, now, PLATFORM, WorkOrderId.of("w")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be reduced to " + notAReduction.toPlainString());
    }
    assertThatThrownBy(() -> Lifecycle.reduceByAuthority(resource(ResourceState.CHANGE_REQUESTED), BigDecimal.ONE, now, PLATFORM,
        WorkOrderId.of("w"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHANGE_REQUESTED");
  }

  @Test
  void theTerminationChecklistMustBeComplete() {
    CloudResource approved = Lifecycle.approveTermination(
        Lifecycle.applyTermination(resource(ResourceState.ACTIVE), ProjectId.of("pr"), T0).get()).get();
    Violation v = Lifecycle.confirmTermination(approved, T0, T0, T0, PLATFORM, WorkOrderId.of("w")).getLeft();
    assertThat(v.facts().get("missing")).contains("SYSTEM_OFFLINE", "DATA_MIGRATED_AND_BACKED_UP", "DOCUMENTS_HANDED_OVER");
    CloudResource done = approved;
    for (CloudResource.TerminationStep step : EnumSet.allOf(CloudResource.TerminationStep.class)) {
      done = Lifecycle.recordTerminationStep(done, step).get();
    }
    assertThat(Lifecycle.confirmTermination(done, T0, T0, T0, PLATFORM, WorkOrderId.of("w")).get().resource().state())
        .isEqualTo(ResourceState.TERMINATED);
  }
}
