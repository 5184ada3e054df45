package io.govcloud.core;

import static io.govcloud.core.World.*;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.acceptance.AttestationValidity;
import io.govcloud.core.acceptance.DeductionTable;
import io.govcloud.core.acceptance.DeductionTables;
import io.govcloud.core.acceptance.EvaluationPolicies;
import io.govcloud.core.acceptance.EvaluationPolicy;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Actor;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The acceptance configuration and steps the entry point's acceptance tests share, in the {@link World}:
 * provider P1 runs D's platform PD and the district platform PX. The numbers of the configuration are the
 * tests' own examples: the measures publish none.
 */
public final class AcceptanceExamples {

  public static final Year Y2025 = Year.of(2025);
  /** D's account with P1 on PD. */
  public static final BillingAccount ACCOUNT_D = BillingAccount.of(D, PD, P1);
  /** X's account with P1 on the district platform PX. */
  public static final BillingAccount ACCOUNT_X = BillingAccount.of(X, PX, P1);

  /** Equal weights, pass from 80, deferred from 60, operations weighing 0.2. */
  public static final EvaluationPolicy EVALUATION_2025 = EvaluationPolicy.of(Y2025, "示例：政务云服务验收和评价办法（2025）",
      byCriterion("0.2"), new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("0.2")).get();

  /** Deferred: 5% below 70, 3% from 70; failed: 20% below 50, 10% from 50. */
  public static final DeductionTable TABLE_2025 = DeductionTable.of(Y2025, "示例：验收结果应用规则（2025）", Map.of(
      AcceptanceResult.DEFERRED, List.of(DeductionTable.Band.of("0", "70", "0.05"), DeductionTable.Band.of("70", "100", "0.03")),
      AcceptanceResult.FAIL, List.of(DeductionTable.Band.of("0", "50", "0.20"), DeductionTable.Band.of("50", "100", "0.10")))).get();

  /** The assessment valid 3 years, the classified protection test 1 year. */
  public static final AttestationValidity VALIDITY = AttestationValidity.none()
      .with(AttestationKind.SECURITY_ASSESSMENT, Period.ofYears(3), "示例：云计算服务安全评估结论有效期")
      .with(AttestationKind.CLASSIFIED_PROTECTION, Period.ofYears(1), "示例：等级测评周期");

  /** Everything configured for 2025. */
  public static final AcceptancePolicy POLICY = AcceptancePolicy.unconfigured()
      .withEvaluation(EvaluationPolicies.of(List.of(EVALUATION_2025)))
      .withValidity(VALIDITY)
      .withDeductions(DeductionTables.of(List.of(TABLE_2025)));

  /** The evaluations and validity of 2025, but no deduction table. */
  public static final AcceptancePolicy WITHOUT_TABLE = POLICY.withDeductions(DeductionTables.none());

  private AcceptanceExamples() {}

  /** Every criterion scored the same. */
  public static Map<EvaluationCriterion, BigDecimal> byCriterion(String value) {
    Map<EvaluationCriterion, BigDecimal> map = new EnumMap<>(EvaluationCriterion.class);
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      map.put(criterion, new BigDecimal(value));
    }
    return map;
  }

  /**
   * Opens units of an item for a department in service from a Shanghai time, applied a day before: D
   * (for itself) on PD, X on the district platform PX.
   */
  public static ResourceId open(World world, Actor department, String item, long quantity, String completedAt) {
    boolean district = department.equals(DEPT_X);
    world.clock.set(at(completedAt).minus(Duration.ofDays(1)));
    ResourceRequest request = district
        ? ResourceRequest.of(PRX, PX, CX, item, BigDecimal.valueOf(quantity))
        : ResourceRequest.of(PRD, PD, CD, item, BigDecimal.valueOf(quantity));
    ResourceId id = ok(world.gov.as(department).resources().apply(request)).resource().orElseThrow().id();
    ok(world.gov.as(district ? DISTRICT_AUTHORITY : CITY).resources().approve(id));
    ok(world.gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(world.gov.as(department).resources().recordTest(id, true, "通过"));
    world.clock.set(at(completedAt).plus(Duration.ofHours(1)));
    ok(world.gov.as(department).resources().confirmOpen(id, BigDecimal.valueOf(quantity), at(completedAt)));
    return id;
  }

  /**
   * Issues every month from one to another, each on the 1st of the next month at 09:00, by both ledgers:
   * the municipal authority's and the district authority's (each bills its own level's platforms).
   */
  public static void issue(World world, YearMonth from, YearMonth to) {
    world.startLedger(from);
    if (world.gov.as(DISTRICT_AUTHORITY).billing().ledgerStart().isEmpty()) {
      ok(world.gov.as(DISTRICT_AUTHORITY).billing().startLedger(from));
    }
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      world.clock.set(at(month.plusMonths(1).atDay(1) + "T09:00"));
      ok(world.gov.as(CITY).billing().issue(month));
      ok(world.gov.as(DISTRICT_AUTHORITY).billing().issue(month));
    }
  }

  /** Both attestations of a platform, valid through 2026-05-31, recorded by its authority. */
  public static void attestBoth(World world, PlatformId platform, Actor authority) {
    ok(world.gov.as(authority).acceptance().attest(AttestationId.of("assessment-" + platform), platform,
        AttestationKind.SECURITY_ASSESSMENT, LocalDate.of(2024, 6, 1), "云计算服务安全评估报告"));
    ok(world.gov.as(authority).acceptance().attest(AttestationId.of("classified-" + platform), platform,
        AttestationKind.CLASSIFIED_PROTECTION, LocalDate.of(2025, 6, 1), "等级保护测评报告"));
  }

  /** An evaluation of a platform's 2025 by an evaluator, every criterion scored the same. */
  public static EvaluationRequest evaluation(String id, PlatformId platform, Actor evaluator, String score, LocalDate on) {
    return new EvaluationRequest(EvaluationId.of(id), Y2025, platform, evaluator.party(), on, byCriterion(score));
  }
}
