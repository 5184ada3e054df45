package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.catalog.AdaptationPolicies;
import io.govcloud.core.catalog.AdaptationPolicy;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceAdaptation;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adaptation in applications through the entry point and a store (rule R3; Art. 27, 35): a configuration
 * the catalog does not list is adapted to the item of nearest function and configuration, and the resource
 * keeps the adaptation, read back from the store; one the catalog lists is applied for as its item; one
 * nothing fits is refused with the self-procurement path, audited, keeping nothing; the adaptation policy
 * in force on the day of the application decides. Abstract: each store module runs them, unchanged, on its
 * own store.
 *
 * <p>The world's catalog has two compute flavours, {@code ecs.c2m4} (2 cores, 4 GiB, cap 300.00) and
 * {@code ecs.c4m8} (4 cores, 8 GiB, cap 600.00).
 */
public abstract class AdaptationScenarios {

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected AdaptationScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  @BeforeEach
  void setUpWorld() {
    world = new World(newStore());
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  private static ResourceRequest hosts(long vcpu, long memory, long instances) {
    Configuration host = Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memory).build();
    return ResourceRequest.forConfiguration(PRD, PD, CD, AdaptationRequest.of("compute", host, instances));
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  private List<AuditRecord> audit() {
    return world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE));
  }

  @Test
  void anUnlistedConfigurationIsAdaptedToTheNearestItemAndTheResourceKeepsTheAdaptation() {
    Applications.Outcome outcome = ok(gov.as(DEPT_D).resources().apply(hosts(3, 6, 2)));

    CloudResource resource = outcome.resource().orElseThrow();
    assertThat(resource.item()).isEqualTo("ecs.c4m8");
    assertThat(resource.quantity()).isEqualByComparingTo("2");
    assertThat(resource.requestedQuantity()).isEqualByComparingTo("2");
    assertThat(resource.state()).isEqualTo(ResourceState.APPLIED);
    ResourceAdaptation adaptation = resource.adaptation().orElseThrow();
    assertThat(adaptation.catalogVersion()).isEqualTo("2024-v1");
    assertThat(adaptation.category()).isEqualTo("compute");
    assertThat(adaptation.instances()).isEqualTo(2);
    assertThat(adaptation.item()).isEqualTo("ecs.c4m8");
    assertThat(adaptation.units()).isEqualByComparingTo("2");
    assertThat(adaptation.monthlyTotal()).isEqualTo(Money.of("1200.00"));
    assertThat(adaptation.policyEffectiveFrom()).isEqualTo(AdaptationPolicies.STANDARD_FROM);
    assertThat(adaptation.maxRelativeExcess()).isEqualByComparingTo("1");
    assertThat(adaptation.provisions()).extracting(ResourceAdaptation.Provision::dimension).containsExactly("memory", "vcpu");
    assertThat(adaptation.provisions()).extracting(p -> p.requested().intValueExact() + "→" + p.provided().intValueExact())
        .containsExactly("6→8", "3→4");
    assertThat(adaptation.rejected()).singleElement().satisfies(r -> {
      assertThat(r.item()).isEqualTo("ecs.c2m4");
      assertThat(r.reason()).isEqualTo("UNDER_PROVISIONED");
      assertThat(r.chinese()).isEqualTo("内存为4GiB，低于每个实例所需的6GiB");
    });
    assertThat(adaptation.chinese()).contains("适配为ecs.c4m8", "虚拟处理器：提供4核，需求3核（超出33.33%）", "第27条");
    assertThat(adaptation.english()).contains("adapted to the item of nearest function and configuration (Art. 27): ecs.c4m8");

    // read back from the store, through the entry point and directly
    assertThat(ok(gov.as(DEPT_D).records().resource(resource.id())).adaptation()).contains(adaptation);
    assertThat(world.store.transact(uow -> uow.resources().find(resource.id())).orElseThrow().adaptation()).contains(adaptation);

    // audited: what was asked, what it became, and the resource with its adaptation
    AuditRecord applied = ok(gov.as(DEPT_D).records().auditTrail(resource.id())).get(0);
    assertThat(applied.action()).isEqualTo("APPLY_OPEN");
    assertThat(applied.changes()).extracting(c -> c.field()).contains("configuration", "adaptedTo", "adaptation", "item");
    assertThat(applied.changes()).filteredOn(c -> c.field().equals("adaptedTo")).singleElement()
        .satisfies(c -> assertThat(c.after().orElseThrow()).contains("\"ecs.c4m8\""));

    // the rest of the lifecycle is that of the item
    assertThat(ok(gov.as(CITY).resources().approve(resource.id())).state()).isEqualTo(ResourceState.TRIAL_NOTIFIED);
    assertThat(ok(gov.as(DEPT_D).records().resource(resource.id())).adaptation()).contains(adaptation);
  }

  @Test
  void aConfigurationTheCatalogListsIsAppliedForAsItsItemWithoutAnAdaptation() {
    CloudResource resource = ok(gov.as(DEPT_D).resources().apply(hosts(4, 8, 3))).resource().orElseThrow();
    assertThat(resource.item()).isEqualTo("ecs.c4m8");
    assertThat(resource.quantity()).isEqualByComparingTo("3");
    assertThat(resource.adaptation()).isEmpty();
    assertThat(ok(gov.as(DEPT_D).records().resource(resource.id())).adaptation()).isEmpty();
  }

  @Test
  void nothingFitsIsRefusedWithTheSelfProcurementPathAuditedAndNothingKept() {
    Violation refusal = refused(gov.as(DEPT_D).resources().apply(hosts(16, 32, 1)));

    assertThat(refusal.code()).isEqualTo(CatalogViolations.NO_ADAPTABLE_ITEM);
    assertThat(refusal.article()).isEqualTo(Article.of(27));
    assertThat(refusal.chinese()).contains("本级大数据主管部门评估、论证", "自行组织采购", "安全管理要求", "第27条", "第35条");
    assertThat(refusal.english()).contains("evaluation and review by the big-data authority", "Art. 35");
    assertThat(refusal.facts())
        .containsEntry("catalogVersion", "2024-v1")
        .containsEntry("category", "compute")
        .containsEntry("path", "AUTHORITY_EVALUATION (Art. 27) → SELF_PROCUREMENT (Art. 27) → SECURITY_ATTESTATION (Art. 35)");
    List<CloudResource> kept = world.store.transact(uow -> uow.resources().ofDepartment(D));
    assertThat(kept).isEmpty();
    assertThat(audit()).filteredOn(r -> !r.isAccepted()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo("APPLY_OPEN");
      assertThat(r.actor()).isEqualTo(DEPT_D);
      assertThat(r.refusal().orElseThrow().code()).isEqualTo(CatalogViolations.NO_ADAPTABLE_ITEM);
    });
  }

  @Test
  void thePolicyInForceOnTheDayOfTheApplicationDecidesAndTheResourceSaysWhich() {
    LocalDate stricter = LocalDate.of(2025, 3, 10);
    AdaptationPolicies policies = AdaptationPolicies.standard().with(stricter, AdaptationPolicy.of(new BigDecimal("0.25")));
    AtomicLong ids = new AtomicLong();
    GovCloud versioned = GovCloud.builder()
        .store(world.store).calendar(WorkingDayCalendar.china()).catalog(catalog()).notifier(world.notifier).clock(world.clock)
        .ids(() -> "v" + ids.incrementAndGet()).adaptation(policies).build();

    // Monday 2025-03-03: the standard bound (100%); 4 cores for 3 is 33.33% over
    CloudResource before = ok(versioned.as(DEPT_D).resources().apply(hosts(3, 6, 1))).resource().orElseThrow();
    assertThat(before.adaptation().orElseThrow().policyEffectiveFrom()).isEqualTo(AdaptationPolicies.STANDARD_FROM);
    assertThat(before.adaptation().orElseThrow().maxRelativeExcess()).isEqualByComparingTo("1");

    // from Monday 2025-03-10: 25%, and 33.33% is beyond it
    world.clock.set(at("2025-03-10T09:00"));
    Violation after = refused(versioned.as(DEPT_D).resources().apply(hosts(3, 6, 1)));
    assertThat(after.code()).isEqualTo(CatalogViolations.ADAPTATION_BOUND_EXCEEDED);
    assertThat(after.article()).isEqualTo(Article.of(27));
    assertThat(after.facts()).containsEntry("maxRelativeExcess", "25%");
    // 3.2 cores and 6.4 GiB are 25% under 4 and 8: within the bound that day, recorded with it
    Configuration near = Configuration.builder().with(Dimension.VCPU, new BigDecimal("3.2")).with(Dimension.MEMORY_GIB, new BigDecimal("6.4")).build();
    CloudResource within = ok(versioned.as(DEPT_D).resources().apply(
        ResourceRequest.forConfiguration(PRD, PD, CD, AdaptationRequest.of("compute", near, 1)))).resource().orElseThrow();
    assertThat(within.adaptation().orElseThrow().policyEffectiveFrom()).isEqualTo(stricter);
    assertThat(within.adaptation().orElseThrow().maxRelativeExcess()).isEqualByComparingTo("0.25");
    assertThat(world.store.transact(uow -> uow.resources().find(within.id())).orElseThrow().adaptation())
        .isEqualTo(within.adaptation());

    // an entry point whose policies start later adapts nothing before
    GovCloud late = GovCloud.builder()
        .store(world.store).calendar(WorkingDayCalendar.china()).catalog(catalog()).notifier(world.notifier).clock(world.clock)
        .ids(() -> "l" + ids.incrementAndGet())
        .adaptation(AdaptationPolicies.of(List.of(new AdaptationPolicies.Version(LocalDate.of(2026, 1, 1), AdaptationPolicy.standard()))))
        .build();
    Violation none = refused(late.as(DEPT_D).resources().apply(hosts(3, 6, 1)));
    assertThat(none.code()).isEqualTo(CatalogViolations.ADAPTATION_POLICY_NOT_IN_FORCE);
    assertThat(none.article()).isEqualTo(Article.of(27));
  }
}
