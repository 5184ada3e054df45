package io.govcloud.core.internal;

import io.govcloud.core.NotificationTypes;
import io.govcloud.core.billing.UnbilledService;
import io.govcloud.core.reallocation.Assessment;
import io.govcloud.core.reallocation.ReductionCases;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every notification the entry point sends (rule R9, Art. 16), in one place: its type (a constant of
 * {@link NotificationTypes}), recipient, article, Chinese and English texts, and the values the texts
 * refer to. The Chinese texts are wholly Chinese (ids and codes aside), the English wholly English; a
 * free text a party gave (a reason) is quoted as given and also carried in the data.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Notices {

  /** The kind of the tracked date by which a periodic demand's next period must be configured (Art. 23). */
  public static final String PERIODIC_CHANGE = "PERIODIC_CHANGE";

  /** The subject type of a reduction case in the audit trail and in notices (Art. 17). */
  public static final String REDUCTION_CASE = "reduction-case";

  private Notices() {}

  /** To the authority: an application to open resources was received (Art. 20). */
  static void applicationReceived(Tx tx, Party authority, CloudResource saved) {
    tx.notify(NotificationTypes.APPLICATION_RECEIVED, authority, Article.of(20),
        "收到部门" + saved.department() + "的云资源开通申请" + saved.id() + "，应当在2个工作日内通知服务商提供试用环境",
        "application " + saved.id() + " from department " + saved.department()
            + " received: notify the provider to offer a trial environment within 2 working days",
        data(saved));
  }

  /** To the provider: offer a trial environment (Art. 20). */
  static void trialRequested(Tx tx, CloudResource saved) {
    tx.notify(NotificationTypes.TRIAL_ENVIRONMENT_REQUESTED, Party.provider(saved.provider()), Article.of(20),
        "请为云资源申请" + saved.id() + "提供试用环境", "offer a trial environment for " + saved.id(), data(saved));
  }

  /** To the applicant: its application was rejected (Art. 20). */
  static void applicationRejected(Tx tx, CloudResource saved, String reason) {
    tx.notify(NotificationTypes.APPLICATION_REJECTED, Party.department(saved.applicant()), Article.of(20),
        "云资源申请" + saved.id() + "被驳回：" + reason, "application " + saved.id() + " rejected: " + reason, data(saved, reason));
  }

  /** To the department: the trial is open (Art. 21). */
  static void trialOpened(Tx tx, CloudResource saved) {
    tx.notify(NotificationTypes.TRIAL_OPENED, Party.department(saved.department()), Article.of(21),
        "试用环境已开通，请在" + saved.trialEndsOn().orElseThrow() + "前完成测试",
        "the trial environment is open: test before the trial ends on " + saved.trialEndsOn().orElseThrow(), data(saved));
  }

  /** To the authority: a change was applied for (Art. 19). */
  static void changeApplied(Tx tx, Party authority, CloudResource saved) {
    tx.notify(NotificationTypes.CHANGE_APPLIED, authority, Article.of(19), "收到云资源" + saved.id() + "的变更申请",
        "change of " + saved.id() + " applied for", data(saved));
  }

  /** To the provider: implement an approved change (Art. 20). */
  static void changeApproved(Tx tx, CloudResource saved) {
    tx.notify(NotificationTypes.CHANGE_APPROVED, Party.provider(saved.provider()), Article.of(20), "请实施云资源" + saved.id() + "的变更",
        "implement the change of " + saved.id(), data(saved));
  }

  /** To the applicant: its change was rejected (Art. 19). */
  static void changeRejected(Tx tx, CloudResource saved, String reason) {
    tx.notify(NotificationTypes.CHANGE_REJECTED, Party.department(saved.applicant()), Article.of(19),
        "云资源" + saved.id() + "的变更申请被驳回：" + reason, "the change of " + saved.id() + " is rejected: " + reason,
        data(saved, reason));
  }

  /** To the authority: a termination was applied for (Art. 19). */
  static void terminationApplied(Tx tx, Party authority, CloudResource saved) {
    tx.notify(NotificationTypes.TERMINATION_APPLIED, authority, Article.of(19), "收到云资源" + saved.id() + "的终止申请",
        "termination of " + saved.id() + " applied for", data(saved));
  }

  /** To the provider: a termination is approved (Art. 24). */
  static void terminationApproved(Tx tx, CloudResource saved) {
    tx.notify(NotificationTypes.TERMINATION_APPROVED, Party.provider(saved.provider()), Article.of(24),
        "云资源" + saved.id() + "终止已批准，请移交相关文档", "termination of " + saved.id() + " approved: hand over the documents",
        data(saved));
  }

  /** To the applicant: its termination was rejected (Art. 19). */
  static void terminationRejected(Tx tx, CloudResource saved, String reason) {
    tx.notify(NotificationTypes.TERMINATION_REJECTED, Party.department(saved.applicant()), Article.of(19),
        "云资源" + saved.id() + "的终止申请被驳回：" + reason, "the termination of " + saved.id() + " is rejected: " + reason,
        data(saved, reason));
  }

  /** To the authority and the provider: an emergency was reported (Art. 25). */
  static void emergencyReported(Tx tx, Jurisdiction jurisdiction, CloudResource saved) {
    tx.notify(NotificationTypes.EMERGENCY_REPORTED, Party.authority(jurisdiction), Article.of(25),
        "部门" + saved.department() + "报备紧急云资源需求" + saved.id(),
        "department " + saved.department() + " reported emergency need " + saved.id(), data(saved));
    tx.notify(NotificationTypes.EMERGENCY_REPORTED, Party.provider(saved.provider()), Article.of(25),
        "请在24小时内配置紧急云资源" + saved.id(), "configure emergency resources " + saved.id() + " within 24 hours", data(saved));
  }

  /** To the applicant: the emergency resources are configured (Art. 25). */
  static void emergencyProvisioned(Tx tx, CloudResource saved) {
    tx.notify(NotificationTypes.EMERGENCY_PROVISIONED, Party.department(saved.applicant()), Article.of(25),
        "紧急云资源" + saved.id() + "已配置，请确认并办理项目增补",
        "emergency resources " + saved.id() + " configured: confirm them and file the project supplement", data(saved));
  }

  /** To the authority: the application of emergency resources was backfilled (Art. 25). */
  static void backfilled(Tx tx, Jurisdiction jurisdiction, CloudResource saved) {
    tx.notify(NotificationTypes.APPLICATION_BACKFILLED, Party.authority(jurisdiction), Article.of(25),
        "部门" + saved.applicant() + "补报了紧急云资源" + saved.id() + "的申请",
        "department " + saved.applicant() + " backfilled the application of emergency resources " + saved.id(), data(saved));
  }

  /** To the department and the provider: a work order was generated (Art. 22). */
  static void workOrderGenerated(Tx tx, WorkOrder order) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("workOrder", order.id().value());
    data.put("kind", order.kind().name());
    data.put("item", order.item());
    data.put("quantity", order.quantity().toPlainString());
    data.put("effectiveAt", order.effectiveAt().toString());
    String zh = "已生成服务工单" + order.id() + "（" + Chinese.of(order.kind()) + "），作为支付服务费用的参考";
    String en = "work order " + order.id() + " (" + order.kind() + ") generated, the reference for payment";
    tx.notify(NotificationTypes.WORK_ORDER_GENERATED, Party.department(order.department()), Article.of(22), zh, en, data);
    tx.notify(NotificationTypes.WORK_ORDER_GENERATED, Party.provider(order.provider()), Article.of(22), zh, en, data);
  }

  /** To the authority: a contract was filed (Art. 12). */
  static void contractFiled(Tx tx, Jurisdiction jurisdiction, DepartmentId department, ContractId contract) {
    tx.notify(NotificationTypes.CONTRACT_FILED, Party.authority(jurisdiction), Article.of(12),
        "部门" + department + "报备服务合同" + contract, "department " + department + " filed contract " + contract,
        Map.of("contract", contract.value(), "department", department.value()));
  }

  /** To the provider: it is suspended from new services, or reinstated (Art. 42). */
  static void suspension(Tx tx, ProviderId provider, Optional<String> reason) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("provider", provider.value());
    reason.ifPresent(r -> data.put("reason", r));
    tx.notify(reason.isPresent() ? NotificationTypes.PROVIDER_SUSPENDED : NotificationTypes.PROVIDER_REINSTATED,
        Party.provider(provider), Article.of(42),
        reason.map(r -> "暂缓提供新的云服务，直至满足整改要求：" + r).orElse("已满足整改要求，恢复提供新的云服务"),
        reason.map(r -> "suspended from new cloud services until rectified: " + r).orElse("rectified: new cloud services may be provided again"),
        data);
  }

  /** To the department and the provider of an account: a month's bill is issued (Art. 30). */
  static void billIssued(Tx tx, YearMonth month, MonthlyBill bill) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("month", month.toString());
    data.put("account", bill.account().toString());
    data.put("total", bill.total().amount().toPlainString());
    String zh = month + "服务费用账单已出具，合计" + Chinese.of(bill.total());
    String en = "the bill for " + month + " is issued: " + bill.total();
    tx.notify(NotificationTypes.BILL_ISSUED, Party.department(bill.account().department()), Article.of(30), zh, en, data);
    tx.notify(NotificationTypes.BILL_ISSUED, Party.provider(bill.account().provider()), Article.of(30), zh, en, data);
  }

  /**
   * The notices of an account left out of a month (Art. 30; rule R4): to the issuing authority (of the
   * account's platform's jurisdiction), the account's department and its provider, naming the resources
   * and why.
   *
   * @param tx the unit's action, not null
   * @param jurisdiction the issuing ledger's jurisdiction, not null
   * @param month the month issued, not null
   * @param account the account left out, not null
   * @param reasons why, not empty
   */
  static void billWithheld(Tx tx, Jurisdiction jurisdiction, YearMonth month, BillingAccount account, List<Violation> reasons) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("month", month.toString());
    data.put("account", account.toString());
    data.put("resources", String.join(",", reasons.stream().map(v -> v.facts().get("resource")).filter(Objects::nonNull).distinct().toList()));
    data.put("codes", String.join(",", reasons.stream().map(Violation::code).distinct().toList()));
    String zh = "计费账户 " + account + " 的" + month + "账单暂缓出具：" + reasons.get(0).chinese();
    String en = "the bill of " + account + " for " + month + " is withheld: " + reasons.get(0).english();
    tx.notify(NotificationTypes.BILL_WITHHELD, Party.authority(jurisdiction), Article.of(30), zh, en, data);
    tx.notify(NotificationTypes.BILL_WITHHELD, Party.department(account.department()), Article.of(30), zh, en, data);
    tx.notify(NotificationTypes.BILL_WITHHELD, Party.provider(account.provider()), Article.of(30), zh, en, data);
  }

  /**
   * The notice to the issuing authority of work orders confirmed since the last issuance that reach back
   * before its jurisdiction's billing ledger's first month: those days are not billed (Art. 30; rule R4).
   *
   * @param tx the unit's action, not null
   * @param jurisdiction the ledger's jurisdiction, not null
   * @param month the month being issued, not null
   * @param firstMonth the ledger's first month, not null
   * @param unbilled the service before it, not empty
   */
  static void serviceBeforeLedger(Tx tx, Jurisdiction jurisdiction, YearMonth month, YearMonth firstMonth, List<UnbilledService> unbilled) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("month", month.toString());
    data.put("firstMonth", firstMonth.toString());
    data.put("resources", String.join(",", unbilled.stream().map(u -> u.resource().value()).distinct().toList()));
    data.put("workOrders", String.join(",", unbilled.stream().map(u -> u.workOrder().value()).toList()));
    String zh = "出具" + month + "账单时发现" + unbilled.size() + "段已确认的服务早于计费账本的首个计费月份" + firstMonth + "，不予计费";
    String en = "issuing " + month + ": " + unbilled.size() + " confirmed service period(s) lie before the ledger's first month "
        + firstMonth + " and are not billed";
    data.put("jurisdiction", jurisdiction.code());
    tx.notify(NotificationTypes.SERVICE_BEFORE_LEDGER, Party.authority(jurisdiction), Article.of(30), zh, en, data);
  }

  /**
   * One notice for each step a reduction case took (Art. 17; rule R6), queued in the unit: the reminder
   * and the supervision to the department, the lapses to the authority of the platform's level, the
   * authority's reduction to the department, a resolution to both. Each names the case as its subject.
   *
   * @param tx the unit's action, not null
   * @param reductionCase the case after the steps, not null
   * @param added the steps it took, in order, not null
   * @param platform the case's platform, not null
   */
  static void reductionSteps(Tx tx, ReductionCase reductionCase, List<ReductionStep> added, Platform platform) {
    for (ReductionStep step : added) {
      Map<String, String> data = caseData(reductionCase, step);
      String id = reductionCase.id().value();
      String dept = reductionCase.department().value();
      String dimension = reductionCase.dimension().code();
      String unit = reductionCase.dimension().unit();
      Party department = Party.department(reductionCase.department());
      Party authority = Party.authority(platform.jurisdiction());
      switch (step.kind()) {
        case REMINDED -> caseNotice(tx, reductionCase, step, department, data,
            "政务部门" + dept + "在云平台" + platform.id() + "上的" + dimension + "闲置量为" + data.get("countedIdle") + unit + "（已分配"
                + data.get("allocated") + unit + "），超过冗余比例" + data.get("ratio") + "，请主动调减至少" + data.get("leastReduction") + unit
                + "，期限最后一日为" + data.get("lastDay") + "（调减案件" + id + "）",
            "department " + dept + " keeps " + data.get("countedIdle") + " " + unit + " of " + dimension + " idle of "
                + data.get("allocated") + " allocated on platform " + platform.id() + ", above the redundancy ratio " + data.get("ratio")
                + ": reduce at least " + data.get("leastReduction") + " " + unit + " by " + data.get("lastDay") + " (reduction case " + id + ")");
        case REMINDER_LAPSED -> caseNotice(tx, reductionCase, step, authority, data,
            "调减案件" + id + "：政务部门" + dept + "自提醒之日起超过1个月未主动调减（期限最后一日为" + data.get("lastDay") + "），请督促其调减",
            "reduction case " + id + ": department " + dept + " did not reduce within one month of the reminder (last day "
                + data.get("lastDay") + "): supervise the reduction");
        case SUPERVISED -> caseNotice(tx, reductionCase, step, department, data,
            "大数据主管部门督促政务部门" + dept + "调减" + dimension + "闲置量至少" + data.get("leastReduction") + unit + "，期限最后一日为"
                + data.get("lastDay") + "；超过5个工作日仍未调减的，可以由大数据主管部门予以调减（调减案件" + id + "）",
            "the authority supervises department " + dept + ": reduce at least " + data.get("leastReduction") + " " + unit + " of "
                + dimension + " idle by " + data.get("lastDay") + "; after more than five working days the authority may reduce (reduction case "
                + id + ")");
        case SUPERVISION_LAPSED -> caseNotice(tx, reductionCase, step, authority, data,
            "调减案件" + id + "：政务部门" + dept + "自督促之日起超过5个工作日仍未调减（期限最后一日为" + data.get("lastDay") + "），可以由大数据主管部门予以调减",
            "reduction case " + id + ": department " + dept + " did not reduce within five working days of the supervision (last day "
                + data.get("lastDay") + "): the authority may reduce");
        case REDUCED_BY_AUTHORITY -> caseNotice(tx, reductionCase, step, department, data,
            "大数据主管部门已调减政务部门" + dept + "的云资源" + data.get("resources") + "，共调减" + dimension + data.get("reduced") + unit
                + "，并生成变更服务工单（调减案件" + id + "）",
            "the authority reduced resources " + data.get("resources") + " of department " + dept + " by " + data.get("reduced") + " "
                + unit + " of " + dimension + ", with change work orders (reduction case " + id + ")");
        case RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA -> {
          boolean own = step.kind() == ReductionStep.Kind.RESOLVED_BY_DEPARTMENT;
          String zh = "调减案件" + id + "：" + (own ? "政务部门" + dept + "已主动调减" : "新的利用率数据显示") + "，" + dimension
              + "闲置比例不超过冗余比例，案件办结";
          String en = "reduction case " + id + " is closed: " + (own ? "department " + dept + " reduced its idle capacity" : "new data shows")
              + " the idle ratio of " + dimension + " at or below the redundancy ratio";
          caseNotice(tx, reductionCase, step, department, data, zh, en);
          caseNotice(tx, reductionCase, step, authority, data, zh, en);
        }
      }
    }
  }

  private static void caseNotice(
      Tx tx, ReductionCase reductionCase, ReductionStep step, Party recipient, Map<String, String> data, String chinese, String english) {
    tx.uow().enqueue(new Notification(NotificationId.of(tx.newId("n")), NotificationTypes.reductionStep(step.kind()), recipient,
        REDUCTION_CASE, reductionCase.id().value(), Article.of(17), chinese, english, data, tx.now()));
  }

  /** The values a notice of a case's step refers to: the case's figures now, and the period the step starts or ends. */
  private static Map<String, String> caseData(ReductionCase reductionCase, ReductionStep step) {
    Assessment standing = ReductionCases.standing(reductionCase);
    Map<String, String> data = new LinkedHashMap<>();
    data.put("case", reductionCase.id().value());
    data.put("department", reductionCase.department().value());
    data.put("platform", reductionCase.platform().value());
    data.put("dimension", reductionCase.dimension().code());
    data.put("unit", reductionCase.dimension().unit());
    data.put("step", step.kind().name());
    data.put("at", step.at().toString());
    data.put("allocated", standing.allocated().toPlainString());
    data.put("countedIdle", standing.countedIdle().toPlainString());
    data.put("ratio", standing.ratio().toPlainString());
    data.put("leastReduction", standing.leastReduction().toPlainString());
    int index = reductionCase.steps().lastIndexOf(step);
    for (int i = index; i >= 0; i--) {
      ReductionStep period = reductionCase.steps().get(i);
      if (period.kind().startsPeriod()) {
        data.put("lastDay", period.lastDay().orElseThrow().toString());
        data.put("expiresAt", period.expiresAt().orElseThrow().toString());
        break;
      }
    }
    List<ResourceReduction> forced = reductionCase.reductions().stream().filter(ResourceReduction::forced).toList();
    if (step.kind() == ReductionStep.Kind.REDUCED_BY_AUTHORITY) {
      data.put("resources", String.join(", ", forced.stream().map(r -> r.resource().value()).toList()));
      data.put("reduced", forced.stream().map(ResourceReduction::capacity).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
      data.put("workOrders", String.join(", ", forced.stream().flatMap(r -> r.workOrder().stream()).map(WorkOrderId::value).toList()));
    }
    return data;
  }

  private static Map<String, String> data(CloudResource r) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("resource", r.id().value());
    data.put("state", r.state().name());
    data.put("item", r.item());
    data.put("quantity", r.quantity().toPlainString());
    return data;
  }

  private static Map<String, String> data(CloudResource r, String reason) {
    Map<String, String> data = data(r);
    data.put("reason", reason);
    return data;
  }
}
