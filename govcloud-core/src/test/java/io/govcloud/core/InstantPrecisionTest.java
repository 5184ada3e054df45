package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
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
}
