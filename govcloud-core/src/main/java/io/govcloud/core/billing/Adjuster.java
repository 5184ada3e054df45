package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a resource's issued months for {@link BillingLedger#issue} and records the adjustments
 * (docs/rules.md#r4). Not API; not thread-safe.
 */
final class Adjuster {
  private final Billing billing;
  private final List<Billing.MonthLines> months;
  private final Map<BillingAccount, List<BillAdjustment>> out;
  private final List<Violation> sink;
  private final List<BillingAccount> accounts;
  private final List<long[]> amounts;

  Adjuster(Billing billing, List<Billing.MonthLines> months, Map<BillingAccount, List<BillAdjustment>> out, List<Violation> sink) {
    this.billing = billing;
    this.months = months;
    this.out = out;
    this.sink = sink;
    // no issued month, nothing to recompute: no lists for each of a first month's million resources
    this.accounts = months.isEmpty() ? List.of() : new ArrayList<>(2);
    this.amounts = months.isEmpty() ? List.of() : new ArrayList<>(2);
  }

  /** Recomputes each issued month the resource was in service or charged; amounts index 0: recomputed fen, 1: issued, 2: adjusted. */
  void adjust(ResourceId resource, BillingHistory history, ResourceCharges charged) {
    int entries = charged == null ? 0 : charged.size();
    int next = 0;
    for (Billing.MonthLines month : months) {
      int first = next;
      while (next < entries && !charged.entry(next).month().isAfter(month.month)) {
        next++;
      }
      boolean inService = history != null && history.inService(month.first, month.last);
      if (!inService && next == first) {
        continue;
      }
      month.segments.clear();
      if (inService) {
        month.collect(history, sink);
      }
      accounts.clear();
      amounts.clear();
      for (BillingSegment segment : month.segments) {
        long[] of = amountsOf(segment.account());
        of[0] = Math.addExact(of[0], billing.amountFen(segment, segment.monthlyAmount().toFen()));
      }
      for (int i = first; i < next; i++) {
        ResourceCharges.Entry entry = charged.entry(i);
        long[] of = amountsOf(entry.account());
        of[1] = entry.issuedFen();
        of[2] = entry.adjustedFen();
      }
      for (int i = 0; i < accounts.size(); i++) {
        long[] of = amounts.get(i);
        if (Math.subtractExact(Math.subtractExact(of[0], of[1]), of[2]) != 0) {
          record(resource, month, accounts.get(i), of);
        }
      }
    }
  }

  private long[] amountsOf(BillingAccount account) {
    int i = accounts.indexOf(account);
    if (i >= 0) {
      return amounts.get(i);
    }
    accounts.add(account);
    long[] of = new long[3];
    amounts.add(of);
    return of;
  }

  private void record(ResourceId resource, Billing.MonthLines month, BillingAccount account, long[] of) {
    List<BillLine> lines = new ArrayList<>();
    for (BillingSegment segment : month.segments) {
      if (segment.account().equals(account)) {
        BillLine line = billing.line(segment, sink);
        if (line == null) {
          return;
        }
        lines.add(line);
      }
    }
    out.computeIfAbsent(account, a -> new ArrayList<>())
        .add(new BillAdjustment(resource, month.month, lines, Money.ofFen(of[1]), Money.ofFen(of[2])));
  }
}
