package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.core.reallocation.Measurement;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.Actor;
import io.govcloud.model.Dimension;
import io.govcloud.model.Notification;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of sweeps, supervisions, forced reductions and new data at random later times, through
 * the entry point (rule R6, R9; Art. 16, 17): every step of every case is notified exactly once (the
 * resolutions to the department and the authority), a case is opened only by data above the ratio, and a
 * forced reduction leaves exactly one CHANGE work order. The test checks that the runs reached the late
 * steps.
 */
class ReallocationPropertiesTest {

  private static final Actor COLLECTOR = Actor.system("collector");
  private final Set<ReductionStep.Kind> reached = EnumSet.noneOf(ReductionStep.Kind.class);

  private enum Attempt { SWEEP, SUPERVISE, REDUCE, RECORD }

  @Test
  void everyStepOfEveryCaseIsNotifiedOnce() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 20))
        .checkAssert(this::run);
    assertThat(reached).contains(ReductionStep.Kind.SUPERVISED, ReductionStep.Kind.SUPERVISION_LAPSED, ReductionStep.Kind.REDUCED_BY_AUTHORITY,
        ReductionStep.Kind.RESOLVED_BY_DATA);
  }

  private void run(List<Integer> codes) {
    World world = new World(InMemoryStore.create());
    GovCloud gov = world.gov;
    world.clock.set(at("2025-08-20T09:00"));
    ok(gov.as(CITY).reallocation().setRedundancyRatio(PD, new BigDecimal("0.15"), LocalDate.of(2025, 9, 1), "渝大数据发〔2025〕12号"));
    ResourceId hosts = ok(gov.as(DEPT_D).resources().apply(request("ecs.c4m8", 15))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(hosts));
    ok(gov.as(PROVIDER_1).resources().openTrial(hosts, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(hosts, true, "通过"));
    ok(gov.as(DEPT_D).resources().confirmOpen(hosts, BigDecimal.valueOf(15), world.clock.instant()));
    Instant now = at("2025-09-05T10:00");
    world.clock.set(now);
    gov.as(COLLECTOR).reallocation().recordUtilization(vcpu(60, now.minus(Duration.ofHours(1))));
    for (int code : codes) {
      now = now.plus(Duration.ofHours(1 + (code / 4) % (24 * 10)));
      world.clock.set(now);
      switch (Attempt.values()[code % 4]) {
        case SWEEP -> gov.sweep(now);
        case SUPERVISE -> openCase(gov).ifPresent(c -> gov.as(CITY).reallocation().supervise(c.id()));
        case REDUCE -> openCase(gov).ifPresent(c -> gov.as(CITY).reallocation().reduce(c.id(), Map.of(hosts, BigDecimal.valueOf(6))));
        case RECORD -> gov.as(COLLECTOR).reallocation().recordUtilization(vcpu((code / 7) % 70, now.minus(Duration.ofMinutes(30))));
      }
    }
    world.gov.dispatchNotifications();
    List<ReductionCase> cases = gov.as(CITY).reallocation().cases();
    List<Notification> delivered = world.notifier.delivered();
    for (ReductionStep.Kind kind : ReductionStep.Kind.values()) {
      long steps = cases.stream().flatMap(c -> c.steps().stream()).filter(s -> s.kind() == kind).count();
      int recipients = kind == ReductionStep.Kind.RESOLVED_BY_DATA || kind == ReductionStep.Kind.RESOLVED_BY_DEPARTMENT ? 2 : 1;
      assertThat(delivered.stream().filter(n -> n.type().equals(NotificationTypes.reductionStep(kind))).count())
          .as("%s notified once per step", kind).isEqualTo(steps * recipients);
      if (steps > 0) {
        reached.add(kind);
      }
    }
    assertThat(cases).allSatisfy(c -> assertThat(c.bases().get(0).idle()).isGreaterThan(new BigDecimal("30")));
    assertThat(cases).filteredOn(ReductionCase::isOpen).hasSizeLessThanOrEqualTo(1);
    long forced = cases.stream().filter(c -> c.lastStep().kind() == ReductionStep.Kind.REDUCED_BY_AUTHORITY).count();
    assertThat(ok(gov.as(DEPT_D).records().workOrders(hosts))).filteredOn(o -> o.kind() == WorkOrder.Kind.CHANGE).hasSize((int) forced);
  }

  private static java.util.Optional<ReductionCase> openCase(GovCloud gov) {
    return gov.as(CITY).reallocation().cases().stream().filter(ReductionCase::isOpen).findFirst();
  }

  private static Measurement vcpu(long idle, Instant measuredAt) {
    return new Measurement(D, PD, Dimension.VCPU, BigDecimal.valueOf(200), BigDecimal.valueOf(idle), measuredAt, "多云管理系统数据接口");
  }
}
