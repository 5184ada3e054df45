package io.govcloud.core.billing;

import io.govcloud.core.internal.Chinese;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The refusals of billing (docs/rules.md#r4): stable codes a host matches on, each with the article it rests
 * on, a message in Chinese and English, and the offending values as facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingViolations {

  /**
   * A day in service has no contracted price for the item in force: nothing is billed by guess
   * (Art. 30). Facts: {@code resource}, {@code item}, {@code contract}, {@code date}.
   */
  public static final String PRICE_MISSING = "BILLING_PRICE_MISSING";

  /**
   * No catalog version in force on a day billed lists the item, so it has no category (Art. 26, 30).
   * Facts: {@code resource}, {@code item}, {@code date}.
   */
  public static final String ITEM_NOT_IN_CATALOG = "BILLING_ITEM_NOT_IN_CATALOG";

  /**
   * A resource's confirmed work orders do not form a service history: a change or termination without
   * service, an opening during service, or a termination of another configuration than the one in force
   * (Art. 22, 24). Facts: {@code resource}, {@code workOrder}, {@code kind}, {@code date}, {@code problem}.
   */
  public static final String WORK_ORDER_SEQUENCE = "BILLING_WORK_ORDER_SEQUENCE";

  /**
   * What a resource costs leaves the range of amounts the ledger computes exactly (a quantity or price
   * beyond the limits of input, or a sum of them): it is not billed by approximation (Art. 30). The
   * resource's accounts are left out of the month (docs/rules.md#r4). Facts: {@code resource}, {@code
   * workOrders}.
   */
  public static final String AMOUNT_OUT_OF_RANGE = "BILLING_AMOUNT_OUT_OF_RANGE";

  /**
   * A resource's corrections cannot be resolved: two work orders supersede one, or corrections form a
   * cycle (Art. 22). The resource's accounts are left out of the month (docs/rules.md#r4). Facts: {@code
   * resource}, {@code workOrders}, {@code problem}.
   */
  public static final String CORRECTIONS_INCONSISTENT = "BILLING_CORRECTIONS_INCONSISTENT";

  /**
   * The month asked for is neither issued nor the next open month: months are issued one after the other
   * (Art. 30). Facts: {@code month}, {@code nextOpenMonth}.
   */
  public static final String MONTH_NOT_OPEN = "BILLING_MONTH_NOT_OPEN";

  /**
   * A month issued before the billing ledger was started: the ledger's first month is set explicitly by
   * the municipal authority, never guessed from the first month issued (Art. 30). Facts: {@code month}.
   */
  public static final String LEDGER_NOT_STARTED = "BILLING_LEDGER_NOT_STARTED";

  /**
   * The billing ledger is started already, at its first month, which never changes (Art. 30). Facts:
   * {@code firstMonth}, {@code startedAt}.
   */
  public static final String LEDGER_ALREADY_STARTED = "BILLING_LEDGER_ALREADY_STARTED";

  /**
   * A month issued before it has ended in the zone of every platform: its remaining days would be billed
   * before they are used, and frozen (Art. 30: 按月计费). Facts: {@code month}, {@code endsAt} (the instant it
   * ends in the last zone), {@code zone}.
   */
  public static final String MONTH_NOT_ENDED = "BILLING_MONTH_NOT_ENDED";

  /**
   * A year's deductions exceed its fees (Art. 31, 41). Facts: {@code account}, {@code year}, {@code fees},
   * {@code deductions}.
   */
  public static final String DEDUCTIONS_EXCEED_FEES = "BILLING_DEDUCTIONS_EXCEED_FEES";

  /**
   * A provider's statement reconciled against a month whose bills are not issued (Art. 30). Facts:
   * {@code account}, {@code month}.
   */
  public static final String BILL_NOT_ISSUED = "BILL_NOT_ISSUED";

  private BillingViolations() {}

  /**
   * A provider's statement of a month whose bill of the account is not issued: nothing to reconcile
   * against (Art. 30).
   *
   * @param account the statement's account, not null
   * @param month the statement's month, not null
   * @return the violation, not null
   */
  public static Violation billNotIssued(BillingAccount account, YearMonth month) {
    return Violation.of(
            BILL_NOT_ISSUED,
            Article.of(30),
            month + "的账单尚未出具，无法对账",
            "the bill of " + account + " for " + month + " is not issued: nothing to reconcile against")
        .with("account", account)
        .with("month", month);
  }

  static Violation priceMissing(ResourceId resource, String item, WorkOrder order, LocalDate date) {
    return Violation.of(
            PRICE_MISSING,
            Article.of(30),
            "云资源 " + resource + " 的服务项 " + item + " 在 " + date + " 没有生效的合同价格，不予计费",
            "resource " + resource + " is in service on " + date + " but contract " + order.contract()
                + " has no price for item " + item + " in force that day; nothing is billed by guess")
        .with("resource", resource)
        .with("item", item)
        .with("contract", order.contract())
        .with("date", date);
  }

  static Violation itemNotInCatalog(ResourceId resource, String item, LocalDate date) {
    return Violation.of(
            ITEM_NOT_IN_CATALOG,
            Article.of(26),
            "服务项 " + item + " 在 " + date + " 生效的服务目录中不存在，无法确定云资源 " + resource + " 的类别",
            "no catalog version in force on " + date + " lists item " + item + " of resource " + resource
                + ", so its category is unknown")
        .with("resource", resource)
        .with("item", item)
        .with("date", date);
  }

  static Violation workOrderSequence(ResourceId resource, WorkOrder order, String problemZh, String problemEn) {
    return Violation.of(
            WORK_ORDER_SEQUENCE,
            Article.of(order.kind() == WorkOrder.Kind.TERMINATE ? 24 : 22),
            "云资源 " + resource + " 的服务工单 " + order.id() + "（" + Chinese.of(order.kind()) + "，" + order.serviceDate() + "）" + problemZh,
            "work order " + order.id() + " (" + order.kind() + " on " + order.serviceDate() + ") of resource "
                + resource + " " + problemEn)
        .with("resource", resource)
        .with("workOrder", order.id())
        .with("kind", order.kind())
        .with("date", order.serviceDate())
        .with("problem", problemEn);
  }

  /**
   * A month that is neither issued nor the ledger's next month (Art. 30).
   *
   * @param month the month asked for, not null
   * @param nextOpenMonth the ledger's next month, not null
   * @return the violation, not null
   */
  public static Violation monthNotOpen(YearMonth month, YearMonth nextOpenMonth) {
    return Violation.of(
            MONTH_NOT_OPEN,
            Article.of(30),
            month + " 既未出账也不是下一个待出账月份（" + nextOpenMonth + "），账单须按月依次出具",
            month + " is neither issued nor the next open month " + nextOpenMonth + "; months are issued in order")
        .with("month", month)
        .with("nextOpenMonth", nextOpenMonth);
  }

  /**
   * A month issued before the issuing authority's jurisdiction's ledger is started (Art. 30).
   *
   * @param jurisdiction the jurisdiction, not null
   * @param month the month, not null
   * @return the violation, not null
   */
  public static Violation ledgerNotStarted(Jurisdiction jurisdiction, YearMonth month) {
    String level = jurisdiction.isMunicipal() ? "市级" : "区县" + jurisdiction.code();
    String levelEn = jurisdiction.isMunicipal() ? "the municipal" : "district " + jurisdiction.code() + "'s";
    return Violation.of(
            LEDGER_NOT_STARTED,
            Article.of(30),
            level + "计费账本尚未启用，无法出具 " + month + " 的账单：须先由" + level + "大数据主管部门指定首个计费月份",
            levelEn + " billing ledger is not started, so " + month + " cannot be issued: its authority first sets the "
                + "ledger's first month")
        .with("jurisdiction", jurisdiction.code())
        .with("month", month);
  }

  /**
   * The jurisdiction's ledger is started already (Art. 30).
   *
   * @param start the ledger's start, not null
   * @return the violation, not null
   */
  public static Violation ledgerAlreadyStarted(LedgerStart start) {
    String level = start.jurisdiction().isMunicipal() ? "市级" : "区县" + start.jurisdiction().code();
    String levelEn = start.jurisdiction().isMunicipal() ? "the municipal" : "district " + start.jurisdiction().code() + "'s";
    return Violation.of(
            LEDGER_ALREADY_STARTED,
            Article.of(30),
            level + "计费账本已于 " + start.startedAt() + " 启用，首个计费月份为 " + start.firstMonth() + "，不可更改",
            levelEn + " billing ledger was started at " + start.startedAt() + " with first month " + start.firstMonth()
                + ", which never changes")
        .with("jurisdiction", start.jurisdiction().code())
        .with("firstMonth", start.firstMonth())
        .with("startedAt", start.startedAt());
  }

  /**
   * A month that has not ended yet in the last zone of the platforms (Art. 30).
   *
   * @param month the month, not null
   * @param endsAt the instant it ends in that zone, not null
   * @param zone that zone, not null
   * @return the violation, not null
   */
  public static Violation monthNotEnded(YearMonth month, Instant endsAt, ZoneId zone) {
    return Violation.of(
            MONTH_NOT_ENDED,
            Article.of(30),
            month + " 尚未结束（" + zone + " 时区 " + endsAt + " 结束），按月计费须待月末后出账",
            month + " has not ended: it ends at " + endsAt + " in zone " + zone + "; a month is billed once it has ended")
        .with("month", month)
        .with("endsAt", endsAt)
        .with("zone", zone);
  }

  static Violation amountOutOfRange(ResourceId resource, List<WorkOrder> orders) {
    String ids = String.join(", ", orders.stream().map(o -> o.id().value()).toList());
    return Violation.of(
            AMOUNT_OUT_OF_RANGE,
            Article.of(30),
            "云资源 " + resource + " 的费用（服务工单 " + ids + "）超出可精确计算的金额范围，不予计费",
            "what resource " + resource + " costs (work orders " + ids + ") leaves the range of amounts billed exactly;"
                + " it is not billed by approximation")
        .with("resource", resource)
        .with("workOrders", ids);
  }

  static Violation billOutOfRange(BillingAccount account, YearMonth month) {
    return Violation.of(
            AMOUNT_OUT_OF_RANGE,
            Article.of(30),
            "计费账户 " + account + " " + month + " 的账单合计超出可精确计算的金额范围，不予出具",
            "the total of the bill of " + account + " for " + month + " leaves the range of amounts billed exactly;"
                + " it is not issued")
        .with("account", account)
        .with("month", month);
  }

  static Violation correctionsInconsistent(ResourceId resource, List<WorkOrder> orders, String problemZh, String problemEn) {
    String ids = String.join(", ", orders.stream().map(o -> o.id().value()).toList());
    return Violation.of(
            CORRECTIONS_INCONSISTENT,
            Article.of(22),
            "云资源 " + resource + " 的服务工单更正无法确定：" + problemZh,
            "the corrections of resource " + resource + " cannot be resolved: " + problemEn)
        .with("resource", resource)
        .with("workOrders", ids)
        .with("problem", problemEn);
  }

  static Violation deductionsExceedFees(BillingAccount account, Year year, Money fees, Money deductions) {
    return Violation.of(
            DEDUCTIONS_EXCEED_FEES,
            Article.of(41),
            "计费账户 " + account + " " + year + " 年度扣减费用 " + deductions.amount().toPlainString() + " 元超过当年服务费用 "
                + fees.amount().toPlainString() + " 元",
            "the deductions of " + account + " for " + year + " (" + deductions + ") exceed the year's fees (" + fees + ")")
        .with("account", account)
        .with("year", year)
        .with("fees", fees)
        .with("deductions", deductions);
  }
}
