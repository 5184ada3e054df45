package io.govcloud.core.payments;

import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Year;

/**
 * The refusals of payments (Art. 31; rule R4): stable codes a host matches on, each with the article it
 * rests on, a message in Chinese and in English, and the offending values as facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentViolations {

  /** A payment of zero or a negative amount (Art. 31). Facts: {@code account}, {@code amount}. */
  public static final String AMOUNT_NOT_POSITIVE = "PAYMENT_AMOUNT_NOT_POSITIVE";

  /** A payment with a fraction of a fen: money has two decimals (Art. 31). Facts: {@code account}, {@code amount}. */
  public static final String FRACTION_OF_FEN = "PAYMENT_FRACTION_OF_FEN";

  /** A payment to an account with no issued bill for the year (Art. 31). Facts: {@code account}, {@code year}. */
  public static final String NO_BILL = "PAYMENT_NO_BILL";

  /**
   * A payment of more than is outstanding (Art. 31). Facts: {@code account}, {@code year}, {@code amount},
   * {@code outstanding}, {@code payable}, {@code paid}.
   */
  public static final String OVERPAYMENT = "PAYMENT_OVERPAYMENT";

  private PaymentViolations() {}

  static Violation amountNotPositive(BillingAccount account, BigDecimal amount) {
    return Violation.of(AMOUNT_NOT_POSITIVE, Article.of(31),
            "向 " + account + " 支付的金额 " + amount.toPlainString() + " 元不是正数",
            "a payment to " + account + " must be of a positive amount, not " + amount.toPlainString())
        .with("account", account)
        .with("amount", amount.toPlainString());
  }

  static Violation fractionOfFen(BillingAccount account, BigDecimal amount) {
    return Violation.of(FRACTION_OF_FEN, Article.of(31),
            "向 " + account + " 支付的金额 " + amount.toPlainString() + " 元不足一分的部分无法支付，金额至多两位小数",
            "a payment to " + account + " of " + amount.toPlainString() + " has a fraction of a fen; money has at most two decimals")
        .with("account", account)
        .with("amount", amount.toPlainString());
  }

  static Violation noBill(BillingAccount account, Year year) {
    return Violation.of(NO_BILL, Article.of(31),
            account + " 没有 " + year + " 年度的已出具账单，无费用可付",
            "account " + account + " has no issued bill for " + year + ", so there is nothing to pay")
        .with("account", account)
        .with("year", year);
  }

  static Violation overpayment(BillingAccount account, Year year, Money amount, Money outstanding, Money payable, Money paid) {
    return Violation.of(OVERPAYMENT, Article.of(31),
            "向 " + account + " 支付 " + year + " 年度费用 " + amount.amount().toPlainString() + " 元，超过尚未支付的 "
                + outstanding.amount().toPlainString() + " 元（应付 " + payable.amount().toPlainString() + " 元，已付 "
                + paid.amount().toPlainString() + " 元）",
            "a payment of " + amount + " to " + account + " for " + year + " exceeds what is outstanding, " + outstanding + " (payable "
                + payable + ", paid " + paid + ")")
        .with("account", account)
        .with("year", year)
        .with("amount", amount)
        .with("outstanding", outstanding)
        .with("payable", payable)
        .with("paid", paid);
  }
}
