package io.govcloud.jdbc.internal;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a jurisdiction's ledger reads back to issue its next month without recomputing what did not change
 * (docs/rules.md#r4): the record of its last issuance, {@code gc_ledger_record} (one row per jurisdiction:
 * the month and the billing's fingerprint) and {@code gc_ledger_fingerprint} (one row per resource billed
 * in full), replaced at each issuance by writing only the fingerprints that changed; and the issued
 * charges of some resources, read from the bills' lines, adjustments and recomputed lines by {@code
 * (jurisdiction, resource_id)} in chunks of resource ids, each joined with its bill for the account.
 *
 * <p>Not API. Not thread-safe: one per unit of work.
 */
final class LedgerRecords {

  private static final int CHUNK = 500;
  private static final String JOIN_BILL = " JOIN gc_bill b ON b.jurisdiction = x.jurisdiction AND b.bill_year = x.bill_year"
      + " AND b.bill_month = x.bill_month AND b.bill_number = x.bill_number";
  private static final String BILL_COLUMNS = "b.department, b.platform, b.provider, b.proration";
  private static final Comparator<MonthlyBill> BY_MONTH_THEN_ACCOUNT =
      Comparator.comparing(MonthlyBill::month).thenComparing(MonthlyBill::account);

  private final JdbcUnitOfWork unit;

  LedgerRecords(JdbcUnitOfWork unit) {
    this.unit = unit;
  }

  /** A bill reduced to some resources' lines and adjustments, by their numbers in the bill. */
  private record Reduced(MonthlyBill.Builder bill, TreeMap<Integer, BillLine> lines, TreeMap<Integer, BillAdjustment> adjustments) {}

  /** A bill's key and an adjustment's number in it. */
  private record AdjustmentKey(String jurisdiction, int year, int month, int bill, int number) {}

  /** See {@link io.govcloud.spi.BillRepository#charges}. */
  List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<ResourceId> resources) throws SQLException {
    List<String> ids = new ArrayList<>(new TreeSet<>(resources).stream().map(ResourceId::value).toList());
    Map<List<Object>, Reduced> bills = new HashMap<>();
    Map<AdjustmentKey, List<BillLine>> recomputed = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String in = " WHERE x.jurisdiction = ? AND x.resource_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
      Sql.Binder binder = p -> {
        p.text(jurisdiction.code());
        for (String id : chunk) {
          p.text(id);
        }
      };
      Transaction tx = unit.transaction();
      tx.forEach("SELECT x.*, " + BILL_COLUMNS + " FROM gc_bill_line x" + JOIN_BILL + in, binder,
          row -> reduced(bills, row).lines().put(row.integer("line_number"), BillLineColumns.read(row)));
      tx.forEach("SELECT * FROM gc_bill_adjustment_line x" + in + " ORDER BY line_number", binder,
          row -> recomputed.computeIfAbsent(adjustmentKey(row), k -> new ArrayList<>()).add(BillLineColumns.read(row)));
      tx.forEach("SELECT x.*, " + BILL_COLUMNS + " FROM gc_bill_adjustment x" + JOIN_BILL + in, binder, row -> {
        int number = row.integer("adjustment_number");
        reduced(bills, row).adjustments().put(number, new BillAdjustment(
            ResourceId.of(row.text("resource_id")),
            YearMonth.of(row.integer("corrected_year"), row.integer("corrected_month")),
            recomputed.getOrDefault(adjustmentKey(row), List.of()),
            row.money("issued"),
            row.money("previously_adjusted")));
      });
    }
    List<MonthlyBill> loaded = new ArrayList<>(bills.size());
    for (Reduced bill : bills.values()) {
      loaded.add(bill.bill().addAllLines(bill.lines().values()).addAllAdjustments(bill.adjustments().values()).build());
    }
    loaded.sort(BY_MONTH_THEN_ACCOUNT);
    return List.copyOf(loaded);
  }

  private static AdjustmentKey adjustmentKey(Row row) throws SQLException {
    return new AdjustmentKey(row.text("jurisdiction"), row.integer("bill_year"), row.integer("bill_month"),
        row.integer("bill_number"), row.integer("adjustment_number"));
  }

  private static Reduced reduced(Map<List<Object>, Reduced> bills, Row row) throws SQLException {
    List<Object> key = List.of(row.text("jurisdiction"), row.integer("bill_year"), row.integer("bill_month"), row.integer("bill_number"));
    Reduced found = bills.get(key);
    if (found == null) {
      MonthlyBill.Builder bill = MonthlyBill.builder()
          .account(BillingAccount.of(DepartmentId.of(row.text("department")), PlatformId.of(row.text("platform")),
              ProviderId.of(row.text("provider"))))
          .month(YearMonth.of(row.integer("bill_year"), row.integer("bill_month")))
          .proration(row.text("proration"));
      found = new Reduced(bill, new TreeMap<>(), new TreeMap<>());
      bills.put(key, found);
    }
    return found;
  }

  /** See {@link io.govcloud.spi.BillRepository#fingerprints}. */
  Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) throws SQLException {
    Transaction tx = unit.transaction();
    Optional<List<Object>> record = tx.queryOne("SELECT bill_year, bill_month, billing FROM gc_ledger_record WHERE jurisdiction = ?",
        p -> p.text(jurisdiction.code()), row -> List.of(YearMonth.of(row.integer("bill_year"), row.integer("bill_month")), row.text("billing")));
    if (record.isEmpty()) {
      return Optional.empty();
    }
    SortedMap<ResourceId, String> resources = new TreeMap<>();
    tx.forEach("SELECT resource_id, fingerprint FROM gc_ledger_fingerprint WHERE jurisdiction = ?", p -> p.text(jurisdiction.code()),
        row -> resources.put(ResourceId.of(row.text("resource_id")), row.text("fingerprint")));
    return Optional.of(new LedgerFingerprints(jurisdiction, (YearMonth) record.get().get(0), (String) record.get().get(1), resources));
  }

  /**
   * See {@link io.govcloud.spi.BillRepository#saveFingerprints}: moves the jurisdiction's record row to the
   * new month and billing (an UPDATE that locks it, so that two units never write one jurisdiction's
   * fingerprints at once), then writes only the fingerprints that differ from those it holds: deletes the
   * resources no longer recorded, updates the changed, inserts the new, each in batches. A jurisdiction
   * without a record row gets one and every fingerprint.
   */
  void save(LedgerFingerprints record) throws SQLException {
    String jurisdiction = record.jurisdiction().code();
    Transaction tx = unit.transaction();
    int moved = tx.update("UPDATE gc_ledger_record SET bill_year = ?, bill_month = ?, billing = ? WHERE jurisdiction = ?",
        p -> p.integer(record.month().getYear()).integer(record.month().getMonthValue()).text(record.billing()).text(jurisdiction));
    Map<ResourceId, String> held = new HashMap<>();
    if (moved == 0) {
      tx.update("INSERT INTO gc_ledger_record (jurisdiction, bill_year, bill_month, billing) VALUES (?, ?, ?, ?)",
          p -> p.text(jurisdiction).integer(record.month().getYear()).integer(record.month().getMonthValue()).text(record.billing()));
    } else {
      tx.forEach("SELECT resource_id, fingerprint FROM gc_ledger_fingerprint WHERE jurisdiction = ?", p -> p.text(jurisdiction),
          row -> held.put(ResourceId.of(row.text("resource_id")), row.text("fingerprint")));
    }
    List<ResourceId> removed = new ArrayList<>();
    held.keySet().forEach(resource -> {
      if (!record.resources().containsKey(resource)) {
        removed.add(resource);
      }
    });
    List<Map.Entry<ResourceId, String>> changed = new ArrayList<>();
    List<Map.Entry<ResourceId, String>> added = new ArrayList<>();
    for (Map.Entry<ResourceId, String> entry : record.resources().entrySet()) {
      String before = held.get(entry.getKey());
      if (before == null) {
        added.add(entry);
      } else if (!before.equals(entry.getValue())) {
        changed.add(entry);
      }
    }
    tx.batch("DELETE FROM gc_ledger_fingerprint WHERE jurisdiction = ? AND resource_id = ?", removed,
        (p, resource) -> p.text(jurisdiction).text(resource.value()));
    tx.batch("UPDATE gc_ledger_fingerprint SET fingerprint = ? WHERE jurisdiction = ? AND resource_id = ?", changed,
        (p, e) -> p.text(e.getValue()).text(jurisdiction).text(e.getKey().value()));
    tx.batch("INSERT INTO gc_ledger_fingerprint (jurisdiction, resource_id, fingerprint) VALUES (?, ?, ?)", added,
        (p, e) -> p.text(jurisdiction).text(e.getKey().value()).text(e.getValue()));
  }
}
