package io.govcloud.inmemory;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.vavr.collection.TreeMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The committed ledgers, one per jurisdiction, with their starts, issued months and bills, in persistent
 * maps.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Bills {

  static final Bills EMPTY = new Bills(TreeMap.empty());

  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  /** One jurisdiction's ledger: its start, its issued months and their bills by account. */
  private record Ledger(
      LedgerStart start, TreeMap<YearMonth, IssuedMonth> months, TreeMap<YearMonth, TreeMap<BillingAccount, MonthlyBill>> byMonth,
      Optional<LedgerFingerprints> fingerprints) {}

  private final TreeMap<String, Ledger> ledgers;

  private Bills(TreeMap<String, Ledger> ledgers) {
    this.ledgers = ledgers;
  }

  /** A jurisdiction's ledger's start, if it is started. */
  Optional<LedgerStart> start(Jurisdiction jurisdiction) {
    return ledgers.get(jurisdiction.code()).map(Ledger::start).toJavaOptional();
  }

  /** Every started ledger's start, by jurisdiction code. */
  List<LedgerStart> starts() {
    return ledgers.values().map(Ledger::start).toJavaList();
  }

  /**
   * The month a jurisdiction's ledger issues next: its first month, or the month after the last issued;
   * null if it is not started.
   */
  YearMonth nextMonth(Jurisdiction jurisdiction) {
    Optional<Ledger> ledger = ledgers.get(jurisdiction.code()).toJavaOptional();
    if (ledger.isEmpty()) {
      return null;
    }
    TreeMap<YearMonth, IssuedMonth> months = ledger.get().months();
    return months.isEmpty() ? ledger.get().start().firstMonth() : months.last()._1.plusMonths(1);
  }

  /** These bills with a jurisdiction's ledger started. */
  Bills started(LedgerStart start) {
    return new Bills(ledgers.put(start.jurisdiction().code(), new Ledger(start, TreeMap.empty(), TreeMap.empty(), Optional.empty())));
  }

  /** A jurisdiction's issued months by month. */
  TreeMap<YearMonth, IssuedMonth> months(Jurisdiction jurisdiction) {
    return ledgers.get(jurisdiction.code()).map(Ledger::months).getOrElse(TreeMap.empty());
  }

  /** The bills a jurisdiction's ledger issued for a month, by account; empty if it did not issue it. */
  TreeMap<BillingAccount, MonthlyBill> of(Jurisdiction jurisdiction, YearMonth month) {
    return ledgers.get(jurisdiction.code()).flatMap(l -> l.byMonth().get(month))
        .getOrElse(TreeMap.empty(Comparator.<BillingAccount>naturalOrder()));
  }

  /** The bills of a month, of every jurisdiction, by account. */
  TreeMap<BillingAccount, MonthlyBill> of(YearMonth month) {
    TreeMap<BillingAccount, MonthlyBill> all = TreeMap.empty(Comparator.<BillingAccount>naturalOrder());
    for (Ledger ledger : ledgers.values()) {
      all = all.merge(ledger.byMonth().get(month).getOrElse(TreeMap.empty(Comparator.<BillingAccount>naturalOrder())));
    }
    return all;
  }

  /** Every bill of a jurisdiction's ledger, by month, then account. */
  List<MonthlyBill> all(Jurisdiction jurisdiction) {
    return ledgers.get(jurisdiction.code()).map(l -> l.byMonth().values().flatMap(TreeMap::values).toJavaList())
        .getOrElse(List.of());
  }

  /** Every bill, by month, then account. */
  List<MonthlyBill> all() {
    List<MonthlyBill> all = new ArrayList<>();
    ledgers.values().forEach(l -> l.byMonth().values().forEach(m -> all.addAll(m.values().toJavaList())));
    all.sort(BY_MONTH_THEN_ACCOUNT);
    return all;
  }

  /** These bills with a month of a started jurisdiction's ledger issued. */
  Bills with(IssuedMonth month, List<MonthlyBill> bills) {
    Ledger ledger = ledgers.get(month.jurisdiction().code())
        .getOrElseThrow(() -> new IllegalStateException("the ledger of " + month.jurisdiction() + " is not started"));
    TreeMap<BillingAccount, MonthlyBill> ofMonth = TreeMap.empty(Comparator.<BillingAccount>naturalOrder());
    for (MonthlyBill bill : bills) {
      ofMonth = ofMonth.put(bill.account(), bill);
    }
    Ledger next = new Ledger(ledger.start(), ledger.months().put(month.month(), month), ledger.byMonth().put(month.month(), ofMonth),
        ledger.fingerprints());
    return new Bills(ledgers.put(month.jurisdiction().code(), next));
  }

  /** The record of a jurisdiction's ledger's last issuance, as last saved. */
  Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) {
    return ledgers.get(jurisdiction.code()).toJavaOptional().flatMap(Ledger::fingerprints);
  }

  /** These bills with the record of a started jurisdiction's ledger's last issuance replaced. */
  Bills withFingerprints(LedgerFingerprints fingerprints) {
    Ledger ledger = ledgers.get(fingerprints.jurisdiction().code())
        .getOrElseThrow(() -> new IllegalStateException("the ledger of " + fingerprints.jurisdiction() + " is not started"));
    Ledger next = new Ledger(ledger.start(), ledger.months(), ledger.byMonth(), Optional.of(fingerprints));
    return new Bills(ledgers.put(fingerprints.jurisdiction().code(), next));
  }
}
