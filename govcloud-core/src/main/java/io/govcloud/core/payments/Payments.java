package io.govcloud.core.payments;

import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Payments of fees (Art. 31: a department and its provider agree how fees are paid, and the fees a year
 * incurs are in principle paid within that year; rule R4).
 *
 * <p>A payment is of a positive whole number of fen, to an account with an issued bill in the year whose
 * fees it pays, and of no more than is outstanding on the account's annual statement then (payable minus
 * what was paid). Decision: a deduction decided after a payment may leave the statement in credit (a
 * negative outstanding balance); that is shown, not refused. Fees still unpaid at the end of their year are
 * flagged as {@link Arrears}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Payments {

  private Payments() {}

  /**
   * A year's fees of an account left unpaid at the end of the year (Art. 31).
   *
   * @param account the account, not null
   * @param year the year of the fees, not null
   * @param amount what was payable and not paid by the year's end, positive
   */
  public record Arrears(BillingAccount account, Year year, Money amount) {

    /**
     * Checks the fields.
     *
     * @param account the account, not null
     * @param year the year of the fees, not null
     * @param amount what was payable and not paid by the year's end, positive
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public Arrears {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("arrears of " + account + " for " + year + " are positive, not " + amount);
      }
    }
  }

  /**
   * Records a payment.
   *
   * @param id the payment's id, not null
   * @param request what the department records, not null
   * @param statement the account's annual statement for the year, with the payments recorded so far, not null
   * @param recordedAt when it is recorded, not null
   * @return the payment, never saved, or the first refusal: {@link PaymentViolations#AMOUNT_NOT_POSITIVE},
   *     {@link PaymentViolations#FRACTION_OF_FEN}, {@link PaymentViolations#NO_BILL} or {@link
   *     PaymentViolations#OVERPAYMENT}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the statement is of another account or year
   */
  public static Either<Violation, Payment> record(PaymentId id, PaymentRequest request, AnnualStatement statement, Instant recordedAt) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (!statement.account().equals(request.account()) || !statement.year().equals(request.feeYear())) {
      throw new IllegalArgumentException("a payment to " + request.account() + " for " + request.feeYear()
          + " cannot be checked against the statement of " + statement.account() + " for " + statement.year());
    }
    BigDecimal amount = request.amount();
    if (amount.signum() <= 0) {
      return Either.left(PaymentViolations.amountNotPositive(request.account(), amount));
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return Either.left(PaymentViolations.fractionOfFen(request.account(), amount));
    }
    if (statement.bills().isEmpty()) {
      return Either.left(PaymentViolations.noBill(request.account(), request.feeYear()));
    }
    Money money = Money.of(amount);
    if (money.isGreaterThan(statement.outstanding())) {
      return Either.left(PaymentViolations.overpayment(
          request.account(), request.feeYear(), money, statement.outstanding(), statement.payable(), statement.paid()));
    }
    return Either.right(Payment.of(id, request.account(), request.feeYear(), money, request.paidOn(), request.reference(), recordedAt));
  }

  /**
   * The arrears of a statement once its year has ended in a zone: what was payable and not paid within the
   * year ({@link AnnualStatement#unpaidAtYearEnd()}).
   *
   * @param statement the annual statement, with its payments, not null
   * @param now the instant, not null
   * @param zone the zone in which the year ends, not null
   * @return the arrears, or empty while the year runs or when nothing was left unpaid; not null
   */
  public static Optional<Arrears> arrears(AnnualStatement statement, Instant now, ZoneId zone) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    Year year = statement.year();
    if (LocalDate.ofInstant(now, zone).getYear() <= year.getValue()) {
      return Optional.empty();
    }
    Money unpaid = statement.unpaidAtYearEnd();
    return unpaid.isPositive() ? Optional.of(new Arrears(statement.account(), year, unpaid)) : Optional.empty();
  }
}
