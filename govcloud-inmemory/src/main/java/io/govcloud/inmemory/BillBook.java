package io.govcloud.inmemory;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.ConflictException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger and its issued bills within a unit of work: a start and the months issued by the unit are
 * buffered until commit, where they are checked again against the latest committed state: the ledger is
 * started once, and the unit's months must continue the committed ones without a gap or a repeat.
 *
 * <p>Not thread-safe: used by the one thread running its unit.
 */
final class BillBook implements BillRepository {

  private static final String KIND = "issued month";
  private static final String LEDGER = "billing ledger";
  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  private final Unit unit;
  private final Bills committed;
  private final Map<YearMonth, IssuedMonth> months = new LinkedHashMap<>();
  private final Map<YearMonth, List<MonthlyBill>> bills = new LinkedHashMap<>();
  private LedgerStart start;

  BillBook(Unit unit) {
    this.unit = unit;
    this.committed = unit.base().bills();
  }

  @Override
  public Optional<LedgerStart> ledgerStart() {
    unit.checkOpen();
    return start != null ? Optional.of(start) : committed.start();
  }

  @Override
  public void startLedger(LedgerStart ledgerStart) {
    Objects.requireNonNull(ledgerStart, "start");
    unit.checkOpen();
    Optional<LedgerStart> seen = ledgerStart();
    if (seen.isPresent()) {
      throw unit.conflict(new ConflictException(LEDGER, "start " + seen.get().firstMonth(), 0, 1));
    }
    start = ledgerStart;
  }

  /** {@inheritDoc} All or nothing: a refused batch adds nothing. */
  @Override
  public void issue(IssuedMonth month, Collection<MonthlyBill> issued) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(issued, "bills");
    unit.checkOpen();
    Set<BillingAccount> accounts = new HashSet<>();
    for (MonthlyBill bill : issued) {
      Objects.requireNonNull(bill, "bill");
      if (!bill.month().equals(month.month())) {
        throw new IllegalArgumentException("the bill of " + bill.account() + " is of " + bill.month() + ", not of " + month.month());
      }
      if (!accounts.add(bill.account())) {
        throw new IllegalArgumentException("two bills of " + bill.account() + " for " + month.month());
      }
    }
    YearMonth next = nextMonth();
    if (next == null) {
      throw new IllegalStateException("the billing ledger is not started: " + month.month() + " cannot be issued");
    }
    if (!month.month().equals(next)) {
      throw unit.conflict(new ConflictException(KIND, month.month().toString(), 0, 1));
    }
    months.put(month.month(), month);
    bills.put(month.month(), List.copyOf(issued));
  }

  @Override
  public List<IssuedMonth> issuedMonths() {
    unit.checkOpen();
    List<IssuedMonth> all = new ArrayList<>(committed.months().values().toJavaList());
    all.addAll(months.values());
    all.sort(null);
    return List.copyOf(all);
  }

  @Override
  public List<MonthlyBill> ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    unit.checkOpen();
    List<MonthlyBill> own = bills.get(month);
    if (own != null) {
      List<MonthlyBill> sorted = new ArrayList<>(own);
      sorted.sort((a, b) -> a.account().compareTo(b.account()));
      return List.copyOf(sorted);
    }
    return committed.of(month).values().toJavaList();
  }

  @Override
  public Optional<MonthlyBill> find(BillingAccount account, YearMonth month) {
    Objects.requireNonNull(account, "account");
    return ofMonth(month).stream().filter(b -> b.account().equals(account)).findFirst();
  }

  @Override
  public List<MonthlyBill> all() {
    unit.checkOpen();
    List<MonthlyBill> all = new ArrayList<>(committed.all());
    months.keySet().forEach(m -> all.addAll(ofMonth(m)));
    // the unit's months may fall between committed ones
    all.sort(BY_MONTH_THEN_ACCOUNT);
    return List.copyOf(all);
  }

  /** The month this unit would issue next, as it sees the ledger; null if it sees no start. */
  private YearMonth nextMonth() {
    if (months.isEmpty()) {
      return start != null ? start.firstMonth() : committed.nextMonth();
    }
    YearMonth last = null;
    for (YearMonth month : months.keySet()) {
      last = month;
    }
    return last.plusMonths(1);
  }

  /**
   * Checks that no other unit started the ledger if this one did, and that this unit's months continue
   * the committed ones: the first of them is the latest committed state's next month.
   *
   * @throws ConflictException if another unit started the ledger or issued a month first
   */
  void validate(Snapshot latest) {
    if (start != null && latest.bills().start().isPresent()) {
      throw new ConflictException(LEDGER, "start " + latest.bills().start().get().firstMonth(), 0, 1);
    }
    if (months.isEmpty()) {
      return;
    }
    YearMonth first = months.keySet().iterator().next();
    YearMonth expected = start != null ? start.firstMonth() : latest.bills().nextMonth();
    if (!first.equals(expected)) {
      throw new ConflictException(KIND, first.toString(), 0, 1);
    }
  }

  /** The latest committed state with the ledger started and these months issued; call after {@link #validate}. */
  Snapshot apply(Snapshot latest) {
    Snapshot next = start != null ? latest.withLedgerStart(start) : latest;
    for (IssuedMonth month : months.values()) {
      next = next.withIssued(month, bills.get(month.month()));
    }
    return next;
  }

  /** Whether the unit started nothing and issued nothing. */
  boolean isUnchanged() {
    return months.isEmpty() && start == null;
  }
}
