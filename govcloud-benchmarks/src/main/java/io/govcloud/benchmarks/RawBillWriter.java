package io.govcloud.benchmarks;

import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.MonthlyBill;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The baseline of writing bills (Art. 30, docs/rules.md#r4): plain JDBC, one transaction, one prepared
 * statement per table, rows sent in batches of 1,000, into govcloud-jdbc's own tables ({@code
 * gc_issued_month}, {@code gc_bill}, {@code gc_bill_line}) with the values the store writes. No checks,
 * no adjustments (the benchmark's bills have none).
 */
public final class RawBillWriter {

  /** Where the writer's connections come from. */
  @FunctionalInterface
  public interface Connections {
    /**
     * @return a new connection
     * @throws SQLException if none can be had
     */
    Connection open() throws SQLException;
  }

  private static final int BATCH = 1000;

  /** The jurisdiction whose ledger the benchmark's bills are written in: the municipality's. */
  private static final String JURISDICTION = "municipal";

  private final Connections connections;

  /**
   * A writer on a database.
   *
   * @param connections where its connections come from
   */
  public RawBillWriter(Connections connections) {
    this.connections = connections;
  }

  /**
   * Writes an issued month and its bills, which must be sorted by account.
   *
   * @param month the month
   * @param bills its bills, in account order, without adjustments
   * @return the number of lines written
   * @throws SQLException if a write fails
   */
  public int write(YearMonth month, List<MonthlyBill> bills) throws SQLException {
    int lines = 0;
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO gc_issued_month (jurisdiction, bill_year, bill_month, proration, issued_at) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, JURISDICTION);
        insert.setInt(2, month.getYear());
        insert.setInt(3, month.getMonthValue());
        insert.setString(4, "ACTUAL_DAYS");
        insert.setTimestamp(5, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gc_bill (jurisdiction, bill_year, bill_month, bill_number, "
          + "department, platform, provider, proration) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int b = 0; b < bills.size(); b++) {
          BillingAccount account = bills.get(b).account();
          insert.setString(1, JURISDICTION);
          insert.setInt(2, month.getYear());
          insert.setInt(3, month.getMonthValue());
          insert.setInt(4, b);
          insert.setString(5, account.department().value());
          insert.setString(6, account.platform().value());
          insert.setString(7, account.provider().value());
          insert.setString(8, bills.get(b).proration());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gc_bill_line (jurisdiction, bill_year, bill_month, "
          + "bill_number, line_number, resource_id, work_order, contract, project, item, category, quantity, quantity_scale, "
          + "unit_price, monthly_amount, first_day, last_day, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (int b = 0; b < bills.size(); b++) {
          List<BillLine> billLines = bills.get(b).lines();
          for (int l = 0; l < billLines.size(); l++) {
            BillLine line = billLines.get(l);
            insert.setString(1, JURISDICTION);
            insert.setInt(2, month.getYear());
            insert.setInt(3, month.getMonthValue());
            insert.setInt(4, b);
            insert.setInt(5, l);
            insert.setString(6, line.resource().value());
            insert.setString(7, line.workOrder().value());
            insert.setString(8, line.contract().value());
            insert.setString(9, line.project().value());
            insert.setString(10, line.item());
            insert.setString(11, line.category());
            insert.setBigDecimal(12, line.quantity());
            insert.setInt(13, line.quantity().scale());
            insert.setBigDecimal(14, line.unitPrice().amount());
            insert.setBigDecimal(15, line.monthlyAmount().amount());
            insert.setObject(16, line.firstDay());
            insert.setObject(17, line.lastDay());
            insert.setBigDecimal(18, line.amount().amount());
            insert.addBatch();
            lines++;
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      connection.commit();
    }
    return lines;
  }
}
