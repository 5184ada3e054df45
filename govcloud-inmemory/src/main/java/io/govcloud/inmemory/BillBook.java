package io.govcloud.inmemory;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
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
import java.util.TreeMap;

/**
 * The ledgers, one per jurisdiction, and their issued bills within a unit of work: the starts and the
 * months issued by the unit are buffered until commit, where they are checked again against the latest
 * committed state: each jurisdiction's ledger is started once, the unit's months of a jurisdiction must
 * continue its committed ones without a gap or a repeat, and an account is billed once a month.
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
  /** The unit's starts, by jurisdiction code. */
  private final Map<String, LedgerStart> starts = new TreeMap<>();
  /** The unit's issued months, by jurisdiction code, in the order issued. */
  private final Map<String, LinkedHashMap<YearMonth, IssuedMonth>> months = new TreeMap<>();
  /** The unit's bills, by jurisdiction code and month. */
  private final Map<String, Map<YearMonth, List<MonthlyBill>>> bills = new TreeMap<>();
  /** The unit's records of the last issuance, by jurisdiction code. */
  private final Map<String, LedgerFingerprints> fingerprints = new TreeMap<>();

  BillBook(Unit unit) {
    this.unit = unit;
    this.committed = unit.base().bills();
  }

  @Override
  public Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    unit.checkOpen();
    LedgerStart own = starts.get(jurisdiction.code());
    return own != null ? Optional.of(own) : committed.start(jurisdiction);
  }

  @Override
  public List<LedgerStart> ledgerStarts() {
    unit.checkOpen();
    Map<String, LedgerStart> all = new TreeMap<>();
    committed.starts().forEach(s -> all.put(s.jurisdiction().code(), s));
    all.putAll(starts);
    return List.copyOf(all.values());
  }

  @Override
  public void startLedger(LedgerStart ledgerStart) {
    Objects.requireNonNull(ledgerStart, "start");
    unit.checkOpen();
    Optional<LedgerStart> seen = ledgerStart(ledgerStart.jurisdiction());
    if (seen.isPresent()) {
      throw unit.conflict(new ConflictException(LEDGER, "start " + seen.get().firstMonth(), 0, 1));
    }
    starts.put(ledgerStart.jurisdiction().code(), ledgerStart);
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
    Jurisdiction jurisdiction = month.jurisdiction();
    YearMonth next = nextMonth(jurisdiction);
    if (next == null) {
      throw new IllegalStateException("the billing ledger of " + jurisdiction + " is not started: " + month.month() + " cannot be issued");
    }
    if (!month.month().equals(next)) {
      throw unit.conflict(new ConflictException(KIND, month.month().toString(), 0, 1));
    }
    for (BillingAccount account : accounts) {
      if (find(account, month.month()).isPresent()) {
        throw unit.conflict(new ConflictException(KIND, account + " " + month.month(), 0, 1));
      }
    }
    months.computeIfAbsent(jurisdiction.code(), k -> new LinkedHashMap<>()).put(month.month(), month);
    bills.computeIfAbsent(jurisdiction.code(), k -> new LinkedHashMap<>()).put(month.month(), List.copyOf(issued));
  }

  @Override
  public List<IssuedMonth> issuedMonths(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    unit.checkOpen();
    List<IssuedMonth> all = new ArrayList<>(committed.months(jurisdiction).values().toJavaList());
    all.addAll(months.getOrDefault(jurisdiction.code(), new LinkedHashMap<>()).values());
    all.sort(null);
    return List.copyOf(all);
  }

  @Override
  public List<MonthlyBill> ofMonth(Jurisdiction jurisdiction, YearMonth month) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(month, "month");
    unit.checkOpen();
    List<MonthlyBill> own = bills.getOrDefault(jurisdiction.code(), Map.of()).get(month);
    if (own != null) {
      List<MonthlyBill> sorted = new ArrayList<>(own);
      sorted.sort(BY_MONTH_THEN_ACCOUNT);
      return List.copyOf(sorted);
    }
    return committed.of(jurisdiction, month).values().toJavaList();
  }

  @Override
  public List<MonthlyBill> ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    unit.checkOpen();
    List<MonthlyBill> all = new ArrayList<>(committed.of(month).values().toJavaList());
    bills.values().forEach(byMonth -> all.addAll(byMonth.getOrDefault(month, List.of())));
    all.sort(BY_MONTH_THEN_ACCOUNT);
    return List.copyOf(all);
  }

  @Override
  public Optional<MonthlyBill> find(BillingAccount account, YearMonth month) {
    Objects.requireNonNull(account, "account");
    return ofMonth(month).stream().filter(b -> b.account().equals(account)).findFirst();
  }

  @Override
  public List<MonthlyBill> all(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    unit.checkOpen();
    List<MonthlyBill> all = new ArrayList<>(committed.all(jurisdiction));
    bills.getOrDefault(jurisdiction.code(), Map.of()).values().forEach(all::addAll);
    all.sort(BY_MONTH_THEN_ACCOUNT);
    return List.copyOf(all);
  }

  @Override
  public List<MonthlyBill> all() {
    unit.checkOpen();
    List<MonthlyBill> all = new ArrayList<>(committed.all());
    bills.values().forEach(byMonth -> byMonth.values().forEach(all::addAll));
    // the unit's months may fall between committed ones
    all.sort(BY_MONTH_THEN_ACCOUNT);
    return List.copyOf(all);
  }

  /** {@inheritDoc} Reads every bill of the jurisdiction and keeps the lines and adjustments of the resources. */
  @Override
  public List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<ResourceId> resources) {
    Set<ResourceId> wanted = new HashSet<>(Objects.requireNonNull(resources, "resources"));
    List<MonthlyBill> reduced = new ArrayList<>();
    if (wanted.isEmpty()) {
      return reduced;
    }
    for (MonthlyBill bill : all(jurisdiction)) {
      List<BillLine> lines = bill.lines().stream().filter(l -> wanted.contains(l.resource())).toList();
      List<BillAdjustment> adjustments = bill.adjustments().stream().filter(a -> wanted.contains(a.resource())).toList();
      if (!lines.isEmpty() || !adjustments.isEmpty()) {
        reduced.add(MonthlyBill.builder().account(bill.account()).month(bill.month()).proration(bill.proration())
            .addAllLines(lines).addAllAdjustments(adjustments).build());
      }
    }
    return List.copyOf(reduced);
  }

  @Override
  public Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    unit.checkOpen();
    LedgerFingerprints own = fingerprints.get(jurisdiction.code());
    return own != null ? Optional.of(own) : committed.fingerprints(jurisdiction);
  }

  @Override
  public void saveFingerprints(LedgerFingerprints record) {
    Objects.requireNonNull(record, "fingerprints");
    List<IssuedMonth> issued = issuedMonths(record.jurisdiction());
    if (issued.isEmpty() || !issued.get(issued.size() - 1).month().equals(record.month())) {
      throw new IllegalArgumentException("the fingerprints of " + record.jurisdiction() + " are of " + record.month()
          + ", not of its last issued month " + (issued.isEmpty() ? "(none)" : issued.get(issued.size() - 1).month()));
    }
    fingerprints.put(record.jurisdiction().code(), record);
  }

  /** The month this unit would issue next in a jurisdiction's ledger, as it sees it; null if it sees no start. */
  private YearMonth nextMonth(Jurisdiction jurisdiction) {
    LinkedHashMap<YearMonth, IssuedMonth> own = months.get(jurisdiction.code());
    if (own == null || own.isEmpty()) {
      LedgerStart start = starts.get(jurisdiction.code());
      return start != null ? start.firstMonth() : committed.nextMonth(jurisdiction);
    }
    YearMonth last = null;
    for (YearMonth month : own.keySet()) {
      last = month;
    }
    return last.plusMonths(1);
  }

  /**
   * Checks that no other unit started a ledger this one did, that this unit's months of each jurisdiction
   * continue the committed ones (the first of them is the latest committed state's next month), and that
   * no other unit billed an account this one did for the same month.
   *
   * @throws ConflictException if another unit started a ledger, issued a month or billed an account first
   */
  void validate(Snapshot latest) {
    for (LedgerStart start : starts.values()) {
      Optional<LedgerStart> other = latest.bills().start(start.jurisdiction());
      if (other.isPresent()) {
        throw new ConflictException(LEDGER, "start " + other.get().firstMonth(), 0, 1);
      }
    }
    for (Map.Entry<String, LinkedHashMap<YearMonth, IssuedMonth>> own : months.entrySet()) {
      Jurisdiction jurisdiction = new Jurisdiction(own.getKey());
      YearMonth first = own.getValue().keySet().iterator().next();
      LedgerStart start = starts.get(own.getKey());
      YearMonth expected = start != null ? start.firstMonth() : latest.bills().nextMonth(jurisdiction);
      if (!first.equals(expected)) {
        throw new ConflictException(KIND, first.toString(), 0, 1);
      }
      for (List<MonthlyBill> ofMonth : bills.get(own.getKey()).values()) {
        for (MonthlyBill bill : ofMonth) {
          if (latest.bills().of(bill.month()).containsKey(bill.account())) {
            throw new ConflictException(KIND, bill.account() + " " + bill.month(), 0, 1);
          }
        }
      }
    }
  }

  /** The latest committed state with the ledgers started and these months issued; call after {@link #validate}. */
  Snapshot apply(Snapshot latest) {
    Snapshot next = latest;
    for (LedgerStart start : starts.values()) {
      next = next.withLedgerStart(start);
    }
    for (Map.Entry<String, LinkedHashMap<YearMonth, IssuedMonth>> own : months.entrySet()) {
      for (IssuedMonth month : own.getValue().values()) {
        next = next.withIssued(month, bills.get(own.getKey()).get(month.month()));
      }
    }
    for (LedgerFingerprints record : fingerprints.values()) {
      next = next.withFingerprints(record);
    }
    return next;
  }

  /** Whether the unit started nothing and issued nothing. */
  boolean isUnchanged() {
    return months.isEmpty() && starts.isEmpty() && fingerprints.isEmpty();
  }
}
