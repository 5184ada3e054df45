package io.govcloud.benchmarks;

import io.govcloud.core.billing.Billing;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.WorkOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline of monthly billing that builds govcloud's result (Art. 30, docs/rules.md#r4): {@link
 * PlainBilling}'s loop, trusting its input as that loop does, but making for each piece of a month the same
 * {@link BillLine} (through its builder, which checks it) and for each account the same {@link MonthlyBill}
 * as {@code Billing.bills}, so that it shows what building the result costs apart from computing it. The
 * benchmark checks that its bills equal govcloud's before timing it.
 *
 * <p>Immutable after construction, so thread-safe.
 */
public final class PlainLines {

  private final PlainBilling plain;
  private final String proration;
  private final Map<String, String> categories = new HashMap<>();

  /**
   * The plain lines of a workload, with its prices, catalog (one version) and policy.
   *
   * @param city the workload
   */
  public PlainLines(CityWorkload city) {
    this.plain = PlainBilling.of(city);
    Billing billing = city.billing();
    this.proration = billing.proration().name();
    for (ServiceCatalog version : billing.catalog().versions()) {
      for (CatalogItem item : version.items().values()) {
        categories.put(item.code(), item.category());
      }
    }
  }

  /**
   * The draft bills of a month.
   *
   * @param month the month
   * @param orders the orders, those of a resource consecutive and in the order they apply, resources ascending
   * @return the bills, by account
   */
  public List<MonthlyBill> bills(YearMonth month, List<WorkOrder> orders) {
    Map<BillingAccount, List<BillLine>> byAccount = new HashMap<>();
    long first = month.atDay(1).toEpochDay();
    long last = month.atEndOfMonth().toEpochDay();
    int days = month.lengthOfMonth();
    int size = orders.size();
    for (int k = 0; k < size; k++) {
      WorkOrder order = orders.get(k);
      if (order.kind() == WorkOrder.Kind.TERMINATE) {
        continue;
      }
      long from = Math.max(order.serviceDate().toEpochDay(), first);
      long to = last;
      if (k + 1 < size && orders.get(k + 1).resource().equals(order.resource())) {
        WorkOrder next = orders.get(k + 1);
        to = Math.min(to, next.serviceDate().toEpochDay() - (next.kind() == WorkOrder.Kind.TERMINATE ? 0 : 1));
      }
      if (from <= to) {
        List<BillLine> lines = byAccount.computeIfAbsent(BillingAccount.of(order), a -> new ArrayList<>());
        addLines(order, from, to, first, days, lines);
      }
    }
    List<MonthlyBill> bills = new ArrayList<>(byAccount.size());
    new TreeMap<>(byAccount).forEach((account, lines) -> bills.add(
        MonthlyBill.builder().account(account).month(month).proration(proration).addAllLines(lines).build()));
    return bills;
  }

  /** The lines of the days {@code from..to} at the order's configuration, one per price in force. */
  private void addLines(WorkOrder order, long from, long to, long first, int days, List<BillLine> lines) {
    long[][] table = plain.table(order.contract(), order.item());
    long quantity = order.quantity().longValue();
    long start = from;
    for (int p = 0; p < table.length && start <= to; p++) {
      long priceEnd = p + 1 < table.length ? table[p + 1][0] - 1 : Long.MAX_VALUE;
      if (priceEnd < start) {
        continue;
      }
      long end = Math.min(to, priceEnd);
      long monthly = table[p][1] * quantity;
      long before = start - first;
      long through = end - first + 1;
      long fen = (2 * monthly * through + days) / (2L * days) - (2 * monthly * before + days) / (2L * days);
      lines.add(BillLine.builder()
          .resource(order.resource())
          .workOrder(order.id())
          .contract(order.contract())
          .project(order.project())
          .item(order.item())
          .category(categories.get(order.item()))
          .quantity(order.quantity())
          .unitPrice(Money.ofFen(table[p][1]))
          .monthlyAmount(Money.ofFen(monthly))
          .firstDay(LocalDate.ofEpochDay(start))
          .lastDay(LocalDate.ofEpochDay(end))
          .amount(Money.ofFen(fen))
          .build());
      start = end + 1;
    }
  }
}
