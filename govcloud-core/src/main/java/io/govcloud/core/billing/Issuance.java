package io.govcloud.core.billing;

import io.govcloud.model.MonthlyBill;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The result of issuing a month (docs/rules.md#r4): the ledger with the month frozen, and the month's bills.
 * Issuing a month already issued gives the same ledger and the same bills.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ledger the ledger after issuing, not null
 * @param month the month issued, not null
 * @param bills the month's bills by account, not null
 */
public record Issuance(BillingLedger ledger, YearMonth month, List<MonthlyBill> bills) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or a bill is null
   */
  public Issuance {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(month, "month");
    bills = List.copyOf(Objects.requireNonNull(bills, "bills"));
  }
}
