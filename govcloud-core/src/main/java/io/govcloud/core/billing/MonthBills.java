package io.govcloud.core.billing;

import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Money;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The draft bills of one month, computed lean (Art. 30; docs/rules.md#r4): the orders sorted by resource
 * and in the order they apply, then each resource's periods, priced pieces and lines in buffers reused
 * from resource to resource, so that billing allocates little beyond its lines and bills: no history,
 * period or segment object, no map per resource, no boxed arithmetic. It bills exactly what {@link
 * BillingHistory} and {@link BillingHistory#segments} describe, with the violations in the same order:
 * the work-order sequences of every resource first, then prices and catalog resource by resource. Not
 * API; not thread-safe.
 */
final class MonthBills implements PriceTable.Pieces {

  private final Billing billing;
  private final YearMonth month;
  private final LocalDate first;
  private final LocalDate last;
  private final Periods periods = new Periods();
  private final Accounts accounts = new Accounts();
  private final List<Violation> sequences = new ArrayList<>();
  private final List<Violation> pricing = new ArrayList<>();
  private final MonthlyAmounts amounts = new MonthlyAmounts();
  // the priced pieces of the current resource
  private WorkOrder[] pieceOrders = new WorkOrder[4];
  private Money[] piecePrices = new Money[4];
  private LocalDate[] pieceFirsts = new LocalDate[4];
  private LocalDate[] pieceLasts = new LocalDate[4];
  private int pieces;

  MonthBills(Billing billing, YearMonth month) {
    this.billing = billing;
    this.month = month;
    this.first = month.atDay(1);
    this.last = month.atEndOfMonth();
  }

  /** The month's bills of orders already resolved for corrections, or every violation that refuses them. */
  Validation<List<Violation>, List<MonthlyBill>> bills(List<WorkOrder> effective) {
    WorkOrder[] sorted = effective.toArray(new WorkOrder[0]);
    for (WorkOrder order : sorted) {
      Objects.requireNonNull(order, "work order");
    }
    Arrays.sort(sorted, BillingHistory.BY_RESOURCE);
    int i = 0;
    while (i < sorted.length) {
      ResourceId resource = sorted[i].resource();
      int end = i + 1;
      while (end < sorted.length && sorted[end].resource().equals(resource)) {
        end++;
      }
      periods.build(resource, sorted, i, end, sequences);
      bill(resource);
      i = end;
    }
    if (sequences.isEmpty() && pricing.isEmpty()) {
      return Validation.valid(billing.assemble(month, accounts.sorted(), Map.of()));
    }
    sequences.addAll(pricing);
    return Billing.outcome(sequences, null);
  }

  /** Prices the periods within the month and adds their lines to their accounts. */
  private void bill(ResourceId resource) {
    pieces = 0;
    for (int p = 0; p < periods.size; p++) {
      LocalDate periodFirst = periods.firsts[p];
      LocalDate periodLast = periods.lasts[p];
      if (periodFirst.isAfter(last) || (periodLast != null && periodLast.isBefore(first))) {
        continue;
      }
      LocalDate start = periodFirst.isBefore(first) ? first : periodFirst;
      LocalDate end = periodLast == null || periodLast.isAfter(last) ? last : periodLast;
      WorkOrder order = periods.orders[p];
      if (!billing.prices().table(order.contract(), order.item()).split(order, start, end, this)) {
        pricing.add(BillingViolations.priceMissing(resource, order.item(), order, start));
      }
    }
    for (int k = 0; k < pieces; k++) {
      BillLine line = billing.line(resource, pieceOrders[k], piecePrices[k], pieceFirsts[k], pieceLasts[k], pricing, amounts);
      if (line != null) {
        accounts.linesOf(pieceOrders[k]).add(line);
      }
    }
  }

  @Override
  public void piece(WorkOrder order, Money unitPrice, LocalDate pieceFirst, LocalDate pieceLast) {
    if (pieces == pieceOrders.length) {
      pieceOrders = Arrays.copyOf(pieceOrders, pieces * 2);
      piecePrices = Arrays.copyOf(piecePrices, pieces * 2);
      pieceFirsts = Arrays.copyOf(pieceFirsts, pieces * 2);
      pieceLasts = Arrays.copyOf(pieceLasts, pieces * 2);
    }
    pieceOrders[pieces] = order;
    piecePrices[pieces] = unitPrice;
    pieceFirsts[pieces] = pieceFirst;
    pieceLasts[pieces] = pieceLast;
    pieces++;
  }

  /**
   * The lines of each account, found from an order's department, platform and provider without making an
   * account object per line: an open-addressing table, and the last account found.
   */
  static final class Accounts {
    private BillingAccount[] keys = new BillingAccount[64];
    private List<BillLine>[] values = newArray(64);
    private int size;
    private BillingAccount lastKey;
    private List<BillLine> lastValue;

    @SuppressWarnings("unchecked")
    private static List<BillLine>[] newArray(int length) {
      return (List<BillLine>[]) new List<?>[length];
    }

    /** The lines of the order's account. */
    List<BillLine> linesOf(WorkOrder order) {
      DepartmentId department = order.department();
      PlatformId platform = order.platform();
      ProviderId provider = order.provider();
      if (lastKey != null && is(lastKey, department, platform, provider)) {
        return lastValue;
      }
      int mask = keys.length - 1;
      int i = hash(department, platform, provider) & mask;
      while (keys[i] != null && !is(keys[i], department, platform, provider)) {
        i = (i + 1) & mask;
      }
      if (keys[i] == null) {
        keys[i] = BillingAccount.of(department, platform, provider);
        values[i] = new ArrayList<>();
        if (++size * 2 > keys.length) {
          grow();
          return linesOf(order);
        }
      }
      lastKey = keys[i];
      lastValue = values[i];
      return lastValue;
    }

    private static boolean is(BillingAccount account, DepartmentId department, PlatformId platform, ProviderId provider) {
      return account.department().equals(department) && account.platform().equals(platform) && account.provider().equals(provider);
    }

    private static int hash(DepartmentId department, PlatformId platform, ProviderId provider) {
      int h = (department.hashCode() * 31 + platform.hashCode()) * 31 + provider.hashCode();
      return h ^ (h >>> 16);
    }

    private void grow() {
      BillingAccount[] oldKeys = keys;
      List<BillLine>[] oldValues = values;
      keys = new BillingAccount[oldKeys.length * 2];
      values = newArray(oldKeys.length * 2);
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          BillingAccount key = oldKeys[j];
          int i = hash(key.department(), key.platform(), key.provider()) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = key;
          values[i] = oldValues[j];
        }
      }
      lastKey = null;
      lastValue = null;
    }

    /** The accounts with their lines, sorted. */
    Map<BillingAccount, List<BillLine>> sorted() {
      Map<BillingAccount, List<BillLine>> sorted = new TreeMap<>();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          sorted.put(keys[i], values[i]);
        }
      }
      return sorted;
    }
  }
}
