package io.govcloud.core.payments;

import io.govcloud.model.BillingAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * What a department records of a payment (Art. 31), unchecked: the amount is a decimal as entered, so that
 * a negative amount or a fraction of a fen is refused with its reason by {@link Payments#record}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account paid, not null
 * @param feeYear the year whose fees it pays, not null
 * @param amount the amount in yuan, as entered, not null
 * @param paidOn the date it was paid, not null
 * @param reference the payment's reference, e.g. a voucher number, not blank, at most 200 characters
 */
public record PaymentRequest(BillingAccount account, Year feeYear, BigDecimal amount, LocalDate paidOn, String reference) {

  /**
   * Checks the fields.
   *
   * @param account the account paid, not null
   * @param feeYear the year whose fees it pays, not null
   * @param amount the amount in yuan, as entered, not null
   * @param paidOn the date it was paid, not null
   * @param reference the payment's reference, e.g. a voucher number, not blank, at most 200 characters
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the reference is blank or longer than 200 characters
   */
  public PaymentRequest {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(feeYear, "feeYear");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank() || reference.length() > 200) {
      throw new IllegalArgumentException("a payment's reference has 1 to 200 characters, not '" + reference + "'");
    }
  }
}
