package io.govcloud.core;

import static io.govcloud.core.World.*;

import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.RectificationId;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A fresh world for one cell of the access matrix, and the subjects the facet methods act on, prepared
 * by the parties allowed to: resources in every state of the lifecycle and of an emergency, contracts,
 * projects, issued bills. An owner is the department the subject belongs to: D, its subordinate unit S,
 * or the district department X.
 */
final class AccessFixture {

  static final YearMonth MARCH = YearMonth.of(2025, 3);

  final World world = new World(InMemoryStore.create());
  final GovCloud gov = world.gov;
  private int next;

  /** A new id of a kind, unique in this world. */
  String newId(String kind) {
    return kind + "-new-" + ++next;
  }

  /** The project of the annual list an owner's resources cite. */
  static ProjectId project(DepartmentId owner) {
    return owner.equals(S) ? PRS : owner.equals(X) ? PRX : PRD;
  }

  /** The department actor that applies for an owner: D for itself and for S, X for itself. */
  static io.govcloud.model.Actor applicant(DepartmentId owner) {
    return owner.equals(X) ? DEPT_X : DEPT_D;
  }

  /** The authority of an owner's platform. */
  static io.govcloud.model.Actor authority(DepartmentId owner) {
    return owner.equals(X) ? DISTRICT_AUTHORITY : CITY;
  }

  /** A request of one unit for an owner (named, whoever files it), on its platform. */
  static ResourceRequest request(DepartmentId owner) {
    return owner.equals(X) ? ResourceRequest.of(PRX, PX, CX, "ecs.c2m4", BigDecimal.ONE).forSubordinate(X)
        : ResourceRequest.of(project(owner), PD, CD, "ecs.c2m4", BigDecimal.ONE).forSubordinate(owner);
  }

  /** An emergency request of one unit for an owner (named, whoever reports it). */
  static ResourceRequest emergencyRequest(DepartmentId owner) {
    return owner.equals(X) ? ResourceRequest.emergency(PX, CX, "ecs.c2m4", BigDecimal.ONE).forSubordinate(X)
        : ResourceRequest.emergency(PD, CD, "ecs.c2m4", BigDecimal.ONE).forSubordinate(owner);
  }

  String applied(DepartmentId owner) {
    return ok(gov.as(applicant(owner)).resources().apply(request(owner))).resource().orElseThrow().id().value();
  }

  String trialNotified(DepartmentId owner) {
    String id = applied(owner);
    ok(gov.as(authority(owner)).resources().approve(ResourceId.of(id)));
    return id;
  }

  String inTrial(DepartmentId owner) {
    String id = trialNotified(owner);
    ok(gov.as(PROVIDER_1).resources().openTrial(ResourceId.of(id), world.clock.instant(), false));
    return id;
  }

  String testPassed(DepartmentId owner) {
    String id = inTrial(owner);
    ok(gov.as(applicant(owner)).resources().recordTest(ResourceId.of(id), true, "通过"));
    return id;
  }

  String active(DepartmentId owner) {
    String id = testPassed(owner);
    world.clock.advance(Duration.ofHours(1));
    ok(gov.as(applicant(owner)).resources().confirmOpen(ResourceId.of(id), BigDecimal.ONE, world.clock.instant()));
    return id;
  }

  String changeRequested(DepartmentId owner) {
    String id = active(owner);
    ok(gov.as(applicant(owner)).resources().applyChange(ResourceId.of(id), "ecs.c4m8", BigDecimal.ONE, project(owner)));
    return id;
  }

  String changeApproved(DepartmentId owner) {
    String id = changeRequested(owner);
    ok(gov.as(authority(owner)).resources().approveChange(ResourceId.of(id)));
    return id;
  }

  String terminationRequested(DepartmentId owner) {
    String id = active(owner);
    ok(gov.as(applicant(owner)).resources().applyTermination(ResourceId.of(id), project(owner)));
    return id;
  }

  String terminationApproved(DepartmentId owner) {
    String id = terminationRequested(owner);
    ok(gov.as(authority(owner)).resources().approveTermination(ResourceId.of(id)));
    return id;
  }

  String terminationReady(DepartmentId owner) {
    String id = terminationApproved(owner);
    for (CloudResource.TerminationStep step : CloudResource.TerminationStep.values()) {
      ok(gov.as(applicant(owner)).resources().recordTerminationStep(ResourceId.of(id), step));
    }
    return id;
  }

  String emergencyReported(DepartmentId owner) {
    return ok(gov.as(applicant(owner)).emergencies().report(emergencyRequest(owner))).id().value();
  }

  String emergencyProvisioned(DepartmentId owner) {
    String id = emergencyReported(owner);
    ok(gov.as(PROVIDER_1).emergencies().provision(ResourceId.of(id), world.clock.instant()));
    return id;
  }

  String emergencyConfirmed(DepartmentId owner) {
    String id = emergencyProvisioned(owner);
    ok(gov.as(applicant(owner)).emergencies().confirm(ResourceId.of(id), BigDecimal.ONE, world.clock.instant()));
    ok(gov.as(applicant(owner)).emergencies().recordSupplementApproval(ResourceId.of(id), project(owner), world.clock.instant()));
    return id;
  }

  /** A contract of an owner, not registered. */
  Contract newContract(DepartmentId owner) {
    return owner.equals(X) ? World.contract(ContractId.of(newId("contract")), X, P1, PX)
        : World.contract(ContractId.of(newId("contract")), owner, P1, PD);
  }

  /** A contract of an owner, registered and not filed. */
  String contract(DepartmentId owner) {
    Contract contract = newContract(owner);
    ok(gov.as(applicant(owner)).registry().registerContract(contract));
    return contract.id().value();
  }

  /** A new build of an owner, registered and not accepted. */
  String newBuild(DepartmentId owner) {
    Project project = Project.of(ProjectId.of(newId("project")), "新建项目", owner, 2025, Project.Type.NEW_BUILD);
    ok(gov.as(authority(owner)).registry().registerProject(project));
    return project.id().value();
  }

  /** The account of an owner, with March 2025 issued: one resource in service from the 3rd. */
  BillingAccount billed(DepartmentId owner) {
    active(owner);
    world.clock.set(at("2025-04-01T09:00"));
    // each level's authority bills its own platforms (Art. 17, 20): the district's X, the municipality's D
    io.govcloud.model.Actor authority = owner.equals(X) ? DISTRICT_AUTHORITY : CITY;
    ok(gov.as(authority).billing().startLedger(MARCH));
    ok(gov.as(authority).billing().issue(MARCH));
    return BillingAccount.of(owner, owner.equals(X) ? PX : PD, P1);
  }

  /** The platform of an owner's resources and cases. */
  static PlatformId platformOf(DepartmentId owner) {
    return owner.equals(X) ? PX : PD;
  }

  /** Today in Shanghai, by the world's clock. */
  LocalDate today() {
    return world.clock.instant().atZone(SHANGHAI).toLocalDate();
  }

  /** A measurement of an owner's vCPU on its platform an hour ago: 40 of 100 idle. */
  Measurement measurement(DepartmentId owner) {
    return new Measurement(owner, platformOf(owner), Dimension.VCPU, BigDecimal.valueOf(100), BigDecimal.valueOf(40),
        world.clock.instant().minus(Duration.ofHours(1)), "多云管理系统数据接口");
  }

  /** A reduction case of an owner, just reminded: its platform's authority set 15 %, the system recorded 40 % idle. */
  String reductionCase(DepartmentId owner) {
    ok(gov.as(authority(owner)).reallocation().setRedundancyRatio(platformOf(owner), new BigDecimal("0.15"), today(), "渝大数据发〔2025〕12号"));
    return ok(gov.as(io.govcloud.model.Actor.system("collector")).reallocation().recordUtilization(measurement(owner)))
        .reductionCase().orElseThrow().id().value();
  }

  /** The platform of an owner's matters: X's district platform, D's for D and its subordinate unit S. */
  static PlatformId platform(DepartmentId owner) {
    return owner.equals(X) ? PX : PD;
  }

  /** A rectification ordered by the municipal authority on an owner's platform, due in a week. */
  String rectification(DepartmentId owner) {
    String id = newId("rectification");
    ok(gov.as(CITY).acceptance().orderRectification(new RectificationOrder(RectificationId.of(id), platform(owner), Optional.empty(),
        "安全漏洞未修复", CITY.party(), LocalDate.of(2025, 3, 10))));
    return id;
  }

  /** The audit trail so far. */
  List<AuditRecord> trail() {
    return world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE));
  }
}
