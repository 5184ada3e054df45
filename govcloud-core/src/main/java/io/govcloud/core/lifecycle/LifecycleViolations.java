package io.govcloud.core.lifecycle;

import io.govcloud.core.internal.Chinese;
import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.Limits;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The refusals of the lifecycle rules (rule R5; Art. 10, 12, 13, 19–25, 27, 28, 30, 42), each with a
 * stable code, the article, a message in Chinese and in English, and the offending values. No refusal
 * tells a platform, contract or project that does not exist from one the department may not use (rule
 * R9, Art. 33).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LifecycleViolations {

  /** An action taken in a state that does not allow it. Facts: {@code resource}, {@code state}, {@code action}, {@code allowedIn}. */
  public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
  /** A subordinate unit applying directly instead of through its parent (Art. 19 2nd para). */
  public static final String MUST_APPLY_THROUGH_PARENT = "MUST_APPLY_THROUGH_PARENT";
  /** An application citing no project of the annual list, or another department's or year's (Art. 28). */
  public static final String PROJECT_NOT_IN_ANNUAL_LIST = "PROJECT_NOT_IN_ANNUAL_LIST";
  /** A provider suspended from new services (Art. 42). */
  public static final String PROVIDER_SUSPENDED = "PROVIDER_SUSPENDED";
  /** A deployment mode other than shared cloud without a stated reason (Art. 13). */
  public static final String DEPLOYMENT_REASON_REQUIRED = "DEPLOYMENT_REASON_REQUIRED";
  /** A dedicated or hosted platform opened without data interface and management software (Art. 13). */
  public static final String INTEGRATION_REQUIRED = "INTEGRATION_REQUIRED";
  /** A test recorded after the trial ended (Art. 20). */
  public static final String TRIAL_ENDED = "TRIAL_ENDED";
  /** A trial extension without a supplementary contract (Art. 20). */
  public static final String SUPPLEMENTARY_CONTRACT_REQUIRED = "SUPPLEMENTARY_CONTRACT_REQUIRED";
  /** A termination confirmed before its checklist is done (Art. 24). */
  public static final String TERMINATION_CHECKLIST_INCOMPLETE = "TERMINATION_CHECKLIST_INCOMPLETE";
  /** An item the catalog in force does not list (Art. 27). */
  public static final String ITEM_NOT_IN_CATALOG = "ITEM_NOT_IN_CATALOG";
  /** An item the contract has no price for on the date (Art. 26, 30). */
  public static final String NO_CONTRACT_PRICE = "NO_CONTRACT_PRICE";
  /**
   * A platform, contract or zone that does not serve the department, or a platform or contract that does
   * not exist: the two are indistinguishable (Art. 9, 10, 12). Facts: {@code department}, {@code platform}.
   */
  public static final String WRONG_PLATFORM = "WRONG_PLATFORM";
  /** A confirmed quantity or time that does not fit the application (Art. 22). */
  public static final String CONFIRMATION_MISMATCH = "CONFIRMATION_MISMATCH";
  /** A backfill before the supplementary project's approval is recorded (Art. 25 3rd para). */
  public static final String SUPPLEMENT_NOT_APPROVED = "SUPPLEMENT_NOT_APPROVED";
  /** A supplementary project's approval recorded a second time (Art. 25 3rd para). */
  public static final String SUPPLEMENT_ALREADY_RECORDED = "SUPPLEMENT_ALREADY_RECORDED";
  /** A periodic request whose quantity is not the one of the period in force (Art. 23). */
  public static final String PERIOD_MISMATCH = "PERIOD_MISMATCH";
  /**
   * A quantity above the largest or with more decimals than a quantity has (docs/rules.md#limits; Art. 27).
   * Facts: {@code item}, {@code quantity}, {@code maxQuantity}, {@code maxDecimals}.
   */
  public static final String QUANTITY_OUT_OF_LIMITS = "QUANTITY_OUT_OF_LIMITS";
  /** A fraction of a unit of a fixed bundle (a flavour) of the catalog (Art. 27). Facts: {@code item}, {@code quantity}. */
  public static final String WHOLE_UNITS_REQUIRED = "WHOLE_UNITS_REQUIRED";

  private LifecycleViolations() {}

  /**
   * An action taken in a state that does not allow it.
   *
   * @param resource the resource, not null
   * @param action the action, not null
   * @return the violation, not null
   */
  public static Violation illegalTransition(CloudResource resource, LifecycleAction action) {
    return illegalTransition(resource.id().value(), resource.state(), action);
  }

  /**
   * An action taken in a state that does not allow it.
   *
   * @param resource the resource's id, not null
   * @param state its state, not null
   * @param action the action, not null
   * @return the violation, not null
   */
  public static Violation illegalTransition(String resource, ResourceState state, LifecycleAction action) {
    return Violation.of(
            ILLEGAL_TRANSITION,
            action.article(),
            "云资源" + resource + "处于“" + Chinese.of(state) + "”状态，不能" + action.chineseName() + "（" + action.article().toChinese() + "）",
            "resource " + resource + " is " + state + ": cannot " + action.englishName() + " (" + action.article() + ")")
        .with("resource", resource)
        .with("state", state)
        .with("action", action)
        .with("allowedIn", action.from());
  }

  /**
   * A subordinate unit applying directly instead of through its parent (Art. 19 2nd para).
   *
   * @param department the subordinate unit, not null
   * @param parent its parent, not null
   * @param action the action, not null
   * @return the violation, not null
   */
  public static Violation mustApplyThroughParent(DepartmentId department, DepartmentId parent, LifecycleAction action) {
    return Violation.of(
            MUST_APPLY_THROUGH_PARENT,
            Article.of(19),
            "下级部门" + department + "应当由其主管部门" + parent + "统一提出申请",
            "subordinate unit " + department + " must " + action.englishName() + " through its parent department " + parent)
        .with("department", department)
        .with("parent", parent)
        .with("action", action);
  }

  /**
   * A platform the department may not use, or that does not exist (Art. 10).
   *
   * @param department the department the resources are for, not null
   * @param platform the platform as given, not null
   * @return the violation, not null
   */
  public static Violation platformNotUsable(DepartmentId department, PlatformId platform) {
    return wrongPlatform("它不是该部门可以使用的云平台（第10条）", "it is not a platform the department may use (Art. 10)", department, platform);
  }

  /**
   * A contract that is not the department's for the platform, or that does not exist (Art. 12).
   *
   * @param department the department the resources are for, not null
   * @param platform the platform, not null
   * @param contract the contract as given, not null
   * @return the violation, not null
   */
  public static Violation contractNotUsable(DepartmentId department, PlatformId platform, ContractId contract) {
    return wrongPlatform("合同" + contract + "不是该部门就该云平台签订的服务合同（第12条）",
        "contract " + contract + " is not a contract of the department for the platform (Art. 12)", department, platform)
        .with("contract", contract);
  }

  static Violation zoneMissing(DepartmentId department, PlatformId platform, NetworkZone zone) {
    return wrongPlatform("该云平台没有" + Chinese.of(zone) + "（第9条）", "it has no " + zone + " zone (Art. 9)", department, platform);
  }

  static Violation noProjectCited(DepartmentId department, int year) {
    return Violation.of(
            PROJECT_NOT_IN_ANNUAL_LIST,
            Article.of(28),
            "申请未引用部门" + department + "的" + year + "年度政务信息化项目清单中的项目，不予配置云资源",
            "the application cites no project of department " + department + "'s annual project list of " + year
                + "; no resources are configured without one")
        .with("department", department)
        .with("year", year);
  }

  static Violation projectNotInList(ProjectId project, DepartmentId department, int year, String whyChinese, String whyEnglish) {
    return Violation.of(
            PROJECT_NOT_IN_ANNUAL_LIST,
            Article.of(28),
            "项目" + project + "未纳入部门" + department + "的" + year + "年度政务信息化项目清单：" + whyChinese + "，不予配置云资源",
            "project " + project + " is not in department " + department + "'s annual project list of " + year + ": " + whyEnglish
                + "; no resources are configured without one")
        .with("project", project)
        .with("department", department)
        .with("year", year);
  }

  static Violation providerSuspended(ProviderId provider, String reason) {
    return Violation.of(
            PROVIDER_SUSPENDED,
            Article.of(42),
            "政务云服务商" + provider + "已被暂缓提供新的云服务：" + reason,
            "provider " + provider + " is suspended from new cloud services until rectified: " + reason)
        .with("provider", provider)
        .with("reason", reason);
  }

  static Violation deploymentReasonRequired(DeploymentMode mode) {
    return Violation.of(
            DEPLOYMENT_REASON_REQUIRED,
            Article.of(13),
            "采取" + Chinese.of(mode) + "方式须说明理由并经本级大数据主管部门同意",
            "deployment mode " + mode + " needs a stated reason and the authority's consent; shared cloud is the default")
        .with("mode", mode);
  }

  static Violation integrationRequired(CloudResource resource) {
    return Violation.of(
            INTEGRATION_REQUIRED,
            Article.of(13),
            "采取" + Chinese.of(resource.deploymentMode()) + "方式的，应当开放数据接口、安装管理软件后方可开通",
            "a " + resource.deploymentMode() + " platform must open its data interface and install the management software before it is opened")
        .with("resource", resource.id())
        .with("mode", resource.deploymentMode());
  }

  static Violation trialEnded(CloudResource resource, LocalDate endedOn, LocalDate today) {
    return Violation.of(
            TRIAL_ENDED,
            Article.of(20),
            "试用期已于" + endedOn + "结束，延长试用期应当签订补充合同",
            "the trial of " + resource.id() + " ended on " + endedOn + "; extending it needs a supplementary contract")
        .with("resource", resource.id())
        .with("trialEndedOn", endedOn)
        .with("today", today);
  }

  static Violation supplementRequired(CloudResource resource, String reference) {
    return Violation.of(
            SUPPLEMENTARY_CONTRACT_REQUIRED,
            Article.of(20),
            "合同" + resource.contract() + "没有本次试用开通后签订的补充合同" + reference + "，不能延长试用期",
            "contract " + resource.contract() + " has no supplementary contract " + reference
                + " signed since this trial opened: the trial cannot be extended")
        .with("resource", resource.id())
        .with("contract", resource.contract())
        .with("supplement", reference);
  }

  static Violation terminationIncomplete(CloudResource resource, Set<CloudResource.TerminationStep> missing) {
    return Violation.of(
            TERMINATION_CHECKLIST_INCOMPLETE,
            Article.of(24),
            "终止云服务前应当完成信息系统下线、数据迁移备份和文档移交，尚缺：" + Chinese.steps(missing),
            "before termination is confirmed the system must be offline, its data migrated and backed up and the documents handed over; missing: "
                + missing)
        .with("resource", resource.id())
        .with("missing", missing);
  }

  static Violation itemNotInCatalog(String item, LocalDate date, String whyChinese, String whyEnglish) {
    return Violation.of(
            ITEM_NOT_IN_CATALOG,
            Article.of(27),
            "云资源" + item + "不在" + date + "有效的政务云服务目录中：" + whyChinese,
            "item " + item + " is not in the service catalog in force on " + date + ": " + whyEnglish)
        .with("item", item)
        .with("date", date);
  }

  static Violation quantityOutOfLimits(String item, BigDecimal quantity, String whyEnglish) {
    return Violation.of(
            QUANTITY_OUT_OF_LIMITS,
            Article.of(27),
            "云资源" + item + "的数量" + plain(quantity) + "超出限度：数量至多" + Limits.MAX_QUANTITY.toPlainString() + "，小数至多"
                + Limits.MAX_QUANTITY_DECIMALS + "位",
            "the quantity " + plain(quantity) + " of item " + item + " " + whyEnglish)
        .with("item", item)
        .with("quantity", plain(quantity))
        .with("maxQuantity", Limits.MAX_QUANTITY.toPlainString())
        .with("maxDecimals", Limits.MAX_QUANTITY_DECIMALS);
  }

  static Violation wholeUnitsRequired(String item, BigDecimal quantity) {
    return Violation.of(
            WHOLE_UNITS_REQUIRED,
            Article.of(27),
            "云资源" + item + "是固定规格，数量须为整数，不得为" + plain(quantity),
            "item " + item + " is a fixed bundle bought in whole units, not " + plain(quantity))
        .with("item", item)
        .with("quantity", plain(quantity));
  }

  /** A quantity for a message: plain digits when short, else the scientific form (1E+999999999). */
  private static String plain(BigDecimal quantity) {
    return Math.abs((long) quantity.precision() - quantity.scale()) <= 40 ? quantity.toPlainString() : quantity.toString();
  }

  static Violation noContractPrice(String contract, String item, LocalDate date) {
    return Violation.of(
            NO_CONTRACT_PRICE,
            Article.of(30),
            "合同" + contract + "在" + date + "没有" + item + "的价格",
            "contract " + contract + " has no price for " + item + " in force on " + date)
        .with("contract", contract)
        .with("item", item)
        .with("date", date);
  }

  private static Violation wrongPlatform(String whyChinese, String whyEnglish, DepartmentId department, PlatformId platform) {
    return Violation.of(
            WRONG_PLATFORM,
            Article.of(10),
            "部门" + department + "不能使用云平台" + platform + "：" + whyChinese,
            "department " + department + " cannot use platform " + platform + ": " + whyEnglish)
        .with("department", department)
        .with("platform", platform);
  }

  static Violation confirmationMismatch(CloudResource resource, String whyChinese, String whyEnglish) {
    return Violation.of(
            CONFIRMATION_MISMATCH,
            Article.of(22),
            "云资源" + resource.id() + "的确认不符合实际：" + whyChinese,
            "the confirmation of " + resource.id() + " does not fit: " + whyEnglish)
        .with("resource", resource.id());
  }

  static Violation supplementNotApproved(CloudResource resource) {
    return Violation.of(
            SUPPLEMENT_NOT_APPROVED,
            Article.of(25),
            "云资源" + resource.id() + "的政务信息化项目增补尚未审批，不能补报云资源申请",
            "the supplementary project of " + resource.id() + " is not approved yet: the application cannot be backfilled")
        .with("resource", resource.id())
        .with("state", resource.state())
        .with("action", LifecycleAction.BACKFILL);
  }

  static Violation supplementAlreadyRecorded(CloudResource resource, Instant at) {
    return Violation.of(
            SUPPLEMENT_ALREADY_RECORDED,
            Article.of(25),
            "云资源" + resource.id() + "的项目增补审批已于" + at + "记录",
            "the supplementary project's approval of " + resource.id() + " was recorded at " + at)
        .with("resource", resource.id())
        .with("recordedAt", at);
  }

  static Violation quantityAbove(CloudResource resource, BigDecimal confirmed, BigDecimal approved) {
    return confirmationMismatch(resource,
            "确认数量" + confirmed.toPlainString() + "超过批准数量" + approved.toPlainString(),
            "confirmed quantity " + confirmed.toPlainString() + " exceeds the approved " + approved.toPlainString())
        .with("confirmed", confirmed.toPlainString())
        .with("approved", approved.toPlainString());
  }

  static Violation periodMismatch(BigDecimal requested, CloudResource.Period inForce, LocalDate today) {
    return Violation.of(
            PERIOD_MISMATCH,
            Article.of(23),
            "按周期申请的云资源，" + today + "所在周期的数量为" + inForce.quantity().toPlainString() + "，而不是" + requested.toPlainString(),
            "a periodic demand asks for the quantity of the period in force: " + inForce.quantity().toPlainString()
                + " on " + today + ", not " + requested.toPlainString())
        .with("requested", requested.toPlainString())
        .with("period", inForce.from())
        .with("periodQuantity", inForce.quantity().toPlainString());
  }
}
