package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.core.reallocation.ReallocationViolations;
import io.govcloud.core.reallocation.Recording;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Dimension;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Instants with nanoseconds at the entry point (docs/rules.md#limits; issue 10, "every store answers
 * alike"): an instant a host passes and the clock's now are truncated to the microsecond before use, so
 * they come back equal to each other and to what every store keeps, and a host passing its clock's instant
 * is not refused as "in the future" of the truncated now.
 */
class InstantPrecisionTest {

  private World world;
  private GovCloud gov;

  @BeforeEach
  void setUp() {
    world = new World(InMemoryStore.create());
    gov = world.gov;
  }

  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  private List<AuditRecord> audit() {
    return world.store.transact(uow -> uow.audit().after(0, 10_000));
  }

  @Test
  void anInstantWithNanosecondsAndTheClocksNowComeBackTruncatedIdentically() {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD, PD, CD, "evs.ssd", new BigDecimal("2"))))
        .resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    world.clock.set(START.plusNanos(123_456_789));
    CloudResource open = ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    assertThat(open.trialOpenedAt()).contains(START.plusNanos(123_456_000));

    world.clock.advance(Duration.ofHours(1).plusNanos(1_000_999));
    Instant given = world.clock.instant();
    Instant expected = START.plus(Duration.ofHours(1)).plusNanos(124_457_000);
    assertThat(given).isEqualTo(expected.plusNanos(788));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    WorkOrder order = ok(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("2"), given));

    assertThat(order.effectiveAt()).isEqualTo(expected).isEqualTo(order.confirmedAt());
    assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).containsExactly(order);
    CloudResource kept = ok(gov.as(DEPT_D).records().resource(id));
    assertThat(kept.test().orElseThrow().at()).isEqualTo(expected);
    assertThat(audit()).isNotEmpty().allSatisfy(r -> assertThat(r.at()).isEqualTo(r.at().truncatedTo(ChronoUnit.MICROS)));
    assertThat(audit().get(audit().size() - 1).at()).isEqualTo(expected);
  }

  @Test
  void aMeasurementAtTheClocksInstantIsRecordedTruncatedAndOneWithinTheSameMicrosecondIsNotLater() {
    Actor collector = Actor.system("collector");
    world.clock.set(START.plus(Duration.ofDays(3)).plusNanos(555_555_555));
    Instant measuredAt = world.clock.instant();
    Recording first = ok(gov.as(collector).reallocation().recordUtilization(vcpu(measuredAt)));
    assertThat(first.record().measuredAt()).isEqualTo(measuredAt.truncatedTo(ChronoUnit.MICROS));
    // 444 ns later, but the same microsecond: every store keeps it equal to the latest, so it is not later
    world.clock.set(measuredAt.plusNanos(444));
    Either<Violation, Recording> second = gov.as(collector).reallocation().recordUtilization(vcpu(world.clock.instant()));
    assertThat(second.isLeft()).as("%s", second).isTrue();
    assertThat(second.getLeft().code()).isEqualTo(ReallocationViolations.OLDER_THAN_LATEST);
  }

  private static Measurement vcpu(Instant measuredAt) {
    return new Measurement(D, PD, Dimension.VCPU, BigDecimal.valueOf(200), BigDecimal.valueOf(20), measuredAt, "多云管理系统数据接口");
  }
}
