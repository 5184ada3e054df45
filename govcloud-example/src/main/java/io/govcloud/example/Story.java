package io.govcloud.example;

import static io.govcloud.example.District.*;
import static io.govcloud.example.Host.ok;

import io.govcloud.core.GovCloud;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.example.Lang.Text;
import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Configuration;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The first three quarters of the district's year, in the order they happen, through {@code gov.as(actor)}
 * only: the registry in its order (docs/rules.md#r8), contracts and their filing (Art. 12), openings with
 * trial, test and confirmation (Art. 19–22), an adapted request and one that is not adaptable (Art. 27), a
 * subordinate unit's application filed by its parent (Art. 19), a late confirmation (Art. 30), a change
 * mid-month and a termination (Art. 22, 24). {@link Autumn} plays the rest.
 */
final class Story {

  final Host host;
  final GovCloud gov;
  ResourceId eduServers;
  ResourceId eduDisks;
  ResourceId healthServers;
  ResourceId healthDatabase;
  ResourceId healthBandwidth;
  ResourceId itcServers;

  Story(Host host) {
    this.host = host;
    this.gov = host.gov;
  }

  /** The whole year, then the acceptance and the statements of January 2026. */
  void play() {
    registry();
    contracts();
    januaryOpenings();
    subordinateUnit();
    changeAndTermination();
    new Autumn(this).play();
  }

  /** The district authority registers the provider, departments, platform and annual projects (Art. 9–11, 19, 28). */
  private void registry() {
    host.at("2025-01-02T09:00");
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerProvider(Provider.of(PROVIDER, "渝云数智科技有限公司")));
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerDepartment(Department.of(EDUCATION, "江北区教育委员会", JIANGBEI)));
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerDepartment(
        Department.subordinate(EDUCATION_IT, "江北区教育信息技术中心", JIANGBEI, EDUCATION)));
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerDepartment(Department.of(HEALTH, "江北区卫生健康委员会", JIANGBEI)));
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerDepartment(Department.of(MARKET, "江北区市场监督管理局", JIANGBEI)));
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerPlatform(
        Platform.builder().id(PLATFORM).name("江北区政务云平台").jurisdiction(JIANGBEI).provider(PROVIDER).build()));
    project(EDUCATION_OPERATIONS, "智慧教育平台运维", EDUCATION, Project.Type.OPERATIONS);
    project(EDUCATION_IT_BUILD, "教育资源公共服务平台建设", EDUCATION_IT, Project.Type.NEW_BUILD);
    project(HEALTH_OPERATIONS, "全民健康信息平台运维", HEALTH, Project.Type.OPERATIONS);
    project(MARKET_BUILD, "智慧市场监管平台建设", MARKET, Project.Type.NEW_BUILD);
  }

  void project(ProjectId id, String name, DepartmentId department, Project.Type type) {
    ok(AUTHORITY, gov.as(AUTHORITY).registry().registerProject(Project.of(id, name, department, 2025, type)));
  }

  /** Two contracts signed in January and filed within 5 working days (Art. 12). */
  private void contracts() {
    sign(EDU, EDUCATION_CONTRACT, "2025-01-03T10:00");
    sign(HEALTH_DEPT, HEALTH_CONTRACT, "2025-01-06T10:00");
    file(EDU, EDUCATION_CONTRACT, "2025-01-07T15:00");
    file(HEALTH_DEPT, HEALTH_CONTRACT, "2025-01-07T16:30");
  }

  void sign(Actor department, ContractId id, String signedAt) {
    Instant signed = host.at(signedAt);
    ok(department, gov.as(department).registry().registerContract(contract(id, DepartmentId.of(department.subject()), signed)));
    host.watch(signed, Text.of(name(DepartmentId.of(department.subject())).zh() + "签订合同 " + id,
        name(DepartmentId.of(department.subject())).en() + " signs contract " + id), StatutoryDeadline.CONTRACT_FILING, id.value());
  }

  void file(Actor department, ContractId id, String filedAt) {
    Instant filed = host.at(filedAt);
    ok(department, gov.as(department).registry().fileContract(id));
    host.journal.met(StatutoryDeadline.CONTRACT_FILING, id.value(), filed);
  }

  /** Education opens servers and disks; health adapts a configuration the catalog lacks (Art. 27). */
  private void januaryOpenings() {
    host.at("2025-01-08T09:30");
    eduServers = apply(EDU, ResourceRequest.of(EDUCATION_OPERATIONS, PLATFORM, EDUCATION_CONTRACT, "ecs.c4m8", BigDecimal.valueOf(8)));
    eduDisks = apply(EDU, ResourceRequest.of(EDUCATION_OPERATIONS, PLATFORM, EDUCATION_CONTRACT, "evs.ssd", BigDecimal.valueOf(2000)));
    approve("2025-01-08T15:00", eduServers, eduDisks);
    trial("2025-01-09T10:00", eduServers, eduDisks);
    test(EDU, "2025-01-10T16:00", eduServers, eduDisks);
    confirm(EDU, "2025-01-13T09:00", "2025-01-13T09:00", eduServers, eduDisks);

    // health applies for 4 servers of 6 vCPU and 12 GiB, which the catalog does not list: the entry point
    // adapts them to the nearest item (Art. 27) and the resource keeps the adaptation
    host.at("2025-01-14T10:00");
    healthServers = apply(HEALTH_DEPT, ResourceRequest.forConfiguration(HEALTH_OPERATIONS, PLATFORM, HEALTH_CONTRACT,
        AdaptationRequest.of("compute", Configuration.builder().with(Dimension.VCPU, 6).with(Dimension.MEMORY_GIB, 12).build(), 4)));
    host.journal.adapted = ok(HEALTH_DEPT, gov.as(HEALTH_DEPT).records().resource(healthServers)).adaptation().orElseThrow();
    host.journal.adaptedItemName = catalog().inForceOn(LocalDate.of(2025, 1, 14)).orElseThrow()
        .item(host.journal.adapted.item()).orElseThrow().name();
    // and one analysis server of 64 vCPU and 256 GiB that nothing in the catalog meets: refused, with the
    // self-procurement path (Art. 27, 35)
    host.journal.notAdaptableRequest = AdaptationRequest.of("compute",
        Configuration.builder().with(Dimension.VCPU, 64).with(Dimension.MEMORY_GIB, 256).build(), 1);
    host.journal.notAdaptable = gov.as(HEALTH_DEPT).resources()
        .apply(ResourceRequest.forConfiguration(HEALTH_OPERATIONS, PLATFORM, HEALTH_CONTRACT, host.journal.notAdaptableRequest))
        .swap().getOrElseThrow(outcome -> new IllegalStateException("a 64-core server was not refused: " + outcome));
    healthDatabase = apply(HEALTH_DEPT, ResourceRequest.of(HEALTH_OPERATIONS, PLATFORM, HEALTH_CONTRACT, "rds.c4m16", BigDecimal.ONE));
    healthBandwidth = apply(HEALTH_DEPT, ResourceRequest.of(HEALTH_OPERATIONS, PLATFORM, HEALTH_CONTRACT, "bw.internet", BigDecimal.valueOf(50)));
    approve("2025-01-15T10:00", healthServers, healthDatabase, healthBandwidth);
    trial("2025-01-16T10:00", healthServers, healthDatabase, healthBandwidth);
    test(HEALTH_DEPT, "2025-01-17T16:00", healthServers, healthDatabase, healthBandwidth);
    confirm(HEALTH_DEPT, "2025-01-20T09:00", "2025-01-20T09:00", healthServers, healthDatabase, healthBandwidth);
  }

  /**
   * The education IT centre, a subordinate unit, may not apply itself; its parent files for it (Art. 19).
   * Its servers run from 25 March but are confirmed on 2 April, after March was issued: April's bill
   * carries an adjustment for March (Art. 30).
   */
  private void subordinateUnit() {
    host.at("2025-03-17T10:00");
    ResourceRequest request = ResourceRequest.of(EDUCATION_IT_BUILD, PLATFORM, EDUCATION_CONTRACT, "ecs.c4m8", BigDecimal.valueOf(2))
        .forSubordinate(EDUCATION_IT);
    host.refused(Text.of("教育信息技术中心自行申请开通", "the education IT centre applies itself"),
        gov.as(EDU_IT).resources().apply(request));
    itcServers = apply(EDU, request);
    approve("2025-03-18T10:00", itcServers);
    trial("2025-03-19T10:00", itcServers);
    test(EDU, "2025-03-24T16:00", itcServers);
    confirm(EDU, "2025-04-02T10:00", "2025-03-25T09:00", itcServers);
  }

  /** Education moves to larger servers from 16 May; health ends its bandwidth on 15 August (Art. 22, 24). */
  private void changeAndTermination() {
    Instant applied = host.at("2025-05-12T10:00");
    ok(EDU, gov.as(EDU).resources().applyChange(eduServers, "ecs.c8m16", BigDecimal.valueOf(8), EDUCATION_OPERATIONS));
    host.watch(applied, Text.of("区教委申请变更为 ecs.c8m16 × 8", "education applies to change to ecs.c8m16 × 8"),
        StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, eduServers.value());
    Instant approved = host.at("2025-05-13T10:00");
    ok(AUTHORITY, gov.as(AUTHORITY).resources().approveChange(eduServers));
    host.journal.met(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, eduServers.value(), approved);
    host.at("2025-05-16T09:00");
    ok(EDU, gov.as(EDU).resources().confirmChange(eduServers, BigDecimal.valueOf(8), District.at("2025-05-16T09:00")));

    host.at("2025-08-04T10:00");
    ok(HEALTH_DEPT, gov.as(HEALTH_DEPT).resources().applyTermination(healthBandwidth, HEALTH_OPERATIONS));
    host.at("2025-08-05T10:00");
    ok(AUTHORITY, gov.as(AUTHORITY).resources().approveTermination(healthBandwidth));
    String[] days = {"2025-08-06T10:00", "2025-08-11T10:00", "2025-08-14T10:00"};
    CloudResource.TerminationStep[] steps = CloudResource.TerminationStep.values();
    for (int i = 0; i < steps.length; i++) {
      host.at(days[i]);
      ok(HEALTH_DEPT, gov.as(HEALTH_DEPT).resources().recordTerminationStep(healthBandwidth, steps[i]));
    }
    host.at("2025-08-15T18:00");
    ok(HEALTH_DEPT, gov.as(HEALTH_DEPT).resources().confirmTermination(healthBandwidth, District.at("2025-08-15T18:00")));
  }

  /** A department applies; the authority has 2 working days to notify the provider (Art. 20). */
  ResourceId apply(Actor department, ResourceRequest request) {
    CloudResource resource = ok(department, gov.as(department).resources().apply(request)).resource().orElseThrow();
    ResourceId id = resource.id();
    Text who = name(request.forDepartment().orElse(DepartmentId.of(department.subject())));
    String what = resource.item() + " × " + resource.requestedQuantity().toPlainString();
    host.watch(host.clock.instant(), Text.of(who.zh() + "申请开通 " + what, who.en() + " applies for " + what),
        StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, id.value());
    return id;
  }

  void approve(String when, ResourceId... ids) {
    Instant at = host.at(when);
    for (ResourceId id : ids) {
      ok(AUTHORITY, gov.as(AUTHORITY).resources().approve(id));
      host.journal.met(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, id.value(), at);
    }
  }

  void trial(String when, ResourceId... ids) {
    Instant at = host.at(when);
    for (ResourceId id : ids) {
      ok(OPERATOR, gov.as(OPERATOR).resources().openTrial(id, at, false));
    }
  }

  void test(Actor department, String when, ResourceId... ids) {
    host.at(when);
    for (ResourceId id : ids) {
      ok(department, gov.as(department).resources().recordTest(id, true, "功能与性能测试通过"));
    }
  }

  void confirm(Actor department, String when, String completedAt, ResourceId... ids) {
    host.at(when);
    for (ResourceId id : ids) {
      CloudResource resource = ok(department, gov.as(department).records().resource(id));
      ok(department, gov.as(department).resources().confirmOpen(id, resource.quantity(), District.at(completedAt)));
    }
  }
}
