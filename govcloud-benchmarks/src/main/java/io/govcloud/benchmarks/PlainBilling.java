package io.govcloud.benchmarks;

import io.govcloud.core.billing.Billing;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.PriceList;
import io.govcloud.model.WorkOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The baseline of monthly billing (Art. 30, docs/rules.md#r4): a plain loop over the same work orders that
 * computes the same amounts as govcloud's bills, per resource and per account, in {@code long} fen. It
 * trusts its input as govcloud does not: the orders of a resource consecutive and in the order they
 * apply, no corrections, a price in force for every day, quantities whole. It makes no line, no bill, and
 * checks nothing.
 *
 * <p>Immutable after construction, so thread-safe.
 */
public final class PlainBilling {

  private final Map<ContractId, Map<String, long[][]>> prices = new HashMap<>();

  /**
   * The prices of a billing, as arrays of (first epoch day, unit price in fen) by contract and item.
   *
   * @param billing the billing whose price lists to use
   * @param contracts the contracts to take
   */
  public PlainBilling(Billing billing, List<ContractId> contracts) {
    for (ContractId contract : contracts) {
      PriceList list = billing.prices().forContract(contract).orElseThrow();
      Map<String, long[][]> byItem = new HashMap<>();
      for (String item : list.prices().stream().map(ContractPrice::item).distinct().toList()) {
        NavigableMap<LocalDate, ContractPrice> dated = list.pricesOf(item);
        long[][] table = new long[dated.size()][];
        int i = 0;
        for (ContractPrice price : dated.values()) {
          table[i++] = new long[] {price.effectiveFrom().toEpochDay(), price.unitPrice().toFen()};
        }
        byItem.put(item, table);
      }
      prices.put(contract, byItem);
    }
  }

  /**
   * The plain billing of a workload's prices.
   *
   * @param city the workload
   * @return the plain billing
   */
  public static PlainBilling of(CityWorkload city) {
    return new PlainBilling(city.billing(), city.orders().stream().map(WorkOrder::contract).distinct().toList());
  }

  /** The (first epoch day, unit price in fen) rows of an item's prices in a contract, by first day. */
  long[][] table(ContractId contract, String item) {
    return prices.get(contract).get(item);
  }

  /** The amounts of a month: per resource, in the order the orders name them, and per account. */
  public static final class Amounts {
    /** Fen per resource, in order of first appearance. */
    public final long[] byResource;
    /** Fen per account. */
    public final Map<BillingAccount, long[]> byAccount = new HashMap<>();
    int resources;

    Amounts(int capacity) {
      this.byResource = new long[capacity];
    }

    /** The number of resources seen. */
    public int resources() {
      return resources;
    }
  }

  /**
   * Bills a month.
   *
   * @param month the month
   * @param orders the orders, those of a resource consecutive and in the order they apply
   * @param capacity at least the number of resources
   * @return the amounts
   */
  public Amounts bill(YearMonth month, List<WorkOrder> orders, int capacity) {
    Amounts amounts = new Amounts(capacity);
    long first = month.atDay(1).toEpochDay();
    long last = month.atEndOfMonth().toEpochDay();
    int days = month.lengthOfMonth();
    int size = orders.size();
    int i = 0;
    while (i < size) {
      WorkOrder head = orders.get(i);
      int end = i + 1;
      while (end < size && orders.get(end).resource().equals(head.resource())) {
        end++;
      }
      long fen = 0;
      for (int k = i; k < end; k++) {
        WorkOrder order = orders.get(k);
        if (order.kind() == WorkOrder.Kind.TERMINATE) {
          continue;
        }
        long from = order.serviceDate().toEpochDay();
        long to = Long.MAX_VALUE;
        if (k + 1 < end) {
          WorkOrder next = orders.get(k + 1);
          to = next.serviceDate().toEpochDay() - (next.kind() == WorkOrder.Kind.TERMINATE ? 0 : 1);
        }
        from = Math.max(from, first);
        to = Math.min(to, last);
        if (from <= to) {
          fen += piece(order, from, to, first, days);
        }
      }
      amounts.byResource[amounts.resources++] = fen;
      if (fen != 0) {
        amounts.byAccount.computeIfAbsent(BillingAccount.of(head), a -> new long[1])[0] += fen;
      }
      i = end;
    }
    return amounts;
  }

  /** The days {@code from..to} of the month at the order's configuration, split where the price changes. */
  private long piece(WorkOrder order, long from, long to, long first, int days) {
    long[][] table = prices.get(order.contract()).get(order.item());
    long quantity = order.quantity().longValue();
    long fen = 0;
    long start = from;
    for (int p = 0; p < table.length && start <= to; p++) {
      long priceEnd = p + 1 < table.length ? table[p + 1][0] - 1 : Long.MAX_VALUE;
      if (priceEnd < start) {
        continue;
      }
      long end = Math.min(to, priceEnd);
      long monthly = table[p][1] * quantity;
      int before = (int) (start - first);
      int through = (int) (end - first + 1);
      fen += (2 * monthly * through + days) / (2L * days) - (2 * monthly * before + days) / (2L * days);
      start = end + 1;
    }
    return fen;
  }
}
