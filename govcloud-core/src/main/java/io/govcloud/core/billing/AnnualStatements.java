package io.govcloud.core.billing;

import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Money;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Validation;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws up annual statements (Art. 31: the fees a year incurs are in principle paid within that year;
 * docs/rules.md#r4): an account's issued bills of the year, the deductions the {@link FeeDeductions} port
 * reports for them (Art. 41; docs/rules.md#r7), and what is payable.
 *
 * <p>Decisions: an adjustment counts in the year of the bill that carries it, even when it corrects a
 * month of the previous year, since that year's bills are frozen and may be paid; the fees the deductions
 * apply to are the year's bills' totals, lines and adjustments; deductions above those fees are refused,
 * never capped silently. This class is stateless and thread-safe.
 */
public final class AnnualStatements {

  private AnnualStatements() {}

  /**
   * The annual statement of an account.
   *
   * @param ledger the ledger of issued bills, not null
   * @param account the account, not null
   * @param year the year, not null
   * @param deductions the port of deductions, not null; pass {@link FeeDeductions#none()} explicitly when
   *     no acceptance result applies
   * @return the statement, or a {@link BillingViolations#DEDUCTIONS_EXCEED_FEES} violation
   * @throws NullPointerException if an argument is null, or the port returns null
   * @throws IllegalArgumentException if the port returns a deduction of another account or year
   */
  public static Validation<List<Violation>, AnnualStatement> of(
      BillingLedger ledger, BillingAccount account, Year year, FeeDeductions deductions) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(deductions, "deductions");
    List<MonthlyBill> bills = ledger.bills(account, year);
    long feesFen = 0;
    for (MonthlyBill bill : bills) {
      feesFen = Math.addExact(feesFen, bill.total().toFen());
    }
    Money fees = Money.ofFen(feesFen);
    List<FeeDeduction> deducted = List.copyOf(Objects.requireNonNull(deductions.deductions(account, year, fees), "deductions reported"));
    long deductedFen = 0;
    for (FeeDeduction deduction : deducted) {
      if (!deduction.account().equals(account) || !deduction.year().equals(year)) {
        throw new IllegalArgumentException(
            "the deductions port returned a deduction of " + deduction.account() + " for " + deduction.year()
                + " when asked for " + account + " for " + year);
      }
      deductedFen = Math.addExact(deductedFen, deduction.amount().toFen());
    }
    if (deductedFen > 0 && deductedFen > feesFen) {
      return Validation.invalid(
          List.of(BillingViolations.deductionsExceedFees(account, year, fees, Money.ofFen(deductedFen))));
    }
    return Validation.valid(
        AnnualStatement.builder()
            .account(account)
            .year(year)
            .addAllMonthsIssued(ledger.issuedMonths(year))
            .addAllBills(bills)
            .addAllDeductions(deducted)
            .build());
  }

  /**
   * The annual statements of every account with a bill in the year, by account.
   *
   * @param ledger the ledger, not null
   * @param year the year, not null
   * @param deductions the port of deductions, not null
   * @return the statements, or every violation of any of them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of}
   */
  public static Validation<List<Violation>, List<AnnualStatement>> all(BillingLedger ledger, Year year, FeeDeductions deductions) {
    Objects.requireNonNull(ledger, "ledger");
    List<AnnualStatement> statements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (BillingAccount account : ledger.accounts(year)) {
      of(ledger, account, year, deductions).fold(v -> violations.addAll(v), statements::add);
    }
    return Billing.outcome(violations, List.copyOf(statements));
  }
}
