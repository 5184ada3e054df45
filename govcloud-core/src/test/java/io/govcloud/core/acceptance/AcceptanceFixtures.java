package io.govcloud.core.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Shared values of the acceptance tests: two municipal departments' platforms and a district's, run by one
 * provider, and example policies. The example numbers are the tests' own: the measures publish none.
 */
public final class AcceptanceFixtures {

  public static final Year Y2026 = Year.of(2026);
  public static final ProviderId PROVIDER = ProviderId.of("provider-a");
  public static final DepartmentId FINANCE = DepartmentId.of("cq-finance");
  public static final DepartmentId HEALTH = DepartmentId.of("cq-health");
  public static final Jurisdiction YUZHONG = Jurisdiction.district("yuzhong");
  public static final Platform FINANCE_CLOUD = municipal("finance-cloud", FINANCE);
  public static final Platform HEALTH_CLOUD = municipal("health-cloud", HEALTH);
  public static final Platform YUZHONG_CLOUD =
      Platform.builder().id(PlatformId.of("yuzhong-cloud")).name("渝中区政务云").jurisdiction(YUZHONG).provider(PROVIDER).build();
  public static final Instant NOW = Instant.parse("2027-01-20T02:00:00Z");
  public static final LocalDate ACCEPTED_ON = LocalDate.parse("2027-01-15");

  /** An example evaluation system: 0.20 / 0.25 / 0.15 / 0.25 / 0.15, pass from 80, deferred from 60, operations 0.2. */
  public static final EvaluationPolicy POLICY_2026 = EvaluationPolicy.of(Y2026, "示例：政务云服务验收和评价办法（2026）",
      weights("0.20", "0.25", "0.15", "0.25", "0.15"), new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("0.2")).get();

  /** An example deduction table: deferred 3% from 70, 5% below; failed 10% from 50, 20% below. */
  public static final DeductionTable TABLE_2026 = DeductionTable.of(Y2026, "示例：验收结果应用规则（2026）", Map.of(
      AcceptanceResult.DEFERRED, List.of(DeductionTable.Band.of("0", "70", "0.05"), DeductionTable.Band.of("70", "100", "0.03")),
      AcceptanceResult.FAIL, List.of(DeductionTable.Band.of("0", "50", "0.20"), DeductionTable.Band.of("50", "100", "0.10")))).get();

  /** Example validity: the assessment 3 years, the classified protection test 1 year, each citing a source. */
  public static final AttestationValidity VALIDITY = AttestationValidity.none()
      .with(AttestationKind.SECURITY_ASSESSMENT, Period.ofYears(3), "示例：云计算服务安全评估结论有效期")
      .with(AttestationKind.CLASSIFIED_PROTECTION, Period.ofYears(1), "示例：等级测评周期");

  public static final AcceptancePolicy POLICY = AcceptancePolicy.unconfigured()
      .withEvaluation(EvaluationPolicies.of(List.of(POLICY_2026)))
      .withValidity(VALIDITY)
      .withDeductions(DeductionTables.of(List.of(TABLE_2026)));

  private AcceptanceFixtures() {}

  static Platform municipal(String id, DepartmentId owner) {
    return Platform.builder().id(PlatformId.of(id)).name(id).jurisdiction(Jurisdiction.MUNICIPAL).owner(owner).provider(PROVIDER).build();
  }

  /** Weights in the order of the criteria. */
  static Map<EvaluationCriterion, BigDecimal> weights(String... values) {
    return byCriterion(values);
  }

  /** Scores in the order of the criteria. */
  public static Map<EvaluationCriterion, BigDecimal> scores(String... values) {
    return byCriterion(values);
  }

  /** Every criterion scored the same. */
  public static Map<EvaluationCriterion, BigDecimal> allScored(String value) {
    return byCriterion(value, value, value, value, value);
  }

  private static Map<EvaluationCriterion, BigDecimal> byCriterion(String... values) {
    Map<EvaluationCriterion, BigDecimal> map = new EnumMap<>(EvaluationCriterion.class);
    EvaluationCriterion[] criteria = EvaluationCriterion.values();
    for (int i = 0; i < values.length; i++) {
      map.put(criteria[i], new BigDecimal(values[i]));
    }
    return map;
  }

  static SecurityAttestation attestation(Platform platform, AttestationKind kind, String passedOn) {
    return SecurityAttestation.of(AttestationId.of("att-" + platform.id() + "-" + kind + "-" + passedOn), platform.id(), kind,
        LocalDate.parse(passedOn), "测评报告 " + passedOn, NOW);
  }

  /** Both attestations of a platform, valid on {@link #ACCEPTED_ON}. */
  static List<SecurityAttestation> valid(Platform platform) {
    return List.of(attestation(platform, AttestationKind.SECURITY_ASSESSMENT, "2025-06-01"),
        attestation(platform, AttestationKind.CLASSIFIED_PROTECTION, "2026-09-01"));
  }

  static EvaluationRequest request(String id, Platform platform, Map<EvaluationCriterion, BigDecimal> scores) {
    return new EvaluationRequest(EvaluationId.of(id), Y2026, platform.id(), Evaluations.evaluatorOf(platform), ACCEPTED_ON, scores);
  }

  static Party evaluatorOf(Platform platform) {
    return Evaluations.evaluatorOf(platform);
  }

  /** The account of a platform's owner (or of a district department) with the provider. */
  public static BillingAccount account(Platform platform) {
    DepartmentId department = platform.owner().orElse(DepartmentId.of("yuzhong-education"));
    return BillingAccount.of(department, platform.id(), PROVIDER);
  }

  /** A bill of one whole-month line of the given amount. */
  public static MonthlyBill bill(BillingAccount account, YearMonth month, Money amount) {
    BillLine line = BillLine.builder()
        .resource(ResourceId.of("vm-" + account.platform()))
        .workOrder(WorkOrderId.of("wo-" + account.platform()))
        .contract(ContractId.of("contract-" + account.platform()))
        .project(ProjectId.of("project-ops"))
        .item("ecs-4c8g")
        .category("计算")
        .quantity(BigDecimal.ONE)
        .unitPrice(amount)
        .monthlyAmount(amount)
        .firstDay(month.atDay(1))
        .lastDay(month.atEndOfMonth())
        .amount(amount)
        .build();
    return MonthlyBill.builder().account(account).month(month).proration(Proration.standard().name()).addLines(line).build();
  }

  /** The twelve bills of a year whose sum is {@code yearly}: equal months, the rest in December. */
  public static List<MonthlyBill> yearOfBills(BillingAccount account, Year year, Money yearly) {
    List<MonthlyBill> bills = new ArrayList<>();
    long monthly = yearly.toFen() / 12;
    for (int m = 1; m <= 12; m++) {
      long fen = m == 12 ? yearly.toFen() - monthly * 11 : monthly;
      bills.add(bill(account, year.atMonth(m), Money.ofFen(fen)));
    }
    return bills;
  }

  /** A ledger of the year's twelve months issued with the given bills. */
  public static BillingLedger ledger(Year year, List<MonthlyBill> bills) {
    List<YearMonth> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(year.atMonth(m));
    }
    return BillingLedger.restore(year.atMonth(1), Proration.standard(), months, bills);
  }

  /** Asserts a violation's Chinese text has no Latin letter but in the given ids, and its English no CJK character. */
  public static void assertTexts(Violation violation, String... ids) {
    String chinese = violation.chinese();
    for (String id : ids) {
      chinese = chinese.replace(id, "");
    }
    assertThat(chinese).as("%s: the Chinese text without ids", violation.code()).doesNotContainPattern("[A-Za-z]");
    assertThat(violation.english()).as("%s: the English text", violation.code()).doesNotContainPattern("[\\u4e00-\\u9fff（），：；。、]");
  }
}
