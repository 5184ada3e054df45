package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of lifecycle actions by random actors (docs/rules.md#r5, #r9): no sequence reaches a state
 * the rules forbid, and every action, accepted or refused, leaves exactly one audit record. Three in four
 * steps pick an action the current state allows (so that sequences get far into the lifecycle), the rest
 * any action at all (mostly refused); the test checks that the runs did reach the late states.
 */
class LifecyclePropertiesTest {

  /** The actions that move each state on, by their number in {@link #step}. */
  private static final java.util.Map<ResourceState, List<Integer>> PROGRESS = java.util.Map.ofEntries(
      java.util.Map.entry(ResourceState.APPLIED, List.of(0, 0, 0, 1)),
      java.util.Map.entry(ResourceState.TRIAL_NOTIFIED, List.of(2)),
      java.util.Map.entry(ResourceState.IN_TRIAL, List.of(3, 3, 4, 17)),
      java.util.Map.entry(ResourceState.TEST_FAILED, List.of(3, 4, 17, 18)),
      java.util.Map.entry(ResourceState.TEST_PASSED, List.of(5)),
      java.util.Map.entry(ResourceState.ACTIVE, List.of(6, 9, 19)),
      java.util.Map.entry(ResourceState.CHANGE_REQUESTED, List.of(7, 7, 20)),
      java.util.Map.entry(ResourceState.CHANGE_APPROVED, List.of(8)),
      java.util.Map.entry(ResourceState.TERMINATION_REQUESTED, List.of(10, 10, 21)),
      java.util.Map.entry(ResourceState.TERMINATION_APPROVED, List.of(11, 12, 13, 14)));
  private static final int ACTIONS = 22;

  private final Set<ResourceState> reached = java.util.EnumSet.noneOf(ResourceState.class);

  private static final Set<ResourceState> IN_SERVICE = EnumSet.of(
      ResourceState.ACTIVE, ResourceState.CHANGE_REQUESTED, ResourceState.CHANGE_APPROVED,
      ResourceState.TERMINATION_REQUESTED, ResourceState.TERMINATION_APPROVED, ResourceState.TERMINATED);

  @Test
  void randomActionSequencesKeepTheRules() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 40))
        .checkAssert(this::run);
    assertThat(reached).as("states the random runs reached")
        .contains(ResourceState.ACTIVE, ResourceState.CHANGE_APPROVED, ResourceState.TERMINATION_APPROVED, ResourceState.TERMINATED,
            ResourceState.REJECTED, ResourceState.TEST_FAILED);
  }

  private void run(List<Integer> actions) {
    World world = new World(InMemoryStore.create());
    GovCloud gov = world.gov;
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 2))).resource().orElseThrow().id();
    int confirmations = 0;
    for (int choice : actions) {
      ResourceState state = ok(gov.as(DEPT_D).records().resource(id)).state();
      List<Integer> progress = PROGRESS.getOrDefault(state, List.of());
      int action = choice < 75 && !progress.isEmpty() ? progress.get(choice % progress.size()) : choice % ACTIONS;
      int auditBefore = trail(world, id).size();
      Either<?, ?> result = step(world, id, action);
      if (result == null) {
        assertThat(trail(world, id)).hasSize(auditBefore);
        continue;
      }
      List<AuditRecord> trail = trail(world, id);
      assertThat(trail).as("one audit record per action %s", action).hasSize(auditBefore + 1);
      assertThat(trail.get(trail.size() - 1).isAccepted()).isEqualTo(result.isRight());
      if (result.isRight() && result.get() instanceof WorkOrder) {
        confirmations++;
      }
      checkInvariants(world, id, confirmations);
      reached.add(ok(gov.as(DEPT_D).records().resource(id)).state());
    }
  }

  private static List<AuditRecord> trail(World world, ResourceId id) {
    return world.store.transact(uow -> uow.audit().ofSubject("resource", id.value()));
  }

  private static Either<?, ?> step(World world, ResourceId id, int action) {
    GovCloud gov = world.gov;
    java.time.Instant now = world.clock.instant();
    return switch (action) {
      case 0 -> gov.as(CITY).resources().approve(id);
      case 1 -> gov.as(CITY).resources().reject(id, "材料不全");
      case 2 -> gov.as(PROVIDER_1).resources().openTrial(id, now, false);
      case 3 -> gov.as(DEPT_D).resources().recordTest(id, true, "通过");
      case 4 -> gov.as(DEPT_D).resources().recordTest(id, false, "未通过");
      case 5 -> gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(2), now);
      case 6 -> gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", BigDecimal.ONE, PRD);
      case 7 -> gov.as(CITY).resources().approveChange(id);
      case 8 -> gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.ONE, now);
      case 9 -> gov.as(DEPT_D).resources().applyTermination(id, PRD);
      case 10 -> gov.as(CITY).resources().approveTermination(id);
      case 11 -> gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.SYSTEM_OFFLINE);
      case 12 -> gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.DATA_MIGRATED_AND_BACKED_UP);
      case 13 -> gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER);
      case 14 -> gov.as(DEPT_D).resources().confirmTermination(id, now);
      case 15 -> gov.as(DEPT_E).resources().confirmOpen(id, BigDecimal.ONE, now); // another department: always refused
      case 16 -> gov.as(AUDITOR).resources().applyTermination(id, PRD); // an auditor: always refused
      case 17 -> gov.as(DEPT_D).resources().extendTrial(id, "补充协议-" + (now.getEpochSecond() % 2));
      case 18 -> {
        gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-" + (now.getEpochSecond() % 2), now, 10));
        world.clock.advance(Duration.ofSeconds(1));
        yield null;
      }
      case 20 -> gov.as(CITY).resources().rejectChange(id, "无批准的项目方案");
      case 21 -> gov.as(CITY).resources().rejectTermination(id, "系统仍在使用");
      default -> {
        world.clock.advance(Duration.ofDays(4));
        yield null;
      }
    };
  }

  private static void checkInvariants(World world, ResourceId id, int confirmations) {
    CloudResource r = ok(world.gov.as(DEPT_D).records().resource(id));
    List<WorkOrder> orders = ok(world.gov.as(DEPT_D).records().workOrders(id));
    assertThat(r.state()).isNotIn(ResourceState.EMERGENCY_REPORTED, ResourceState.EMERGENCY_PROVISIONED, ResourceState.EMERGENCY_CONFIRMED);
    assertThat(orders).hasSize(confirmations);
    if (IN_SERVICE.contains(r.state())) {
      assertThat(orders).isNotEmpty();
      assertThat(orders.get(0).kind()).isEqualTo(WorkOrder.Kind.OPEN);
      assertThat(r.test()).hasValueSatisfying(t -> assertThat(t.passed()).isTrue());
    } else {
      assertThat(orders).isEmpty();
    }
    if (r.state() == ResourceState.TERMINATED) {
      assertThat(r.termination().orElseThrow().isComplete()).isTrue();
      assertThat(orders.get(orders.size() - 1).kind()).isEqualTo(WorkOrder.Kind.TERMINATE);
    }
    if (r.state() == ResourceState.ACTIVE) {
      assertThat(r.pendingChange()).isEmpty();
      WorkOrder last = orders.get(orders.size() - 1);
      assertThat(last.item()).isEqualTo(r.item());
      assertThat(last.quantity()).isEqualByComparingTo(r.quantity());
    }
    if (r.state() == ResourceState.TEST_PASSED || r.state() == ResourceState.IN_TRIAL || r.state() == ResourceState.TEST_FAILED) {
      assertThat(r.trialOpenedAt()).isPresent();
      assertThat(r.trialEndsOn()).isPresent();
    }
  }
}
