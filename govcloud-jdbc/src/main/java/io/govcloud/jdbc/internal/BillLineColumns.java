package io.govcloud.jdbc.internal;

import io.govcloud.model.BillLine;
import io.govcloud.model.ContractId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import java.sql.SQLException;

/**
 * The columns of one {@link BillLine}, shared by {@code gc_bill_line} and {@code gc_bill_adjustment_line}:
 * every attribute in a column of its own, the quantity with its scale; the month and the day counts are
 * derived from the two dates and not stored.
 *
 * <p>Not API. Stateless and thread-safe.
 */
final class BillLineColumns {

  /** The columns, in the order {@link #bind} binds them (the quantity takes two). */
  static final String NAMES = "resource_id, work_order, contract, project, item, category, quantity, quantity_scale, "
      + "unit_price, monthly_amount, first_day, last_day, amount";

  /** One parameter per column of {@link #NAMES}. */
  static final String PARAMETERS = "?, ".repeat(12) + "?";

  private BillLineColumns() {}

  /** Binds the line's columns, in the order of {@link #NAMES}. */
  static void bind(Params p, BillLine line) throws SQLException {
    p.text(line.resource().value())
        .text(line.workOrder().value())
        .text(line.contract().value())
        .text(line.project().value())
        .text(line.item())
        .text(line.category())
        .decimal(line.quantity(), "bill line of " + line.resource() + " quantity")
        .money(line.unitPrice())
        .money(line.monthlyAmount())
        .date(line.firstDay())
        .date(line.lastDay())
        .money(line.amount());
  }

  /** Reads the line of the current row. */
  static BillLine read(Row row) throws SQLException {
    return BillLine.builder()
        .resource(ResourceId.of(row.text("resource_id")))
        .workOrder(WorkOrderId.of(row.text("work_order")))
        .contract(ContractId.of(row.text("contract")))
        .project(ProjectId.of(row.text("project")))
        .item(row.text("item"))
        .category(row.text("category"))
        .quantity(row.decimal("quantity"))
        .unitPrice(row.money("unit_price"))
        .monthlyAmount(row.money("monthly_amount"))
        .firstDay(row.date("first_day"))
        .lastDay(row.date("last_day"))
        .amount(row.money("amount"))
        .build();
  }
}
