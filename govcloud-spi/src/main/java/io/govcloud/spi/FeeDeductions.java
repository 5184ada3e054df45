package io.govcloud.spi;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The port through which the annual statement (Art. 31; rule R4) learns the deductions of a year's fees
 * that the acceptance result application rules decide (Art. 41; rule R7). govcloud-core implements it
 * from the providers' annual results and the configured deduction tables ({@code
 * io.govcloud.core.acceptance.AcceptanceDeductions}), and the entry point's annual statement uses that by
 * default; a host passes {@link #none()} to ask explicitly for a statement without deductions, or its own
 * implementation.
 *
 * <p>Implementations must return the same answer for the same arguments and be safe to call from any
 * thread.
 */
public interface FeeDeductions {

  /**
   * The deductions of an account's fees for a year.
   *
   * @param account the account, not null
   * @param year the year, not null
   * @param fees the year's fees the deductions apply to (bills' lines and adjustments), not null
   * @return the deductions, each of this account and year; not null, possibly empty
   */
  List<FeeDeduction> deductions(BillingAccount account, Year year, Money fees);

  /**
   * No deduction for any account or year: what a caller passes, and says so, while no acceptance result
   * applies.
   *
   * @return the port that deducts nothing, not null
   */
  static FeeDeductions none() {
    return (account, year, fees) -> {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(fees, "fees");
      return List.of();
    };
  }
}
