package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Article;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.RectificationId;
import io.govcloud.model.Rectification;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/**
 * The refusals of acceptance and evaluation, fee deduction and rectification (rule R7; Art. 32, 36,
 * 40–42): stable codes a host matches on, each with the article it rests on, a message in Chinese and in
 * English, and the offending values as facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcceptanceViolations {

  /** A criterion without a score (Art. 40). Facts: {@code criterion}. */
  public static final String SCORE_MISSING = "ACCEPTANCE_SCORE_MISSING";

  /**
   * A score outside 0 to 100: a criterion's, the operations score or a threshold (Art. 40). Facts: {@code
   * criterion}, {@code score}.
   */
  public static final String SCORE_OUT_OF_RANGE = "ACCEPTANCE_SCORE_OUT_OF_RANGE";

  /** A score with more than two decimals (Art. 40). Facts: {@code criterion}, {@code score}. */
  public static final String SCORE_TOO_PRECISE = "ACCEPTANCE_SCORE_TOO_PRECISE";

  /** A criterion without a weight in an evaluation policy (Art. 40). Facts: {@code criterion}. */
  public static final String WEIGHT_MISSING = "ACCEPTANCE_WEIGHT_MISSING";

  /** Evaluation weights that do not sum to exactly 1 (Art. 40). Facts: {@code sum}, {@code weights}. */
  public static final String WEIGHTS_NOT_ONE = "ACCEPTANCE_WEIGHTS_NOT_ONE";

  /** A weight outside 0 to 1: a criterion's or the operations score's (Art. 40). Facts: {@code weight}, {@code value}. */
  public static final String WEIGHT_OUT_OF_RANGE = "ACCEPTANCE_WEIGHT_OUT_OF_RANGE";

  /**
   * Thresholds out of order: the deferred threshold above the pass threshold (Art. 40). Facts: {@code
   * passFrom}, {@code deferredFrom}.
   */
  public static final String THRESHOLDS_OUT_OF_ORDER = "ACCEPTANCE_THRESHOLDS_OUT_OF_ORDER";

  /** No evaluation policy in force for the year (Art. 40). Facts: {@code year}. */
  public static final String POLICY_NOT_IN_FORCE = "ACCEPTANCE_POLICY_NOT_IN_FORCE";

  /**
   * An attestation's validity period is not configured, so whether it is still valid is unknown: nothing is
   * assumed (Art. 32, 36). Facts: {@code platform}, {@code kind}.
   */
  public static final String VALIDITY_NOT_CONFIGURED = "ACCEPTANCE_VALIDITY_NOT_CONFIGURED";

  /** An attestation dated after the day it is recorded (Art. 32, 36). Facts: {@code platform}, {@code kind}, {@code passedOn}, {@code today}. */
  public static final String ATTESTATION_IN_FUTURE = "ACCEPTANCE_ATTESTATION_IN_FUTURE";

  /**
   * An evaluator that does not evaluate the platform: a municipal platform is evaluated by the department
   * that runs it, a district's by the district's authority (Art. 40, 2nd para). Facts: {@code platform},
   * {@code evaluator}, {@code expected} (each its role and id), {@code evaluatorId}, {@code expectedId}.
   */
  public static final String WRONG_EVALUATOR = "ACCEPTANCE_WRONG_EVALUATOR";

  /** An acceptance or decision dated before the year it evaluates (Art. 40). Facts: {@code year}, {@code date}. */
  public static final String DATED_BEFORE_YEAR = "ACCEPTANCE_DATED_BEFORE_YEAR";

  /**
   * A second evaluation of a platform's provider for a year (Art. 40: the evaluation is yearly). Facts:
   * {@code platform}, {@code provider}, {@code year}, {@code existing}.
   */
  public static final String EVALUATION_EXISTS = "ACCEPTANCE_EVALUATION_EXISTS";

  /** An annual result without any evaluation to combine (Art. 40, 3rd para). Facts: {@code provider}, {@code year}. */
  public static final String NO_EVALUATIONS = "ACCEPTANCE_NO_EVALUATIONS";

  /**
   * An annual result whose evaluations have no fees to weigh them by: no platform evaluated was billed to
   * the provider in the year (Art. 40, 3rd para). Facts: {@code provider}, {@code year}.
   */
  public static final String NO_FEES_TO_WEIGH = "ACCEPTANCE_NO_FEES_TO_WEIGH";

  /** A second annual result of a provider for a year (Art. 40, 3rd para). Facts: {@code provider}, {@code year}, {@code existing}. */
  public static final String ANNUAL_RESULT_EXISTS = "ACCEPTANCE_ANNUAL_RESULT_EXISTS";

  /**
   * A deduction band that is empty or reaches outside 0 to 100 (Art. 41). Facts: {@code result}, {@code
   * from}, {@code to}.
   */
  public static final String BAND_INVALID = "ACCEPTANCE_BAND_INVALID";

  /** A band's share of the fees outside 0 to 1 (Art. 41). Facts: {@code result}, {@code from}, {@code share}. */
  public static final String SHARE_OUT_OF_RANGE = "ACCEPTANCE_SHARE_OUT_OF_RANGE";

  /** Two bands of a result that overlap (Art. 41). Facts: {@code result}, {@code band}, {@code next}. */
  public static final String BANDS_OVERLAP = "ACCEPTANCE_BANDS_OVERLAP";

  /**
   * Scores of a result that no band covers, 0 to 100 (Art. 41): a gap between bands, or at either end.
   * Facts: {@code result}, {@code from}, {@code to}.
   */
  public static final String BANDS_GAP = "ACCEPTANCE_BANDS_GAP";

  /** Bands for a pass: only a failed or deferred acceptance is deducted (Art. 41). Facts: {@code result}. */
  public static final String DEDUCTION_FOR_PASS = "ACCEPTANCE_DEDUCTION_FOR_PASS";

  /**
   * A table in which a lower score or a worse result deducts a smaller share (Art. 41). Facts: {@code
   * result}, {@code score}, {@code share}, {@code than}, {@code thanShare}.
   */
  public static final String DEDUCTION_NOT_MONOTONE = "ACCEPTANCE_DEDUCTION_NOT_MONOTONE";

  /**
   * No deduction table in force for the year: no official table is published, and a deduction is never
   * guessed (Art. 41; rule R7). Facts: {@code provider}, {@code year}, {@code result}.
   */
  public static final String DEDUCTION_TABLE_MISSING = "ACCEPTANCE_DEDUCTION_TABLE_MISSING";

  /**
   * A rectification deadline set on a day already past (Art. 42). Facts: {@code rectification}, {@code
   * dueOn}, {@code today}.
   */
  public static final String RECTIFICATION_DUE_PASSED = "ACCEPTANCE_RECTIFICATION_DUE_PASSED";

  /** A rectification reviewed after it was accepted (Art. 42). Facts: {@code rectification}, {@code status}. */
  public static final String RECTIFICATION_CLOSED = "ACCEPTANCE_RECTIFICATION_CLOSED";

  /**
   * A new attestation, evaluation, annual result or rectification given an id that another of its kind
   * already has (Art. 32, 36, 40, 42). Facts: {@code id}.
   */
  public static final String ID_TAKEN = "ACCEPTANCE_ID_TAKEN";

  private AcceptanceViolations() {}

  /**
   * The refusal of a new acceptance record whose id another record of its kind already has.
   *
   * @param id the id given, not null
   * @param article the article of the record, not null
   * @return the violation, not null
   * @throws NullPointerException if an argument is null
   */
  public static Violation idTaken(Object id, Article article) {
    return Violation.of(ID_TAKEN, article, "编号 " + id + " 已被使用", "the id " + id + " is already in use").with("id", id.toString());
  }

  static Violation scoreMissing(String criterionZh, String criterionEn) {
    return Violation.of(SCORE_MISSING, Article.of(40),
            "验收评价缺少" + criterionZh + "的评分",
            "the evaluation has no score for " + criterionEn)
        .with("criterion", criterionEn);
  }

  static Violation scoreOutOfRange(String criterionZh, String criterionEn, BigDecimal score) {
    return Violation.of(SCORE_OUT_OF_RANGE, Article.of(40),
            criterionZh + "的分值 " + score.toPlainString() + " 不在 0 至 100 之间",
            "the " + criterionEn + " score " + score.toPlainString() + " is not between 0 and 100")
        .with("criterion", criterionEn)
        .with("score", score.toPlainString());
  }

  static Violation scoreTooPrecise(String criterionZh, String criterionEn, BigDecimal score) {
    return Violation.of(SCORE_TOO_PRECISE, Article.of(40),
            criterionZh + "的分值 " + score.toPlainString() + " 超过两位小数",
            "the " + criterionEn + " score " + score.toPlainString() + " has more than two decimals")
        .with("criterion", criterionEn)
        .with("score", score.toPlainString());
  }

  static Violation weightMissing(String criterionZh, String criterionEn) {
    return Violation.of(WEIGHT_MISSING, Article.of(40),
            "验收评价制度缺少" + criterionZh + "的权重",
            "the evaluation policy has no weight for " + criterionEn)
        .with("criterion", criterionEn);
  }

  static Violation weightsNotOne(BigDecimal sum, Object weights) {
    return Violation.of(WEIGHTS_NOT_ONE, Article.of(40),
            "各评价指标权重之和为 " + sum.toPlainString() + "，应当恰好等于 1",
            "the criteria's weights sum to " + sum.toPlainString() + ", not exactly 1")
        .with("sum", sum.toPlainString())
        .with("weights", weights);
  }

  static Violation weightOutOfRange(String weightZh, String weightEn, BigDecimal value) {
    return Violation.of(WEIGHT_OUT_OF_RANGE, Article.of(40),
            weightZh + "的权重 " + value.toPlainString() + " 不在 0 至 1 之间",
            "the weight of " + weightEn + ", " + value.toPlainString() + ", is not between 0 and 1")
        .with("weight", weightEn)
        .with("value", value.toPlainString());
  }

  static Violation thresholdsOutOfOrder(BigDecimal passFrom, BigDecimal deferredFrom) {
    return Violation.of(THRESHOLDS_OUT_OF_ORDER, Article.of(40),
            "暂缓通过的分数线 " + deferredFrom.toPlainString() + " 高于通过的分数线 " + passFrom.toPlainString(),
            "the threshold for a deferred result, " + deferredFrom.toPlainString() + ", is above the pass threshold "
                + passFrom.toPlainString())
        .with("passFrom", passFrom.toPlainString())
        .with("deferredFrom", deferredFrom.toPlainString());
  }

  static Violation policyNotInForce(Year year) {
    return Violation.of(POLICY_NOT_IN_FORCE, Article.of(40),
            year + " 年度没有生效的验收评价制度（评价指标权重与分数线），不予评价",
            "no evaluation policy (criteria weights and thresholds) is in force for " + year + "; nothing is evaluated by guess")
        .with("year", year);
  }

  static Violation validityNotConfigured(PlatformId platform, AttestationKind kind) {
    return Violation.of(VALIDITY_NOT_CONFIGURED, kind.article(),
            "未配置" + kind.chinese() + "的有效期，无法判断政务云平台 " + platform + " 的证明是否仍然有效",
            "no validity period is configured for the " + kind.english() + ", so whether platform " + platform
                + "'s attestation is still valid is unknown; none is assumed")
        .with("platform", platform)
        .with("kind", kind);
  }

  static Violation attestationInFuture(PlatformId platform, AttestationKind kind, LocalDate passedOn, LocalDate today) {
    return Violation.of(ATTESTATION_IN_FUTURE, kind.article(),
            "政务云平台 " + platform + " 的" + kind.chinese() + "通过日期 " + passedOn + " 晚于登记当日 " + today,
            "platform " + platform + "'s " + kind.english() + " is dated " + passedOn + ", after the day it is recorded, " + today)
        .with("platform", platform)
        .with("kind", kind)
        .with("passedOn", passedOn)
        .with("today", today);
  }

  static Violation wrongEvaluator(PlatformId platform, Party evaluator, Party expected) {
    return Violation.of(WRONG_EVALUATOR, Article.of(40),
            "政务云平台 " + platform + " 的验收和评价由" + chinese(expected) + "具体负责，" + chinese(evaluator) + "不能评价",
            "platform " + platform + " is accepted and evaluated by " + expected + ", not by " + evaluator)
        .with("platform", platform)
        .with("evaluator", evaluator)
        .with("expected", expected)
        .with("evaluatorId", evaluator.subject())
        .with("expectedId", expected.subject());
  }

  /** A party in Chinese: its kind, then its id (the municipal authority by its name). */
  private static String chinese(Party party) {
    String id = " " + party.subject() + " ";
    return switch (party.role()) {
      case DEPARTMENT -> "政务部门" + id;
      case AUTHORITY -> party.subject().equals(Jurisdiction.MUNICIPAL.code()) ? "市大数据主管部门" : "区县大数据主管部门" + id;
      case PROVIDER -> "政务云服务商" + id;
      case AUDITOR -> "审计机关" + id;
      case SYSTEM -> "多云管理系统";
    };
  }

  static Violation datedBeforeYear(Year year, LocalDate date) {
    return Violation.of(DATED_BEFORE_YEAR, Article.of(40),
            year + " 年度的验收评价不能早于该年度，日期为 " + date,
            "the acceptance of " + year + " cannot be dated " + date + ", before the year")
        .with("year", year)
        .with("date", date);
  }

  static Violation evaluationExists(PlatformId platform, ProviderId provider, Year year, EvaluationId existing) {
    return Violation.of(EVALUATION_EXISTS, Article.of(40),
            "政务云服务商 " + provider + " 在政务云平台 " + platform + " 的 " + year + " 年度验收评价已有记录 " + existing,
            "provider " + provider + " on platform " + platform + " was already evaluated for " + year + " (" + existing + ")")
        .with("platform", platform)
        .with("provider", provider)
        .with("year", year)
        .with("existing", existing);
  }

  static Violation noEvaluations(ProviderId provider, Year year) {
    return Violation.of(NO_EVALUATIONS, Article.of(40),
            "政务云服务商 " + provider + " 没有 " + year + " 年度的验收评价结果，无法综合形成年度评价结果",
            "provider " + provider + " has no evaluation for " + year + " to combine into an annual result")
        .with("provider", provider)
        .with("year", year);
  }

  static Violation noFeesToWeigh(ProviderId provider, Year year) {
    return Violation.of(NO_FEES_TO_WEIGH, Article.of(40),
            "政务云服务商 " + provider + " 在被评价的政务云平台上没有 " + year + " 年度的服务费用，无法按费用确定各评价结果的权重",
            "the platforms evaluated billed provider " + provider + " no fees in " + year
                + ", so the evaluations have no fees to be weighed by")
        .with("provider", provider)
        .with("year", year);
  }

  static Violation annualResultExists(ProviderId provider, Year year, Object existing) {
    return Violation.of(ANNUAL_RESULT_EXISTS, Article.of(40),
            "政务云服务商 " + provider + " 的 " + year + " 年度评价结果已形成 " + existing,
            "provider " + provider + " already has an annual result for " + year + " (" + existing + ")")
        .with("provider", provider)
        .with("year", year)
        .with("existing", existing);
  }

  static Violation bandInvalid(AcceptanceResult result, BigDecimal from, BigDecimal to) {
    return Violation.of(BAND_INVALID, Article.of(41),
            result.chinese() + "的扣减分数段 " + from.toPlainString() + " 至 " + to.toPlainString() + " 为空或超出 0 至 100",
            "the " + result.english() + " band from " + from.toPlainString() + " to " + to.toPlainString()
                + " is empty or reaches outside 0 to 100")
        .with("result", result)
        .with("from", from.toPlainString())
        .with("to", to.toPlainString());
  }

  static Violation shareOutOfRange(AcceptanceResult result, BigDecimal from, BigDecimal share) {
    return Violation.of(SHARE_OUT_OF_RANGE, Article.of(41),
            result.chinese() + "自 " + from.toPlainString() + " 分起的扣减比例 " + share.toPlainString() + " 不在 0 至 1 之间",
            "the " + result.english() + " band from " + from.toPlainString() + " deducts a share of " + share.toPlainString()
                + ", not between 0 and 1")
        .with("result", result)
        .with("from", from.toPlainString())
        .with("share", share.toPlainString());
  }

  static Violation bandsOverlap(AcceptanceResult result, String band, String next) {
    return Violation.of(BANDS_OVERLAP, Article.of(41),
            result.chinese() + "的扣减分数段 " + band + " 与 " + next + " 重叠",
            "the " + result.english() + " bands " + band + " and " + next + " overlap")
        .with("result", result)
        .with("band", band)
        .with("next", next);
  }

  static Violation bandsGap(AcceptanceResult result, BigDecimal from, BigDecimal to) {
    return Violation.of(BANDS_GAP, Article.of(41),
            result.chinese() + "的扣减分数段未覆盖 " + from.toPlainString() + " 至 " + to.toPlainString() + " 分",
            "no " + result.english() + " band covers the scores from " + from.toPlainString() + " to " + to.toPlainString())
        .with("result", result)
        .with("from", from.toPlainString())
        .with("to", to.toPlainString());
  }

  static Violation deductionForPass() {
    return Violation.of(DEDUCTION_FOR_PASS, Article.of(41),
            "验收结果应用规则只对验收不通过或者暂缓通过的扣减服务费用，不能为通过设置扣减分数段",
            "only a failed or deferred acceptance is deducted from the fees; a table cannot set bands for a pass")
        .with("result", AcceptanceResult.PASS);
  }

  static Violation deductionNotMonotone(
      AcceptanceResult result, BigDecimal score, BigDecimal share, String thanZh, String thanEn, BigDecimal thanShare) {
    return Violation.of(DEDUCTION_NOT_MONOTONE, Article.of(41),
            result.chinese() + "在 " + score.toPlainString() + " 分时扣减比例为 " + share.toPlainString() + "，低于" + thanZh
                + "的 " + thanShare.toPlainString() + "：分数更低或者结果更差的，扣减不得更少",
            "a " + result.english() + " result at " + score.toPlainString() + " deducts " + share.toPlainString() + ", less than "
                + thanEn + " deducts (" + thanShare.toPlainString() + "); a lower score or a worse result never deducts less")
        .with("result", result)
        .with("score", score.toPlainString())
        .with("share", share.toPlainString())
        .with("than", thanEn)
        .with("thanShare", thanShare.toPlainString());
  }

  static Violation deductionTableMissing(ProviderId provider, Year year, AcceptanceResult result) {
    return Violation.of(DEDUCTION_TABLE_MISSING, Article.of(41),
            year + " 年度没有生效的验收结果应用规则（扣减表），政务云服务商 " + provider + " 的" + result.chinese()
                + "结果不予推算扣减",
            "no deduction table is in force for " + year + ": the " + result.english() + " result of provider " + provider
                + " is not turned into a deduction by guess")
        .with("provider", provider)
        .with("year", year)
        .with("result", result);
  }

  static Violation rectificationDuePassed(RectificationId rectification, LocalDate dueOn, LocalDate today) {
    return Violation.of(RECTIFICATION_DUE_PASSED, Article.of(42),
            "整改事项 " + rectification + " 的整改期限 " + dueOn + " 早于今天 " + today,
            "rectification " + rectification + " cannot be due on " + dueOn + ", a day already past (today is " + today + ")")
        .with("rectification", rectification)
        .with("dueOn", dueOn)
        .with("today", today);
  }

  static Violation rectificationClosed(RectificationId rectification, Rectification.Status status) {
    return Violation.of(RECTIFICATION_CLOSED, Article.of(42),
            "整改事项 " + rectification + " 已通过验收，不能再次审查",
            "rectification " + rectification + " was accepted already and cannot be reviewed again")
        .with("rectification", rectification)
        .with("status", status);
  }
}
