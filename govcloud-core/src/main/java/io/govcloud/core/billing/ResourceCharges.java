package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.WorkOrderId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * What the issued bills charged one resource (docs/rules.md#r4): for each issued month and account, the fen of
 * the month's own lines and the fen of the adjustments issued since; and the work orders its lines came
 * from. Made on demand from the {@link ChargeTable} of every resource. Immutable; not API.
 */
final class ResourceCharges {

  /** One issued month and account of the resource. */
  record Entry(YearMonth month, BillingAccount account, long issuedFen, long adjustedFen) {}

  /** By month ascending; at most one per month and account. */
  private final Entry[] entries;
  private final WorkOrderId[] orders;

  ResourceCharges(Entry[] entries, WorkOrderId[] orders) {
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
}
