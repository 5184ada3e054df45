package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What the issued bills charged every resource (docs/rules.md#r4), in parallel arrays sorted by resource
 * rather than an object per resource, so that a city's million resources cost a few dozen bytes each: for
 * resource {@code r}, the entries {@code [entryStart[r], entryStart[r + 1])} (issued month, account, fen
 * of its own lines, fen adjusted since; by month ascending, at most one per month and account, in the
 * order first charged within a month) and the work orders {@code [orderStart[r], orderStart[r + 1])} its
 * lines came from, each once, in the order first charged. Immutable; not API.
 */
final class ChargeTable {

  static final ChargeTable EMPTY = new ChargeTable(new ResourceId[0], new int[1], new int[0], new BillingAccount[0],
      new long[0], new long[0], new int[1], new WorkOrderId[0]);

  final ResourceId[] resources;
  final int[] entryStart;
  final int[] months;
  final BillingAccount[] accounts;
  final long[] issuedFen;
  final long[] adjustedFen;
  final int[] orderStart;
  final WorkOrderId[] orders;

  private ChargeTable(ResourceId[] resources, int[] entryStart, int[] months, BillingAccount[] accounts, long[] issuedFen,
      long[] adjustedFen, int[] orderStart, WorkOrderId[] orders) {
    this.resources = resources;
    this.entryStart = entryStart;
    this.months = months;
    this.accounts = accounts;
    this.issuedFen = issuedFen;
    this.adjustedFen = adjustedFen;
    this.orderStart = orderStart;
    this.orders = orders;
  }

  /** The index of a resource, or a negative number if it was never charged. */
  int indexOf(ResourceId resource) {
    return Arrays.binarySearch(resources, resource);
  }

  /** The charges of the resource at an index. */
  ResourceCharges charges(int index) {
    int from = entryStart[index];
    ResourceCharges.Entry[] entries = new ResourceCharges.Entry[entryStart[index + 1] - from];
    for (int e = 0; e < entries.length; e++) {
      entries[e] = new ResourceCharges.Entry(month(months[from + e]), accounts[from + e], issuedFen[from + e], adjustedFen[from + e]);
    }
    return new ResourceCharges(entries, Arrays.copyOfRange(orders, orderStart[index], orderStart[index + 1]));
  }

  static int key(YearMonth month) {
    return Math.multiplyExact(month.getYear(), 12) + month.getMonthValue() - 1;
  }

  static YearMonth month(int key) {
    return YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  /**
   * These charges plus those of more issued bills, of any months; {@code sorted}, if not null, holds
   * every resource the bills charge, ascending and distinct (the resources an issuance walked), which
   * spares sorting the bills' charges by comparing resources.
   */
  ChargeTable plus(Collection<MonthlyBill> bills, List<ResourceId> sorted) {
    Charged charged = new Charged();
    for (MonthlyBill bill : bills) {
      int month = key(bill.month());
      for (BillLine line : bill.lines()) {
        charged.add(line.resource(), Charged.ISSUED, month, bill.account(), line.amount().toFen(), line.workOrder());
      }
      for (BillAdjustment adjustment : bill.adjustments()) {
        charged.add(adjustment.resource(), Charged.ADJUSTED, key(adjustment.correctedMonth()), bill.account(),
            adjustment.amount().toFen(), null);
        for (BillLine line : adjustment.recomputedLines()) {
          charged.add(adjustment.resource(), Charged.ORDER, 0, null, 0, line.workOrder());
        }
      }
    }
    int[] order = sorted == null ? null : charged.byRank(sorted);
    return merge(charged, order == null ? charged.byResource() : order);
  }

  /** These charges with the charged ones, visited by resource in the order {@code sorted} gives. */
  private ChargeTable merge(Charged charged, int[] sorted) {
    Builder out = new Builder(resources.length + charged.size, months.length + charged.size, orders.length + charged.size);
    Resource scratch = new Resource();
    int i = 0;
    int j = 0;
    while (i < resources.length || j < sorted.length) {
      ResourceId resource = j < sorted.length ? charged.resources[sorted[j]] : null;
      int order = resource == null ? -1 : i >= resources.length ? 1 : resources[i] == resource ? 0 : resources[i].compareTo(resource);
      scratch.clear();
      if (order <= 0) {
        scratch.load(this, i);
        resource = resources[i++];
      }
      if (order >= 0) {
        for (; j < sorted.length && charged.resources[sorted[j]].equals(resource); j++) {
          scratch.apply(charged, sorted[j]);
        }
      }
      out.append(resource, scratch);
    }
    return out.build();
  }

  /** The entries and orders of one resource while charges are added to them. */
  private static final class Resource {
    int entries;
    int[] months = new int[4];
    BillingAccount[] accounts = new BillingAccount[4];
    long[] issued = new long[4];
    long[] adjusted = new long[4];
    int orderCount;
    WorkOrderId[] orders = new WorkOrderId[4];

    void clear() {
      entries = 0;
      orderCount = 0;
    }

    void load(ChargeTable table, int index) {
      for (int e = table.entryStart[index]; e < table.entryStart[index + 1]; e++) {
        insert(entries, table.months[e], table.accounts[e], table.issuedFen[e], table.adjustedFen[e]);
      }
      for (int o = table.orderStart[index]; o < table.orderStart[index + 1]; o++) {
        appendOrder(table.orders[o]); // distinct already
      }
    }

    void apply(Charged charged, int t) {
      byte kind = charged.kinds[t];
      if (kind != Charged.ORDER) {
        long fen = charged.fen[t];
        add(charged.months[t], charged.accounts[t], kind == Charged.ISSUED ? fen : 0, kind == Charged.ADJUSTED ? fen : 0);
      }
      if (kind != Charged.ADJUSTED) {
        addOrder(charged.orders[t]);
      }
    }

    /** Adds to the entry of the month and account, or inserts one after the month's others. */
    private void add(int month, BillingAccount account, long issuedFen, long adjustedFen) {
      int insertAt = entries;
      for (int e = entries - 1; e >= 0; e--) {
        if (months[e] == month && accounts[e].equals(account)) {
          issued[e] = Math.addExact(issued[e], issuedFen);
          adjusted[e] = Math.addExact(adjusted[e], adjustedFen);
          return;
        }
        if (months[e] > month) {
          insertAt = e;
        } else if (months[e] < month) {
          break;
        }
      }
      insert(insertAt, month, account, issuedFen, adjustedFen);
    }

    private void insert(int at, int month, BillingAccount account, long issuedFen, long adjustedFen) {
      if (entries == months.length) {
        months = Arrays.copyOf(months, entries * 2);
        accounts = Arrays.copyOf(accounts, entries * 2);
        issued = Arrays.copyOf(issued, entries * 2);
        adjusted = Arrays.copyOf(adjusted, entries * 2);
      }
      System.arraycopy(months, at, months, at + 1, entries - at);
      System.arraycopy(accounts, at, accounts, at + 1, entries - at);
      System.arraycopy(issued, at, issued, at + 1, entries - at);
      System.arraycopy(adjusted, at, adjusted, at + 1, entries - at);
      months[at] = month;
      accounts[at] = account;
      issued[at] = issuedFen;
      adjusted[at] = adjustedFen;
      entries++;
    }

    private void addOrder(WorkOrderId order) {
      for (int o = 0; o < orderCount; o++) {
        if (orders[o].equals(order)) {
          return;
        }
      }
      appendOrder(order);
    }

    private void appendOrder(WorkOrderId order) {
      if (orderCount == orders.length) {
        orders = Arrays.copyOf(orders, orderCount * 2);
      }
      orders[orderCount++] = order;
    }
  }

  /** The arrays of the next table, filled resource by resource in order. */
  private static final class Builder {
    private ResourceId[] resources;
    private int[] entryStart;
    private int[] months;
    private BillingAccount[] accounts;
    private long[] issued;
    private long[] adjusted;
    private int[] orderStart;
    private WorkOrderId[] orders;
    private int size;
    private int entries;
    private int orderCount;

    Builder(int resources, int entries, int orders) {
      this.resources = new ResourceId[resources];
      this.entryStart = new int[resources + 1];
      this.orderStart = new int[resources + 1];
      this.months = new int[entries];
      this.accounts = new BillingAccount[entries];
      this.issued = new long[entries];
      this.adjusted = new long[entries];
      this.orders = new WorkOrderId[orders];
    }

    void append(ResourceId resource, Resource from) {
      resources[size] = resource;
      System.arraycopy(from.months, 0, months, entries, from.entries);
      System.arraycopy(from.accounts, 0, accounts, entries, from.entries);
      System.arraycopy(from.issued, 0, issued, entries, from.entries);
      System.arraycopy(from.adjusted, 0, adjusted, entries, from.entries);
      System.arraycopy(from.orders, 0, orders, orderCount, from.orderCount);
      entries += from.entries;
      orderCount += from.orderCount;
      size++;
      entryStart[size] = entries;
      orderStart[size] = orderCount;
    }

    /** The table, in arrays trimmed to their content (as filled when they are full: a month's lines new entries each). */
    ChargeTable build() {
      return new ChargeTable(trim(resources, size), trim(entryStart, size + 1), trim(months, entries), trim(accounts, entries),
          trim(issued, entries), trim(adjusted, entries), trim(orderStart, size + 1), trim(orders, orderCount));
    }

    private static <T> T[] trim(T[] array, int length) {
      return array.length == length ? array : Arrays.copyOf(array, length);
    }

    private static int[] trim(int[] array, int length) {
      return array.length == length ? array : Arrays.copyOf(array, length);
    }

    private static long[] trim(long[] array, int length) {
      return array.length == length ? array : Arrays.copyOf(array, length);
    }
  }
}
