package io.govcloud.inmemory;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.vavr.collection.TreeMap;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The committed ledger start, issued months and their bills, in persistent maps.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Bills {

  static final Bills EMPTY = new Bills(null, TreeMap.empty(), TreeMap.empty());

  private final LedgerStart start;
  private final TreeMap<YearMonth, IssuedMonth> months;
  private final TreeMap<YearMonth, TreeMap<BillingAccount, MonthlyBill>> byMonth;

  private Bills(
      LedgerStart start, TreeMap<YearMonth, IssuedMonth> months, TreeMap<YearMonth, TreeMap<BillingAccount, MonthlyBill>> byMonth) {
    this.start = start;
    this.months = months;
    this.byMonth = byMonth;
  }

  /** The ledger's start, if it is started. */
  Optional<LedgerStart> start() {
    return Optional.ofNullable(start);
  }

  /** The month the ledger issues next: its first month, or the month after the last issued; null if not started. */
  YearMonth nextMonth() {
    if (start == null) {
      return null;
    }
    return months.isEmpty() ? start.firstMonth() : months.last()._1.plusMonths(1);
  }

  /** These bills with the ledger started. */
  Bills started(LedgerStart ledgerStart) {
    return new Bills(ledgerStart, months, byMonth);
  }

  /** The issued months by month. */
  TreeMap<YearMonth, IssuedMonth> months() {
    return months;
  }

  /** The bills of a month by account; empty if it is not issued. */
  TreeMap<BillingAccount, MonthlyBill> of(YearMonth month) {
    return byMonth.get(month).getOrElse(TreeMap.empty(Comparator.<BillingAccount>naturalOrder()));
  }

  /** Every bill by month, then account. */
  List<MonthlyBill> all() {
    return byMonth.values().flatMap(TreeMap::values).toJavaList();
  }

  /** These bills with a month issued. */
  Bills with(IssuedMonth month, List<MonthlyBill> bills) {
    TreeMap<BillingAccount, MonthlyBill> ofMonth = TreeMap.empty(Comparator.<BillingAccount>naturalOrder());
    for (MonthlyBill bill : bills) {
      ofMonth = ofMonth.put(bill.account(), bill);
    }
    return new Bills(start, months.put(month.month(), month), byMonth.put(month.month(), ofMonth));
  }
}
