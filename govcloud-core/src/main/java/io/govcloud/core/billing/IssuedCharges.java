package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the issued bills charged each resource for each month and account, split into the month's own
 * lines and the adjustments issued since (RULES.md R4): the base of the next adjustments. Not API; built
 * for one issuance and then dropped.
 */
final class IssuedCharges {

  /** Index 0: fen charged by the month's lines; index 1: fen added by later adjustments. */
  private final Map<ResourceId, Map<YearMonth, Map<BillingAccount, long[]>>> byResource = new HashMap<>();

  private IssuedCharges() {}

  /**
   * The charges of the issued bills.
   *
   * @param bills the issued bills
   * @param given the ids of the work orders given for the next issuance
   * @throws IllegalArgumentException if an issued line comes from a work order not given: the orders
   *     would be incomplete, and billing them would reverse charges by mistake
   */
  static IssuedCharges of(Collection<MonthlyBill> bills, Set<WorkOrderId> given) {
    IssuedCharges charges = new IssuedCharges();
    for (MonthlyBill bill : bills) {
      for (BillLine line : bill.lines()) {
        requireGiven(line, bill, given);
        charges.add(line.resource(), bill.month(), bill.account(), 0, line.amount().toFen());
      }
      for (BillAdjustment adjustment : bill.adjustments()) {
        for (BillLine line : adjustment.recomputedLines()) {
          requireGiven(line, bill, given);
        }
        charges.add(adjustment.resource(), adjustment.correctedMonth(), bill.account(), 1, adjustment.amount().toFen());
      }
    }
    return charges;
  }

  private static void requireGiven(BillLine line, MonthlyBill bill, Set<WorkOrderId> given) {
    if (!given.contains(line.workOrder())) {
      throw new IllegalArgumentException(
          "work order " + line.workOrder() + " of resource " + line.resource() + ", billed in the bill of "
              + bill.account() + " for " + bill.month() + ", is missing from the work orders given; give every confirmed"
              + " work order, corrected ones included");
    }
  }

  private void add(ResourceId resource, YearMonth month, BillingAccount account, int kind, long fen) {
    long[] amounts =
        byResource
            .computeIfAbsent(resource, r -> new HashMap<>(4))
            .computeIfAbsent(month, m -> new HashMap<>(2))
            .computeIfAbsent(account, a -> new long[2]);
    amounts[kind] = Math.addExact(amounts[kind], fen);
  }

  /** The resources charged. */
  Set<ResourceId> resources() {
    return byResource.keySet();
  }

  /** A resource's charges by month and account, or null if it was never charged. */
  Map<YearMonth, Map<BillingAccount, long[]>> of(ResourceId resource) {
    return byResource.get(resource);
  }
}
