package io.govcloud.core.billing;

import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The service periods of one resource (Art. 22, 30; docs/rules.md#r4), computed from its orders sorted in the
 * order they apply, into arrays reused from resource to resource: the one algorithm behind {@link
 * BillingHistory}'s periods and the month billing that makes no history object. Each day of service is
 * billed once, at the configuration in force at the end of that day; a terminated day is billed at the
 * configuration terminated. Not API; not thread-safe.
 */
final class Periods {

  /** The order whose configuration each period bills. */
  WorkOrder[] orders = new WorkOrder[4];
  /** The first day of each period. */
  LocalDate[] firsts = new LocalDate[4];
  /** The last day of each period, null while it is open-ended. */
  LocalDate[] lasts = new LocalDate[4];
  /** The number of periods. */
  int size;

  /**
   * Replaces the periods with those of {@code sorted[from, to)}, one resource's effective orders in the
   * order they apply; reports orders that do not form a service history to the sink.
   */
  void build(ResourceId resource, WorkOrder[] sorted, int from, int to, List<Violation> sink) {
    size = 0;
    WorkOrder current = null; // the configuration in force, null when not in service
    WorkOrder open = null; // the configuration of the open period, its last day unknown yet
    LocalDate openFirst = null;
    int i = from;
    while (i < to) {
      LocalDate day = sorted[i].serviceDate();
      WorkOrder lastActive = current;
      for (; i < to && sorted[i].serviceDate().equals(day); i++) {
        current = BillingHistory.apply(resource, current, sorted[i], sink);
        if (current != null) {
          lastActive = current;
        }
      }
      // the day is billed at lastActive: the configuration at the end of the day, or at termination
      if (open != null && open != lastActive) {
        add(open, openFirst, day.minusDays(1));
        open = null;
      }
      if (open == null && lastActive != null) {
        open = lastActive;
        openFirst = day;
      }
      if (open != null && current == null) {
        add(open, openFirst, day);
        open = null;
      }
    }
    if (open != null) {
      add(open, openFirst, null);
    }
  }

  private void add(WorkOrder order, LocalDate first, LocalDate last) {
    if (size == orders.length) {
      orders = Arrays.copyOf(orders, size * 2);
      firsts = Arrays.copyOf(firsts, size * 2);
      lasts = Arrays.copyOf(lasts, size * 2);
    }
    orders[size] = order;
    firsts[size] = first;
    lasts[size] = last;
    size++;
  }
}
