package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.catalog.CatalogViolations;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refusals and edges of the lifecycle that a careless host would hit (docs/rules.md#r5, #r8, #r9). */
class LifecycleRefusalsTest {

  private World world;
  private GovCloud gov;

  @BeforeEach
  void setUp() {
    world = new World(InMemoryStore.create());
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  private ResourceId applied() {
    return ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
  }

  private ResourceId active() {
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    world.clock.advance(Duration.ofHours(1));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, world.clock.instant()));
    return id;
  }

  private List<TrackedDeadline> deadlines(ResourceId id) {
    return world.store.transact(uow -> uow.deadlines().ofSubject("resource", id.value()));
  }

  @Test
  void aChangeOrTerminationCanBeRejectedAndTheResourceStaysInService() {
    ResourceId id = active();
    ok(gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", BigDecimal.ONE, PRD));
    CloudResource back = ok(gov.as(CITY).resources().rejectChange(id, "无批准的项目方案"));
    assertThat(back.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(back.pendingChange()).isEmpty();
    assertThat(deadlines(id)).filteredOn(d -> d.kind().equals("TRIAL_ENVIRONMENT_NOTICE"))
        .allSatisfy(d -> assertThat(d.status()).isNotEqualTo(TrackedDeadline.Status.OPEN));
    ok(gov.as(DEPT_D).resources().applyTermination(id, PRD));
    CloudResource kept = ok(gov.as(CITY).resources().rejectTermination(id, "系统仍在使用"));
    assertThat(kept.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(kept.termination()).isEmpty();
    assertThat(world.notifier.types()).contains("CHANGE_REJECTED", "TERMINATION_REJECTED");
    assertThatThrownBy(() -> gov.as(CITY).resources().rejectChange(id, " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyASupplementSignedForThisTrialExtendsItAndOnlyOnce() {
    ok(gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("旧补充协议", world.clock.instant(), 30)));
    world.clock.advance(Duration.ofHours(1));
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    Instant opened = world.clock.instant();
    CloudResource trial = ok(gov.as(PROVIDER_1).resources().openTrial(id, opened, false));
    assertThat(trial.trialEndsOn()).contains(LocalDate.of(2025, 3, 18)); // 15 days, the old supplement not counted
    assertThat(refused(gov.as(DEPT_D).resources().extendTrial(id, "旧补充协议")).code()).isEqualTo(LifecycleViolations.SUPPLEMENTARY_CONTRACT_REQUIRED);
    world.clock.advance(Duration.ofDays(2));
    ok(gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-2", world.clock.instant(), 10)));
    assertThat(ok(gov.as(DEPT_D).resources().extendTrial(id, "补充协议-2")).trialEndsOn()).contains(LocalDate.of(2025, 3, 28));
    assertThat(ok(gov.as(DEPT_D).resources().extendTrial(id, "补充协议-2")).trialEndsOn()).contains(LocalDate.of(2025, 3, 28));
  }

  @Test
  void timesOutsideTheirWindowsAreRefused() {
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    assertThat(refused(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant().plusSeconds(3600), false)).code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    assertThat(refused(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant().minus(Duration.ofDays(30)), false)).code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    world.clock.advance(Duration.ofHours(2));
    Instant opened = world.clock.instant();
    ok(gov.as(PROVIDER_1).resources().openTrial(id, opened, false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    Violation beforeTrial = refused(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, opened.minusSeconds(60)));
    assertThat(beforeTrial.english()).contains("before the trial's opening");
    world.clock.advance(Duration.ofDays(1));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, opened.plusSeconds(60)));
    ok(gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", BigDecimal.ONE, PRD));
    ok(gov.as(CITY).resources().approveChange(id));
    assertThat(refused(gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.ONE, opened)).english()).contains("latest work order");
    assertThat(refused(gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.TEN, world.clock.instant())).code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    assertThatThrownBy(() -> gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("effectiveAt");
  }

  @Test
  void theEmergencyPathRefusesItsOwnMistakes() {
    world.clock.set(at("2025-03-07T22:00"));
    assertThatThrownBy(() -> gov.as(DEPT_D).emergencies().report(request("ecs.c2m4", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a project");
    ResourceId id = ok(gov.as(DEPT_D).emergencies().report(World.emergency("ecs.c2m4", 1))).id();
    world.clock.set(at("2025-03-08T06:00"));
    assertThat(refused(gov.as(PROVIDER_1).emergencies().provision(id, at("2025-03-01T00:00"))).code())
        .isEqualTo(LifecycleViolations.CONFIRMATION_MISMATCH);
    ok(gov.as(PROVIDER_1).emergencies().provision(id, at("2025-03-08T05:00")));
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().equals("EMERGENCY_PROVISIONED"))
        .singleElement().satisfies(n -> assertThat(n.recipient().subject()).isEqualTo(D.value()));
    assertThat(refused(gov.as(DEPT_D).emergencies().backfill(id)).code()).isEqualTo(LifecycleViolations.ILLEGAL_TRANSITION);
    ok(gov.as(DEPT_D).emergencies().confirm(id, BigDecimal.ONE, at("2025-03-08T05:00")));
    Violation early = refused(gov.as(DEPT_D).emergencies().backfill(id));
    assertThat(early.code()).isEqualTo(LifecycleViolations.SUPPLEMENT_NOT_APPROVED);
    assertThat(early.article()).isEqualTo(Article.of(25));
    ok(gov.as(DEPT_D).emergencies().recordSupplementApproval(id, PRD, at("2025-03-08T05:30")));
    assertThat(refused(gov.as(DEPT_D).emergencies().recordSupplementApproval(id, PRD, at("2025-03-08T05:40"))).code())
        .isEqualTo(LifecycleViolations.SUPPLEMENT_ALREADY_RECORDED);
    ok(gov.as(DEPT_D).emergencies().backfill(id));
    assertThat(world.notifier.types()).contains("APPLICATION_BACKFILLED");
  }

  @Test
  void aSubordinateUnitCannotBackfillItself() {
    world.clock.set(at("2025-03-07T22:00"));
    ResourceId id = ok(gov.as(DEPT_D).emergencies().report(
        ResourceRequest.emergency(PD, CD, "ecs.c2m4", BigDecimal.ONE).forSubordinate(S))).id();
    ok(gov.as(PROVIDER_1).emergencies().provision(id, world.clock.instant()));
    ok(gov.as(DEPT_S).emergencies().confirm(id, BigDecimal.ONE, world.clock.instant()));
    ok(gov.as(DEPT_D).emergencies().recordSupplementApproval(id, PRS, world.clock.instant()));
    assertThat(refused(gov.as(DEPT_S).emergencies().backfill(id)).code()).isEqualTo(LifecycleViolations.MUST_APPLY_THROUGH_PARENT);
    ok(gov.as(DEPT_D).emergencies().backfill(id));
  }

  @Test
  void aWrongRoleIsRefusedCitingTheActionsArticle() {
    ResourceId id = applied();
    ok(gov.as(CITY).resources().approve(id));
    Violation v = refused(gov.as(DEPT_D).resources().openTrial(id, world.clock.instant(), false));
    assertThat(v.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(v.article()).isEqualTo(Article.of(20));
    assertThat(v.chinese()).contains("政务云服务商");
  }

  @Test
  void aParentDepartmentHandlesItsSubordinatesContracts() {
    ContractId contract = ContractId.of("contract-s");
    ok(gov.as(DEPT_D).registry().registerContract(World.contract(contract, S, P1, PD)));
    ok(gov.as(DEPT_D).registry().fileContract(contract));
    assertThat(refused(gov.as(DEPT_E).registry().fileContract(contract)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void aContractPricedAboveTheCapOrForAnItemTheCatalogLacksIsRefused() {
    ContractId dear = ContractId.of("contract-dear");
    Contract aboveCap = World.contractBuilder(dear, D, P1, PD)
        .addPrices(ContractPrice.of("ecs.c4m8", Money.of("600.01"), LocalDate.of(2025, 6, 1))).build(); // the cap is 600.00
    Violation refused = refused(gov.as(DEPT_D).registry().registerContract(aboveCap).mapLeft(all -> all.get(0)));
    assertThat(refused.code()).isEqualTo(CatalogViolations.PRICE_ABOVE_CAP);
    assertThat(refused.article()).isEqualTo(Article.of(26));
    assertThat(refused.facts()).containsEntry("cap", "600.00").containsEntry("price", "600.01")
        .containsEntry("item", "ecs.c4m8").containsEntry("catalogVersion", "2024-v1");
    Contract unlisted = World.contractBuilder(dear, D, P1, PD)
        .addPrices(ContractPrice.of("gpu.t4", Money.of("3000.00"), LocalDate.of(2025, 1, 1))).build();
    assertThat(refused(gov.as(DEPT_D).registry().registerContract(unlisted).mapLeft(all -> all.get(0))).code())
        .isEqualTo(CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    // every price that breaks the caps is listed, not only the first, each audited (issue 10)
    Contract several = World.contractBuilder(dear, D, P1, PD)
        .addPrices(ContractPrice.of("ecs.c4m8", Money.of("600.01"), LocalDate.of(2025, 6, 1)),
            ContractPrice.of("evs.ssd", Money.of("1.50"), LocalDate.of(2025, 6, 1)),
            ContractPrice.of("gpu.t4", Money.of("3000.00"), LocalDate.of(2025, 6, 1))).build();
    List<Violation> all = gov.as(DEPT_D).registry().registerContract(several).getLeft();
    assertThat(all).extracting(Violation::code).containsExactly(CatalogViolations.PRICE_ABOVE_CAP, CatalogViolations.PRICE_ABOVE_CAP,
        CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    assertThat(all).extracting(v -> v.facts().get("item")).containsExactly("ecs.c4m8", "evs.ssd", "gpu.t4");
    List<io.govcloud.model.AuditRecord> audited = world.store.transact(uow -> uow.audit().ofSubject("contract", dear.value()));
    assertThat(audited).filteredOn(r -> r.action().equals("REGISTER_CONTRACT")).flatExtracting(r -> r.refusal().stream().toList())
        .extracting(Violation::code).contains(CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    java.util.Optional<Contract> saved = world.store.transact(uow -> uow.contracts().find(dear));
    List<TrackedDeadline> watched = world.store.transact(uow -> uow.deadlines().ofSubject("contract", dear.value()));
    assertThat(saved).isEmpty();
    assertThat(watched).isEmpty();
    ok(gov.as(DEPT_D).registry().registerContract(World.contractBuilder(dear, D, P1, PD)
        .addPrices(ContractPrice.of("ecs.c4m8", Money.of("600.00"), LocalDate.of(2025, 6, 1))).build())); // at the cap
  }

  @Test
  void aLateContractFilingIsMissedOnceThenMetLate() {
    ContractId late = ContractId.of("contract-d-2");
    ok(gov.as(DEPT_D).registry().registerContract(World.contract(late, D, P1, PD))); // signed Sun 2025-03-02 09:00
    TrackedDeadline filing = world.store.transact(uow -> uow.deadlines().ofSubject("contract", late.value())).get(0);
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2025, 3, 7)); // 03-03 .. 03-07
    assertThat(filing.article()).isEqualTo(Article.of(12));
    List<DeadlineNotice> missed = gov.sweep(at("2025-03-08T00:00:01"));
    assertThat(missed).singleElement().satisfies(n -> {
      assertThat(n.stage()).isEqualTo(TrackedDeadline.Stage.MISSED);
      assertThat(n.deadline().responsible().subject()).isEqualTo(D.value());
    });
    assertThat(gov.sweep(at("2025-03-09T00:00"))).isEmpty();
    world.clock.set(at("2025-03-10T09:00"));
    ok(gov.as(DEPT_D).registry().fileContract(late));
    TrackedDeadline closed = world.store.transact(uow -> uow.deadlines().ofSubject("contract", late.value())).get(0);
    assertThat(closed.status()).isEqualTo(TrackedDeadline.Status.MET_LATE);
  }
}
