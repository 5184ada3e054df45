package io.govcloud.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A provider's statement of one account's month, as the provider sends it, to be reconciled with the
 * computed {@link MonthlyBill} (docs/rules.md#r4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account, not null
 * @param month the month stated, not null
 * @param lines the provider's lines, not null, possibly empty
 */
public record ProviderStatement(BillingAccount account, YearMonth month, List<ProviderStatementLine> lines) {

  /**
   * Checks and copies the fields.
   *
   * @param account the account, not null
   * @param month the month stated, not null
   * @param lines the provider's lines, not null, possibly empty
   * @throws NullPointerException if a field or a line is null
   */
  public ProviderStatement {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(month, "month");
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }

  /**
   * A statement.
   *
   * @param account the account, not null
   * @param month the month stated, not null
   * @param lines the provider's lines, not null, possibly empty
   * @return the statement
   */
  public static ProviderStatement of(BillingAccount account, YearMonth month, List<ProviderStatementLine> lines) {
    return new ProviderStatement(account, month, lines);
  }
}
