package io.govcloud.tck;

import static io.govcloud.tck.ReallocationSamples.PLATFORM;
import static io.govcloud.tck.ReallocationSamples.VCPU;
import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Elastic reallocation's aggregates (rule R6; Art. 15, 17): redundancy policies and reduction cases come
 * back field by field (every version, step, basis and reduction; hostile documents; quantities by
 * value); the case queries return exactly the matching cases in the documented orders, whatever the
 * collation; and at most one case per department, platform and dimension is open, however units race.
 * Stale updates, rollbacks and racing inserts of one id are checked with every aggregate by {@link
 * VersionConflictContract}, {@link RollbackContract} and {@link ConcurrencyContract}; the utilization
 * records by {@link UtilizationContract}.
 */
public abstract class ReallocationContract extends StoreContractSupport {

  /** For subclasses. */
  protected ReallocationContract() {}

  private static final DepartmentId DEPT = DepartmentId.of("dept-1");

  /** Departments whose order differs between Java and common collations. */
  private static final List<String> COLLATION_PROBES = List.of("d-a", "d-B", "d-\uFF01", "d-\uD83D\uDE00", "d-b", "d-A", "d-é", "d-10", "d-9");

  private Optional<ReductionCase> findCase(ReductionCaseId id) {
    return inUnit(unit -> unit.reductionCases().find(id));
  }

  private Optional<ReductionCase> foundCase(Function<UnitOfWork, Optional<ReductionCase>> query) {
    return inUnit(query);
  }

  private List<ReductionCase> listedCases(Function<UnitOfWork, List<ReductionCase>> query) {
    return inUnit(query);
  }

  private Optional<UtilizationRecord> foundRecord(Function<UnitOfWork, Optional<UtilizationRecord>> query) {
    return inUnit(query);
  }

  private List<UtilizationRecord> listedRecords(Function<UnitOfWork, List<UtilizationRecord>> query) {
    return inUnit(query);
  }

  // ------------------------------------------------------------------------------------ round trips

  @Test
  void policiesOfSeveralVersionsRoundTripFieldByField() {
    List<RedundancyPolicy> policies = new ArrayList<>();
    for (int i = 0; i < Samples.HOSTILE_TEXTS.size(); i++) {
      policies.add(ReallocationSamples.policy(PlatformId.of("pl-" + i), 1 + i % 3, Samples.HOSTILE_TEXTS.get(i)));
    }
    run(unit -> policies.forEach(unit.redundancyPolicies()::insert));
    restart();
    for (RedundancyPolicy policy : policies) {
      RedundancyPolicy loaded = inUnit(unit -> unit.redundancyPolicies().find(policy.id())).orElseThrow();
      Fields.REDUNDANCY_POLICY.assertSame(policy, loaded, "policy of " + policy.id());
      assertThat(loaded.version()).as("version of %s", policy.id()).isEqualTo(1);
    }
    Fields.REDUNDANCY_POLICY.assertSameList(policies.stream().sorted(Comparator.comparing(RedundancyPolicy::id)).toList(),
        inUnit(unit -> unit.redundancyPolicies().all()), "every policy, by platform");
  }

  @Test
  void casesAtEveryStageRoundTripWithEveryStepBasisAndReduction() {
    List<ReductionCase> cases = List.of(
        ReallocationSamples.reducedByAuthority(ReductionCaseId.of("rc-full"), DEPT, "全部步骤"),
        ReallocationSamples.reminded(ReductionCaseId.of("rc-reminded"), DepartmentId.of("dept-2"), Dimension.MEMORY_GIB, at(0), "提醒"),
        ReallocationSamples.awaitingSupervision(ReductionCaseId.of("rc-awaiting"), DepartmentId.of("dept-3"), at(10), "待督促"),
        ReallocationSamples.supervised(ReductionCaseId.of("rc-supervised"), DepartmentId.of("dept-4"), at(20), "督促"),
        ReallocationSamples.resolved(ReductionCaseId.of("rc-resolved"), DepartmentId.of("dept-5"), at(30), "新数据"));
    List<ReductionCase> seen = inUnit(unit -> {
      cases.forEach(unit.reductionCases()::insert);
      return cases.stream().map(c -> unit.reductionCases().find(c.id()).orElseThrow()).toList();
    });
    Fields.REDUCTION_CASE.assertSameList(cases, seen, "cases read by the unit that saved them");
    restart();
    for (ReductionCase expected : cases) {
      ReductionCase loaded = findCase(expected.id()).orElseThrow();
      Fields.REDUCTION_CASE.assertSame(expected, loaded, "case " + expected.id());
      assertThat(loaded.status()).as("status of %s", expected.id()).isEqualTo(expected.status());
      assertThat(loaded.version()).isEqualTo(1);
    }
    ReductionCase full = findCase(ReductionCaseId.of("rc-full")).orElseThrow();
    assertThat(full.steps()).extracting(ReductionStep::kind).as("every step, in order").containsExactly(ReductionStep.Kind.REMINDED,
        ReductionStep.Kind.REMINDER_LAPSED, ReductionStep.Kind.SUPERVISED, ReductionStep.Kind.SUPERVISION_LAPSED,
        ReductionStep.Kind.REDUCED_BY_AUTHORITY);
    assertThat(full.basis().periodic()).as("18 decimals").isEqualByComparingTo("10.000000000000000001");
  }

  @Test
  void aCaseUpdatedStepByStepKeepsEveryStepInOrder() {
    ReductionCaseId id = ReductionCaseId.of("rc-steps");
    ReductionCase reminded = ReallocationSamples.reminded(id, DEPT, VCPU, at(0), "提醒");
    ReductionCase supervised = ReallocationSamples.supervised(id, DEPT, at(0), "提醒");
    run(unit -> unit.reductionCases().insert(reminded));
    run(unit -> {
      ReductionCase loaded = unit.reductionCases().find(id).orElseThrow();
      ReductionCase saved = unit.reductionCases().update(new ReductionCase(id, DEPT, PLATFORM, VCPU, supervised.steps(), loaded.bases(),
          loaded.reductions(), loaded.version()));
      assertThat(saved.version()).isEqualTo(2);
    });
    ReductionCase loaded = findCase(id).orElseThrow();
    Fields.REDUCTION_CASE.assertSame(supervised, loaded, "the case supervised");
    assertThat(loaded.version()).isEqualTo(2);
  }

  // ------------------------------------------------------------------------------------ queries

  @Test
  void casesOfADepartmentAndOnAPlatformAreExactlyTheMatchingOnesByIdWhateverTheCollation() {
    List<ReductionCase> cases = new ArrayList<>();
    for (int i = 0; i < COLLATION_PROBES.size(); i++) {
      String id = COLLATION_PROBES.get(i);
      cases.add(ReallocationSamples.reminded(ReductionCaseId.of(id), DepartmentId.of(i % 2 == 0 ? "dept-even" : "dept-odd"),
          Dimension.of("dim-" + i, "个"), at(i), "案件 " + i));
    }
    ReductionCase elsewhere = new ReductionCase(ReductionCaseId.of("d-elsewhere"), DepartmentId.of("dept-even"), PlatformId.of("platform-2"),
        VCPU, cases.get(0).steps(), cases.get(0).bases(), List.of(), 0);
    run(unit -> {
      cases.forEach(unit.reductionCases()::insert);
      unit.reductionCases().insert(elsewhere);
    });
    List<String> evenEverywhere = new ArrayList<>(ids(cases.stream().filter(c -> c.department().value().equals("dept-even")).toList()));
    evenEverywhere.add("d-elsewhere");
    evenEverywhere.sort(Comparator.naturalOrder());
    assertThat(listedCases(unit -> unit.reductionCases().ofDepartment(DepartmentId.of("dept-even")))).extracting(c -> c.id().value())
        .as("cases of a department, by id (Java's order)").containsExactlyElementsOf(evenEverywhere);
    assertThat(listedCases(unit -> unit.reductionCases().onPlatform(PLATFORM))).extracting(c -> c.id().value())
        .as("cases on a platform, by id (Java's order)").containsExactlyElementsOf(ids(cases));
    assertThat(listedCases(unit -> unit.reductionCases().onPlatform(PlatformId.of("platform-2")))).extracting(c -> c.id().value())
        .containsExactly("d-elsewhere");
    assertThat(listedCases(unit -> unit.reductionCases().ofDepartment(DepartmentId.of("dept-none")))).isEmpty();
  }

  /** The ids of cases, in the port's order: by id, as {@code String.compareTo}. */
  private static List<String> ids(List<ReductionCase> cases) {
    return cases.stream().map(c -> c.id().value()).sorted().toList();
  }

  @Test
  void theOpenCaseIsFoundByDepartmentPlatformAndDimensionAndAClosedOneIsNot() {
    run(unit -> {
      unit.reductionCases().insert(ReallocationSamples.resolved(ReductionCaseId.of("rc-closed"), DEPT, at(0), "结案"));
      unit.reductionCases().insert(ReallocationSamples.supervised(ReductionCaseId.of("rc-open"), DEPT, at(100), "督促"));
    });
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PLATFORM, VCPU))).map(ReductionCase::id).contains(ReductionCaseId.of("rc-open"));
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PLATFORM, Dimension.of("vcpu", "cores")))).as("another unit").isEmpty();
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PLATFORM, Dimension.MEMORY_GIB))).isEmpty();
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PlatformId.of("platform-2"), VCPU))).isEmpty();
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DepartmentId.of("dept-2"), PLATFORM, VCPU))).isEmpty();
  }

  @Test
  void casesWhosePeriodEndsByAnInstantComeByThatEndThenIdAndNoOthers() {
    Instant start = at(0);
    ReductionCase remindedLate = ReallocationSamples.reminded(ReductionCaseId.of("rc-a"), DepartmentId.of("d-1"), VCPU, start.plusSeconds(7_200), "晚");
    ReductionCase remindedEarly = ReallocationSamples.reminded(ReductionCaseId.of("rc-b"), DepartmentId.of("d-2"), VCPU, start, "早");
    ReductionCase remindedEarlyToo = ReallocationSamples.reminded(ReductionCaseId.of("rc-0"), DepartmentId.of("d-3"), VCPU, start, "早");
    ReductionCase supervised = ReallocationSamples.supervised(ReductionCaseId.of("rc-s"), DepartmentId.of("d-4"), start.minusSeconds(86_400L * 40), "督促");
    ReductionCase awaiting = ReallocationSamples.awaitingSupervision(ReductionCaseId.of("rc-w"), DepartmentId.of("d-5"), start.minusSeconds(86_400L * 60), "待");
    ReductionCase closed = ReallocationSamples.resolved(ReductionCaseId.of("rc-c"), DepartmentId.of("d-6"), start.minusSeconds(86_400L * 60), "结");
    run(unit -> List.of(remindedLate, remindedEarly, remindedEarlyToo, supervised, awaiting, closed).forEach(unit.reductionCases()::insert));
    Instant earlyEnd = remindedEarly.runningPeriodEnds().orElseThrow();
    Instant supervisedEnd = supervised.runningPeriodEnds().orElseThrow();
    assertThat(supervisedEnd).as("the sample's supervision ends before the reminders' month").isBefore(earlyEnd);
    assertThat(listedCases(unit -> unit.reductionCases().periodEndingBy(supervisedEnd.minusNanos(1000)))).isEmpty();
    assertThat(listedCases(unit -> unit.reductionCases().periodEndingBy(supervisedEnd))).extracting(c -> c.id().value()).containsExactly("rc-s");
    assertThat(listedCases(unit -> unit.reductionCases().periodEndingBy(earlyEnd))).extracting(c -> c.id().value())
        .as("by the end of the running period, then id").containsExactly("rc-s", "rc-0", "rc-b");
    assertThat(listedCases(unit -> unit.reductionCases().periodEndingBy(earlyEnd.plusSeconds(86_400)))).extracting(c -> c.id().value())
        .containsExactly("rc-s", "rc-0", "rc-b", "rc-a");
  }

  // ------------------------------------------------------------------------------------ one open case

  @Test
  void aSecondOpenCaseOfOneDepartmentPlatformAndDimensionConflictsAndItsUnitKeepsNothing() {
    ReductionCase open = ReallocationSamples.reminded(ReductionCaseId.of("rc-1"), DEPT, VCPU, at(0), "第一");
    run(unit -> unit.reductionCases().insert(open));
    ConflictException second = catchThrowableOfType(ConflictException.class, () -> run(unit -> {
      unit.utilization().insert(ReallocationSamples.record("u-second", DEPT, VCPU, "200", "60", at(10), "second"));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-2"), DEPT, VCPU, at(10), "第二"));
    }));
    assertThat(second).as("a second open case").isNotNull();
    assertThat(second.id()).as("the conflict names the open case").isEqualTo("rc-1");
    assertThat(findCase(ReductionCaseId.of("rc-2"))).isEmpty();
    assertThat(foundRecord(unit -> unit.utilization().find(UtilizationRecordId.of("u-second")))).as("the unit's record").isEmpty();
    Throwable twiceInAUnit = catchThrowable(() -> run(unit -> {
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-3"), DepartmentId.of("dept-3"), VCPU, at(0), "一"));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-4"), DepartmentId.of("dept-3"), VCPU, at(0), "二"));
    }));
    assertThat(twiceInAUnit).as("two open cases in one unit").isInstanceOf(ConflictException.class);
    assertThat(findCase(ReductionCaseId.of("rc-3"))).isEmpty();
  }

  @Test
  void anotherDimensionUnitPlatformOrDepartmentOrAClosedCaseDoesNotConflict() {
    run(unit -> unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-1"), DEPT, VCPU, at(0), "一")));
    run(unit -> {
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-memory"), DEPT, Dimension.MEMORY_GIB, at(0), "内存"));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-cores"), DEPT, Dimension.of("vcpu", "cores"), at(0), "单位"));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-dept"), DepartmentId.of("dept-2"), VCPU, at(0), "部门"));
      unit.reductionCases().insert(ReallocationSamples.resolved(ReductionCaseId.of("rc-closed"), DEPT, at(0), "结案"));
      ReductionCase elsewhere = ReallocationSamples.reminded(ReductionCaseId.of("rc-platform"), DEPT, VCPU, at(0), "平台");
      unit.reductionCases().insert(new ReductionCase(elsewhere.id(), DEPT, PlatformId.of("platform-2"), VCPU, elsewhere.steps(),
          elsewhere.bases(), List.of(), 0));
    });
    assertThat(listedCases(unit -> unit.reductionCases().all())).hasSize(6);
  }

  @Test
  void aUnitThatClosesTheOpenCaseMayOpenAnother() {
    ReductionCaseId first = ReductionCaseId.of("rc-1");
    run(unit -> unit.reductionCases().insert(ReallocationSamples.reminded(first, DEPT, VCPU, at(0), "一")));
    run(unit -> {
      ReductionCase loaded = unit.reductionCases().find(first).orElseThrow();
      ReductionCase closed = ReallocationSamples.resolved(first, DEPT, at(0), "一");
      unit.reductionCases().update(closed.withVersion(loaded.version()));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-2"), DEPT, VCPU, at(86_400L * 10), "二"));
    });
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PLATFORM, VCPU))).map(ReductionCase::id).contains(ReductionCaseId.of("rc-2"));
    assertThat(findCase(first).orElseThrow().isOpen()).isFalse();
  }

  @Test
  void anOpenCaseCommittedByAnotherUnitAfterThisOneLookedIsAConflict() {
    Throwable lost = catchThrowable(() -> run(unit -> {
      assertThat(unit.reductionCases().openFor(DEPT, PLATFORM, VCPU)).as("none open when the unit looks").isEmpty();
      inAnotherThread(() -> inUnit(other -> other.reductionCases().insert(
          ReallocationSamples.reminded(ReductionCaseId.of("rc-other"), DEPT, VCPU, at(0), "另一"))));
      unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of("rc-mine"), DEPT, VCPU, at(0), "本"));
    }));
    assertThat(lost).as("the unit that opened second").isInstanceOf(ConflictException.class);
    assertThat(findCase(ReductionCaseId.of("rc-mine"))).isEmpty();
    assertThat(foundCase(unit -> unit.reductionCases().openFor(DEPT, PLATFORM, VCPU))).map(ReductionCase::id)
        .contains(ReductionCaseId.of("rc-other"));
  }

  /**
   * Waits until every racer has looked, so that all of them decide on what they saw before any writes; a
   * store that runs one unit at a time never lets them all meet, and then each goes on after a while.
   */
  private static void awaitOthers(CyclicBarrier barrier) {
    try {
      barrier.await(2, TimeUnit.SECONDS);
    } catch (TimeoutException | BrokenBarrierException e) {
      // a store that serialises units: the racers go on one by one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while racing", e);
    }
  }

  /**
   * Every racer looks for the open case (and finds none), then all insert one. The timeout is a watchdog
   * against a store whose racing units deadlock, not a speed requirement.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void ofConcurrentUnitsOpeningACaseForOneDepartmentPlatformAndDimensionExactlyOneCommits() {
    int racers = 8;
    for (int round = 0; round < 4; round++) {
      DepartmentId department = DepartmentId.of("dept-race-" + round);
      String prefix = "rc-" + round + "-";
      CyclicBarrier looked = new CyclicBarrier(racers);
      List<Boolean> won = Threads.onThreads(racers, thread -> {
        try {
          run(unit -> {
            assertThat(unit.reductionCases().openFor(department, PLATFORM, VCPU)).as("open when racer %d looks", thread).isEmpty();
            awaitOthers(looked);
            unit.utilization().insert(ReallocationSamples.record("u-" + prefix + thread, department, VCPU, "200", "60", at(thread), "竞争"));
            unit.reductionCases().insert(ReallocationSamples.reminded(ReductionCaseId.of(prefix + thread), department, VCPU, at(thread), "竞争"));
          });
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });
      assertThat(won).as("round %d: units that opened a case", round).containsOnlyOnce(true);
      int winner = won.indexOf(true);
      assertThat(foundCase(unit -> unit.reductionCases().openFor(department, PLATFORM, VCPU))).map(c -> c.id().value())
          .contains(prefix + winner);
      assertThat(listedCases(unit -> unit.reductionCases().ofDepartment(department))).as("round %d: cases kept", round).hasSize(1);
      assertThat(listedRecords(unit -> unit.utilization().ofDepartment(department))).extracting(r -> r.id().value())
          .as("round %d: only the winner's record", round).containsExactly("u-" + prefix + winner);
    }
  }
}
