package io.govcloud.core.reallocation;

import io.govcloud.model.Article;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Limits;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The refusals of elastic reallocation (rule R6; Art. 15–17, 23): stable codes a host matches on, each
 * with the article it rests on, a message in Chinese and in English, and the offending values as facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReallocationViolations {

  /**
   * A measurement with a negative allocated or idle quantity (Art. 16: data true and accurate). Facts:
   * {@code department}, {@code platform}, {@code dimension}, {@code allocated}, {@code idle}.
   */
  public static final String NEGATIVE_QUANTITY = "REALLOCATION_NEGATIVE_QUANTITY";

  /**
   * A measurement whose allocated or idle quantity is above the largest quantity or has more decimals
   * than a quantity has (docs/rules.md#limits). Facts: {@code department}, {@code platform}, {@code
   * dimension}, {@code allocated}, {@code idle}.
   */
  public static final String QUANTITY_OUT_OF_LIMITS = "REALLOCATION_QUANTITY_OUT_OF_LIMITS";

  /**
   * A measurement whose idle capacity exceeds the allocated one (Art. 16). Facts: {@code department},
   * {@code platform}, {@code dimension}, {@code allocated}, {@code idle}.
   */
  public static final String IDLE_ABOVE_ALLOCATED = "REALLOCATION_IDLE_ABOVE_ALLOCATED";

  /**
   * A measurement of a dimension that no item of the catalog in force on its date has (Art. 16, 26).
   * Facts: {@code dimension}, {@code code} (the dimension's), {@code date}, {@code catalog} (the version,
   * or {@code none}).
   */
  public static final String UNKNOWN_DIMENSION = "REALLOCATION_UNKNOWN_DIMENSION";

  /**
   * A measurement of a known dimension in another unit than the catalog's (Art. 16, 26). Facts: {@code
   * dimension}, {@code code} (the dimension's), {@code unit}, {@code catalogUnit}, {@code catalog}.
   */
  public static final String UNIT_MISMATCH = "REALLOCATION_UNIT_MISMATCH";

  /** A measurement taken after it is recorded (Art. 16). Facts: {@code measuredAt}, {@code recordedAt}. */
  public static final String MEASURED_IN_FUTURE = "REALLOCATION_MEASURED_IN_FUTURE";

  /**
   * A measurement older than the policy's age limit when it is recorded (Art. 16). Facts: {@code
   * measuredAt}, {@code recordedAt}, {@code maxAge}.
   */
  public static final String MEASUREMENT_TOO_OLD = "REALLOCATION_MEASUREMENT_TOO_OLD";

  /**
   * A measurement taken at or before the latest one of its series (department, platform, dimension):
   * the series only moves forward (Art. 16). Facts: {@code measuredAt}, {@code latest}, {@code
   * latestMeasuredAt}.
   */
  public static final String OLDER_THAN_LATEST = "REALLOCATION_OLDER_THAN_LATEST";

  /** A redundancy ratio below 0 or not below 1 (Art. 15). Facts: {@code platform}, {@code ratio}. */
  public static final String RATIO_OUT_OF_RANGE = "REALLOCATION_RATIO_OUT_OF_RANGE";

  /**
   * A new redundancy ratio that would take effect before the day it is set, or not after the latest
   * version's effective date (Art. 15: past assessments keep the ratio they were made with). Facts:
   * {@code platform}, {@code effectiveFrom}, {@code today}, {@code latestEffectiveFrom} (or {@code none}).
   */
  public static final String RATIO_RETROACTIVE = "REALLOCATION_RATIO_RETROACTIVE";

  /** A redundancy ratio that cites no document (Art. 15). Facts: {@code platform}, {@code effectiveFrom}. */
  public static final String RATIO_DOCUMENT_REQUIRED = "REALLOCATION_RATIO_DOCUMENT_REQUIRED";

  /**
   * No redundancy ratio in force on a measurement's date: nobody is reminded on a guessed ratio (Art.
   * 15). Facts: {@code platform}, {@code date}.
   */
  public static final String RATIO_NOT_SET = "REALLOCATION_RATIO_NOT_SET";

  /**
   * A resource with a periodic demand whose item the catalog in force does not list, so its periodic
   * capacity is unknown (Art. 23, 26). Facts: {@code resource}, {@code item}, {@code date}.
   */
  public static final String ITEM_NOT_IN_CATALOG = "REALLOCATION_ITEM_NOT_IN_CATALOG";

  /**
   * A reminder for idle capacity at or below the ratio (Art. 17). Facts: {@code department}, {@code
   * platform}, {@code dimension}, {@code countedIdle}, {@code allocated}, {@code ratio}.
   */
  public static final String NOT_ABOVE_RATIO = "REALLOCATION_NOT_ABOVE_RATIO";

  /**
   * A step a case's status does not allow: a supervision before the month lapsed was recorded, a
   * reduction before a supervision, any step on a closed case (Art. 17). Facts: {@code case}, {@code
   * status}, {@code step}.
   */
  public static final String STEP_NOT_ALLOWED = "REALLOCATION_STEP_NOT_ALLOWED";

  /**
   * A supervision or a reduction before the period that must pass first has ended ("more than" one month,
   * "more than" five working days, Art. 17). Facts: {@code case}, {@code step}, {@code lastDay}, {@code
   * periodEnds}, {@code now}.
   */
  public static final String STEP_TOO_EARLY = "REALLOCATION_STEP_TOO_EARLY";

  /**
   * A forced reduction of a resource that is not the case's department's on its platform, not in service,
   * named twice, not to a smaller positive quantity, or that takes nothing away in the case's dimension
   * (Art. 17). Facts: {@code case}, {@code resource}, {@code problem}.
   */
  public static final String REDUCTION_INVALID = "REALLOCATION_REDUCTION_INVALID";

  /**
   * A forced reduction that leaves the idle ratio above the ratio (Art. 17). Facts: {@code case}, {@code
   * reduced}, {@code leastReduction}.
   */
  public static final String REDUCTION_INSUFFICIENT = "REALLOCATION_REDUCTION_INSUFFICIENT";

  /**
   * A forced reduction of more than the counted idle capacity: the authority reduces what is idle, not
   * what is in use (Art. 17). Facts: {@code case}, {@code reduced}, {@code countedIdle}.
   */
  public static final String REDUCTION_ABOVE_IDLE = "REALLOCATION_REDUCTION_ABOVE_IDLE";

  private static final Article DATA = Article.of(16);
  private static final Article RATIO = Article.of(15);
  private static final Article ESCALATION = Article.of(17);

  private ReallocationViolations() {}

  static Violation negativeQuantity(Measurement m) {
    return measurement(NEGATIVE_QUANTITY, m, "的已分配量和闲置量不能为负数", "must not have a negative allocated or idle quantity");
  }

  static Violation quantityOutOfLimits(Measurement m) {
    return measurement(QUANTITY_OUT_OF_LIMITS, m, "超出限度：数量至多" + Limits.MAX_QUANTITY.toPlainString() + "，小数至多"
        + Limits.MAX_QUANTITY_DECIMALS + "位", "is outside the limits of a quantity: at most " + Limits.MAX_QUANTITY.toPlainString()
        + " with at most " + Limits.MAX_QUANTITY_DECIMALS + " decimals");
  }

  static Violation idleAboveAllocated(Measurement m) {
    return measurement(IDLE_ABOVE_ALLOCATED, m, "的闲置量超过已分配量", "has more idle capacity than allocated");
  }

  private static Violation measurement(String code, Measurement m, String chinese, String english) {
    return Violation.of(code, DATA,
            "部门 " + m.department() + " 在云平台 " + m.platform() + " 上 " + m.dimension() + " 的采集数据（已分配 "
                + m.allocated().toPlainString() + "，闲置 " + m.idle().toPlainString() + "）" + chinese + "，不予记录",
            "the measurement of " + m.dimension() + " of department " + m.department() + " on platform " + m.platform()
                + " (allocated " + m.allocated().toPlainString() + ", idle " + m.idle().toPlainString() + ") " + english
                + "; nothing is recorded")
        .with("department", m.department())
        .with("platform", m.platform())
        .with("dimension", m.dimension())
        .with("allocated", plain(m.allocated()))
        .with("idle", plain(m.idle()));
  }

  /** A quantity for a message: plain digits when short, else the scientific form (1E+999999999). */
  private static String plain(BigDecimal quantity) {
    return Math.abs((long) quantity.precision() - quantity.scale()) <= 40 ? quantity.toPlainString() : quantity.toString();
  }

  static Violation unknownDimension(Dimension dimension, LocalDate date, Optional<String> catalog) {
    return Violation.of(UNKNOWN_DIMENSION, DATA,
            "维度 " + dimension.code() + " 不在 " + date + " 有效的政务云服务目录" + catalog.map(v -> " " + v).orElse("") + " 中，不予记录",
            "dimension " + dimension.code() + " is in no item of the service catalog in force on " + date
                + catalog.map(v -> " (version " + v + ")").orElse(" (there is none)") + "; nothing is recorded")
        .with("dimension", dimension)
        .with("code", dimension.code())
        .with("date", date)
        .with("catalog", catalog.orElse("none"));
  }

  static Violation unitMismatch(Dimension dimension, Dimension inCatalog, String catalog) {
    return Violation.of(UNIT_MISMATCH, DATA,
            "维度 " + dimension.code() + " 的计量单位应为 " + inCatalog.unit() + "，而不是 " + dimension.unit() + "，不予记录",
            "dimension " + dimension.code() + " is measured in " + inCatalog.unit() + " in catalog " + catalog + ", not in "
                + dimension.unit() + "; nothing is recorded")
        .with("dimension", dimension)
        .with("code", dimension.code())
        .with("unit", dimension.unit())
        .with("catalogUnit", inCatalog.unit())
        .with("catalog", catalog);
  }

  static Violation measuredInFuture(Instant measuredAt, Instant recordedAt) {
    return Violation.of(MEASURED_IN_FUTURE, DATA,
            "采集时间晚于记录时间，数据不真实，不予记录",
            "the measurement is dated " + measuredAt + ", after it is recorded at " + recordedAt + "; nothing is recorded")
        .with("measuredAt", measuredAt)
        .with("recordedAt", recordedAt);
  }

  static Violation measurementTooOld(Instant measuredAt, Instant recordedAt, Duration maxAge) {
    return Violation.of(MEASUREMENT_TOO_OLD, DATA,
            "采集数据距记录时已超过 " + maxAge.toDays() + " 天，不能反映当前闲置情况，不予记录",
            "the measurement of " + measuredAt + " is older than " + maxAge + " at " + recordedAt
                + " and no longer says what is idle; nothing is recorded")
        .with("measuredAt", measuredAt)
        .with("recordedAt", recordedAt)
        .with("maxAge", maxAge);
  }

  static Violation olderThanLatest(Instant measuredAt, UtilizationRecord latest) {
    return Violation.of(OLDER_THAN_LATEST, DATA,
            "采集时间不晚于该部门同一云平台同一维度的最新数据 " + latest.id() + "，不予记录",
            "the measurement of " + measuredAt + " is not after the latest one of its series, " + latest.id()
                + " measured at " + latest.measuredAt() + "; nothing is recorded")
        .with("measuredAt", measuredAt)
        .with("latest", latest.id())
        .with("latestMeasuredAt", latest.measuredAt());
  }

  static Violation ratioOutOfRange(PlatformId platform, BigDecimal ratio) {
    return Violation.of(RATIO_OUT_OF_RANGE, RATIO,
            "云平台 " + platform + " 的冗余比例应不小于0且小于1，而不是 " + ratio.toPlainString(),
            "the redundancy ratio of platform " + platform + " must be at least 0 and less than 1, not " + ratio.toPlainString())
        .with("platform", platform)
        .with("ratio", ratio.toPlainString());
  }

  static Violation ratioRetroactive(PlatformId platform, LocalDate effectiveFrom, LocalDate today, Optional<LocalDate> latest) {
    return Violation.of(RATIO_RETROACTIVE, RATIO,
            "云平台 " + platform + " 新的冗余比例自 " + effectiveFrom + " 起执行，不能早于设定之日 " + today
                + latest.map(d -> "，且应晚于现行比例的执行日期 " + d).orElse(""),
            "a new redundancy ratio of platform " + platform + " from " + effectiveFrom + " cannot take effect before the day it is set ("
                + today + ")" + latest.map(d -> " nor on or before the latest version's effective date " + d).orElse(""))
        .with("platform", platform)
        .with("effectiveFrom", effectiveFrom)
        .with("today", today)
        .with("latestEffectiveFrom", latest.map(LocalDate::toString).orElse("none"));
  }

  static Violation ratioDocumentRequired(PlatformId platform, LocalDate effectiveFrom) {
    return Violation.of(RATIO_DOCUMENT_REQUIRED, RATIO,
            "云平台 " + platform + " 自 " + effectiveFrom + " 起的冗余比例应当注明设定它的弹性调配管理制度文件",
            "the redundancy ratio of platform " + platform + " from " + effectiveFrom + " must cite the document that sets it")
        .with("platform", platform)
        .with("effectiveFrom", effectiveFrom);
  }

  static Violation ratioNotSet(PlatformId platform, LocalDate date) {
    return Violation.of(RATIO_NOT_SET, RATIO,
            "云平台 " + platform + " 在 " + date + " 没有有效的冗余比例，不作闲置评估",
            "platform " + platform + " has no redundancy ratio in force on " + date + "; idle capacity is not assessed on a guess")
        .with("platform", platform)
        .with("date", date);
  }

  static Violation itemNotInCatalog(ResourceId resource, String item, LocalDate date) {
    return Violation.of(ITEM_NOT_IN_CATALOG, Article.of(23),
            "云资源 " + resource + " 的服务项 " + item + " 不在 " + date + " 有效的服务目录中，无法计算其配置量",
            "item " + item + " of resource " + resource + " is in no service catalog in force on " + date
                + ", so its capacity is unknown")
        .with("resource", resource)
        .with("item", item)
        .with("date", date);
  }

  static Violation notAboveRatio(DepartmentId department, PlatformId platform, Dimension dimension, Assessment a) {
    return Violation.of(NOT_ABOVE_RATIO, ESCALATION,
            "部门 " + department + " 在云平台 " + platform + " 上 " + dimension + " 的闲置比例未超过冗余比例 "
                + a.ratio().toPlainString() + "，无需提醒调减",
            "department " + department + " keeps " + a.countedIdle().toPlainString() + " of " + a.allocated().toPlainString()
                + " " + dimension + " idle on platform " + platform + ", not above the redundancy ratio " + a.ratio().toPlainString()
                + ": there is nothing to remind")
        .with("department", department)
        .with("platform", platform)
        .with("dimension", dimension)
        .with("countedIdle", a.countedIdle().toPlainString())
        .with("allocated", a.allocated().toPlainString())
        .with("ratio", a.ratio().toPlainString());
  }

  static Violation stepNotAllowed(ReductionCase reductionCase, ReductionStep.Kind step) {
    return Violation.of(STEP_NOT_ALLOWED, ESCALATION,
            "调减案件 " + reductionCase.id() + " 处于“" + chinese(reductionCase.status()) + "”状态，不能" + chinese(step),
            "reduction case " + reductionCase.id() + " is " + reductionCase.status() + ": it cannot take the step " + step)
        .with("case", reductionCase.id())
        .with("status", reductionCase.status())
        .with("step", step);
  }

  static Violation stepTooEarly(ReductionCase reductionCase, ReductionStep.Kind step, Instant now) {
    ReductionStep period = reductionCase.periodStep();
    LocalDate lastDay = period.lastDay().orElseThrow();
    Instant ends = period.expiresAt().orElseThrow();
    return Violation.of(STEP_TOO_EARLY, ESCALATION,
            "调减案件 " + reductionCase.id() + " 的期限最后一日为 " + lastDay + "，期满后方可" + chinese(step),
            "reduction case " + reductionCase.id() + " cannot take the step " + step + " before its period ends: its last day is "
                + lastDay + ", and the step is open from the day after")
        .with("case", reductionCase.id())
        .with("step", step)
        .with("lastDay", lastDay)
        .with("periodEnds", ends)
        .with("now", now);
  }

  /**
   * A forced reduction names a resource that is not one of the case's department on its platform, or
   * that does not exist: the two are refused alike (rule R9, Art. 33), as {@link #REDUCTION_INVALID}.
   *
   * @param reductionCase the case, not null
   * @param resource the resource named, not null
   * @return the violation, not null
   */
  public static Violation notOfCase(ReductionCase reductionCase, ResourceId resource) {
    return reductionInvalid(reductionCase, resource, "该云资源不属于本案件的部门和云平台",
        "it is not a resource of department " + reductionCase.department() + " on platform " + reductionCase.platform());
  }

  static Violation reductionInvalid(ReductionCase reductionCase, ResourceId resource, String problemChinese, String problem) {
    return Violation.of(REDUCTION_INVALID, ESCALATION,
            "调减案件 " + reductionCase.id() + " 不能调减云资源 " + resource + "：" + problemChinese,
            "reduction case " + reductionCase.id() + " cannot reduce resource " + resource + ": " + problem)
        .with("case", reductionCase.id())
        .with("resource", resource)
        .with("problem", problem);
  }

  static Violation reductionInsufficient(ReductionCase reductionCase, BigDecimal reduced, BigDecimal least) {
    return Violation.of(REDUCTION_INSUFFICIENT, ESCALATION,
            "调减案件 " + reductionCase.id() + " 调减 " + reduced.toPlainString() + " 后闲置比例仍超过冗余比例，至少应调减 "
                + least.toPlainString(),
            "reducing " + reduced.toPlainString() + " leaves the idle ratio of reduction case " + reductionCase.id()
                + " above the redundancy ratio: reduce at least " + least.toPlainString())
        .with("case", reductionCase.id())
        .with("reduced", reduced.toPlainString())
        .with("leastReduction", least.toPlainString());
  }

  static Violation reductionAboveIdle(ReductionCase reductionCase, BigDecimal reduced, BigDecimal countedIdle) {
    return Violation.of(REDUCTION_ABOVE_IDLE, ESCALATION,
            "调减案件 " + reductionCase.id() + " 调减 " + reduced.toPlainString() + " 超过闲置量 " + countedIdle.toPlainString()
                + "，不能调减在用的云资源",
            "reduction case " + reductionCase.id() + " cannot reduce " + reduced.toPlainString() + ": only "
                + countedIdle.toPlainString() + " is idle, and capacity in use is not reduced")
        .with("case", reductionCase.id())
        .with("reduced", reduced.toPlainString())
        .with("countedIdle", countedIdle.toPlainString());
  }

  /** A status in Chinese. */
  static String chinese(ReductionCase.Status status) {
    return switch (status) {
      case REMINDED -> "已提醒";
      case AWAITING_SUPERVISION -> "待督促";
      case SUPERVISED -> "已督促";
      case REDUCIBLE -> "可调减";
      case CLOSED -> "已结案";
    };
  }

  /** A step in Chinese, as an action. */
  static String chinese(ReductionStep.Kind step) {
    return switch (step) {
      case REMINDED -> "提醒调减";
      case REMINDER_LAPSED -> "记录提醒期满";
      case SUPERVISED -> "督促调减";
      case SUPERVISION_LAPSED -> "记录督促期满";
      case REDUCED_BY_AUTHORITY -> "由大数据主管部门调减";
      case RESOLVED_BY_DEPARTMENT -> "因部门主动调减结案";
      case RESOLVED_BY_DATA -> "因新数据结案";
    };
  }
}
