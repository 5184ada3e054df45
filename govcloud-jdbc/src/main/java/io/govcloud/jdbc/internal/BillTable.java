package io.govcloud.jdbc.internal;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.ConflictException;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ledgers, one per jurisdiction, the issued months and their bills: {@code gc_billing_ledger}, {@code
 * gc_issued_month}, {@code gc_bill}, {@code gc_bill_line}, {@code gc_bill_adjustment} and {@code
 * gc_bill_adjustment_line}, each keyed by the jurisdiction first, written once (but each ledger's next
 * month) and only read afterwards.
 *
 * <p>A jurisdiction's ledger is one row, inserted once by {@link #startLedger}: a second start fails on its
 * primary key and becomes a {@link ConflictException}. {@link #issue} first moves the row's next month from
 * the month issued to the one after, with an UPDATE that names the jurisdiction and the month it expects:
 * of units issuing the same jurisdiction's months at once, the first takes the row's lock, the others wait
 * and then find another next month (0 rows: a {@link ConflictException}); a month that is not the next one
 * fails the same way. Units of different jurisdictions lock different rows. Then it inserts the month's
 * row, whose primary key makes a month of a jurisdiction issued once (SQLState 23xxx, a {@link
 * ConflictException}), before any bill is written; the unit then rolls back. The bills, lines, adjustments
 * and recomputed lines follow, each table in JDBC batches of the store's batch size; an account billed
 * twice for a month (by two jurisdictions) fails on {@code gc_bill_account}. A bill is numbered within its
 * jurisdiction's month in account order, so that reading by number gives the port's order whatever the
 * database's collation; reads across jurisdictions are sorted in memory.
 *
 * <p>Reads load the bills, then each child table once, for the same predicate on the month columns, and
 * assemble them in memory. Bills never change, so a read at READ COMMITTED cannot mix versions: the
 * children of a bill read were committed with it; children of a month committed between two queries, whose
 * bills the first query did not see, are left out.
 *
 * <p>Not API. Not thread-safe: one per unit of work.
 */
final class BillTable implements BillRepository {

  private static final String KIND = "issued month";
  private static final String KEY = "jurisdiction, bill_year, bill_month, bill_number";
  private static final String INSERT_MONTH =
      "INSERT INTO gc_issued_month (jurisdiction, bill_year, bill_month, proration, issued_at) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_BILL =
      "INSERT INTO gc_bill (" + KEY + ", department, platform, provider, proration) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_LINE = "INSERT INTO gc_bill_line (" + KEY + ", line_number, "
      + BillLineColumns.NAMES + ") VALUES (?, ?, ?, ?, ?, " + BillLineColumns.PARAMETERS + ")";
  private static final String INSERT_ADJUSTMENT = "INSERT INTO gc_bill_adjustment (" + KEY + ", adjustment_number, "
      + "resource_id, corrected_year, corrected_month, issued, previously_adjusted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ADJUSTMENT_LINE = "INSERT INTO gc_bill_adjustment_line (" + KEY
      + ", adjustment_number, line_number, " + BillLineColumns.NAMES + ") VALUES (?, ?, ?, ?, ?, ?, "
      + BillLineColumns.PARAMETERS + ")";

  private static final String LEDGER = "billing ledger";
  private static final String LEDGER_COLUMNS = "jurisdiction, first_year, first_month, started_at";
  private static final String MOVE_NEXT_MONTH = "UPDATE gc_billing_ledger SET next_year = ?, next_month = ? "
      + "WHERE jurisdiction = ? AND next_year = ? AND next_month = ?";
  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  private final JdbcUnitOfWork unit;

  BillTable(JdbcUnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return unit.read("read the start of the billing ledger of " + jurisdiction, () -> unit.transaction().queryOne(
        "SELECT " + LEDGER_COLUMNS + " FROM gc_billing_ledger WHERE jurisdiction = ?", p -> p.text(jurisdiction.code()),
        BillTable::start));
  }

  @Override
  public List<LedgerStart> ledgerStarts() {
    return unit.read("list the starts of the billing ledgers", () -> {
      List<LedgerStart> starts = new ArrayList<>(unit.transaction().query(
          "SELECT " + LEDGER_COLUMNS + " FROM gc_billing_ledger", Sql.Binder.NONE, BillTable::start));
      starts.sort(Comparator.comparing(s -> s.jurisdiction().code()));
      return List.copyOf(starts);
    });
  }

  private static LedgerStart start(Row row) throws SQLException {
    return new LedgerStart(new Jurisdiction(row.text("jurisdiction")), month(row, "first_year", "first_month"), row.instant("started_at"));
  }

  /** {@inheritDoc} A second start fails on the row's primary key. */
  @Override
  public void startLedger(LedgerStart start) {
    Objects.requireNonNull(start, "start");
    YearMonth first = start.firstMonth();
    String jurisdiction = start.jurisdiction().code();
    unit.write("start the billing ledger of " + jurisdiction + " at " + first, () -> {
      try {
        unit.transaction().update(
            "INSERT INTO gc_billing_ledger (" + LEDGER_COLUMNS + ", next_year, next_month) VALUES (?, ?, ?, ?, ?, ?)",
            p -> p.text(jurisdiction).integer(first.getYear()).integer(first.getMonthValue()).instant(start.startedAt())
                .integer(first.getYear()).integer(first.getMonthValue()));
      } catch (SQLException e) {
        if (unit.dialect().isDuplicateKey(e)) {
          throw new ConflictException(LEDGER, "start " + first, 0, 1);
        }
        throw e;
      }
    });
  }

  /** {@inheritDoc} All or nothing: a refused month adds nothing, and a conflict fails the whole unit. */
  @Override
  public void issue(IssuedMonth month, Collection<MonthlyBill> bills) {
    Objects.requireNonNull(month, "month");
    List<MonthlyBill> ordered = inAccountOrder(month.month(), Objects.requireNonNull(bills, "bills"));
    YearMonth issued = month.month();
    String jurisdiction = month.jurisdiction().code();
    unit.write("issue the " + ordered.size() + " bills of " + jurisdiction + " for " + issued, () -> {
      Transaction tx = unit.transaction();
      YearMonth after = issued.plusMonths(1);
      int moved = tx.update(MOVE_NEXT_MONTH, p -> p.integer(after.getYear()).integer(after.getMonthValue())
          .text(jurisdiction).integer(issued.getYear()).integer(issued.getMonthValue()));
      if (moved == 0) {
        boolean started = tx.queryOne("SELECT jurisdiction FROM gc_billing_ledger WHERE jurisdiction = ?", p -> p.text(jurisdiction),
            row -> row.text("jurisdiction")).isPresent();
        if (!started) {
          throw new IllegalStateException("the billing ledger of " + jurisdiction + " is not started: " + issued + " cannot be issued");
        }
        throw new ConflictException(KIND, issued.toString(), 0, 1);
      }
      try {
        tx.update(INSERT_MONTH, p -> p.text(jurisdiction).integer(issued.getYear()).integer(issued.getMonthValue())
            .text(month.proration()).instant(month.issuedAt()));
        insertRows(tx, jurisdiction, issued, ordered);
      } catch (SQLException e) {
        if (unit.dialect().isDuplicateKey(e)) {
          throw new ConflictException(KIND, issued.toString(), 0, 1);
        }
        throw e;
      }
    });
  }

  @Override
  public List<IssuedMonth> issuedMonths(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return unit.read("list the issued months of " + jurisdiction, () -> unit.transaction().query(
        "SELECT * FROM gc_issued_month WHERE jurisdiction = ? ORDER BY bill_year, bill_month", p -> p.text(jurisdiction.code()),
        row -> new IssuedMonth(jurisdiction, month(row, "bill_year", "bill_month"), row.text("proration"), row.instant("issued_at"))));
  }

  @Override
  public List<MonthlyBill> ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return unit.read("list the bills of " + month, () -> sorted(
        load("bill_year = ? AND bill_month = ?", p -> p.integer(month.getYear()).integer(month.getMonthValue()))));
  }

  @Override
  public List<MonthlyBill> ofMonth(Jurisdiction jurisdiction, YearMonth month) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(month, "month");
    return unit.read("list the bills of " + jurisdiction + " for " + month, () -> load("jurisdiction = ? AND bill_year = ? AND bill_month = ?",
        p -> p.text(jurisdiction.code()).integer(month.getYear()).integer(month.getMonthValue())));
  }

  @Override
  public Optional<MonthlyBill> find(BillingAccount account, YearMonth month) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(month, "month");
    return unit.read("find the bill of " + account + " for " + month, () -> {
      Optional<BillKey> key = unit.transaction().queryOne(
          "SELECT " + KEY + " FROM gc_bill WHERE bill_year = ? AND bill_month = ? AND department = ? AND platform = ? "
              + "AND provider = ?",
          p -> p.integer(month.getYear()).integer(month.getMonthValue()).text(account.department().value())
              .text(account.platform().value()).text(account.provider().value()),
          BillKey::of);
      if (key.isEmpty()) {
        return Optional.empty();
      }
      return load("jurisdiction = ? AND bill_year = ? AND bill_month = ? AND bill_number = ?", key.get()::bind).stream().findFirst();
    });
  }

  @Override
  public List<MonthlyBill> all() {
    return unit.read("list every bill", () -> sorted(load(null, Sql.Binder.NONE)));
  }

  @Override
  public List<MonthlyBill> all(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return unit.read("list every bill of " + jurisdiction, () -> load("jurisdiction = ?", p -> p.text(jurisdiction.code())));
  }

  @Override
  public List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<ResourceId> resources) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(resources, "resources");
    return unit.read("read the charges of " + resources.size() + " resources of " + jurisdiction,
        () -> new LedgerRecords(unit).charges(jurisdiction, resources));
  }

  @Override
  public Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return unit.read("read the record of the last issuance of " + jurisdiction, () -> new LedgerRecords(unit).fingerprints(jurisdiction));
  }

  @Override
  public void saveFingerprints(LedgerFingerprints fingerprints) {
    Objects.requireNonNull(fingerprints, "fingerprints");
    List<IssuedMonth> issued = issuedMonths(fingerprints.jurisdiction());
    YearMonth last = issued.isEmpty() ? null : issued.get(issued.size() - 1).month();
    if (!fingerprints.month().equals(last)) {
      throw new IllegalArgumentException("the fingerprints of " + fingerprints.jurisdiction() + " are of " + fingerprints.month()
          + ", not of its last issued month " + (last == null ? "(none)" : last));
    }
    unit.write("save the record of the issuance of " + fingerprints.month() + " of " + fingerprints.jurisdiction(),
        () -> new LedgerRecords(unit).save(fingerprints));
  }

  /** Bills of several jurisdictions, by month, then account. */
  private static List<MonthlyBill> sorted(List<MonthlyBill> bills) {
    List<MonthlyBill> sorted = new ArrayList<>(bills);
    sorted.sort(BY_MONTH_THEN_ACCOUNT);
    return sorted;
  }

  /** Checks the bills of a month and sorts them by account. */
  private static List<MonthlyBill> inAccountOrder(YearMonth month, Collection<MonthlyBill> bills) {
    List<MonthlyBill> ordered = new ArrayList<>(bills);
    Set<BillingAccount> accounts = new HashSet<>();
    for (MonthlyBill bill : ordered) {
      Objects.requireNonNull(bill, "bill");
      if (!bill.month().equals(month)) {
        throw new IllegalArgumentException("the bill of " + bill.account() + " is of " + bill.month() + ", not of " + month);
      }
      if (!accounts.add(bill.account())) {
        throw new IllegalArgumentException("two bills of " + bill.account() + " for " + month);
      }
    }
    ordered.sort(Comparator.comparing(MonthlyBill::account));
    return ordered;
  }

  private static void insertRows(Transaction tx, String jurisdiction, YearMonth month, List<MonthlyBill> bills) throws SQLException {
    List<BillRow> billRows = new ArrayList<>(bills.size());
    List<LineRow> lines = new ArrayList<>();
    List<AdjustmentRow> adjustments = new ArrayList<>();
    List<AdjustmentLineRow> recomputed = new ArrayList<>();
    for (int b = 0; b < bills.size(); b++) {
      MonthlyBill bill = bills.get(b);
      BillKey key = new BillKey(jurisdiction, month.getYear(), month.getMonthValue(), b);
      billRows.add(new BillRow(key, bill));
      for (int l = 0; l < bill.lines().size(); l++) {
        lines.add(new LineRow(key, l, bill.lines().get(l)));
      }
      for (int a = 0; a < bill.adjustments().size(); a++) {
        BillAdjustment adjustment = bill.adjustments().get(a);
        adjustments.add(new AdjustmentRow(key, a, adjustment));
        for (int l = 0; l < adjustment.recomputedLines().size(); l++) {
          recomputed.add(new AdjustmentLineRow(key, a, l, adjustment.recomputedLines().get(l)));
        }
      }
    }
    tx.batch(INSERT_BILL, billRows, (p, row) -> {
      BillingAccount account = row.bill().account();
      row.key().bind(p).text(account.department().value()).text(account.platform().value())
          .text(account.provider().value()).text(row.bill().proration());
    });
    tx.batch(INSERT_LINE, lines, (p, row) -> BillLineColumns.bind(row.key().bind(p).integer(row.number()), row.line()));
    tx.batch(INSERT_ADJUSTMENT, adjustments, (p, row) -> {
      BillAdjustment adjustment = row.adjustment();
      row.key().bind(p).integer(row.number()).text(adjustment.resource().value())
          .integer(adjustment.correctedMonth().getYear()).integer(adjustment.correctedMonth().getMonthValue())
          .money(adjustment.issued()).money(adjustment.previouslyAdjusted());
    });
    tx.batch(INSERT_ADJUSTMENT_LINE, recomputed,
        (p, row) -> BillLineColumns.bind(row.key().bind(p).integer(row.adjustment()).integer(row.number()), row.line()));
  }

  /** Reads the bills a predicate on the month columns selects, in month and account order, with their children. */
  private List<MonthlyBill> load(String predicate, Sql.Binder binder) throws SQLException {
    Transaction tx = unit.transaction();
    String where = predicate == null ? "" : " WHERE " + predicate;
    Map<BillKey, MonthlyBill.Builder> bills = new LinkedHashMap<>();
    tx.forEach("SELECT * FROM gc_bill" + where + " ORDER BY " + KEY, binder, row -> {
      MonthlyBill.Builder bill = MonthlyBill.builder();
      bill.account(BillingAccount.of(DepartmentId.of(row.text("department")), PlatformId.of(row.text("platform")),
              ProviderId.of(row.text("provider"))))
          .month(month(row, "bill_year", "bill_month"))
          .proration(row.text("proration"));
      bills.put(BillKey.of(row), bill);
    });
    if (bills.isEmpty()) {
      return List.of();
    }
    tx.forEach("SELECT * FROM gc_bill_line" + where + " ORDER BY " + KEY + ", line_number", binder, row -> {
      MonthlyBill.Builder bill = bills.get(BillKey.of(row));
      if (bill != null) {
        bill.addLines(BillLineColumns.read(row));
      }
    });
    Map<AdjustmentKey, List<BillLine>> recomputed = new HashMap<>();
    tx.forEach("SELECT * FROM gc_bill_adjustment_line" + where + " ORDER BY " + KEY + ", adjustment_number, line_number",
        binder, row -> recomputed.computeIfAbsent(new AdjustmentKey(BillKey.of(row), row.integer("adjustment_number")),
            k -> new ArrayList<>()).add(BillLineColumns.read(row)));
    tx.forEach("SELECT * FROM gc_bill_adjustment" + where + " ORDER BY " + KEY + ", adjustment_number", binder, row -> {
      BillKey key = BillKey.of(row);
      MonthlyBill.Builder bill = bills.get(key);
      if (bill != null) {
        bill.addAdjustments(new BillAdjustment(
            ResourceId.of(row.text("resource_id")),
            month(row, "corrected_year", "corrected_month"),
            recomputed.getOrDefault(new AdjustmentKey(key, row.integer("adjustment_number")), List.of()),
            row.money("issued"),
            row.money("previously_adjusted")));
      }
    });
    List<MonthlyBill> loaded = new ArrayList<>(bills.size());
    for (MonthlyBill.Builder bill : bills.values()) {
      loaded.add(bill.build());
    }
    return loaded;
  }

  private static YearMonth month(Row row, String yearColumn, String monthColumn) throws SQLException {
    return YearMonth.of(row.integer(yearColumn), row.integer(monthColumn));
  }

  /** A bill's key: its jurisdiction and month, and its position in that month's account order. */
  private record BillKey(String jurisdiction, int year, int month, int number) {

    static BillKey of(Row row) throws SQLException {
      return new BillKey(row.text("jurisdiction"), row.integer("bill_year"), row.integer("bill_month"), row.integer("bill_number"));
    }

    Params bind(Params p) throws SQLException {
      return p.text(jurisdiction).integer(year).integer(month).integer(number);
    }
  }

  /** An adjustment's key: its bill's, and its position among the bill's adjustments. */
  private record AdjustmentKey(BillKey bill, int number) {}

  private record BillRow(BillKey key, MonthlyBill bill) {}

  private record LineRow(BillKey key, int number, BillLine line) {}

  private record AdjustmentRow(BillKey key, int number, BillAdjustment adjustment) {}

  private record AdjustmentLineRow(BillKey key, int adjustment, int number, BillLine line) {}
}
