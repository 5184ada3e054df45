package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;

/**
 * The annual statement of one account (Art. 31: the fees of a year are in principle paid within that
 * year; docs/rules.md#r4): the year's issued bills, with their lines and adjustments, the deductions of the
 * acceptance rules (Art. 41; docs/rules.md#r7), what is payable, the payments of the year's fees and what is
 * outstanding.
 *
 * <p>{@link #fees()} is the sum of the bills' totals; an adjustment counts in the year of the bill that
 * carries it, whatever month it corrects. {@link #payable()} is fees minus deductions; it is negative
 * when the year's credits exceed its charges. {@link #outstanding()} is what is payable minus what was
 * paid, whenever it was paid; it is negative when a deduction decided after a payment leaves the
 * department in credit. {@link #unpaidAtYearEnd()} counts only the payments made within the year.
 * {@link #monthsIssued()} lists the months of the year the ledger has issued (an account may have no
 * bill in some of them); the statement is {@link #complete()} once all twelve are. Totals are derived,
 * never stored.
 *
 * <p>Every attribute is required and not null. This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class AnnualStatement {

  AnnualStatement() {}

  /** {@return a builder; account and year are required, the lists may be empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AnnualStatement}; not thread-safe. */
  public static final class Builder extends ImmutableAnnualStatement.Builder {
    Builder() {}
  }

  /** {@return who the statement is between} */
  public abstract BillingAccount account();

  /** {@return the year settled} */
  public abstract Year year();

  /** {@return the months of the year issued when the statement was drawn up, ascending} */
  public abstract List<YearMonth> monthsIssued();

  /** {@return the account's bills of the year, by month ascending, each of an issued month} */
  public abstract List<MonthlyBill> bills();

  /** {@return the deductions of the year} */
  public abstract List<FeeDeduction> deductions();

  /** {@return the payments of the year's fees, in the order recorded; each of this account and year} */
  public abstract List<Payment> payments();

  /**
   * This statement with other payments of the year's fees.
   *
   * @param payments the payments, each of this account and year, not null
   * @return the statement, not null
   * @throws NullPointerException if the payments or one of them is null
   * @throws IllegalArgumentException if a payment is of another account or year
   */
  public abstract AnnualStatement withPayments(Iterable<? extends Payment> payments);

  /** {@return whether every month of the year was issued} */
  public final boolean complete() {
    return monthsIssued().size() == 12;
  }

  /** {@return the sum of the bills' lines} */
  @Value.Lazy
  public Money linesTotal() {
    return Money.total(bills().stream().map(MonthlyBill::linesTotal).toList());
  }

  /** {@return the sum of the bills' adjustments} */
  @Value.Lazy
  public Money adjustmentsTotal() {
    return Money.total(bills().stream().map(MonthlyBill::adjustmentsTotal).toList());
  }

  /** {@return the year's fees: the sum of the bills' totals} */
  @Value.Lazy
  public Money fees() {
    return linesTotal().plus(adjustmentsTotal());
  }

  /** {@return the sum of the deductions} */
  @Value.Lazy
  public Money deductionsTotal() {
    return Money.total(deductions().stream().map(FeeDeduction::amount).toList());
  }

  /** {@return what is payable for the year: fees minus deductions} */
  @Value.Lazy
  public Money payable() {
    return fees().minus(deductionsTotal());
  }

  /** {@return the sum of the payments, whenever made} */
  @Value.Lazy
  public Money paid() {
    return Money.total(payments().stream().map(Payment::amount).toList());
  }

  /** {@return what is still to be paid: payable minus paid; negative when more was paid than is now payable} */
  @Value.Lazy
  public Money outstanding() {
    return payable().minus(paid());
  }

  /**
   * What of the payable was not paid by the end of the year (Art. 31: a year's fees are in principle paid
   * within it): payable minus the payments dated within the year, or zero when nothing was left.
   *
   * @return the amount left unpaid at the end of the year, never negative
   */
  @Value.Lazy
  public Money unpaidAtYearEnd() {
    return Money.max(
        Money.ZERO,
        payable().minus(Money.total(payments().stream().filter(Payment::paidWithinYear).map(Payment::amount).toList())));
  }

  @Value.Check
  void check() {
    YearMonth previous = null;
    for (YearMonth month : monthsIssued()) {
      if (month.getYear() != year().getValue() || (previous != null && !month.isAfter(previous))) {
        throw new IllegalArgumentException(
            "statement of " + account() + " for " + year() + ": issued months must be of the year, ascending, not " + monthsIssued());
      }
      previous = month;
    }
    YearMonth previousBill = null;
    for (MonthlyBill bill : bills()) {
      boolean ascending = previousBill == null || bill.month().isAfter(previousBill);
      previousBill = bill.month();
      if (!bill.account().equals(account()) || !monthsIssued().contains(bill.month()) || !ascending) {
        throw new IllegalArgumentException(
            "statement of " + account() + " for " + year() + " cannot hold the bill of " + bill.account() + " for " + bill.month());
      }
    }
    for (Payment payment : payments()) {
      if (!payment.account().equals(account()) || !payment.feeYear().equals(year())) {
        throw new IllegalArgumentException(
            "statement of " + account() + " for " + year() + " cannot hold payment " + payment.id() + " of " + payment.account() + " for " + payment.feeYear());
      }
    }
    for (FeeDeduction deduction : deductions()) {
      if (!deduction.account().equals(account()) || !deduction.year().equals(year())) {
        throw new IllegalArgumentException(
            "statement of " + account() + " for " + year() + " cannot hold a deduction of " + deduction.account() + " for " + deduction.year());
      }
    }
  }
}
