package io.govcloud.jdbc;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values for the JDBC-specific tests: decimals of several scales up to the bounds of the store's columns,
 * instants with microseconds. (Hostile texts and every field of every aggregate are the TCK's.)
 */
final class Samples {

  /** An instant with microseconds, which every database keeps. */
  static final Instant T0 = Instant.parse("2026-03-02T01:02:03.123456Z");

  private Samples() {}

  static Instant at(long secondsAfterT0) {
    return T0.plusSeconds(secondsAfterT0);
  }

  /** A municipal platform in a zone other than Shanghai's. */
  static Platform platform(String id) {
    return Platform.builder().id(PlatformId.of(id)).name("平台 " + id).jurisdiction(Jurisdiction.MUNICIPAL)
        .owner(DepartmentId.of("d-owner")).provider(ProviderId.of("pr-1")).addZones(NetworkZone.EXTRANET)
        .timeZone(ZoneId.of("Asia/Urumqi")).build();
  }

  /** A department of a district, under a parent or not. */
  static Department department(String id, String name, Optional<String> parent) {
    return new Department(DepartmentId.of(id), name, Jurisdiction.district("jiangbei"), parent.map(DepartmentId::of), 0);
  }

  /** A contract without other parties, supplements, prices or filing. */
  static Contract contract(String id, String department, String provider) {
    return Contract.builder().id(ContractId.of(id)).department(DepartmentId.of(department)).provider(ProviderId.of(provider))
        .platform(PlatformId.of("p-1")).signedAt(at(0)).trialDays(15).build();
  }

  /**
   * Every optional field present; quantities of several scales, down to the smallest a quantity may be
   * ({@code 0.000001}) and up to the largest, written with 18 decimals (docs/rules.md#limits).
   */
  static CloudResource resource(String id, String department, String platform, String provider) {
    return CloudResource.builder().id(ResourceId.of(id)).department(DepartmentId.of(department))
        .applicant(DepartmentId.of("d-parent")).platform(PlatformId.of(platform)).provider(ProviderId.of(provider))
        .contract(ContractId.of("c-1")).project(ProjectId.of("pj-1")).zone(NetworkZone.EXTRANET).item("ecs.4c8g")
        .quantity(new BigDecimal("2.50")).requestedQuantity(new BigDecimal("1E+3")).fromRedundancy(new BigDecimal("0.000001"))
        .deploymentMode(DeploymentMode.DEDICATED).deploymentReason("业务连续性").deploymentConsented(true).integrated(true)
        .state(ResourceState.TERMINATION_APPROVED).appliedAt(at(0)).trialOpenedAt(at(100))
        .trialEndsOn(LocalDate.of(2026, 2, 28))
        .test(new CloudResource.TestResult(false, at(200), "测试未通过"))
        .pendingChange(new CloudResource.PendingChange("ecs.8c16g", new BigDecimal("10000000.000000000000000000"),
            ProjectId.of("pj-2"), at(300)))
        .termination(new CloudResource.Termination(at(400), ProjectId.of("pj-3"),
            Set.of(CloudResource.TerminationStep.SYSTEM_OFFLINE, CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER)))
        .emergency(new CloudResource.Emergency(at(10), Optional.of(at(20)), Optional.empty(), Optional.of(at(30)), Optional.empty()))
        .addPeriods(new CloudResource.Period(MonthDay.of(1, 1), new BigDecimal("4")),
            new CloudResource.Period(MonthDay.of(2, 29), new BigDecimal("8.0")))
        .build();
  }

  /** Every optional field empty, of a quantity. */
  static CloudResource bareResource(String id, String department, BigDecimal quantity) {
    return CloudResource.builder().id(ResourceId.of(id)).department(DepartmentId.of(department))
        .applicant(DepartmentId.of(department)).platform(PlatformId.of("p-1")).provider(ProviderId.of("pr-1"))
        .contract(ContractId.of("c-1")).zone(NetworkZone.INTERNET).item("oss.gb").quantity(quantity)
        .requestedQuantity(BigDecimal.ONE).fromRedundancy(BigDecimal.ZERO).deploymentMode(DeploymentMode.SHARED)
        .deploymentConsented(false).integrated(false).state(ResourceState.EMERGENCY_REPORTED).appliedAt(at(0))
        .emergency(CloudResource.Emergency.reported(at(1)))
        .build();
  }

  /** A work order whose quantity has trailing zeros. */
  static WorkOrder workOrder(String id, String resource, String department, Instant confirmedAt) {
    return WorkOrder.builder().id(WorkOrderId.of(id)).resource(ResourceId.of(resource)).kind(WorkOrder.Kind.CHANGE)
        .department(DepartmentId.of(department)).platform(PlatformId.of("p-1")).provider(ProviderId.of("pr-1"))
        .contract(ContractId.of("c-1")).project(ProjectId.of("pj-1")).item("ecs.4c8g").quantity(new BigDecimal("3.000"))
        .effectiveAt(confirmedAt.minusSeconds(3600)).zone(ZoneId.of("Asia/Shanghai")).confirmedAt(confirmedAt)
        .build();
  }

  /** An accepted action on a resource. */
  static AuditRecord accepted(String subjectId, Instant at) {
    return AuditRecord.accepted(at, Actor.department(DepartmentId.of("d-1"), "张三"), "CONFIRM_OPEN", "resource", subjectId,
        List.of(FieldChange.of("state", "TEST_PASSED", "ACTIVE"), FieldChange.of("reason", "", null)));
  }

  /** A refused action on a resource. */
  static AuditRecord refused(String subjectId, Instant at) {
    Violation violation = Violation.of("PRICE_ABOVE_CAP", Article.of(27), "价格超过限价", "price above the cap")
        .with("price", Money.of("12.34")).with("cap", "10.00");
    return AuditRecord.refused(at, Actor.system("sweep"), "SET_PRICE", "resource", subjectId, violation);
  }

  /** A notification to the municipal authority. */
  static Notification notification(String id, Instant createdAt) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("zeta", "1");
    data.put("alpha", "2");
    return new Notification(NotificationId.of(id), "DEADLINE_MISSED", Party.authority(Jurisdiction.MUNICIPAL), "resource", "r-1",
        Article.of(20), "试运行通知", "trial notice", data, createdAt);
  }
}
