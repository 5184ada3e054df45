package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits of input at the entry point (docs/rules.md#limits; issue 11, findings 3, 4 and 6): a quantity
 * outside them or a fraction of a bundle is refused as an audited violation and nothing is kept; a sweep
 * outside the supported instants is refused naming the range; a long account is refused after the access
 * check and audited.
 */
class InputLimitsTest {

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

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  private List<AuditRecord> refusals() {
    return world.store.transact(uow -> uow.audit().after(0, 10_000)).stream().filter(r -> !r.isAccepted()).toList();
  }

  private ResourceId inTrial(String item, BigDecimal quantity) {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD, PD, CD, item, quantity))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    world.clock.advance(Duration.ofHours(1));
    return id;
  }

  @Test
  void anApplicationForTenToTheFifteenUnitsIsRefusedAndNothingIsKept() {
    // finding 3: 10^15 units were accepted and later overflowed every issueBills
    Violation v = refused(gov.as(DEPT_D).resources().apply(request("evs.ssd", 1_000_000_000_000_000L)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.QUANTITY_OUT_OF_LIMITS);
    assertThat(v.facts()).containsEntry("quantity", "1000000000000000").containsEntry("maxQuantity", "10000000");
    assertThat(gov.as(CITY).records().resources()).isEmpty();
    assertThat(refusals()).singleElement().satisfies(r -> assertThat(r.refusal().orElseThrow().code()).isEqualTo(v.code()));
  }

  @Test
  void quantitiesTheStoresDisagreedOnAreRefusedAtApplicationAndConfirmation() {
    // finding 4: 1E-19 and 1E+25 were kept in memory and refused by the JDBC store
    for (String quantity : new String[] {"1E+25", "1E-19", "0.0000001", "10000000.5"}) {
      Violation v = refused(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD, PD, CD, "evs.ssd", new BigDecimal(quantity))));
      assertThat(v.code()).as(quantity).isEqualTo(LifecycleViolations.QUANTITY_OUT_OF_LIMITS);
    }
    ResourceId id = inTrial("evs.ssd", new BigDecimal("2.5"));
    Violation tiny = refused(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("1E-19"), world.clock.instant()));
    assertThat(tiny.code()).isEqualTo(LifecycleViolations.QUANTITY_OUT_OF_LIMITS);
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).state()).isEqualTo(ResourceState.TEST_PASSED);
    WorkOrder order = ok(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("2.499999"), world.clock.instant()));
    assertThat(order.quantity()).isEqualByComparingTo("2.499999");
    Violation correction = refused(gov.as(DEPT_D).corrections().correct(order.id(), new BigDecimal("1E+25"), "数量有误"));
    assertThat(correction.code()).isEqualTo(LifecycleViolations.QUANTITY_OUT_OF_LIMITS);
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).pendingCorrection()).isEmpty();
  }

  @Test
  void halfAUnitOfABundleIsRefusedAtApplicationChangeAndConfirmation() {
    // finding 4: half a unit of a BUNDLE item was accepted
    Violation applied = refused(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD, PD, CD, "ecs.c2m4", new BigDecimal("0.5"))));
    assertThat(applied.code()).isEqualTo(LifecycleViolations.WHOLE_UNITS_REQUIRED);
    assertThat(applied.facts()).containsEntry("item", "ecs.c2m4").containsEntry("quantity", "0.5");
    ResourceId id = inTrial("ecs.c2m4", new BigDecimal("2"));
    assertThat(refused(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("1.5"), world.clock.instant())).code())
        .isEqualTo(LifecycleViolations.WHOLE_UNITS_REQUIRED);
    ok(gov.as(DEPT_D).resources().confirmOpen(id, new BigDecimal("2.000"), world.clock.instant()));
    assertThat(refused(gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", new BigDecimal("1.5"), PRD)).code())
        .isEqualTo(LifecycleViolations.WHOLE_UNITS_REQUIRED);
    CloudResource unchanged = ok(gov.as(DEPT_D).records().resource(id));
    assertThat(unchanged.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(unchanged.pendingChange()).isEmpty();
    // a per-unit item may be bought in fractions
    ok(gov.as(DEPT_D).resources().applyChange(id, "evs.ssd", new BigDecimal("1.5"), PRD));
    ok(gov.as(CITY).resources().approveChange(id));
    assertThat(ok(gov.as(DEPT_D).resources().confirmChange(id, new BigDecimal("1.5"), world.clock.instant())).quantity())
        .isEqualByComparingTo("1.5");
  }

  @Test
  void aSweepOutsideTheSupportedInstantsIsRefusedNamingTheRange() {
    // finding 6: Instant.MAX threw a raw DateTimeException; Instant.MIN threw on H2 and returned nothing in memory
    for (Instant outside : new Instant[] {Instant.MAX, Instant.MIN, Instant.parse("9000-01-01T00:00:00Z"), Instant.EPOCH.minusNanos(1)}) {
      assertThatThrownBy(() -> gov.sweep(outside)).as("%s", outside).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1970-01-01T00:00:00Z").hasMessageContaining("9000-01-01T00:00:00Z");
    }
    assertThat(gov.sweep(Instant.parse("8999-12-31T23:59:59Z"))).isEmpty();
  }

  @Test
  void anAccountLongerThanAnIdIsCheckedForAccessAndTheRefusalAudited() {
    // finding 6: an account text over 64 characters threw before the access check, unaudited
    BillingAccount longAccount = BillingAccount.of(DepartmentId.of("d".repeat(64)), PlatformId.of("p".repeat(64)), ProviderId.of("q".repeat(64)));
    Violation denied = refused(gov.as(DEPT_D).billing().annualStatement(longAccount, Year.of(2025)));
    assertThat(denied.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(refusals()).singleElement().satisfies(r -> {
      assertThat(r.subjectType()).isEqualTo("account");
      assertThat(r.subjectId()).isEqualTo(longAccount.auditId());
    });
    assertThat(longAccount.auditId().length()).isLessThanOrEqualTo(64);
    BillingAccount shortAccount = BillingAccount.of(D, PD, P1);
    assertThat(shortAccount.auditId()).isEqualTo("dept-d/plat-d/prov-1");
  }
}
