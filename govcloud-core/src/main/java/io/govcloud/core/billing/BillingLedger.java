package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The issued months and their bills (Art. 30, 31; docs/rules.md#r4): a pure, immutable ledger. {@link #issue}
 * returns a new ledger; nothing is stored until a store saves the bills.
 *
 * <ul>
 *   <li>Months are issued one after the other from {@link #firstMonth()}: only {@link #nextOpenMonth()}
 *       can be issued; issuing it computes one bill per account with a line or an adjustment, and
 *       freezes them.
 *   <li>An issued bill never changes: issuing an issued month again returns its bills as they were.
 *   <li>Issuing month M recomputes every issued month from the work orders given; where a late
 *       confirmation, termination or correction (or a corrected price) changed what a resource costs in
 *       a month, M's bill gets an adjustment of recomputed − issued − already adjusted, per account,
 *       resource and corrected month, so the same change is never adjusted twice.
 *   <li>Days before {@link #firstMonth()} are outside the ledger: never billed, never adjusted.
 *   <li>A resource that cannot be billed leaves out of the month only the accounts it belongs to; the
 *       month is issued for every other account (see {@link #issue}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingLedger {

  private static final Comparator<BillAdjustment> ADJUSTMENT_ORDER =
      Comparator.comparing(BillAdjustment::resource).thenComparing(BillAdjustment::correctedMonth);

  private final YearMonth firstMonth;
  private final Proration proration;
  private final NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> issued;
  private final IssuedCharges charges;
  /** How a ledger resumed from a store reads back issued charges; null for any other ledger. */
  private final Resumption resumption;

  private BillingLedger(
      YearMonth firstMonth,
      Proration proration,
      NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> issued,
      IssuedCharges charges,
      Resumption resumption) {
    this.firstMonth = firstMonth;
    this.proration = proration;
    this.issued = Collections.unmodifiableNavigableMap(issued);
    this.charges = charges;
    this.resumption = resumption;
  }

  /**
   * An empty ledger whose first month to issue is {@code firstMonth}.
   *
   * @param firstMonth the first month billed, not null
   * @param proration the policy every bill of the ledger is prorated with, not null
   * @return the ledger, not null
   * @throws NullPointerException if an argument is null
   */
  public static BillingLedger startingAt(YearMonth firstMonth, Proration proration) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(proration, "proration");
    return new BillingLedger(firstMonth, proration, new TreeMap<>(), IssuedCharges.NONE, null);
  }

  /**
   * A ledger restored from what a store saved.
   *
   * @param firstMonth the first month billed, not null
   * @param proration the ledger's policy, not null
   * @param issuedMonths the months issued, not null: consecutive from {@code firstMonth}
   * @param bills the issued bills, not null: each of an issued month, one per account and month, of the
   *     ledger's policy, adjusting only issued months
   * @return the ledger, not null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the months or bills break those conditions
   */
  public static BillingLedger restore(
      YearMonth firstMonth, Proration proration, Collection<YearMonth> issuedMonths, Collection<MonthlyBill> bills) {
    Objects.requireNonNull(proration, "proration");
    NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> issued = Resumption.consecutive(firstMonth, issuedMonths);
    for (MonthlyBill bill : Objects.requireNonNull(bills, "bills")) {
      Map<BillingAccount, MonthlyBill> ofMonth = issued.get(Objects.requireNonNull(bill, "bill").month());
      if (ofMonth == null) {
        throw new IllegalArgumentException("the bill of " + bill.account() + " is of " + bill.month() + ", a month not issued");
      }
      if (!bill.proration().equals(proration.name())) {
        throw new IllegalArgumentException(
            "the bill of " + bill.account() + " for " + bill.month() + " is prorated " + bill.proration() + ", not " + proration.name());
      }
      if (ofMonth.put(bill.account(), bill) != null) {
        throw new IllegalArgumentException("two bills of " + bill.account() + " for " + bill.month());
      }
      for (BillAdjustment adjustment : bill.adjustments()) {
        if (!issued.containsKey(adjustment.correctedMonth())) {
          throw new IllegalArgumentException(
              "the bill of " + bill.account() + " for " + bill.month() + " adjusts " + adjustment.correctedMonth() + ", a month not issued");
        }
      }
    }
    issued.replaceAll((month, ofMonth) -> Collections.unmodifiableMap(ofMonth));
    List<MonthlyBill> all = new ArrayList<>();
    issued.values().forEach(ofMonth -> all.addAll(ofMonth.values()));
    return new BillingLedger(firstMonth, proration, issued, IssuedCharges.NONE.plus(all), null);
  }

  /**
   * A ledger resumed from what a store saved of its last issuance, to issue the next months without
   * reading back every issued bill (docs/rules.md#r4): it issues exactly the bills {@link #restore} with
   * every issued bill would issue. Issuing reads back, in one call to the loader, the issued charges of
   * only the resources it must recomputes: those whose work orders' fingerprint or the billing's changed,
   * new ones, and those the last issuance did not bill in full; a resource whose fingerprints are
   * unchanged is neither read back nor recomputed, and only its lines of the month issued are computed.
   *
   * <p>A resumed ledger holds the bills of the months it issues itself only: {@link #bills(YearMonth)},
   * {@link #bill}, {@link #accounts} and equality know nothing of the bills of the months issued before
   * it was resumed (read those from the store).
   *
   * @param firstMonth the first month billed, not null
   * @param proration the ledger's policy, not null
   * @param issuedMonths the months issued, not null, not empty: consecutive from {@code firstMonth}
   * @param fingerprints the record of the issuance of the last of them, not null
   * @param loader given resources, the issued bills of the months issued with a line or an adjustment of
   *     them, each reduced to those lines and adjustments (as {@code BillRepository.charges}); not null.
   *     Bills of months after the last issued month are ignored.
   * @return the ledger, not null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the months are not consecutive from the first month, none is
   *     issued, or the record is not of the last month issued
   */
  public static BillingLedger resume(YearMonth firstMonth, Proration proration, Collection<YearMonth> issuedMonths,
      LedgerFingerprints fingerprints, Function<Set<ResourceId>, ? extends Collection<MonthlyBill>> loader) {
    Objects.requireNonNull(proration, "proration");
    Objects.requireNonNull(fingerprints, "fingerprints");
    Objects.requireNonNull(loader, "loader");
    NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> issued = Resumption.consecutive(firstMonth, issuedMonths);
    if (issued.isEmpty() || !issued.lastKey().equals(fingerprints.month())) {
      throw new IllegalArgumentException("the fingerprints are of " + fingerprints.month() + ", not of the last month issued: "
          + (issued.isEmpty() ? "none" : issued.lastKey()));
    }
    Resumption resumption = new Resumption(issued.lastKey(), proration.name(), fingerprints, loader, Set.of());
    return new BillingLedger(firstMonth, proration, issued, IssuedCharges.NONE, resumption);
  }

  /**
   * The record of this ledger's last issuance, to save with its bills so that a ledger {@linkplain #resume
   * resumed} from it issues the next month without recomputing what did not change (docs/rules.md#r4).
   *
   * @param jurisdiction the jurisdiction whose ledger this is, not null
   * @return the record of the last month this ledger object issued, or empty if it issued none (a new,
   *     restored or resumed ledger)
   * @throws NullPointerException if the jurisdiction is null
   */
  public Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (charges.basisBilling() == null || issued.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Fingerprints().record(jurisdiction, issued.lastKey(), charges.basisBilling(), charges.basis()));
  }

  /** {@return the first month billed, not null} */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /** {@return the policy every bill is prorated with, not null} */
  public Proration proration() {
    return proration;
  }

  /** {@return the months issued, ascending; not null} */
  public List<YearMonth> issuedMonths() {
    return List.copyOf(issued.keySet());
  }

  /**
   * Whether a month is issued.
   *
   * @param month the month, not null
   * @return whether the month is issued
   * @throws NullPointerException if the month is null
   */
  public boolean isIssued(YearMonth month) {
    return issued.containsKey(Objects.requireNonNull(month, "month"));
  }

  /**
   * {@return the one month that can be issued next: the first month, or the month after the last issued; not
   * null}
   */
  public YearMonth nextOpenMonth() {
    return issued.isEmpty() ? firstMonth : issued.lastKey().plusMonths(1);
  }

  /**
   * The bills of an issued month by account; empty if the month is not issued or has no bill.
   *
   * @param month the month, not null
   * @return the bills of the month, ordered by account; not null
   * @throws NullPointerException if the month is null
   */
  public List<MonthlyBill> bills(YearMonth month) {
    Map<BillingAccount, MonthlyBill> ofMonth = issued.get(Objects.requireNonNull(month, "month"));
    return ofMonth == null ? List.of() : List.copyOf(ofMonth.values());
  }

  /**
   * The bill of an account for an issued month, if it has one.
   *
   * @param account the account, not null
   * @param month the month, not null
   * @return the bill, or empty if the month is not issued or the account had no bill in it
   * @throws NullPointerException if an argument is null
   */
  public Optional<MonthlyBill> bill(BillingAccount account, YearMonth month) {
    Objects.requireNonNull(account, "account");
    Map<BillingAccount, MonthlyBill> ofMonth = issued.get(Objects.requireNonNull(month, "month"));
    return ofMonth == null ? Optional.empty() : Optional.ofNullable(ofMonth.get(account));
  }

  /**
   * Issues a month: computes its bills from the work orders and freezes them; see the class description.
   *
   * <p>A resource the ledger cannot bill ({@link BillingViolations#PRICE_MISSING}, {@link
   * BillingViolations#ITEM_NOT_IN_CATALOG}, {@link BillingViolations#WORK_ORDER_SEQUENCE}, {@link
   * BillingViolations#CORRECTIONS_INCONSISTENT}, {@link BillingViolations#AMOUNT_OUT_OF_RANGE}) blocks
   * only its own accounts: each account it has a work order or an issued charge in is left out of the
   * month ({@link Issuance#withheld()}, each violation naming the account and the resource), every other account
   * is issued. The month is frozen all the same; once the resource can be billed, the next month issued
   * carries what the month left out as adjustments referring to it.
   *
   * @param month the month to issue: an issued month (its bills are returned unchanged) or {@link
   *     #nextOpenMonth()}; not null
   * @param orders every confirmed work order of the resources billed, corrected ones included; not null
   * @param billing prices, catalog and the ledger's proration policy; not null
   * @return the new ledger, the month's bills and the accounts left out, or {@link
   *     BillingViolations#MONTH_NOT_OPEN}
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if the billing's policy is not the ledger's, an issued line's work
   *     order is missing from the orders, or two orders share an id
   */
  public Validation<List<Violation>, Issuance> issue(YearMonth month, Collection<WorkOrder> orders, Billing billing) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(billing, "billing");
    if (billing.proration() != proration) {
      throw new IllegalArgumentException("the ledger prorates " + proration + ", the billing given " + billing.proration());
    }
    if (issued.containsKey(month)) {
      return Validation.valid(new Issuance(this, month, bills(month), Collections.emptySortedMap()));
    }
    if (!month.equals(nextOpenMonth())) {
      return Validation.invalid(List.of(BillingViolations.monthNotOpen(month, nextOpenMonth())));
    }
    // each resource's accounts: the one account most resources have, or the sorted set of several
    Map<ResourceId, Object> accountsOf = new HashMap<>(orders.size() * 2);
    for (WorkOrder order : orders) {
      accountsOf.merge(Objects.requireNonNull(order, "work order").resource(), BillingAccount.of(order), ResourceAccounts::withAccount);
    }

    Map<ResourceId, List<Violation>> problems = new HashMap<>();
    List<WorkOrder> effective = Corrections.effective(orders, (involved, zh, en) -> {
      for (WorkOrder order : involved) {
        problems.computeIfAbsent(order.resource(), r -> new ArrayList<>())
            .add(BillingViolations.correctionsInconsistent(order.resource(), involved, zh, en));
      }
    });
    // a resource whose corrections cannot be resolved is reported for that alone, not for what follows from it;
    // only resources with a problem have a list of them, so that a city's million resources make no list each
    Map<ResourceId, BillingHistory> histories = billing.histories(effective, (resource, sequence) -> {
      if (!problems.containsKey(resource)) {
        problems.put(resource, sequence);
      }
    });
    // resumed from a store: read back the charges of the resources to recompute, skip the unchanged
    Resumption.Loaded loaded = resumption == null ? null : resumption.load(histories, accountsOf.keySet(), charges, billing);
    IssuedCharges charges = loaded == null ? this.charges : loaded.charges();
    Set<ResourceId> unchanged = loaded == null ? Set.of() : loaded.unchanged();
    charges.requireGiven(orders);
    Map<BillingAccount, List<BillLine>> lines = new TreeMap<>();
    Map<BillingAccount, List<BillAdjustment>> adjustments = new TreeMap<>();
    Map<BillingAccount, Set<Violation>> withheld = new TreeMap<>();
    Billing.MonthLines current = billing.new MonthLines(month);
    List<Billing.MonthLines> earlier = new ArrayList<>();
    issued.keySet().forEach(m -> earlier.add(billing.new MonthLines(m)));
    List<ResourceId> resources = sortedUnion(histories.keySet(), charges.resources(), problems.keySet());
    // the fingerprint: the orders of each resource billed without violation, and the resources billed in
    // each account, to forget those of the accounts withheld in the end
    Map<ResourceId, List<WorkOrder>> basis = new HashMap<>(resources.size() * 2);
    Map<BillingAccount, List<ResourceId>> billedIn = new HashMap<>();
    // each resource's lines and adjustments by account, emptied for the next resource once taken
    Map<BillingAccount, List<BillLine>> ownLines = new TreeMap<>();
    Map<BillingAccount, List<BillAdjustment>> ownAdjustments = new TreeMap<>();
    for (ResourceId resource : resources) {
      List<Violation> problemsOf = problems.get(resource);
      List<Violation> sink = problemsOf == null ? new ArrayList<>(0) : problemsOf;
      ownLines.clear();
      ownAdjustments.clear();
      BillingHistory history = histories.remove(resource); // each history is let go once its resource is billed
      if (sink.isEmpty()) {
        try {
          if (history != null) {
            current.collect(history, sink);
            current.addLinesTo(ownLines, sink);
          }
          // incremental: a resource billed in full last time from equal orders and billing needs no adjustment
          if (history == null || !(unchanged.contains(resource) || charges.unchanged(resource, history.orders(), billing))) {
            new Adjuster(billing, earlier, ownAdjustments, sink).adjust(resource, history, charges.of(resource));
          }
        } catch (ArithmeticException e) {
          sink.add(BillingViolations.amountOutOfRange(resource, history == null ? List.of() : history.orders()));
        }
      }
      if (sink.isEmpty()) {
        ownLines.forEach((account, own) -> lines.computeIfAbsent(account, a -> new ArrayList<>()).addAll(own));
        ownAdjustments.forEach((account, own) -> adjustments.computeIfAbsent(account, a -> new ArrayList<>()).addAll(own));
        if (history != null) {
          basis.put(resource, history.orders());
          ownLines.keySet().forEach(account -> billedIn.computeIfAbsent(account, a -> new ArrayList<>()).add(resource));
          ownAdjustments.keySet().forEach(account -> billedIn.computeIfAbsent(account, a -> new ArrayList<>()).add(resource));
        }
      } else {
        Set<BillingAccount> accounts = new TreeSet<>();
        Object ofOrders = accountsOf.get(resource);
        if (ofOrders instanceof BillingAccount one) {
          accounts.add(one);
        } else if (ofOrders != null) {
          accounts.addAll(ResourceAccounts.asAccounts(ofOrders));
        }
        accounts.addAll(ownLines.keySet());
        accounts.addAll(ownAdjustments.keySet());
        ResourceCharges charged = charges.of(resource);
        for (int i = 0; charged != null && i < charged.size(); i++) {
          accounts.add(charged.entry(i).account());
        }
        for (BillingAccount account : accounts) {
          sink.forEach(v -> withheld.computeIfAbsent(account, a -> new LinkedHashSet<>()).add(v.with("account", account)));
        }
      }
    }
    withheld.keySet().forEach(account -> {
      lines.remove(account);
      adjustments.remove(account);
    });
    adjustments.values().forEach(list -> list.sort(ADJUSTMENT_ORDER));
    List<MonthlyBill> bills = new ArrayList<>();
    for (MonthlyBill bill : billing.assemble(month, lines, adjustments)) {
      try {
        bill.total();
        bills.add(bill);
      } catch (ArithmeticException e) {
        withheld.put(bill.account(), Set.of(BillingViolations.billOutOfRange(bill.account(), month)));
      }
    }
    NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> next = new TreeMap<>(issued);
    Map<BillingAccount, MonthlyBill> ofMonth = new LinkedHashMap<>();
    bills.forEach(bill -> ofMonth.put(bill.account(), bill));
    next.put(month, Collections.unmodifiableMap(ofMonth));
    SortedMap<BillingAccount, List<Violation>> reasons = new TreeMap<>();
    withheld.forEach((account, why) -> reasons.put(account, List.copyOf(why)));
    withheld.keySet().forEach(account -> billedIn.getOrDefault(account, List.of()).forEach(basis::remove));
    IssuedCharges nextCharges = charges.plus(bills, resources).withBasis(billing, basis);
    Resumption after = loaded == null ? null : loaded.next();
    return Validation.valid(new Issuance(new BillingLedger(firstMonth, proration, next, nextCharges, after), month, bills, reasons));
  }

  /** The resources of several sets, each once, sorted: a list rather than a tree of a million entries. */
  private static List<ResourceId> sortedUnion(Collection<ResourceId> sorted, Collection<ResourceId> more, Collection<ResourceId> most) {
    List<ResourceId> all = new ArrayList<>(sorted.size() + more.size() + most.size());
    all.addAll(sorted);
    if (more.isEmpty() && most.isEmpty()) {
      return all;
    }
    all.addAll(more);
    all.addAll(most);
    all.sort(null);
    int distinct = 0;
    for (ResourceId resource : all) {
      if (distinct == 0 || !all.get(distinct - 1).equals(resource)) {
        all.set(distinct++, resource);
      }
    }
    return all.subList(0, distinct);
  }

  /** The account's bills of the issued months of a year, by month. */
  List<MonthlyBill> bills(BillingAccount account, Year year) {
    List<MonthlyBill> bills = new ArrayList<>();
    issued.subMap(year.atMonth(1), true, year.atMonth(12), true).values().forEach(ofMonth -> {
      MonthlyBill bill = ofMonth.get(account);
      if (bill != null) {
        bills.add(bill);
      }
    });
    return bills;
  }

  /**
   * The accounts with a bill in an issued month of a year, sorted.
   *
   * @param year the year, not null
   * @return the accounts, not null
   */
  public List<BillingAccount> accounts(Year year) {
    Objects.requireNonNull(year, "year");
    Set<BillingAccount> accounts = new TreeSet<>();
    issued.subMap(year.atMonth(1), true, year.atMonth(12), true).values().forEach(ofMonth -> accounts.addAll(ofMonth.keySet()));
    return List.copyOf(accounts);
  }

  /** The issued months of a year, ascending. */
  List<YearMonth> issuedMonths(Year year) {
    return List.copyOf(issued.subMap(year.atMonth(1), true, year.atMonth(12), true).keySet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BillingLedger other
        && firstMonth.equals(other.firstMonth)
        && proration == other.proration
        && issued.equals(other.issued);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstMonth, proration.name(), issued);
  }

  @Override
  public String toString() {
    return "BillingLedger[from " + firstMonth + ", " + proration + ", issued " + issued.keySet() + "]";
  }
}
