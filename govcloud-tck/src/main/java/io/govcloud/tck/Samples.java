package io.govcloud.tck;

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
import io.govcloud.model.Limits;
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
import io.govcloud.model.ResourceAdaptation;
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
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values the contract tests save: every aggregate fully populated (every optional present, lists
 * not empty) or minimal (every optional empty), with the texts given, and the texts stores get wrong.
 * Instants carry microseconds, the finest precision the port asks a store to keep.
 */
final class Samples {

  /** An instant with microseconds: 2025-09-26 15:30:00.123456 in Beijing. */
  static final Instant T0 = Instant.parse("2025-09-26T07:30:00.123456Z");

  /** A name of exactly 200 chars (the longest a name may be), with characters outside the BMP. */
  static final String LONGEST_NAME = "重庆𠀀".repeat(50); // 50 × (1 + 1 + 2 chars)

  /**
   * Texts that break careless stores: quotes, SQL, escapes, markup, characters outside the Basic
   * Multilingual Plane, combining and invisible characters, right-to-left script, spaces at the ends, the
   * longest name. Every one is a valid name (docs/rules.md#limits: one line, not blank, at most 200 chars);
   * the texts a name may not hold are in {@link LimitsContract}.
   */
  static final List<String> HOSTILE_TEXTS =
      List.of(
          "'; DROP TABLE x; --",
          "Robert'); DELETE FROM resource WHERE ('1'='1",
          "O'Brien \"double\" `back` 'single'",
          "100% _match_ \\backslash\\ \\' \\\" \\0 $1 ? :name",
          "重庆市大数据应用发展管理局（渝中区）",
          "𠀀𠀁𪚥 🎉👩‍💻🇨🇳",
          "e\u0301 combining, zero\u200bwidth, שלום right-to-left, soft\u00a0space\u3000wide",
          "one line (docs/rules.md#limits): \u2424 \u21b5 \u00b6 no break",
          "  spaces at both ends  ",
          "NULL",
          "<script>alert('x')</script> ${jndi:ldap://x} {{7*7}}",
          LONGEST_NAME);

  /** Identifiers that break careless stores; each a valid id (not blank, at most 64 chars). */
  static final List<String> HOSTILE_IDS =
      List.of("id'; DROP TABLE x; --", "部门/𠀀/🎉", "a%_\\'\"", "in side spaces", "𠀀".repeat(32));

  private Samples() {}

  /** An instant some seconds after {@link #T0}. */
  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  // ------------------------------------------------------------------------------------ aggregates

  /** A municipal platform owned by a department (every optional present), or a district's (minimal). */
  static Platform platform(PlatformId id, Optional<DepartmentId> owner, ProviderId provider, String name) {
    Platform.Builder builder = Platform.builder().id(id).name(name).provider(provider);
    if (owner.isPresent()) {
      return builder
          .jurisdiction(Jurisdiction.MUNICIPAL)
          .owner(owner.get())
          .addZones(NetworkZone.EXTRANET)
          .timeZone(ZoneId.of("Asia/Urumqi"))
          .build();
    }
    return builder.jurisdiction(Jurisdiction.district("渝中区")).build();
  }

  /** A department, a subordinate unit if it has a parent. */
  static Department department(DepartmentId id, Optional<DepartmentId> parent, String name) {
    return new Department(id, name, parent.isPresent() ? Jurisdiction.MUNICIPAL : Jurisdiction.district("两江新区"), parent, 0);
  }

  /** A provider, suspended by rectifications (with the text as the reason) or not. */
  static Provider provider(ProviderId id, String name, boolean suspended) {
    Optional<Provider.Suspension> suspension = suspended
        ? Optional.of(new Provider.Suspension(at(-86_400), name, Provider.Suspension.Cause.RECTIFICATION))
        : Optional.empty();
    return new Provider(id, name, suspension, 0);
  }

  /**
   * A contract with other parties, supplements, prices (the largest and a zero one among them) and a
   * filing time, or with none of them.
   */
  static Contract contract(
      ContractId id, DepartmentId department, ProviderId provider, int trialDays, String text, boolean full) {
    Contract.Builder builder =
        Contract.builder()
            .id(id)
            .department(department)
            .provider(provider)
            .platform(PlatformId.of("platform-of-" + id.value().length()))
            .signedAt(at(0))
            .trialDays(trialDays);
    if (full) {
      builder
          .addOtherParties(new Contract.OtherParty(text, text, false))
          .addOtherParties(new Contract.OtherParty("第二方", text, true))
          .addSupplements(new Contract.Supplement(text, at(3600), 15))
          .addSupplements(new Contract.Supplement("补充协议 2", at(7200), 1))
          .addSupplements(new Contract.Supplement("补充协议 3：仅调价", at(10_800), 0)) // a price-only supplement (Art. 26)
          .addPrices(ContractPrice.of("ecs-4c8g", Money.of("1234.56"), LocalDate.of(2025, 1, 1)))
          .addPrices(ContractPrice.of("ecs-4c8g", Money.of("999.99"), LocalDate.of(2026, 1, 1)))
          .addPrices(ContractPrice.of("ecs-4c8g", Limits.MAX_UNIT_PRICE, LocalDate.of(2027, 1, 1)))
          .addPrices(ContractPrice.of("oss-gb", Money.of("0.01"), LocalDate.of(2025, 1, 1)))
          .addPrices(ContractPrice.of("oss-gb", Money.ZERO, LocalDate.of(1999, 12, 31)))
          .filedAt(at(86_400));
    }
    return builder.build();
  }

  /** A project of a year's list. */
  static Project project(ProjectId id, DepartmentId department, int year, String name, Project.Type type, boolean accepted) {
    return new Project(id, name, department, year, type, accepted, 0);
  }

  /** How much of a resource is filled in. */
  enum Fill {
    /** Every optional present, periods not empty. */
    FULL,
    /** Every optional but the project empty. */
    MINIMAL,
    /** An emergency without a project: the one optional a minimal resource has is empty too. */
    EMERGENCY,
    /** A termination applied for, none of its steps done yet: an optional present, holding an empty set. */
    TERMINATING
  }

  /** A resource of a department, on a platform, served by a provider. */
  static CloudResource resource(
      ResourceId id, DepartmentId department, PlatformId platform, ProviderId provider, String text, Fill fill) {
    return resourceBuilder(id, department, platform, provider, text, fill,
        new BigDecimal("3.5"), new BigDecimal("5.50"), new BigDecimal("2")).build();
  }

  /** The builder of {@link #resource} with the quantities given, for a test to set more. */
  static CloudResource.Builder resourceBuilder(ResourceId id, DepartmentId department, PlatformId platform, ProviderId provider,
      String text, Fill fill, BigDecimal quantity, BigDecimal requested, BigDecimal fromRedundancy) {
    return resourceBuilder(id, department, platform, provider, text, fill, quantity, requested, fromRedundancy, at(60));
  }

  /** The builder of {@link #resource} with the quantities and the instant of application given. */
  static CloudResource.Builder resourceBuilder(ResourceId id, DepartmentId department, PlatformId platform, ProviderId provider,
      String text, Fill fill, BigDecimal quantity, BigDecimal requested, BigDecimal fromRedundancy, Instant appliedAt) {
    CloudResource.Builder builder =
        CloudResource.builder()
            .id(id)
            .department(department)
            .applicant(DepartmentId.of("applicant-" + department.value().length()))
            .platform(platform)
            .provider(provider)
            .contract(ContractId.of("contract-1"))
            .zone(NetworkZone.EXTRANET)
            .item("ecs-4c8g")
            .quantity(quantity)
            .requestedQuantity(requested)
            .fromRedundancy(fromRedundancy)
            .appliedAt(appliedAt);
    switch (fill) {
      case FULL -> builder
          .project(ProjectId.of("project-" + text.length()))
          .deploymentMode(DeploymentMode.DEDICATED)
          .deploymentReason(text)
          .deploymentConsented(true)
          .integrated(true)
          .state(ResourceState.TERMINATION_APPROVED)
          .trialOpenedAt(at(3600))
          .trialEndsOn(LocalDate.of(2025, 10, 31))
          .test(new CloudResource.TestResult(true, at(7200), text))
          .pendingChange(new CloudResource.PendingChange("ecs-8c16g", new BigDecimal("2.25"), ProjectId.of("p-change"), at(9000)))
          .termination(new CloudResource.Termination(at(10_000), ProjectId.of("p-end"), Set.of(CloudResource.TerminationStep.SYSTEM_OFFLINE, CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER)))
          .emergency(new CloudResource.Emergency(at(1), Optional.of(at(2)), Optional.of(at(3)), Optional.of(at(4)), Optional.of(at(5))))
          .pendingCorrection(new CloudResource.PendingCorrection(WorkOrderId.of("wo-corrected"), new BigDecimal("4.250"), at(8000),
              text.isBlank() ? "更正" : text, at(11_000)))
          .addPeriods(new CloudResource.Period(MonthDay.of(1, 1), new BigDecimal("1.5")))
          .addPeriods(new CloudResource.Period(MonthDay.of(2, 29), new BigDecimal("7")))
          .addPeriods(new CloudResource.Period(MonthDay.of(12, 31), new BigDecimal("0.001")))
          .adaptation(adaptation(text));
      case MINIMAL -> builder
          .project(ProjectId.of("project-" + text.length()))
          .deploymentMode(DeploymentMode.SHARED)
          .deploymentConsented(false)
          .integrated(false)
          .state(ResourceState.APPLIED);
      case EMERGENCY -> builder
          .deploymentMode(DeploymentMode.SHARED)
          .deploymentConsented(false)
          .integrated(false)
          .state(ResourceState.EMERGENCY_REPORTED)
          .emergency(CloudResource.Emergency.reported(at(30)));
      case TERMINATING -> builder
          .project(ProjectId.of("project-" + text.length()))
          .deploymentMode(DeploymentMode.BARE_METAL)
          .deploymentConsented(true)
          .integrated(false)
          .state(ResourceState.TERMINATION_REQUESTED)
          .termination(new CloudResource.Termination(at(10_000), ProjectId.of("p-end"), Set.of()));
    }
    return builder;
  }

  /**
   * An adaptation (Art. 27) with every part filled: two dimensions, one a per-unit fraction, three items not
   * chosen, texts in both languages and the caller's text.
   */
  static ResourceAdaptation adaptation(String text) {
    return new ResourceAdaptation(
        "2025版", "compute", 3, "ecs-8c16g", new BigDecimal("3.0"), Money.of("1440.00"), LocalDate.of(2025, 1, 1),
        new BigDecimal("0.75"),
        List.of(
            new ResourceAdaptation.Provision("memory", "GiB", new BigDecimal("12"), new BigDecimal("16.00")),
            new ResourceAdaptation.Provision("vcpu", "core", new BigDecimal("6.5"), new BigDecimal("8"))),
        List.of(
            new ResourceAdaptation.RejectedItem("ecs-4c8g", "UNDER_PROVISIONED", "内存为8GiB，低于每个实例所需的12GiB", "offers memory 8 GiB"),
            new ResourceAdaptation.RejectedItem("ecs-32c64g", "OVER_PROVISIONING_BOUND", "超出冗余上限75%：" + text, "beyond the bound"),
            new ResourceAdaptation.RejectedItem("ecs-8c32g", "COSTLIER", "月度费用更高", "costs more 😀")),
        "适配为ecs-8c16g：" + text, "adapted to ecs-8c16g");
  }

  /**
   * A deadline of a subject; closed ones carry a closing time, {@code full} ones every notice sent and are
   * provisional (counted without a holiday notice).
   */
  static TrackedDeadline deadline(
      DeadlineId id, String subjectId, Instant trigger, Instant expiresAt, TrackedDeadline.Status status, String text, boolean full) {
    TrackedDeadline.Builder builder =
        TrackedDeadline.builder()
            .id(id)
            .kind("TRIAL_ENVIRONMENT_NOTICE")
            .article(Article.of(20))
            .subjectType("resource")
            .subjectId(subjectId)
            .platform(PlatformId.of("platform-" + text.length()))
            .responsible(Party.authority(Jurisdiction.district("渝北区")))
            .trigger(trigger)
            .lastDay(LocalDate.of(2026, 2, 24))
            .expiresAt(expiresAt)
            .lastDayStartsAt(expiresAt.minusSeconds(86_400).isBefore(trigger) ? trigger : expiresAt.minusSeconds(86_400))
            .status(status);
    if (status != TrackedDeadline.Status.OPEN) {
      builder.closedAt(expiresAt.minusNanos(1_000));
    }
    if (full) {
      builder.addNotified(TrackedDeadline.Stage.APPROACHING, TrackedDeadline.Stage.DUE, TrackedDeadline.Stage.MISSED);
      builder.provisional(true);
    }
    return builder.build();
  }

  // ------------------------------------------------------------------------------------ values

  /** A work order confirmed at an instant; a correction when it supersedes another. */
  static WorkOrder workOrder(
      WorkOrderId id, ResourceId resource, DepartmentId department, Instant confirmedAt, String item, Optional<WorkOrderId> supersedes) {
    return workOrderBuilder(id, resource, department, confirmedAt, item, supersedes, new BigDecimal("12.50")).build();
  }

  /** The builder of {@link #workOrder} with the quantity given. */
  static WorkOrder.Builder workOrderBuilder(WorkOrderId id, ResourceId resource, DepartmentId department, Instant confirmedAt,
      String item, Optional<WorkOrderId> supersedes, BigDecimal quantity) {
    return workOrderBuilder(id, resource, department, confirmedAt.minusSeconds(3600), confirmedAt, item, supersedes, quantity);
  }

  /** The builder of {@link #workOrder} with the quantity and the instant it took effect given. */
  static WorkOrder.Builder workOrderBuilder(WorkOrderId id, ResourceId resource, DepartmentId department, Instant effectiveAt,
      Instant confirmedAt, String item, Optional<WorkOrderId> supersedes, BigDecimal quantity) {
    return WorkOrder.builder()
        .id(id)
        .resource(resource)
        .kind(supersedes.isPresent() ? WorkOrder.Kind.CHANGE : WorkOrder.Kind.OPEN)
        .department(department)
        .platform(PlatformId.of("platform-1"))
        .provider(ProviderId.of("provider-1"))
        .contract(ContractId.of("contract-1"))
        .project(ProjectId.of("project-1"))
        .item(item)
        .quantity(quantity)
        .effectiveAt(effectiveAt)
        .zone(supersedes.isPresent() ? ZoneOffset.ofHours(8) : ZoneId.of("Asia/Shanghai"))
        .confirmedAt(confirmedAt)
        .supersedes(supersedes);
  }

  /** An accepted action on a subject, with changes whose before or after is missing, or empty. */
  static AuditRecord accepted(String subjectType, String subjectId, String text) {
    return AuditRecord.accepted(
        at(120),
        Actor.department(DepartmentId.of("dept-1"), text),
        "CONFIRM_OPEN",
        subjectType,
        subjectId,
        List.of(
            FieldChange.of("state", "TEST_PASSED", "ACTIVE"),
            FieldChange.of("note", null, text),
            FieldChange.of("trialEndsOn", "2025-10-31", null),
            FieldChange.of("reason", "", null)));
  }

  /**
   * A refused action on a subject, with a violation whose facts are in a non-alphabetical order, one of
   * them named with a quote.
   */
  static AuditRecord refused(String subjectType, String subjectId, String text) {
    Violation violation =
        Violation.of("NOT_YOUR_RESOURCE", Article.of(19), "无权操作：" + text, "not allowed: " + text)
            .with("zeta", text)
            .with("alpha 'a'", "1")
            .with("mu", "𠀀");
    return AuditRecord.refused(at(180), Actor.auditor(Jurisdiction.MUNICIPAL, text), "READ", subjectType, subjectId, violation);
  }

  /** A notification to a provider, with data in a non-alphabetical order, one entry named with a quote. */
  static Notification notification(NotificationId id, String text, Instant createdAt) {
    return notification(id, text, createdAt, Party.provider(ProviderId.of("provider-1")));
  }

  /** A notification to a party, with data in a non-alphabetical order, one entry named with a quote. */
  static Notification notification(NotificationId id, String text, Instant createdAt, Party recipient) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("zeta", text);
    data.put("alpha 'a'", "2025-10-10");
    data.put("中文", "𠀀");
    return new Notification(
        id,
        "DEADLINE_MISSED",
        recipient,
        "resource",
        "resource-1",
        Article.of(20),
        "期限已过：" + text,
        "deadline missed: " + text,
        data,
        createdAt);
  }
}
