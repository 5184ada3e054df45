package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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

  static final IssuedCharges NONE = new IssuedCharges(Map.of(), null, Map.of());

  private final Map<ResourceId, ResourceCharges> byResource;
  /** The billing of the last issuance, null if unknown (a new or restored ledger). */
  private final Billing basisBilling;
  /** The orders of each resource billed in full by the last issuance. */
  private final Map<ResourceId, List<WorkOrder>> basis;

  private IssuedCharges(Map<ResourceId, ResourceCharges> byResource, Billing basisBilling, Map<ResourceId, List<WorkOrder>> basis) {
    this.byResource = byResource;
    this.basisBilling = basisBilling;
    this.basis = basis;
  }

  /** These charges with the fingerprint of an issuance: its billing and the orders of the resources it billed in full. */
  IssuedCharges withBasis(Billing billing, Map<ResourceId, List<WorkOrder>> orders) {
    return new IssuedCharges(byResource, billing, orders);
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
    if (bills.isEmpty()) {
      return new IssuedCharges(byResource, null, Map.of());
    }
    Map<ResourceId, ResourceCharges.Builder> touched = new HashMap<>();
    for (MonthlyBill bill : bills) {
      for (BillLine line : bill.lines()) {
        builder(touched, line.resource()).addIssued(bill.month(), bill.account(), line.amount().toFen(), line.workOrder());
      }
      for (BillAdjustment adjustment : bill.adjustments()) {
        ResourceCharges.Builder builder = builder(touched, adjustment.resource());
        builder.addAdjusted(adjustment.correctedMonth(), bill.account(), adjustment.amount().toFen());
        adjustment.recomputedLines().forEach(line -> builder.addOrder(line.workOrder()));
      }
    }
    Map<ResourceId, ResourceCharges> next = new HashMap<>(byResource);
    touched.forEach((resource, builder) -> next.put(resource, builder.build()));
    return new IssuedCharges(Collections.unmodifiableMap(next), null, Map.of());
  }

  private ResourceCharges.Builder builder(Map<ResourceId, ResourceCharges.Builder> touched, ResourceId resource) {
    return touched.computeIfAbsent(resource, r -> byResource.getOrDefault(r, ResourceCharges.NONE).toBuilder());
  }

  /**
   * Checks that every work order an issued line came from is given.
   *
   * @throws IllegalArgumentException naming the first missing order: the orders would be incomplete, and
   *     billing them would reverse charges by mistake
   */
  void requireGiven(Set<WorkOrderId> given) {
    byResource.forEach((resource, charges) -> {
      for (WorkOrderId order : charges.orders()) {
        if (!given.contains(order)) {
          throw new IllegalArgumentException(
              "work order " + order + " of resource " + resource + ", billed in an issued bill, is missing from the work"
                  + " orders given; give every confirmed work order, corrected ones included");
        }
      }
    });
  }

  /** The resources charged. */
  Set<ResourceId> resources() {
    return byResource.keySet();
  }

  /** A resource's charges, or null if it was never charged. */
  ResourceCharges of(ResourceId resource) {
    return byResource.get(resource);
  }
}
