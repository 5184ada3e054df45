package io.govcloud.core.internal;

import io.govcloud.core.NotificationTypes;
import io.govcloud.core.payments.Payments;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.Article;
import io.govcloud.model.Money;
import io.govcloud.model.Party;
import io.govcloud.model.Payment;
import io.govcloud.model.Rectification;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notifications of annual acceptance, rectification and payments (rule R7, Art. 31, 40, 42): their
 * type (a constant of {@link NotificationTypes}), recipient, article, Chinese and English texts, and the
 * values the texts refer to. The other notices are in {@link Notices}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class AcceptanceNotices {

  private AcceptanceNotices() {}

  /** To a recipient of the annual result: an evaluator or the provider (Art. 40, 3rd para). */
  static void annualResultPublished(Tx tx, Party recipient, AnnualResult result) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("annualResult", result.id().value());
    data.put("provider", result.provider().value());
    data.put("year", result.year().toString());
    data.put("score", result.score().toPlainString());
    data.put("result", result.result().name());
    tx.notify(NotificationTypes.ANNUAL_RESULT_PUBLISHED, recipient, Article.of(40),
        "政务云服务商" + result.provider() + "的" + result.year() + "年度评价结果为" + result.result().chinese() + "，得分" + result.score().toPlainString(),
        "the annual result of provider " + result.provider() + " for " + result.year() + " is " + result.result().english() + ", scoring "
            + result.score().toPlainString(),
        data);
  }

  /** To the provider: a problem is to be rectified by a day (Art. 42). */
  static void rectificationOrdered(Tx tx, Rectification r) {
    tx.notify(NotificationTypes.RECTIFICATION_ORDERED, Party.provider(r.provider()), Article.of(42),
        "请在" + r.dueOn() + "前完成整改事项" + r.id() + "：" + r.problem(), "rectify " + r.id() + " by " + r.dueOn() + ": " + r.problem(),
        data(r));
  }

  /** To the provider and the authority that ordered it: a rectification was not completed in time (Art. 42). */
  static void rectificationOverdue(Tx tx, Rectification r) {
    String zh = "整改事项" + r.id() + "未在" + r.dueOn() + "前完成，暂缓政务云服务商" + r.provider() + "提供新的云服务";
    String en = "rectification " + r.id() + " was not completed by " + r.dueOn() + ": provider " + r.provider() + " is suspended from new services";
    tx.notify(NotificationTypes.RECTIFICATION_OVERDUE, Party.provider(r.provider()), Article.of(42), zh, en, data(r));
    tx.notify(NotificationTypes.RECTIFICATION_OVERDUE, r.orderedBy(), Article.of(42), zh, en, data(r));
  }

  /** To the provider: the authority accepted a rectification, or found it still wanting (Art. 42). */
  static void rectificationReviewed(Tx tx, Rectification r) {
    boolean accepted = r.status() == Rectification.Status.ACCEPTED;
    String review = r.review().orElseThrow();
    Map<String, String> data = data(r);
    data.put("review", review);
    tx.notify(accepted ? NotificationTypes.RECTIFICATION_ACCEPTED : NotificationTypes.RECTIFICATION_REJECTED, Party.provider(r.provider()),
        Article.of(42),
        "整改事项" + r.id() + (accepted ? "已通过验收：" : "整改后仍不符合要求：") + review,
        "rectification " + r.id() + (accepted ? " is accepted: " : " is still wanting: ") + review, data);
  }

  /** To the provider: a department recorded a payment of its fees (Art. 31). */
  static void paymentRecorded(Tx tx, Payment payment, Money outstanding) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("payment", payment.id().value());
    data.put("account", payment.account().toString());
    data.put("feeYear", payment.feeYear().toString());
    data.put("amount", payment.amount().amount().toPlainString());
    data.put("paidOn", payment.paidOn().toString());
    data.put("reference", payment.reference());
    data.put("outstanding", outstanding.amount().toPlainString());
    tx.notify(NotificationTypes.PAYMENT_RECORDED, Party.provider(payment.account().provider()), Article.of(31),
        "部门" + payment.account().department() + "已支付" + payment.feeYear() + "年度服务费用" + Chinese.of(payment.amount()) + "，尚欠"
            + Chinese.of(outstanding),
        "department " + payment.account().department() + " paid " + payment.amount() + " of the fees of " + payment.feeYear() + "; "
            + outstanding + " is outstanding",
        data);
  }

  /** To the department and the provider of an account: fees of a year were left unpaid at its end (Art. 31). */
  static void feesUnpaid(Tx tx, Payments.Arrears arrears) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("account", arrears.account().toString());
    data.put("year", arrears.year().toString());
    data.put("amount", arrears.amount().amount().toPlainString());
    String zh = arrears.year() + "年度服务费用在当年未付清，尚欠" + Chinese.of(arrears.amount());
    String en = "the fees of " + arrears.year() + " were not paid within the year: " + arrears.amount() + " was left unpaid";
    tx.notify(NotificationTypes.FEES_UNPAID_AT_YEAR_END, Party.department(arrears.account().department()), Article.of(31), zh, en, data);
    tx.notify(NotificationTypes.FEES_UNPAID_AT_YEAR_END, Party.provider(arrears.account().provider()), Article.of(31), zh, en, data);
  }

  private static Map<String, String> data(Rectification r) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("rectification", r.id().value());
    data.put("provider", r.provider().value());
    data.put("platform", r.platform().value());
    data.put("problem", r.problem());
    data.put("dueOn", r.dueOn().toString());
    return data;
  }
}
