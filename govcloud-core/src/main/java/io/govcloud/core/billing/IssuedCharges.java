package io.govcloud.core.billing;

import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the issued bills charged each resource (docs/rules.md#r4): the base of the next adjustments. Kept by
 * the ledger and extended by each issuance with the new month's bills only, so that issuing does not
 * re-read every earlier bill.
 *
 * <p>It also keeps the fingerprint of the last issuance: the billing it used, and for each resource it
 * billed in full (no violation, no account withheld) the orders its history was built from. Such a
 * resource's issued months were then exactly right (recomputed = issued + adjusted, for every month and
 * account), so while its orders, the prices, the catalog and the policy stay equal, recomputing them
 * would give no adjustment and the next issuance skips it: issuing month M costs the same whatever M.
 * Immutable; not API.
 */
final class IssuedCharges {

  static final IssuedCharges NONE = new IssuedCharges(ChargeTable.EMPTY, null, Map.of());

  /** The charges of every resource, in arrays sorted by resource. */
  private final ChargeTable table;
  /** The billing of the last issuance, null if unknown (a new or restored ledger). */
  private final Billing basisBilling;
  /** The orders of each resource billed in full by the last issuance. */
  private final Map<ResourceId, List<WorkOrder>> basis;

  private IssuedCharges(ChargeTable table, Billing basisBilling, Map<ResourceId, List<WorkOrder>> basis) {
    this.table = table;
    this.basisBilling = basisBilling;
    this.basis = basis;
  }

  /** These charges with the fingerprint of an issuance: its billing and the orders of the resources it billed in full. */
  IssuedCharges withBasis(Billing billing, Map<ResourceId, List<WorkOrder>> orders) {
    return new IssuedCharges(table, billing, orders);
  }

  /**
   * Whether a resource's issued months need no recomputation: the last issuance billed it in full, from
   * orders equal to these, with equal prices, catalog and policy.
   */
  boolean unchanged(ResourceId resource, List<WorkOrder> orders, Billing billing) {
    List<WorkOrder> before = basis.get(resource);
    return before != null && sameBilling(billing) && before.equals(orders);
  }

  private boolean sameBilling(Billing billing) {
    return basisBilling != null
        && (billing == basisBilling
            || (billing.proration() == basisBilling.proration()
                && billing.prices().equals(basisBilling.prices())
                && billing.catalog().equals(basisBilling.catalog())));
  }

  /**
   * These charges plus those of bills read back from a store for resources a resumed ledger recomputes,
   * keeping the fingerprint of the last issuance.
   */
  IssuedCharges plusStored(Collection<MonthlyBill> bills) {
    return plus(bills).withBasis(basisBilling, basis);
  }

  /** The billing of the last issuance, or null if unknown. */
  Billing basisBilling() {
    return basisBilling;
  }

  /** The orders of each resource billed in full by the last issuance. */
  Map<ResourceId, List<WorkOrder>> basis() {
    return basis;
  }

  /** These charges plus those of more issued bills, of any months. */
  IssuedCharges plus(Collection<MonthlyBill> bills) {
    return plus(bills, null);
  }

  /**
   * These charges plus those of an issuance's bills, with the resources it walked: ascending, distinct,
   * every resource its bills charge among them (null if not known).
   */
  IssuedCharges plus(Collection<MonthlyBill> bills, List<ResourceId> walked) {
    return new IssuedCharges(bills.isEmpty() ? table : table.plus(bills, walked), null, Map.of());
  }

  /**
   * Checks that every work order an issued line came from is given.
   *
   * @throws IllegalArgumentException naming the first missing order: the orders would be incomplete, and
   *     billing them would reverse charges by mistake
   */
  void requireGiven(Collection<WorkOrder> orders) {
    if (table.orders.length == 0) {
      return; // nothing issued yet: no set of a million ids to make
    }
    Set<WorkOrderId> given = new HashSet<>(orders.size() * 2);
    orders.forEach(order -> given.add(order.id()));
    for (int r = 0; r < table.resources.length; r++) {
      for (int o = table.orderStart[r]; o < table.orderStart[r + 1]; o++) {
        if (!given.contains(table.orders[o])) {
          throw new IllegalArgumentException(
              "work order " + table.orders[o] + " of resource " + table.resources[r] + ", billed in an issued bill, is missing from"
                  + " the work orders given; give every confirmed work order, corrected ones included");
        }
      }
    }
  }

  /** The resources charged, sorted; a view. */
  Set<ResourceId> resources() {
    return new AbstractSet<>() {
      @Override
      public Iterator<ResourceId> iterator() {
        return Arrays.asList(table.resources).iterator();
      }

      @Override
      public int size() {
        return table.resources.length;
      }

      @Override
      public boolean contains(Object o) {
        return o instanceof ResourceId resource && table.indexOf(resource) >= 0;
      }
    };
  }

  /** A resource's charges, or null if it was never charged. */
  ResourceCharges of(ResourceId resource) {
    int index = table.indexOf(resource);
    return index < 0 ? null : table.charges(index);
  }
}
