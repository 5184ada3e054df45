package io.govcloud.benchmarks;

import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that govcloud's bills and {@link PlainBilling}'s amounts agree (Art. 30, docs/rules.md#r4): every
 * account's lines total and every resource's lines sum the same fen. Not API.
 */
final class Agreement {

  private Agreement() {}

  /** The value of a billing, or an exception if it refused the workload: the benchmark's inputs are wrong. */
  static <T> T valid(Validation<List<Violation>, T> outcome) {
    if (outcome.isInvalid()) {
      List<Violation> violations = outcome.getError();
      throw new IllegalStateException("billing refused the workload: " + violations.subList(0, Math.min(3, violations.size())));
    }
    return outcome.get();
  }

  /**
   * Compares line totals per account and per resource.
   *
   * @throws IllegalStateException naming the first difference
   */
  static void check(String what, List<MonthlyBill> bills, PlainBilling.Amounts amounts, List<WorkOrder> orders) {
    Map<BillingAccount, Long> byAccount = new HashMap<>();
    Map<ResourceId, Long> byResource = new HashMap<>();
    for (MonthlyBill bill : bills) {
      byAccount.put(bill.account(), bill.linesTotal().toFen());
      for (BillLine line : bill.lines()) {
        byResource.merge(line.resource(), line.amount().toFen(), Long::sum);
      }
    }
    Map<BillingAccount, Long> plain = new HashMap<>();
    amounts.byAccount.forEach((account, fen) -> plain.put(account, fen[0]));
    byAccount.values().removeIf(fen -> fen == 0);
    if (!byAccount.equals(plain)) {
      throw new IllegalStateException(what + ": account totals differ from the plain loop's");
    }
    int r = -1;
    ResourceId previous = null;
    for (WorkOrder order : orders) {
      if (!order.resource().equals(previous)) {
        previous = order.resource();
        r++;
        long ours = byResource.getOrDefault(previous, 0L);
        if (ours != amounts.byResource[r]) {
          throw new IllegalStateException(what + ": " + previous + " costs " + ours + " fen, " + amounts.byResource[r] + " by the plain loop");
        }
      }
    }
  }
}
