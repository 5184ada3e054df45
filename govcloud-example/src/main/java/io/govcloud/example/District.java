package io.govcloud.example;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.acceptance.AttestationValidity;
import io.govcloud.core.acceptance.DeductionTable;
import io.govcloud.core.acceptance.DeductionTables;
import io.govcloud.core.acceptance.EvaluationPolicies;
import io.govcloud.core.acceptance.EvaluationPolicy;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Actor;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who and what the example's district has: Jiangbei District (江北区) of Chongqing, its big-data authority,
 * one district platform run by one provider, three departments (the education commission with a
 * subordinate unit), their contracts and annual projects, the 2025 catalog with its price caps
 * (docs/rules.md#r2), and the acceptance configuration (docs/rules.md#r7). The acceptance numbers are the
 * example's own: the measures publish none, so every document they cite says it is an example.
 */
final class District {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final Year YEAR = Year.of(2025);

  static final Jurisdiction JIANGBEI = Jurisdiction.district("jiangbei");
  static final ProviderId PROVIDER = ProviderId.of("p-yuyun");
  static final PlatformId PLATFORM = PlatformId.of("jb-cloud");

  static final DepartmentId EDUCATION = DepartmentId.of("jb-edu");
  static final DepartmentId EDUCATION_IT = DepartmentId.of("jb-edu-itc");
  static final DepartmentId HEALTH = DepartmentId.of("jb-health");
  static final DepartmentId MARKET = DepartmentId.of("jb-market");
  /** The departments as the bill table shows them, the subordinate unit after its parent. */
  static final List<DepartmentId> DEPARTMENTS = List.of(EDUCATION, EDUCATION_IT, HEALTH, MARKET);

  static final ContractId EDUCATION_CONTRACT = ContractId.of("c-2025-edu");
  static final ContractId HEALTH_CONTRACT = ContractId.of("c-2025-health");
  static final ContractId MARKET_CONTRACT = ContractId.of("c-2025-market");

  static final ProjectId EDUCATION_OPERATIONS = ProjectId.of("pr-2025-edu-ops");
  static final ProjectId EDUCATION_IT_BUILD = ProjectId.of("pr-2025-itc-new");
  static final ProjectId HEALTH_OPERATIONS = ProjectId.of("pr-2025-health-ops");
  static final ProjectId MARKET_BUILD = ProjectId.of("pr-2025-market-new");
  static final ProjectId MARKET_EMERGENCY = ProjectId.of("pr-2025-market-emg");

  static final Actor CITY = Actor.authority(Jurisdiction.MUNICIPAL, "市大数据局-王");
  static final Actor AUTHORITY = Actor.authority(JIANGBEI, "江北区大数据局-陈");
  static final Actor OPERATOR = Actor.provider(PROVIDER, "渝云运维-刘");
  static final Actor EDU = Actor.department(EDUCATION, "区教委-张");
  static final Actor EDU_IT = Actor.department(EDUCATION_IT, "教育信息中心-李");
  static final Actor HEALTH_DEPT = Actor.department(HEALTH, "区卫健委-赵");
  static final Actor MARKET_DEPT = Actor.department(MARKET, "区市场监管局-孙");
  static final Actor COLLECTOR = Actor.system("多云管理系统");

  private District() {}

  /** A department's short name, as the report shows it. */
  static Lang.Text name(DepartmentId department) {
    return switch (department.value()) {
      case "jb-edu" -> Lang.Text.of("区教委", "education");
      case "jb-edu-itc" -> Lang.Text.of("教育信息中心", "education IT centre");
      case "jb-health" -> Lang.Text.of("区卫健委", "health");
      case "jb-market" -> Lang.Text.of("区市场监管局", "market regulation");
      default -> Lang.Text.of(department.value(), department.value());
    };
  }

  /** An instant of Beijing time, e.g. {@code 2025-01-08T09:00}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  /** The account of a department on the district platform with its provider. */
  static BillingAccount account(DepartmentId department) {
    return BillingAccount.of(department, PLATFORM, PROVIDER);
  }

  /** The catalog of 2025, in force from 1 January, with the monthly price cap of each item (Art. 26). */
  static CatalogHistory catalog() {
    return CatalogHistory.of(ServiceCatalog.of("2025-v1", LocalDate.of(2025, 1, 1), List.of(
        compute("ecs.c2m4", "云服务器 2核4G", 2, 4, "300.00"),
        compute("ecs.c4m8", "云服务器 4核8G", 4, 8, "600.00"),
        compute("ecs.c8m16", "云服务器 8核16G", 8, 16, "1150.00"),
        compute("ecs.c16m32", "云服务器 16核32G", 16, 32, "2200.00"),
        new CatalogItem("rds.c4m16", "关系型数据库 4核16G", "database", "套·月",
            Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 16).build(),
            CatalogItem.Scaling.BUNDLE, Money.of("1800.00")),
        new CatalogItem("evs.ssd", "SSD云硬盘", "block-storage", "GB·月",
            Configuration.builder().with(Dimension.STORAGE_GB, 1).build(), CatalogItem.Scaling.PER_UNIT, Money.of("1.00")),
        new CatalogItem("bw.internet", "互联网带宽", "network", "Mbps·月",
            Configuration.builder().with(Dimension.BANDWIDTH_MBPS, 1).build(), CatalogItem.Scaling.PER_UNIT, Money.of("80.00")))));
  }

  private static CatalogItem compute(String code, String name, int vcpu, int memory, String cap) {
    return new CatalogItem(code, name, "compute", "台·月",
        Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memory).build(),
        CatalogItem.Scaling.BUNDLE, Money.of(cap));
  }

  /** The provider's framework prices, under every cap, the same in each department's contract. */
  static List<ContractPrice> prices() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    return List.of(
        ContractPrice.of("ecs.c2m4", Money.of("260.00"), from),
        ContractPrice.of("ecs.c4m8", Money.of("520.00"), from),
        ContractPrice.of("ecs.c8m16", Money.of("1000.00"), from),
        ContractPrice.of("ecs.c16m32", Money.of("1900.00"), from),
        ContractPrice.of("rds.c4m16", Money.of("1500.00"), from),
        ContractPrice.of("evs.ssd", Money.of("0.70"), from),
        ContractPrice.of("bw.internet", Money.of("60.00"), from));
  }

  /** A department's contract with the provider for the district platform, a 15-day trial (Art. 12, 20). */
  static Contract contract(ContractId id, DepartmentId department, Instant signedAt) {
    return Contract.builder().id(id).department(department).provider(PROVIDER).platform(PLATFORM)
        .signedAt(signedAt).trialDays(15).addAllPrices(prices()).build();
  }

  /**
   * The acceptance configuration of 2025 (Art. 32, 36, 40, 41): criterion weights, the pass and deferred
   * thresholds, the operations score's weight, the attestations' validity, a deduction table. Example
   * values, each citing an example document.
   */
  static AcceptancePolicy acceptance() {
    Map<EvaluationCriterion, BigDecimal> weights = new EnumMap<>(EvaluationCriterion.class);
    weights.put(EvaluationCriterion.SERVICE_RESPONSE, new BigDecimal("0.20"));
    weights.put(EvaluationCriterion.QUALITY, new BigDecimal("0.25"));
    weights.put(EvaluationCriterion.EFFICIENCY, new BigDecimal("0.15"));
    weights.put(EvaluationCriterion.SECURITY, new BigDecimal("0.25"));
    weights.put(EvaluationCriterion.SATISFACTION, new BigDecimal("0.15"));
    EvaluationPolicy evaluation = EvaluationPolicy.of(YEAR, "示例：政务云服务验收和评价办法（2025）", weights,
        new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("0.2")).getOrElseThrow(Violation::toException);
    DeductionTable deductions = DeductionTable.of(YEAR, "示例：验收结果应用规则（2025）", Map.of(
        AcceptanceResult.DEFERRED, List.of(DeductionTable.Band.of("0", "70", "0.05"), DeductionTable.Band.of("70", "100", "0.03")),
        AcceptanceResult.FAIL, List.of(DeductionTable.Band.of("0", "50", "0.20"), DeductionTable.Band.of("50", "100", "0.10"))))
        .getOrElseThrow(Violation::toException);
    AttestationValidity validity = AttestationValidity.none()
        .with(AttestationKind.SECURITY_ASSESSMENT, Period.ofYears(3), "示例：云计算服务安全评估结论有效期")
        .with(AttestationKind.CLASSIFIED_PROTECTION, Period.ofYears(1), "示例：等级测评周期");
    return AcceptancePolicy.unconfigured()
        .withEvaluation(EvaluationPolicies.of(List.of(evaluation)))
        .withValidity(validity)
        .withDeductions(DeductionTables.of(List.of(deductions)));
  }

  /** The district authority's scores of the platform's year (Art. 40), in the criteria's order. */
  static Map<EvaluationCriterion, BigDecimal> scores() {
    Map<EvaluationCriterion, BigDecimal> scores = new EnumMap<>(EvaluationCriterion.class);
    scores.put(EvaluationCriterion.SERVICE_RESPONSE, new BigDecimal("75"));
    scores.put(EvaluationCriterion.QUALITY, new BigDecimal("70"));
    scores.put(EvaluationCriterion.EFFICIENCY, new BigDecimal("78"));
    scores.put(EvaluationCriterion.SECURITY, new BigDecimal("72"));
    scores.put(EvaluationCriterion.SATISFACTION, new BigDecimal("70"));
    return scores;
  }
}
