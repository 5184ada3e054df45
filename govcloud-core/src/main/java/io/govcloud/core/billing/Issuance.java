package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Violation;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of issuing a month (docs/rules.md#r4): the ledger with the month frozen, and the month's bills.
 * Issuing a month already issued gives the same ledger and the same bills.
 *
 * <p>An account with a resource the ledger cannot bill (a violation of billing: a work order sequence,
 * a price or category missing, corrections that cannot be resolved, an amount out of range) is left out
 * of the month: {@link #withheld()} lists why, each violation naming the resource and the account; the
 * next month issued once it can be billed carries the month left out as adjustments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ledger the ledger after issuing, not null
 * @param month the month issued, not null
 * @param bills the month's bills by account, not null
 * @param withheld the accounts left out of the month, sorted, each with why (violations with the fact {@code
 *     account}, and {@code resource} when a resource could not be billed); empty when every account was
 *     issued, and when the month was issued before
 */
public record Issuance(
    BillingLedger ledger, YearMonth month, List<MonthlyBill> bills, SortedMap<BillingAccount, List<Violation>> withheld) {

  /**
   * Checks and copies the fields.
   *
   * @param ledger the ledger after issuing, not null
   * @param month the month issued, not null
   * @param bills the month's bills by account, not null
   * @param withheld the accounts left out of the month, sorted, each with why (violations with the fact {@code
   *     account}, and {@code resource} when a resource could not be billed); empty when every account was
   *     issued, and when the month was issued before
   * @throws NullPointerException if a field, a bill or a violation is null
   */
  public Issuance {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(month, "month");
    bills = List.copyOf(Objects.requireNonNull(bills, "bills"));
    SortedMap<BillingAccount, List<Violation>> copy = new TreeMap<>();
    Objects.requireNonNull(withheld, "withheld").forEach((account, why) -> copy.put(Objects.requireNonNull(account, "account"), List.copyOf(why)));
    withheld = Collections.unmodifiableSortedMap(copy);
  }
}
