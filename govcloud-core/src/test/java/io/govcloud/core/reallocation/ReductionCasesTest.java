package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.AUTHORITY;
import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.CORES;
import static io.govcloud.core.reallocation.Reallocation.DEADLINES;
import static io.govcloud.core.reallocation.Reallocation.DEPARTMENT;
import static io.govcloud.core.reallocation.Reallocation.HOST;
import static io.govcloud.core.reallocation.Reallocation.PLATFORM;
import static io.govcloud.core.reallocation.Reallocation.SSD;
import static io.govcloud.core.reallocation.Reallocation.SYSTEM;
import static io.govcloud.core.reallocation.Reallocation.TAX;
import static io.govcloud.core.reallocation.Reallocation.at;
import static io.govcloud.core.reallocation.Reallocation.d;
import static io.govcloud.core.reallocation.Reallocation.record;
import static io.govcloud.core.reallocation.Reallocation.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.ResourceState;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reduction case from the reminder to the authority's reduction (Art. 17; rule R6, R1). */
class ReductionCasesTest {

  private static final ReductionCaseId ID = ReductionCaseId.of("rc-1");
  private static final BigDecimal FIFTEEN_PERCENT = d("0.15");
  /** 200 vCPU allocated, 60 idle, measured the morning of the reminder. */
  private static final UtilizationRecord SEPTEMBER = record("u-1", 200, 60, at("2025-09-05T08:00"));
  /** 15 hosts of 4 vCPU: 60 of the 200. */
  private static final CloudResource HOSTS = resource("r-hosts", HOST, 15);

  private static ReductionCase reminded() {
    return ReductionCases.open(ID, SEPTEMBER, Assessment.of(SEPTEMBER, BigDecimal.ZERO, FIFTEEN_PERCENT), DEADLINES, SYSTEM,
        at("2025-09-05T10:00")).get().reductionCase();
  }

  private static ReductionCase supervised() {
    return ReductionCases.supervise(reminded(), DEADLINES, AUTHORITY, at("2025-10-10T09:00")).get().reductionCase();
  }

  private static Cut cut(CloudResource resource, long newQuantity) {
    return new Cut(resource, BigDecimal.valueOf(newQuantity), WorkOrderId.of("wo-forced-" + resource.id()));
  }

  private static List<ReductionStep.Kind> kinds(List<ReductionStep> steps) {
    return steps.stream().map(ReductionStep::kind).toList();
  }

  // ---------------------------------------------------------------- the escalation across National Day 2025

  @Test
  void theReminderOfSeptemberFifthRunsPastNationalDayToOctoberNinth() {
    ReductionCases.Transition opened = ReductionCases.open(ID, SEPTEMBER, Assessment.of(SEPTEMBER, BigDecimal.ZERO, FIFTEEN_PERCENT),
        DEADLINES, SYSTEM, at("2025-09-05T10:00")).get();
    ReductionCase reductionCase = opened.reductionCase();
    assertThat(opened.added()).as("the reminder, to notify").singleElement().isEqualTo(reductionCase.steps().get(0));
    ReductionStep reminder = reductionCase.lastStep();
    assertThat(reminder.kind()).isEqualTo(ReductionStep.Kind.REMINDED);
    assertThat(reminder.actor()).isEqualTo(SYSTEM);
    assertThat(reminder.lastDay()).as("2025-10-05 is a holiday; the holiday ends on 10-08").contains(LocalDate.of(2025, 10, 9));
    assertThat(reminder.expiresAt()).contains(at("2025-10-10T00:00"));
    assertThat(reductionCase.status()).isEqualTo(ReductionCase.Status.REMINDED);
    assertThat(reductionCase.department()).isEqualTo(DEPARTMENT);
    assertThat(reductionCase.platform()).isEqualTo(PLATFORM);
    assertThat(reductionCase.dimension()).isEqualTo(Reallocation.VCPU);
    assertThat(reductionCase.basis().leastReduction()).isEqualByComparingTo("36");
    assertThat(reductionCase.basis().measurement()).isEqualTo(SEPTEMBER.id());
    assertThat(reductionCase.runningPeriodEnds()).contains(at("2025-10-10T00:00"));
  }

  @Test
  void supervisionIsPossibleFromOctoberTenthNotBefore() {
    ReductionCase reminded = reminded();
    for (Instant tooEarly : List.of(at("2025-10-09T18:00"), at("2025-10-10T00:00"))) {
      Violation refused = ReductionCases.supervise(reminded, DEADLINES, AUTHORITY, tooEarly).getLeft();
      assertThat(refused.code()).as("at %s", tooEarly).isEqualTo(ReallocationViolations.STEP_TOO_EARLY);
      assertThat(refused.article()).isEqualTo(Article.of(17));
      assertThat(refused.facts()).containsEntry("lastDay", "2025-10-09").containsEntry("step", "SUPERVISED");
      assertThat(refused.chinese()).contains("期满后方可督促调减");
      assertThat(refused.english()).as("days as the other texts show them, no UTC instants")
          .contains("its last day is 2025-10-09").doesNotContainPattern("\\d{2}:\\d{2}").doesNotContain("Z;");
    }
    ReductionCases.Transition supervised = ReductionCases.supervise(reminded, DEADLINES, AUTHORITY, at("2025-10-10T00:00").plusNanos(1000)).get();
    assertThat(kinds(supervised.added())).as("the month's lapse, then the supervision")
        .containsExactly(ReductionStep.Kind.REMINDER_LAPSED, ReductionStep.Kind.SUPERVISED);
  }

  @Test
  void supervisedOnOctoberTenthTheFiveWorkingDaysCountTheMakeupSaturdayAndEndOnTheSixteenth() {
    ReductionCases.Transition transition = ReductionCases.supervise(reminded(), DEADLINES, AUTHORITY, at("2025-10-10T09:00")).get();
    ReductionCase reductionCase = transition.reductionCase();
    ReductionStep supervision = reductionCase.lastStep();
    assertThat(supervision.kind()).isEqualTo(ReductionStep.Kind.SUPERVISED);
    assertThat(supervision.actor()).isEqualTo(AUTHORITY);
    assertThat(supervision.lastDay()).as("10-11 (makeup Saturday), 13, 14, 15, 16").contains(LocalDate.of(2025, 10, 16));
    assertThat(supervision.expiresAt()).contains(at("2025-10-17T00:00"));
    assertThat(reductionCase.status()).isEqualTo(ReductionCase.Status.SUPERVISED);
    assertThat(reductionCase.steps().get(1).actor()).as("the lapse recorded by the supervising authority").isEqualTo(AUTHORITY);
  }

  @Test
  void aForcedReductionIsRefusedOnTheSixteenthAndAllowedFromTheSeventeenth() {
    ReductionCase supervised = supervised();
    Violation refused = ReductionCases.reduce(supervised, List.of(cut(HOSTS, 6)), CATALOG, DEADLINES, AUTHORITY, at("2025-10-16T17:00")).getLeft();
    assertThat(refused.code()).isEqualTo(ReallocationViolations.STEP_TOO_EARLY);
    assertThat(refused.facts()).containsEntry("lastDay", "2025-10-16");

    ReductionCases.Transition reduced =
        ReductionCases.reduce(supervised, List.of(cut(HOSTS, 6)), CATALOG, DEADLINES, AUTHORITY, at("2025-10-17T09:00")).get();
    assertThat(kinds(reduced.added())).containsExactly(ReductionStep.Kind.SUPERVISION_LAPSED, ReductionStep.Kind.REDUCED_BY_AUTHORITY);
    ReductionCase closed = reduced.reductionCase();
    assertThat(closed.status()).isEqualTo(ReductionCase.Status.CLOSED);
    assertThat(closed.lastStep().actor()).as("who reduced").isEqualTo(AUTHORITY);
    assertThat(closed.reductions()).as("what: 9 hosts of 4 vCPU").containsExactly(new ResourceReduction(ResourceId.of("r-hosts"), HOST,
        BigDecimal.valueOf(15), HOST, BigDecimal.valueOf(6), d("36"), at("2025-10-17T09:00"), Optional.of(WorkOrderId.of("wo-forced-r-hosts")), true));
    assertThat(kinds(closed.steps())).containsExactly(ReductionStep.Kind.REMINDED, ReductionStep.Kind.REMINDER_LAPSED,
        ReductionStep.Kind.SUPERVISED, ReductionStep.Kind.SUPERVISION_LAPSED, ReductionStep.Kind.REDUCED_BY_AUTHORITY);
  }

  @Test
  void eachStepIsAddedOnceWhateverTheNumberOfSweeps() {
    ReductionCase reminded = reminded();
    assertThat(ReductionCases.advance(reminded, SYSTEM, at("2025-10-09T23:59")).added()).as("within the month").isEmpty();
    assertThat(ReductionCases.advance(reminded, SYSTEM, at("2025-10-10T00:00")).added()).as("at its very end").isEmpty();
    ReductionCases.Transition swept = ReductionCases.advance(reminded, SYSTEM, at("2025-10-10T00:05"));
    assertThat(kinds(swept.added())).containsExactly(ReductionStep.Kind.REMINDER_LAPSED);
    assertThat(swept.reductionCase().status()).isEqualTo(ReductionCase.Status.AWAITING_SUPERVISION);
    assertThat(ReductionCases.advance(swept.reductionCase(), SYSTEM, at("2025-10-10T00:10")).added()).as("swept again").isEmpty();
    assertThat(ReductionCases.advance(swept.reductionCase(), SYSTEM, at("2026-10-10T00:10")).added())
        .as("a year later: waiting for the authority, not moving on").isEmpty();
    ReductionCases.Transition supervised = ReductionCases.supervise(swept.reductionCase(), DEADLINES, AUTHORITY, at("2025-10-10T09:00")).get();
    assertThat(kinds(supervised.added())).containsExactly(ReductionStep.Kind.SUPERVISED);
    ReductionCases.Transition lapsed = ReductionCases.advance(supervised.reductionCase(), SYSTEM, at("2025-10-17T00:01"));
    assertThat(kinds(lapsed.added())).containsExactly(ReductionStep.Kind.SUPERVISION_LAPSED);
    assertThat(lapsed.reductionCase().status()).isEqualTo(ReductionCase.Status.REDUCIBLE);
    assertThat(ReductionCases.advance(lapsed.reductionCase(), SYSTEM, at("2025-12-01T00:00")).added()).isEmpty();
  }

  @Test
  void aReminderOnJanuaryThirtyFirstEndsOnTheMakeupSaturdayOfFebruaryTwentyEighth() {
    UtilizationRecord january = record("u-1", 200, 60, at("2026-01-31T08:00"));
    ReductionCase reductionCase = ReductionCases.open(ID, january, Assessment.of(january, BigDecimal.ZERO, FIFTEEN_PERCENT), DEADLINES,
        SYSTEM, at("2026-01-31T09:00")).get().reductionCase();
    assertThat(reductionCase.lastStep().lastDay()).contains(LocalDate.of(2026, 2, 28));
  }

  // ---------------------------------------------------------------- what may not happen

  @Test
  void idleCapacityAtOrBelowTheRatioIsNeverReminded() {
    UtilizationRecord atRatio = record("u-1", 200, 30, at("2025-09-05T08:00"));
    Violation refused = ReductionCases.open(ID, atRatio, Assessment.of(atRatio, BigDecimal.ZERO, FIFTEEN_PERCENT), DEADLINES, SYSTEM,
        at("2025-09-05T10:00")).getLeft();
    assertThat(refused.code()).isEqualTo(ReallocationViolations.NOT_ABOVE_RATIO);
    assertThat(refused.facts()).containsEntry("countedIdle", "30").containsEntry("ratio", "0.15");
  }

  @Test
  void noStepIsSkipped() {
    Violation beforeSupervision = ReductionCases.reduce(reminded(), List.of(cut(HOSTS, 6)), CATALOG, DEADLINES, AUTHORITY,
        at("2026-06-01T09:00")).getLeft();
    assertThat(beforeSupervision.code()).as("a year later, but never supervised").isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
    assertThat(beforeSupervision.facts()).containsEntry("status", "AWAITING_SUPERVISION").containsEntry("step", "REDUCED_BY_AUTHORITY");
    assertThat(beforeSupervision.chinese()).contains("待督促").contains("由大数据主管部门调减");
    Violation twice = ReductionCases.supervise(supervised(), DEADLINES, AUTHORITY, at("2025-10-11T09:00")).getLeft();
    assertThat(twice.code()).isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
  }

  @Test
  void theModelRefusesACaseThatSkipsAStepOrLapsesEarly() {
    ReductionCase reminded = reminded();
    ReductionStep early = ReductionStep.of(ReductionStep.Kind.REMINDER_LAPSED, at("2025-10-09T12:00"), SYSTEM);
    assertThatThrownBy(() -> reminded.followedBy(List.of(early), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot have lapsed");
    ReductionStep supervision = ReductionStep.startingPeriod(ReductionStep.Kind.SUPERVISED, at("2025-10-10T09:00"), AUTHORITY,
        LocalDate.of(2025, 10, 16), at("2025-10-17T00:00"));
    assertThatThrownBy(() -> reminded.followedBy(List.of(supervision), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot follow REMINDED");
  }

  @Test
  void aClosedCaseTakesNoMoreSteps() {
    ReductionCase closed = ReductionCases.reduce(supervised(), List.of(cut(HOSTS, 6)), CATALOG, DEADLINES, AUTHORITY, at("2025-10-17T09:00"))
        .get().reductionCase();
    Instant later = at("2025-10-20T09:00");
    assertThat(ReductionCases.supervise(closed, DEADLINES, AUTHORITY, later).getLeft().code()).isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
    assertThat(ReductionCases.reduce(closed, List.of(cut(HOSTS, 5)), CATALOG, DEADLINES, AUTHORITY, later).getLeft().code())
        .isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
    assertThat(ReductionCases.reassess(closed, record("u-2", 164, 24, at("2025-10-20T08:00")),
        Assessment.of(d("164"), d("24"), BigDecimal.ZERO, FIFTEEN_PERCENT), SYSTEM, later).getLeft().code())
        .isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
    assertThat(ReductionCases.count(closed, departmentReduction("wo-9", 4, later), TAX, later).getLeft().code())
        .isEqualTo(ReallocationViolations.STEP_NOT_ALLOWED);
    assertThat(ReductionCases.advance(closed, SYSTEM, later).added()).isEmpty();
  }

  @Test
  void anInstantBeforeTheLastStepIsACallerBug() {
    assertThatThrownBy(() -> ReductionCases.advance(supervised(), SYSTEM, at("2025-10-10T08:59"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("earlier instant");
    assertThatThrownBy(() -> ReductionCases.open(ID, SEPTEMBER, Assessment.of(SEPTEMBER, BigDecimal.ZERO, FIFTEEN_PERCENT), DEADLINES, SYSTEM,
        at("2025-09-05T07:00"))).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- the department's own reductions and new data

  private static ResourceReduction departmentReduction(String workOrder, long hosts, Instant effectiveAt) {
    return new ResourceReduction(ResourceId.of("r-hosts"), HOST, BigDecimal.valueOf(15), HOST, BigDecimal.valueOf(15 - hosts),
        BigDecimal.valueOf(4 * hosts), effectiveAt, Optional.of(WorkOrderId.of(workOrder)), false);
  }

  @Test
  void theDepartmentsOwnReductionsCloseTheCaseOnceTheyReachTheLeastReduction() {
    Instant first = at("2025-09-20T10:00");
    ReductionCases.Transition some = ReductionCases.count(reminded(), departmentReduction("wo-1", 5, first), TAX, first).get();
    assertThat(some.added()).as("20 of the 36").isEmpty();
    assertThat(some.reductionCase().reductions()).hasSize(1);
    assertThat(ReductionCases.standing(some.reductionCase()).leastReduction()).as("40 idle of 180: ceil(13 / 0.85)").isEqualByComparingTo("16");
    Instant second = at("2025-10-15T10:00");
    ReductionCases.Transition enough = ReductionCases.count(some.reductionCase(), departmentReduction("wo-2", 4, second), TAX, second).get();
    assertThat(kinds(enough.added())).as("late, after the month: its lapse first")
        .containsExactly(ReductionStep.Kind.REMINDER_LAPSED, ReductionStep.Kind.RESOLVED_BY_DEPARTMENT);
    assertThat(enough.reductionCase().status()).isEqualTo(ReductionCase.Status.CLOSED);
    assertThat(enough.reductionCase().lastStep().actor()).isEqualTo(TAX);
  }

  @Test
  void aReductionThatTookEffectBeforeTheLatestMeasurementIsInTheDataAlready() {
    Instant before = at("2025-09-05T07:00");
    ReductionCases.Transition ignored = ReductionCases.count(reminded(), departmentReduction("wo-0", 9, before), TAX, at("2025-09-06T10:00")).get();
    assertThat(ignored.reductionCase()).isEqualTo(reminded());
    assertThatThrownBy(() -> ReductionCases.count(reminded(), new ResourceReduction(ResourceId.of("r-hosts"), HOST, BigDecimal.TEN, HOST,
        BigDecimal.ONE, d("36"), before, Optional.empty(), true), AUTHORITY, at("2025-09-06T10:00"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newDataAboveTheRatioRestatesTheLeastReductionWithoutRestartingThePeriod() {
    UtilizationRecord october = record("u-2", 220, 80, at("2025-10-01T08:00"));
    ReductionCases.Transition reassessed = ReductionCases.reassess(reminded(), october,
        Assessment.of(october, BigDecimal.ZERO, FIFTEEN_PERCENT), SYSTEM, at("2025-10-01T09:00")).get();
    assertThat(reassessed.added()).isEmpty();
    ReductionCase reductionCase = reassessed.reductionCase();
    assertThat(reductionCase.bases()).hasSize(2);
    assertThat(reductionCase.basis().leastReduction()).as("ceil((80 - 33) / 0.85)").isEqualByComparingTo("56");
    assertThat(reductionCase.runningPeriodEnds()).as("the same month").contains(at("2025-10-10T00:00"));
  }

  @Test
  void newDataAtOrBelowTheRatioClosesTheCase() {
    UtilizationRecord october = record("u-2", 164, 24, at("2025-10-01T08:00"));
    ReductionCases.Transition resolved = ReductionCases.reassess(reminded(), october,
        Assessment.of(october, BigDecimal.ZERO, FIFTEEN_PERCENT), SYSTEM, at("2025-10-01T09:00")).get();
    assertThat(kinds(resolved.added())).containsExactly(ReductionStep.Kind.RESOLVED_BY_DATA);
    assertThat(resolved.reductionCase().status()).isEqualTo(ReductionCase.Status.CLOSED);
    assertThat(resolved.reductionCase().basis().measurement()).isEqualTo(october.id());
    assertThatThrownBy(() -> ReductionCases.reassess(reminded(), SEPTEMBER, Assessment.of(SEPTEMBER, BigDecimal.ZERO, FIFTEEN_PERCENT), SYSTEM,
        at("2025-10-01T09:00"))).as("not after the basis").isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- what the authority may cut

  @Test
  void theAuthorityCutsAtLeastTheLeastReductionAndAtMostWhatIsIdle() {
    ReductionCase supervised = supervised();
    Instant after = at("2025-10-17T09:00");
    Violation tooLittle = ReductionCases.reduce(supervised, List.of(cut(HOSTS, 7)), CATALOG, DEADLINES, AUTHORITY, after).getLeft();
    assertThat(tooLittle.code()).isEqualTo(ReallocationViolations.REDUCTION_INSUFFICIENT);
    assertThat(tooLittle.facts()).containsEntry("reduced", "32").containsEntry("leastReduction", "36");
    CloudResource cores = resource("r-cores", CORES, 100);
    Violation tooMuch = ReductionCases.reduce(supervised, List.of(cut(cores, 39)), CATALOG, DEADLINES, AUTHORITY, after).getLeft();
    assertThat(tooMuch.code()).isEqualTo(ReallocationViolations.REDUCTION_ABOVE_IDLE);
    assertThat(tooMuch.facts()).containsEntry("reduced", "61").containsEntry("countedIdle", "60");
    ReductionCase twoResources = ReductionCases.reduce(supervised, List.of(cut(HOSTS, 10), cut(cores, 84)), CATALOG, DEADLINES, AUTHORITY, after)
        .get().reductionCase();
    assertThat(twoResources.reductions()).extracting(ResourceReduction::capacity).containsExactly(d("20"), d("16"));
  }

  @Test
  void theAuthorityCutsOnlyTheDepartmentsResourcesInServiceToASmallerQuantity() {
    ReductionCase supervised = supervised();
    Instant after = at("2025-10-17T09:00");
    List<List<Cut>> invalid = List.of(
        List.of(cut(HOSTS, 6), cut(HOSTS, 5)),
        List.of(cut(resource("r-other", DepartmentId.of("other"), PLATFORM, HOST, 15, ResourceState.ACTIVE, List.of()), 6)),
        List.of(cut(resource("r-changing", DEPARTMENT, PLATFORM, HOST, 15, ResourceState.CHANGE_REQUESTED, List.of()), 6)),
        List.of(cut(HOSTS, 15)),
        List.of(cut(HOSTS, 0)),
        List.of(cut(resource("r-disk", SSD, 500), 100)));
    for (List<Cut> cuts : invalid) {
      Violation refused = ReductionCases.reduce(supervised, cuts, CATALOG, DEADLINES, AUTHORITY, after).getLeft();
      assertThat(refused.code()).as("%s", cuts).isEqualTo(ReallocationViolations.REDUCTION_INVALID);
      assertThat(refused.facts()).containsKey("problem");
    }
    Violation unknownItem = ReductionCases.reduce(supervised, List.of(cut(resource("r-gpu", "gpu.v100", 4), 1)), CATALOG, DEADLINES, AUTHORITY,
        after).getLeft();
    assertThat(unknownItem.code()).isEqualTo(ReallocationViolations.ITEM_NOT_IN_CATALOG);
    assertThat(ReductionCases.reduce(supervised, List.of(), CATALOG, DEADLINES, AUTHORITY, after).getLeft().code())
        .as("nothing named").isEqualTo(ReallocationViolations.REDUCTION_INSUFFICIENT);
  }

  @Test
  void theAuthorityCutsWhatIsStillDueAfterTheDepartmentsOwnReductions() {
    Instant own = at("2025-10-13T10:00");
    ReductionCase partly = ReductionCases.count(supervised(), departmentReduction("wo-1", 5, own), TAX, own).get().reductionCase();
    Instant after = at("2025-10-17T09:00");
    CloudResource hosts = resource("r-hosts", HOST, 10);
    assertThat(ReductionCases.reduce(partly, List.of(cut(hosts, 7)), CATALOG, DEADLINES, AUTHORITY, after).getLeft().facts())
        .as("12 of the 16 still due").containsEntry("leastReduction", "16");
    ReductionCase closed = ReductionCases.reduce(partly, List.of(cut(hosts, 6)), CATALOG, DEADLINES, AUTHORITY, after).get().reductionCase();
    assertThat(closed.reductions()).extracting(ResourceReduction::forced).containsExactly(false, true);
  }
}
