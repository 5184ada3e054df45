package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.AUTHORITY;
import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.CORES;
import static io.govcloud.core.reallocation.Reallocation.DEADLINES;
import static io.govcloud.core.reallocation.Reallocation.SYSTEM;
import static io.govcloud.core.reallocation.Reallocation.TAX;
import static io.govcloud.core.reallocation.Reallocation.at;
import static io.govcloud.core.reallocation.Reallocation.record;
import static io.govcloud.core.reallocation.Reallocation.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of the reduction case (Art. 17; rule R6): whatever is attempted, in whatever order, at
 * whatever times, no step is skipped, none comes before its period ended, each is added (and so
 * notified) exactly once, and a refusal changes nothing.
 */
class ReductionCasesPropertiesTest {

  private static final ReductionCaseId ID = ReductionCaseId.of("rc-1");
  private static final BigDecimal RATIO = new BigDecimal("0.15");

  /** What the random sequences attempt. */
  private enum Attempt { SWEEP, SUPERVISE, REDUCE, COUNT, REASSESS }

  @Test
  void noCaseSkipsAStepAndEachStepIsAddedOnce() {
    qt().withExamples(400).forAll(
            integers().between(100, 2_000),
            integers().between(0, 364),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 25))
        .checkAssert((allocated, dayOfYear, attempts) -> {
          Instant start = at("2025-01-02T09:00").plus(Duration.ofDays(dayOfYear));
          int idle = allocated / 2;
          UtilizationRecord first = record("u-0", allocated, idle, start.minus(Duration.ofHours(1)));
          Either<Violation, ReductionCases.Transition> opened =
              ReductionCases.open(ID, first, Assessment.of(first, BigDecimal.ZERO, RATIO), DEADLINES, SYSTEM, start);
          ReductionCase current = opened.get().reductionCase();
          List<ReductionStep> notified = new ArrayList<>(opened.get().added());
          Instant now = start;
          int counter = 0;
          for (int code : attempts) {
            Attempt attempt = Attempt.values()[code % Attempt.values().length];
            now = now.plus(Duration.ofHours(1 + (code / 5) % (24 * 12)));
            counter++;
            Either<Violation, ReductionCases.Transition> result = attempt(attempt, current, now, counter, code);
            if (result.isLeft()) {
              continue;
            }
            ReductionCases.Transition transition = result.get();
            notified.addAll(transition.added());
            current = transition.reductionCase();
            assertThat(current.steps()).as("the steps added, each once, in order").containsExactlyElementsOf(notified);
          }
          assertInOrder(current);
        });
  }

  private static Either<Violation, ReductionCases.Transition> attempt(Attempt attempt, ReductionCase current, Instant now, int counter, int code) {
    BigDecimal standingIdle = ReductionCases.standing(current).countedIdle();
    BigDecimal allocated = ReductionCases.standing(current).allocated();
    return switch (attempt) {
      case SWEEP -> Either.right(ReductionCases.advance(current, SYSTEM, now));
      case SUPERVISE -> ReductionCases.supervise(current, DEADLINES, AUTHORITY, now);
      case REDUCE -> {
        long quantity = allocated.longValueExact();
        long cut = Math.max(1, Math.min(quantity - 1, standingIdle.longValueExact() - (code % 3)));
        yield ReductionCases.reduce(current, List.of(new Cut(resource("r-cores", CORES, quantity), BigDecimal.valueOf(quantity - cut),
            WorkOrderId.of("wo-" + counter))), CATALOG, DEADLINES, AUTHORITY, now);
      }
      case COUNT -> ReductionCases.count(current, new ResourceReduction(ResourceId.of("r-cores"), CORES, BigDecimal.TEN, CORES,
          BigDecimal.valueOf(9), BigDecimal.valueOf(1 + code % 7), now, Optional.of(WorkOrderId.of("wo-" + counter)), false), TAX, now);
      case REASSESS -> {
        long newIdle = Math.max(0, standingIdle.longValueExact() - code % 11 * 3);
        UtilizationRecord next = record("u-" + counter, allocated.longValueExact(), newIdle, now);
        yield ReductionCases.reassess(current, next, Assessment.of(next, BigDecimal.ZERO, RATIO), SYSTEM, now);
      }
    };
  }

  /** Each step follows the one before as the table allows, and never before the period it ends. */
  private static void assertInOrder(ReductionCase reductionCase) {
    List<ReductionStep> steps = reductionCase.steps();
    assertThat(steps.get(0).kind()).isEqualTo(ReductionStep.Kind.REMINDED);
    Instant periodEnds = steps.get(0).expiresAt().orElseThrow();
    for (int i = 1; i < steps.size(); i++) {
      ReductionStep step = steps.get(i);
      assertThat(steps.get(i - 1).kind().next()).as("step %d", i).contains(step.kind());
      if (step.kind() == ReductionStep.Kind.SUPERVISED || step.kind().isLapse() || step.kind() == ReductionStep.Kind.REDUCED_BY_AUTHORITY) {
        assertThat(step.at()).as("%s after the period ends", step.kind()).isAfter(periodEnds);
      }
      if (step.kind().startsPeriod()) {
        periodEnds = step.expiresAt().orElseThrow();
      }
    }
    if (reductionCase.lastStep().kind() == ReductionStep.Kind.REDUCED_BY_AUTHORITY) {
      assertThat(steps).extracting(ReductionStep::kind).contains(ReductionStep.Kind.SUPERVISED, ReductionStep.Kind.SUPERVISION_LAPSED);
      assertThat(ReductionCases.standing(reductionCase).afterReduction(reductionCase.reductions().stream().filter(ResourceReduction::forced)
          .map(ResourceReduction::capacity).reduce(BigDecimal.ZERO, BigDecimal::add)).exceedsRatio()).as("reduced to the ratio").isFalse();
    }
    if (reductionCase.lastStep().kind() == ReductionStep.Kind.RESOLVED_BY_DEPARTMENT) {
      assertThat(ReductionCases.standing(reductionCase).exceedsRatio()).isFalse();
    }
  }

  @Test
  void aDepartmentAtOrBelowTheRatioIsNeverReminded() {
    qt().withExamples(1_000).forAll(integers().between(0, 100_000), integers().between(0, 999), integers().between(0, 1_000))
        .checkAssert((allocated, permille, share) -> {
          BigDecimal ratio = BigDecimal.valueOf(permille, 3);
          long idle = ratio.multiply(BigDecimal.valueOf(allocated)).longValue() * share / 1_000;
          UtilizationRecord atOrBelow = record("u-1", allocated, idle, at("2025-09-05T08:00"));
          Either<Violation, ReductionCases.Transition> opened = ReductionCases.open(ID, atOrBelow,
              Assessment.of(atOrBelow, BigDecimal.ZERO, ratio), DEADLINES, SYSTEM, at("2025-09-05T10:00"));
          assertThat(opened.isLeft()).as("%d idle of %d at %s", idle, allocated, ratio).isTrue();
          assertThat(opened.getLeft().code()).isEqualTo(ReallocationViolations.NOT_ABOVE_RATIO);
        });
  }
}
