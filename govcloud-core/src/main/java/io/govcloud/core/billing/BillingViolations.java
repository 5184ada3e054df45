package io.govcloud.core.billing;

import io.govcloud.core.internal.Chinese;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

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
   * The month asked for is neither issued nor the next open month: months are issued one after the other
   * (Art. 30). Facts: {@code month}, {@code nextOpenMonth}.
   */
  public static final String MONTH_NOT_OPEN = "BILLING_MONTH_NOT_OPEN";

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

  static Violation monthNotOpen(YearMonth month, YearMonth nextOpenMonth) {
    return Violation.of(
            MONTH_NOT_OPEN,
            Article.of(30),
            month + " 既未出账也不是下一个待出账月份（" + nextOpenMonth + "），账单须按月依次出具",
            month + " is neither issued nor the next open month " + nextOpenMonth + "; months are issued in order")
        .with("month", month)
        .with("nextOpenMonth", nextOpenMonth);
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
