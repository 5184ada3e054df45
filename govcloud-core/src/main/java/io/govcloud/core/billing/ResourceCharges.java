package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.WorkOrderId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the issued bills charged one resource (docs/rules.md#r4): for each issued month and account, the fen of
 * the month's own lines and the fen of the adjustments issued since; and the work orders its lines came
 * from. Immutable; not API.
 */
final class ResourceCharges {

  /** One issued month and account of the resource. */
  record Entry(YearMonth month, BillingAccount account, long issuedFen, long adjustedFen) {}

  static final ResourceCharges NONE = new ResourceCharges(new Entry[0], new WorkOrderId[0]);

  /** By month ascending; at most one per month and account. */
  private final Entry[] entries;
  private final WorkOrderId[] orders;

  private ResourceCharges(Entry[] entries, WorkOrderId[] orders) {
    this.entries = entries;
    this.orders = orders;
  }

  int size() {
    return entries.length;
  }

  Entry entry(int index) {
    return entries[index];
  }

  /** The work orders the resource's issued lines came from, each once. */
  List<WorkOrderId> orders() {
    return Arrays.asList(orders);
  }

  Builder toBuilder() {
    return new Builder(this);
  }

  /** Adds to a copy of the charges; not thread-safe. */
  static final class Builder {
    private final List<Entry> entries;
    private final List<WorkOrderId> orders;

    private Builder(ResourceCharges from) {
      this.entries = new ArrayList<>(from.entries.length + 2);
      this.entries.addAll(Arrays.asList(from.entries));
      this.orders = new ArrayList<>(from.orders.length + 1);
      this.orders.addAll(Arrays.asList(from.orders));
    }

    /** Adds fen a line of {@code month} charged, and the work order it came from. */
    void addIssued(YearMonth month, BillingAccount account, long fen, WorkOrderId order) {
      add(month, account, fen, 0);
      addOrder(order);
    }

    /** Adds fen an adjustment of {@code month} charged. */
    void addAdjusted(YearMonth month, BillingAccount account, long fen) {
      add(month, account, 0, fen);
    }

    void addOrder(WorkOrderId order) {
      if (!orders.contains(order)) {
        orders.add(order);
      }
    }

    private void add(YearMonth month, BillingAccount account, long issuedFen, long adjustedFen) {
      int insertAt = entries.size();
      for (int i = entries.size() - 1; i >= 0; i--) {
        Entry entry = entries.get(i);
        int byMonth = entry.month().compareTo(month);
        if (byMonth == 0 && entry.account().equals(account)) {
          entries.set(i, new Entry(month, account,
              Math.addExact(entry.issuedFen(), issuedFen), Math.addExact(entry.adjustedFen(), adjustedFen)));
          return;
        }
        if (byMonth > 0) {
          insertAt = i;
        } else if (byMonth < 0) {
          break;
        }
      }
      entries.add(insertAt, new Entry(month, account, issuedFen, adjustedFen));
    }

    ResourceCharges build() {
      return new ResourceCharges(entries.toArray(new Entry[0]), orders.toArray(new WorkOrderId[0]));
    }
  }
}
