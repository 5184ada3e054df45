package io.govcloud.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A payment a department recorded of a year's fees to a provider (Art. 31: the fees a year incurs are in
 * principle paid within that year; rule R4): the account paid, the year whose fees it settles, the
 * amount, the date paid and the payment's reference.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param account the account paid, not null
 * @param feeYear the year whose fees it pays, not null
 * @param amount the amount paid, positive
 * @param paidOn the date it was paid, not null
 * @param reference the payment's reference, e.g. a voucher number, not blank, at most 200 characters
 * @param recordedAt when it was recorded, not null
 * @param version the optimistic version, 0 if never saved
 */
public record Payment(
    PaymentId id, BillingAccount account, Year feeYear, Money amount, LocalDate paidOn, String reference, Instant recordedAt, long version)
    implements Aggregate<PaymentId, Payment> {

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param account the account paid, not null
   * @param feeYear the year whose fees it pays, not null
   * @param amount the amount paid, positive
   * @param paidOn the date it was paid, not null
   * @param reference the payment's reference, e.g. a voucher number, not blank, at most 200 characters
   * @param recordedAt when it was recorded, not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the amount is not positive, the reference blank or too long, or the
   *     version negative
   */
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(feeYear, "feeYear");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
    Texts.requireName(reference, "payment " + id + " reference");
    Limits.requireInstant(recordedAt, "recordedAt");
    Texts.requireVersion(version);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment " + id + " must be of a positive amount, not " + amount);
    }
  }

  /**
   * A payment never saved.
   *
   * @param id the identifier, not null
   * @param account the account paid, not null
   * @param feeYear the year whose fees it pays, not null
   * @param amount the amount paid, positive
   * @param paidOn the date it was paid, not null
   * @param reference the payment's reference, e.g. a voucher number, not blank, at most 200 characters
   * @param recordedAt when it was recorded, not null
   * @return the payment, version 0; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Payment of(PaymentId id, BillingAccount account, Year feeYear, Money amount, LocalDate paidOn, String reference, Instant recordedAt) {
    return new Payment(id, account, feeYear, amount, paidOn, reference, recordedAt, 0);
  }

  /** {@return whether it was paid by the end of the year whose fees it pays (Art. 31)} */
  public boolean paidWithinYear() {
    return paidOn.getYear() <= feeYear.getValue();
  }

  @Override
  public Payment withVersion(long version) {
    return new Payment(id, account, feeYear, amount, paidOn, reference, recordedAt, version);
  }
}
