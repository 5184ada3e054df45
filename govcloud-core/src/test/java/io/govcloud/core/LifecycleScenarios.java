package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole stories of docs/rules.md#r5, #r8, #r9 through the entry point. Abstract: each store module runs them,
 * unchanged, on its own store.
 */
public abstract class LifecycleScenarios {

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected LifecycleScenarios() {}

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

  private ResourceId openAndActivate(String item, long quantity) {
    Applications.Outcome outcome = ok(gov.as(DEPT_D).resources().apply(request(item, quantity)));
    ResourceId id = outcome.resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    world.clock.advance(Duration.ofHours(2));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    world.clock.advance(Duration.ofDays(1));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "功能和性能测试通过"));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(quantity), world.clock.instant().minus(Duration.ofHours(1))));
    return id;
  }

  private static Violation refused(Either<Violation, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s", result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }

  private List<AuditRecord> trail(ResourceId id) {
    return ok(gov.as(DEPT_D).records().auditTrail(id));
  }

  @Test
  void normalOpeningFromApplicationToWorkOrder() {
    Applications.Outcome outcome = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 3)));
    CloudResource applied = outcome.resource().orElseThrow();
    assertThat(applied.state()).isEqualTo(ResourceState.APPLIED);
    assertThat(applied.quantity()).isEqualByComparingTo("3");
    ResourceId id = applied.id();

    world.clock.set(at("2025-03-04T10:00"));
    CloudResource approved = ok(gov.as(CITY).resources().approve(id));
    assertThat(approved.state()).isEqualTo(ResourceState.TRIAL_NOTIFIED);

    Instant opened = at("2025-03-04T15:00");
    world.clock.set(opened);
    CloudResource trial = ok(gov.as(PROVIDER_1).resources().openTrial(id, opened, false));
    assertThat(trial.trialEndsOn()).contains(LocalDate.of(2025, 3, 19)); // 15 days after 03-04

    world.clock.set(at("2025-03-10T11:00"));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "压力测试通过"));
    Instant completed = at("2025-03-10T09:30");
    WorkOrder order = ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(3), completed));

    assertThat(order.kind()).isEqualTo(WorkOrder.Kind.OPEN);
    assertThat(order.effectiveAt()).isEqualTo(completed);
    assertThat(order.serviceDate()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(order.quantity()).isEqualByComparingTo("3");
    assertThat(order.project()).isEqualTo(PRD);
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).containsExactly(order);

    List<AuditRecord> trail = trail(id);
    assertThat(trail).extracting(AuditRecord::action)
        .containsExactly("APPLY_OPEN", "APPROVE", "OPEN_TRIAL", "RECORD_TEST", "CONFIRM_OPEN");
    assertThat(trail).extracting(r -> r.actor().person()).containsExactly("D-张三", "市大数据局-王", "P1-ops", "D-张三", "D-张三");
    assertThat(trail.get(1).changes()).anySatisfy(c -> {
      assertThat(c.field()).isEqualTo("state");
      assertThat(c.before()).contains("\"APPLIED\"");
      assertThat(c.after()).contains("\"TRIAL_NOTIFIED\"");
    });
    assertThat(trail.get(4).changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("workOrder"));
    assertThat(world.notifier.types()).contains("APPLICATION_RECEIVED", "TRIAL_ENVIRONMENT_REQUESTED", "TRIAL_OPENED", "WORK_ORDER_GENERATED");
    assertThat(deadline(id, "TRIAL_ENVIRONMENT_NOTICE").status()).isEqualTo(TrackedDeadline.Status.MET);
  }

  private TrackedDeadline deadline(ResourceId id, String kind) {
    return world.store.transact(uow -> uow.deadlines().ofSubject("resource", id.value())).stream()
        .filter(d -> d.kind().equals(kind)).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void aChangeProducesAChangeWorkOrder() {
    ResourceId id = openAndActivate("ecs.c2m4", 2);
    world.clock.advance(Duration.ofDays(3));
    ok(gov.as(DEPT_D).resources().applyChange(id, "ecs.c4m8", BigDecimal.valueOf(2), PRD));
    ok(gov.as(CITY).resources().approveChange(id));
    WorkOrder change = ok(gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.valueOf(2), world.clock.instant()));
    assertThat(change.kind()).isEqualTo(WorkOrder.Kind.CHANGE);
    assertThat(change.item()).isEqualTo("ecs.c4m8");
    CloudResource after = ok(gov.as(DEPT_D).records().resource(id));
    assertThat(after.item()).isEqualTo("ecs.c4m8");
    assertThat(after.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(after.pendingChange()).isEmpty();
    assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).extracting(WorkOrder::kind).containsExactly(WorkOrder.Kind.OPEN, WorkOrder.Kind.CHANGE);
  }

  @Test
  void aChangeToAnItemOutsideTheCatalogIsRefused() {
    ResourceId id = openAndActivate("ecs.c2m4", 1);
    Violation v = refused(gov.as(DEPT_D).resources().applyChange(id, "gpu.a100", BigDecimal.ONE, PRD));
    assertThat(v.code()).isEqualTo(LifecycleViolations.ITEM_NOT_IN_CATALOG);
    assertThat(v.article()).isEqualTo(Article.of(27));
  }

  @Test
  void aTerminationNeedsItsChecklist() {
    ResourceId id = openAndActivate("evs.ssd", 500);
    ok(gov.as(DEPT_D).resources().applyTermination(id, PRD));
    ok(gov.as(CITY).resources().approveTermination(id));
    ok(gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.SYSTEM_OFFLINE));
    Violation incomplete = refused(gov.as(DEPT_D).resources().confirmTermination(id, world.clock.instant()));
    assertThat(incomplete.code()).isEqualTo(LifecycleViolations.TERMINATION_CHECKLIST_INCOMPLETE);
    assertThat(incomplete.article()).isEqualTo(Article.of(24));
    assertThat(incomplete.facts().get("missing")).contains("DATA_MIGRATED_AND_BACKED_UP").contains("DOCUMENTS_HANDED_OVER");

    ok(gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.DATA_MIGRATED_AND_BACKED_UP));
    ok(gov.as(DEPT_D).resources().recordTerminationStep(id, CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER));
    WorkOrder end = ok(gov.as(DEPT_D).resources().confirmTermination(id, world.clock.instant()));
    assertThat(end.kind()).isEqualTo(WorkOrder.Kind.TERMINATE);
    assertThat(end.quantity()).isEqualByComparingTo("500");
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).state()).isEqualTo(ResourceState.TERMINATED);
    assertThat(trail(id)).filteredOn(r -> !r.isAccepted()).extracting(AuditRecord::action).containsExactly("CONFIRM_TERMINATION");
  }

  @Test
  void anEmergencyWithBothDeadlinesMet() {
    Instant reported = at("2025-03-07T22:00"); // a Friday night
    world.clock.set(reported);
    CloudResource emergency = ok(gov.as(DEPT_D).emergencies().report(World.emergency("ecs.c4m8", 4)));
    ResourceId id = emergency.id();
    assertThat(emergency.state()).isEqualTo(ResourceState.EMERGENCY_REPORTED);
    assertThat(deadline(id, "EMERGENCY_PROVISIONING").expiresAt()).isEqualTo(at("2025-03-08T22:00"));

    world.clock.set(at("2025-03-08T06:00"));
    ok(gov.as(PROVIDER_1).emergencies().provision(id, at("2025-03-08T05:30")));
    assertThat(deadline(id, "EMERGENCY_PROVISIONING").status()).isEqualTo(TrackedDeadline.Status.MET);
    ok(gov.as(DEPT_D).emergencies().confirm(id, BigDecimal.valueOf(4), at("2025-03-08T05:30")));

    world.clock.set(at("2025-03-12T16:00"));
    ok(gov.as(DEPT_D).emergencies().recordSupplementApproval(id, PRD, at("2025-03-12T15:00"))); // Wed: 2 working days → Fri 03-14
    assertThat(deadline(id, "EMERGENCY_BACKFILL").lastDay()).isEqualTo(LocalDate.of(2025, 3, 14));
    world.clock.set(at("2025-03-14T10:00"));
    WorkOrder order = ok(gov.as(DEPT_D).emergencies().backfill(id));
    assertThat(order.effectiveAt()).isEqualTo(at("2025-03-08T05:30")); // billed from completion (Art. 30)
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(deadline(id, "EMERGENCY_BACKFILL").status()).isEqualTo(TrackedDeadline.Status.MET);
    assertThat(gov.sweep(at("2025-03-20T00:00"))).isEmpty();
  }

  @Test
  void anEmergencyProvisionedLateIsMissedOnceAndClosedLate() {
    world.clock.set(at("2025-03-07T22:00"));
    ResourceId id = ok(gov.as(DEPT_D).emergencies().report(World.emergency("ecs.c2m4", 1))).id();

    List<DeadlineNotice> approaching = gov.sweep(at("2025-03-08T00:30"));
    assertThat(approaching).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.DUE);
    List<DeadlineNotice> missed = gov.sweep(at("2025-03-08T22:00:01"));
    assertThat(missed).hasSize(1);
    assertThat(missed.get(0).stage()).isEqualTo(TrackedDeadline.Stage.MISSED);
    assertThat(missed.get(0).deadline().article()).isEqualTo(Article.of(25));
    assertThat(gov.sweep(at("2025-03-09T10:00"))).isEmpty(); // notified once
    assertThat(world.notifier.types()).containsOnlyOnce("DEADLINE_MISSED");

    world.clock.set(at("2025-03-09T10:00"));
    ok(gov.as(PROVIDER_1).emergencies().provision(id, at("2025-03-09T09:00")));
    assertThat(deadline(id, "EMERGENCY_PROVISIONING").status()).isEqualTo(TrackedDeadline.Status.MET_LATE);
  }

  @Test
  void aSubordinateUnitAppliesThroughItsParentAndIsRefusedDirectly() {
    Applications.Outcome viaParent = ok(gov.as(DEPT_D).resources().apply(
        io.govcloud.core.lifecycle.ResourceRequest.of(PRS, PD, CD, "ecs.c2m4", BigDecimal.ONE).forSubordinate(S)));
    CloudResource resource = viaParent.resource().orElseThrow();
    assertThat(resource.department()).isEqualTo(S);
    assertThat(resource.applicant()).isEqualTo(D);

    Violation direct = refused(gov.as(DEPT_S).resources().apply(io.govcloud.core.lifecycle.ResourceRequest.of(PRS, PD, CD, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(direct.code()).isEqualTo(LifecycleViolations.MUST_APPLY_THROUGH_PARENT);
    assertThat(direct.article()).isEqualTo(Article.of(19));
    List<AuditRecord> audit = world.store.transact(uow -> uow.audit().ofSubject("department", S.value()));
    assertThat(audit).filteredOn(r -> !r.isAccepted()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo("APPLY_OPEN");
      assertThat(r.refusal().orElseThrow().code()).isEqualTo(LifecycleViolations.MUST_APPLY_THROUGH_PARENT);
      assertThat(r.actor()).isEqualTo(DEPT_S);
    });
    // the subordinate unit may still read and test its own resource
    assertThat(ok(gov.as(DEPT_S).records().resource(resource.id())).department()).isEqualTo(S);
    assertThat(gov.as(DEPT_S).records().resources()).extracting(CloudResource::id).containsExactly(resource.id());
    assertThat(gov.as(DEPT_D).records().resources()).extracting(CloudResource::id).containsExactly(resource.id());
    assertThat(gov.as(CITY).records().resources()).extracting(CloudResource::id).containsExactly(resource.id());
    assertThat(gov.as(PROVIDER_1).records().resources()).extracting(CloudResource::id).containsExactly(resource.id());
    assertThat(gov.as(DISTRICT_AUTHORITY).records().resources()).isEmpty();
    assertThat(gov.as(PROVIDER_2).records().resources()).isEmpty();
    assertThat(gov.as(DEPT_E).records().resources()).isEmpty();
  }

  @Test
  void aDepartmentReadingAnothersResourcesIsRefusedAndAudited() {
    ResourceId id = openAndActivate("ecs.c2m4", 1);
    Violation denied = refused(gov.as(DEPT_E).records().resource(id));
    assertThat(denied.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(denied.article()).isEqualTo(Article.of(33));
    assertThat(denied.facts()).containsEntry("action", "READ_RESOURCE").containsKey("actor");
    assertThat(gov.as(DEPT_E).records().resources()).isEmpty();
    assertThat(gov.as(DEPT_D).records().resources()).extracting(CloudResource::id).containsExactly(id);
    assertThat(trail(id)).filteredOn(r -> !r.isAccepted()).singleElement().satisfies(r -> {
      assertThat(r.actor()).isEqualTo(DEPT_E);
      assertThat(r.action()).isEqualTo("READ_RESOURCE");
    });
  }

  @Test
  void anAuditorReadsWithinItsJurisdictionAndChangesNothing() {
    ResourceId id = openAndActivate("ecs.c2m4", 1);
    assertThat(ok(gov.as(AUDITOR).records().resource(id)).id()).isEqualTo(id);
    assertThat(ok(gov.as(AUDITOR).records().auditTrail(id))).isNotEmpty();
    Violation change = refused(gov.as(AUDITOR).resources().applyTermination(id, PRD));
    assertThat(change.article()).isEqualTo(Article.of(44));
    Violation district = refused(gov.as(Actor.auditor(DISTRICT, "区审计")).records().resource(id));
    assertThat(district.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void aSuspendedProviderGetsNoNewResourcesUntilReinstated() {
    ok(gov.as(CITY).registry().suspendProvider(P1, "未按期完成整改"));
    Violation v = refused(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.PROVIDER_SUSPENDED);
    assertThat(v.article()).isEqualTo(Article.of(42));
    assertThat(refused(gov.as(DEPT_D).emergencies().report(World.emergency("ecs.c2m4", 1))).code()).isEqualTo(LifecycleViolations.PROVIDER_SUSPENDED);
    assertThat(refused(gov.as(DISTRICT_AUTHORITY).registry().suspendProvider(P2, "x")).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    ok(gov.as(CITY).registry().reinstateProvider(P1));
    assertThat(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1)).isRight()).isTrue();
  }

  @Test
  void anApplicationAlreadyUnderWayBeforeSuspensionCannotBeApprovedOrOpened() {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    ok(gov.as(CITY).registry().suspendProvider(P1, "安全整改未完成"));
    assertThat(refused(gov.as(CITY).resources().approve(id)).code()).isEqualTo(LifecycleViolations.PROVIDER_SUSPENDED);
  }

  @Test
  void illegalTransitionsNameTheStateTheActionAndTheArticle() {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    Violation v = refused(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, world.clock.instant()));
    assertThat(v.code()).isEqualTo(LifecycleViolations.ILLEGAL_TRANSITION);
    assertThat(v.article()).isEqualTo(Article.of(22));
    assertThat(v.facts()).containsEntry("state", "APPLIED").containsEntry("action", "CONFIRM_OPEN");
    assertThat(v.english()).contains("APPLIED").contains("confirm the opening").contains("Art. 22");
    assertThat(v.chinese()).contains("第22条");
  }

  @Test
  void onlyAPassedTestAllowsOpening() {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, false, "性能不达标"));
    assertThat(refused(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, world.clock.instant())).code())
        .isEqualTo(LifecycleViolations.ILLEGAL_TRANSITION);
    world.clock.advance(Duration.ofDays(20)); // the 15-day trial is over
    Violation ended = refused(gov.as(DEPT_D).resources().recordTest(id, true, "复测"));
    assertThat(ended.code()).isEqualTo(LifecycleViolations.TRIAL_ENDED);
    assertThat(refused(gov.as(DEPT_D).resources().extendTrial(id, "补充协议-1")).code()).isEqualTo(LifecycleViolations.SUPPLEMENTARY_CONTRACT_REQUIRED);
    ok(gov.as(DEPT_D).registry().addSupplement(CD, new Contract.Supplement("补充协议-1", world.clock.instant(), 30)));
    ok(gov.as(DEPT_D).resources().extendTrial(id, "补充协议-1"));
    assertThat(ok(gov.as(DEPT_D).resources().recordTest(id, true, "复测通过")).state()).isEqualTo(ResourceState.TEST_PASSED);
  }

  @Test
  void aProjectOutsideTheAnnualListIsRefused() {
    Violation old = refused(gov.as(DEPT_D).resources().apply(io.govcloud.core.lifecycle.ResourceRequest.of(PRD_2024, PD, CD, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(old.code()).isEqualTo(LifecycleViolations.PROJECT_NOT_IN_ANNUAL_LIST);
    assertThat(old.article()).isEqualTo(Article.of(28));
    Violation others = refused(gov.as(DEPT_D).resources().apply(io.govcloud.core.lifecycle.ResourceRequest.of(PRE, PD, CD, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(others.code()).isEqualTo(LifecycleViolations.PROJECT_NOT_IN_ANNUAL_LIST);
  }

  @Test
  void anotherDepartmentsPlatformIsRefused() {
    Violation v = refused(gov.as(DEPT_D).resources().apply(io.govcloud.core.lifecycle.ResourceRequest.of(PRD, PE, CE, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.WRONG_PLATFORM);
  }

  @Test
  void dedicatedCloudNeedsAReasonConsentAndIntegration() {
    Violation noReason = refused(gov.as(DEPT_D).resources().apply(request("ecs.c4m8", 8).withDeployment(DeploymentMode.DEDICATED, " ")));
    assertThat(noReason.code()).isEqualTo(LifecycleViolations.DEPLOYMENT_REASON_REQUIRED);
    assertThat(noReason.article()).isEqualTo(Article.of(13));
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c4m8", 8).withDeployment(DeploymentMode.DEDICATED, "国家文件要求独立资源池")))
        .resource().orElseThrow().id();
    assertThat(ok(gov.as(CITY).resources().approve(id)).deploymentConsented()).isTrue();
    assertThat(refused(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false)).code()).isEqualTo(LifecycleViolations.INTEGRATION_REQUIRED);
    assertThat(ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), true)).integrated()).isTrue();
  }

  @Test
  void theWrongActorIsRefusedAndAudited() {
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    assertThat(refused(gov.as(DEPT_D).resources().approve(id)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(refused(gov.as(DISTRICT_AUTHORITY).resources().approve(id)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    ok(gov.as(CITY).resources().approve(id));
    assertThat(refused(gov.as(PROVIDER_2).resources().openTrial(id, world.clock.instant(), false)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(trail(id)).filteredOn(r -> !r.isAccepted()).hasSize(3);
  }

  @Test
  void theTrialNoticeDeadlineIsSweptApproachingDueAndMissedOnceEach() {
    world.clock.set(at("2025-09-26T10:00")); // Friday before National Day 2025: due Tue 09-30
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    TrackedDeadline d = deadline(id, "TRIAL_ENVIRONMENT_NOTICE");
    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 9, 29)); // Sun 09-28 is a makeup working day

    assertThat(gov.sweep(at("2025-09-26T12:00"))).isEmpty();
    assertThat(gov.sweep(at("2025-09-28T08:00"))).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.APPROACHING);
    assertThat(gov.sweep(at("2025-09-28T09:00"))).isEmpty();
    assertThat(gov.sweep(at("2025-09-29T08:00"))).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.DUE);
    assertThat(gov.sweep(at("2025-09-30T00:00"))).isEmpty(); // 24:00 of the last day is not yet missed
    assertThat(gov.sweep(at("2025-09-30T00:00:01"))).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.MISSED);
    assertThat(gov.sweep(at("2025-10-08T00:00"))).isEmpty();
    assertThat(world.notifier.delivered()).filteredOn(n -> n.type().startsWith("DEADLINE_"))
        .extracting(n -> n.recipient().subject()).containsOnly("municipal");

    world.clock.set(at("2025-10-09T09:00"));
    ok(gov.as(CITY).resources().approve(id));
    assertThat(deadline(id, "TRIAL_ENVIRONMENT_NOTICE").status()).isEqualTo(TrackedDeadline.Status.MET_LATE);
  }

  @Test
  void aContractMustBeFiledWithinFiveWorkingDays() {
    Contract late = World.contract(io.govcloud.model.ContractId.of("contract-d-2"), D, P1, PD);
    ok(gov.as(DEPT_D).registry().registerContract(late));
    List<DeadlineNotice> notices = gov.sweep(at("2025-03-10T00:00:01"));
    assertThat(notices).extracting(n -> n.deadline().kind()).contains("CONTRACT_FILING");
    ok(gov.as(DEPT_D).registry().fileContract(late.id()));
    assertThat(refused(gov.as(DEPT_D).registry().fileContract(late.id())).article()).isEqualTo(Article.of(12));
  }

  @Test
  void registrationRulesOfArticlesTenAndTwelve() {
    Violation second = refused(gov.as(CITY).registry().registerPlatform(io.govcloud.model.Platform.builder()
        .id(io.govcloud.model.PlatformId.of("plat-d-2")).name("第二个平台").jurisdiction(io.govcloud.model.Jurisdiction.MUNICIPAL)
        .owner(D).provider(P2).build()));
    assertThat(second.code()).isEqualTo(RegistrationViolations.ONE_PLATFORM_PER_DEPARTMENT);
    Violation subordinate = refused(gov.as(CITY).registry().registerPlatform(io.govcloud.model.Platform.builder()
        .id(io.govcloud.model.PlatformId.of("plat-s")).name("信息中心平台").jurisdiction(io.govcloud.model.Jurisdiction.MUNICIPAL)
        .owner(S).provider(P2).build()));
    assertThat(subordinate.code()).isEqualTo(RegistrationViolations.ONE_PLATFORM_PER_DEPARTMENT);
    assertThat(subordinate.article()).isEqualTo(Article.of(10));
    Violation cloudParty = refused(gov.as(DEPT_D).registry().registerContract(World.contractBuilder(io.govcloud.model.ContractId.of("contract-multi"), D, P1, PD)
        .addOtherParties(new Contract.OtherParty("第三方云", "云主机", true)).build()).mapLeft(all -> all.get(0)));
    assertThat(cloudParty.code()).isEqualTo(RegistrationViolations.OTHER_PARTY_CLOUD_SERVICE);
    Violation provider = refused(gov.as(DEPT_D).registry().registerContract(World.contract(io.govcloud.model.ContractId.of("contract-p2"), D, P2, PD))
        .mapLeft(all -> all.get(0)));
    assertThat(provider.code()).isEqualTo(RegistrationViolations.CONTRACT_PROVIDER_MISMATCH);
  }

  @Test
  void aDistrictDepartmentUsesItsDistrictsPlatform() {
    Applications.Outcome outcome = ok(gov.as(DEPT_X).resources().apply(io.govcloud.core.lifecycle.ResourceRequest.of(PRX, PX, CX, "ecs.c2m4", BigDecimal.ONE)));
    ResourceId id = outcome.resource().orElseThrow().id();
    assertThat(refused(gov.as(CITY).resources().approve(id)).code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(ok(gov.as(DISTRICT_AUTHORITY).resources().approve(id)).state()).isEqualTo(ResourceState.TRIAL_NOTIFIED);
  }

  @Test
  void aPeriodicDemandIsAppliedForAndReconfiguredByPeriod() {
    List<CloudResource.Period> periods = List.of(
        new CloudResource.Period(java.time.MonthDay.of(1, 1), BigDecimal.valueOf(2)),
        new CloudResource.Period(java.time.MonthDay.of(7, 1), BigDecimal.valueOf(6)));
    Violation wrong = refused(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 6).withPeriods(periods)));
    assertThat(wrong.code()).isEqualTo(LifecycleViolations.PERIOD_MISMATCH);
    assertThat(wrong.article()).isEqualTo(Article.of(23));

    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 2).withPeriods(periods))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));
    ok(gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.valueOf(2), world.clock.instant()));
    TrackedDeadline summer = deadline(id, "PERIODIC_CHANGE");
    assertThat(summer.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(summer.article()).isEqualTo(Article.of(23));

    assertThat(gov.sweep(at("2025-06-29T09:00"))).extracting(n -> n.deadline().kind()).containsExactly("PERIODIC_CHANGE");
    world.clock.set(at("2025-06-25T09:00"));
    ok(gov.as(DEPT_D).resources().applyChange(id, "ecs.c2m4", BigDecimal.valueOf(6), PRD));
    ok(gov.as(CITY).resources().approveChange(id));
    world.clock.set(at("2025-06-30T21:00"));
    ok(gov.as(DEPT_D).resources().confirmChange(id, BigDecimal.valueOf(6), at("2025-06-30T20:00")));
    assertThat(world.store.transact(uow -> uow.deadlines().ofSubject("resource", id.value())).stream()
        .filter(d -> d.kind().equals("PERIODIC_CHANGE")).map(TrackedDeadline::status).toList())
        .containsExactly(TrackedDeadline.Status.MET, TrackedDeadline.Status.OPEN);
    assertThat(deadline(id, "PERIODIC_CHANGE").lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
  }
}
