package io.govcloud.jdbc;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DeadlineId;
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
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.TrackedDeadline;
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

/** Aggregates for the tests: every field set (with hostile text), or every optional field empty. */
final class Samples {

  /** Quotes, an SQL fragment, a backslash, non-BMP characters, an emoji, Chinese and trailing spaces. */
  static final String HOSTILE = "O'Brien \"q\" `b` \\ ; '; DROP TABLE gc_platform; -- 𠀀😀 政务云 \t ";

  /** Exactly 200 chars (UTF-16 units), the longest name, with non-BMP characters and quotes. */
  static final String LONGEST = "名𠀀😀'".repeat(33) + "ab";

  /** An instant with microseconds, which every database keeps. */
  static final Instant T0 = Instant.parse("2026-03-02T01:02:03.123456Z");

  private Samples() {}

  static Instant at(long secondsAfterT0) {
    return T0.plusSeconds(secondsAfterT0);
  }

  static Platform platform(String id, String name) {
    return Platform.builder().id(PlatformId.of(id)).name(name).jurisdiction(Jurisdiction.MUNICIPAL)
        .owner(DepartmentId.of("d-owner")).provider(ProviderId.of("pr-1")).addZones(NetworkZone.EXTRANET)
        .timeZone(ZoneId.of("Asia/Urumqi")).redundancyRatio(new BigDecimal("0.250")).build();
  }

  static Platform districtPlatform(String id) {
    return Platform.builder().id(PlatformId.of(id)).name("district " + id).jurisdiction(Jurisdiction.district("yuzhong"))
        .provider(ProviderId.of("pr-2")).build();
  }

  static Department department(String id, String name, Optional<String> parent) {
    return new Department(DepartmentId.of(id), name, Jurisdiction.district("jiangbei"), parent.map(DepartmentId::of), 0);
  }

  static Provider provider(String id, String name, boolean suspended) {
    Provider provider = Provider.of(ProviderId.of(id), name);
    return suspended ? provider.withSuspension(Optional.of(new Provider.Suspension(at(5), HOSTILE))) : provider;
  }

  static Contract contract(String id, String department, String provider) {
    return Contract.builder().id(ContractId.of(id)).department(DepartmentId.of(department)).provider(ProviderId.of(provider))
        .platform(PlatformId.of("p-1")).signedAt(at(0)).trialDays(30)
        .addOtherParties(new Contract.OtherParty(HOSTILE, "安全服务 security", false), new Contract.OtherParty(LONGEST, "x", true))
        .addSupplements(new Contract.Supplement("补充-1 'a'", at(60), 10), new Contract.Supplement("补充-2", at(120), 5))
        .addPrices(
            ContractPrice.of("ecs.4c8g", Money.of("1234.56"), LocalDate.of(2026, 1, 1)),
            ContractPrice.of("ecs.4c8g", Money.ofFen(Long.MAX_VALUE), LocalDate.of(2027, 1, 1)),
            ContractPrice.of("oss.gb", Money.ZERO, LocalDate.of(1999, 12, 31)))
        .filedAt(at(3600)).build();
  }

  static Contract bareContract(String id, String department, String provider) {
    return Contract.builder().id(ContractId.of(id)).department(DepartmentId.of(department)).provider(ProviderId.of(provider))
        .platform(PlatformId.of("p-1")).signedAt(at(0)).trialDays(15).build();
  }

  static Project project(String id, String department, int year) {
    return Project.of(ProjectId.of(id), HOSTILE, DepartmentId.of(department), year, Project.Type.RENOVATION).withAccepted(true);
  }

  /** Every optional field present, fractional quantities with their scales. */
  static CloudResource resource(String id, String department, String platform, String provider) {
    return CloudResource.builder().id(ResourceId.of(id)).department(DepartmentId.of(department))
        .applicant(DepartmentId.of("d-parent")).platform(PlatformId.of(platform)).provider(ProviderId.of(provider))
        .contract(ContractId.of("c-1")).project(ProjectId.of("pj-1")).zone(NetworkZone.EXTRANET).item("ecs.4c8g")
        .quantity(new BigDecimal("2.50")).requestedQuantity(new BigDecimal("1E+3")).fromRedundancy(new BigDecimal("0.000000000000000001"))
        .deploymentMode(DeploymentMode.DEDICATED).deploymentReason(HOSTILE).deploymentConsented(true).integrated(true)
        .state(ResourceState.TERMINATION_APPROVED).appliedAt(at(0)).trialOpenedAt(at(100))
        .trialEndsOn(LocalDate.of(2026, 2, 28))
        .test(new CloudResource.TestResult(false, at(200), LONGEST))
        .pendingChange(new CloudResource.PendingChange("ecs.8c16g", new BigDecimal("12345678901234567890.123456789012345678"),
            ProjectId.of("pj-2"), at(300)))
        .termination(new CloudResource.Termination(at(400), ProjectId.of("pj-3"),
            Set.of(CloudResource.TerminationStep.SYSTEM_OFFLINE, CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER)))
        .emergency(new CloudResource.Emergency(at(10), Optional.of(at(20)), Optional.empty(), Optional.of(at(30)), Optional.empty()))
        .addPeriods(new CloudResource.Period(MonthDay.of(1, 1), new BigDecimal("4")),
            new CloudResource.Period(MonthDay.of(2, 29), new BigDecimal("8.0")))
        .build();
  }

  /** Every optional field empty; the emergency path without a project. */
  static CloudResource bareResource(String id, String department) {
    return bareResource(id, department, BigDecimal.ONE);
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

  /** A termination applied for, with none of its steps done yet. */
  static CloudResource terminatingResource(String id, String department) {
    return CloudResource.builder().id(ResourceId.of(id)).department(DepartmentId.of(department))
        .applicant(DepartmentId.of(department)).platform(PlatformId.of("p-1")).provider(ProviderId.of("pr-1"))
        .contract(ContractId.of("c-1")).project(ProjectId.of("pj-1")).zone(NetworkZone.INTERNET).item("oss.gb")
        .quantity(BigDecimal.TEN).requestedQuantity(BigDecimal.TEN).fromRedundancy(BigDecimal.ZERO)
        .deploymentMode(DeploymentMode.BARE_METAL).deploymentConsented(true).integrated(false)
        .state(ResourceState.TERMINATION_REQUESTED).appliedAt(at(0))
        .termination(new CloudResource.Termination(at(2), ProjectId.of("pj-9"), Set.of()))
        .build();
  }

  static TrackedDeadline deadline(String id, String subjectId, Instant trigger, Instant expiresAt) {
    return deadline(id, subjectId, trigger, expiresAt, Set.of(TrackedDeadline.Stage.APPROACHING));
  }

  static TrackedDeadline deadline(String id, String subjectId, Instant trigger, Instant expiresAt, Set<TrackedDeadline.Stage> sent) {
    return TrackedDeadline.builder().id(DeadlineId.of(id)).kind("CONTRACT_FILING").article(Article.of(12))
        .subjectType("contract").subjectId(subjectId).platform(PlatformId.of("p-1"))
        .responsible(Party.department(DepartmentId.of("d-1"))).trigger(trigger)
        .lastDay(LocalDate.of(2026, 3, 9)).expiresAt(expiresAt).lastDayStartsAt(expiresAt.minusSeconds(86_400).isBefore(trigger)
            ? trigger : expiresAt.minusSeconds(86_400))
        .addAllNotified(sent).build();
  }

  static WorkOrder workOrder(String id, String resource, String department, Instant confirmedAt) {
    return workOrder(id, resource, department, confirmedAt, Optional.empty());
  }

  static WorkOrder workOrder(String id, String resource, String department, Instant confirmedAt, Optional<WorkOrderId> supersedes) {
    return WorkOrder.builder().id(WorkOrderId.of(id)).resource(ResourceId.of(resource)).kind(WorkOrder.Kind.CHANGE)
        .department(DepartmentId.of(department)).platform(PlatformId.of("p-1")).provider(ProviderId.of("pr-1"))
        .contract(ContractId.of("c-1")).project(ProjectId.of("pj-1")).item("ecs.4c8g").quantity(new BigDecimal("3.000"))
        .effectiveAt(confirmedAt.minusSeconds(3600)).zone(ZoneId.of("Asia/Shanghai")).confirmedAt(confirmedAt)
        .supersedes(supersedes).build();
  }

  static AuditRecord accepted(String subjectId, Instant at) {
    return AuditRecord.accepted(at, Actor.department(DepartmentId.of("d-1"), LONGEST), "CONFIRM_OPEN", "resource", subjectId,
        List.of(FieldChange.of("state", "TEST_PASSED", "ACTIVE"), FieldChange.of("note", null, HOSTILE),
            FieldChange.of("reason", "", null)));
  }

  static AuditRecord refused(String subjectId, Instant at) {
    Violation violation = Violation.of("PRICE_ABOVE_CAP", Article.of(27), "价格超过限价 " + HOSTILE, "price above the cap")
        .with("price", Money.of("12.34")).with("cap", "10.00").with("键 'k'", HOSTILE);
    return AuditRecord.refused(at, Actor.system("sweep"), "SET_PRICE", "contract", subjectId, violation);
  }

  static Notification notification(String id, Instant createdAt) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("zeta", "1");
    data.put("alpha 'a'", HOSTILE);
    data.put("名", LONGEST);
    return new Notification(NotificationId.of(id), "DEADLINE_MISSED", Party.authority(Jurisdiction.MUNICIPAL), "resource", "r-1",
        Article.of(20), "试运行通知 " + HOSTILE, "trial notice", data, createdAt);
  }
}
