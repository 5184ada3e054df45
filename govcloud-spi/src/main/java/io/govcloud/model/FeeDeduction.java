package io.govcloud.model;

import java.time.Year;
import java.util.Objects;

/**
 * A deduction from a year's fees of one account, decided under the acceptance result application rules
 * (Art. 41; RULES.md R7) and reported to the annual statement through {@code
 * io.govcloud.spi.FeeDeductions}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account whose fees are reduced, not null
 * @param year the year of the fees, not null
 * @param amount the amount deducted, positive
 * @param article the article the deduction rests on, not null
 * @param reason why, e.g. the acceptance result and the table that maps it; not blank
 */
public record FeeDeduction(BillingAccount account, Year year, Money amount, Article article, String reason) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the amount is not positive or the reason is blank
   */
  public FeeDeduction {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(reason, "reason");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a fee deduction of " + account + " for " + year + " must be positive, not " + amount);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a fee deduction of " + account + " for " + year + " needs a reason");
    }
  }
}
