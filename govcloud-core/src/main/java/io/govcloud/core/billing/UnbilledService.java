package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Confirmed service outside the ledger (docs/rules.md#r4): days a resource was in service, by its work
 * orders, before the ledger's first month. The ledger never bills them; they are reported when the
 * ledger is started, and when a work order confirmed later reaches back before the first month, so that
 * service is never dropped silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, not null
 * @param account the account the days would have been billed to, not null
 * @param workOrder the work order that set the configuration of those days, not null
 * @param firstDay the first such day, not null
 * @param lastDay the last such day, not before the first; the day before the ledger's first month at
 *     the latest
 */
public record UnbilledService(ResourceId resource, BillingAccount account, WorkOrderId workOrder, LocalDate firstDay, LocalDate lastDay) {

  /**
   * Checks the fields.
   *
   * @param resource the resource, not null
   * @param account the account the days would have been billed to, not null
   * @param workOrder the work order that set the configuration of those days, not null
   * @param firstDay the first such day, not null
   * @param lastDay the last such day, not before the first; the day before the ledger's first month at
   *     the latest
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the last day is before the first
   */
  public UnbilledService {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(workOrder, "workOrder");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the last day " + lastDay + " is before the first " + firstDay);
    }
  }

  /**
   * The service the work orders confirm before a ledger's first month, by resource, then first day. The
   * orders of a resource that do not form a service history are left out: issuing a month refuses them
   * with their own violations.
   *
   * @param firstMonth the ledger's first month, not null
   * @param orders confirmed work orders, corrected ones included, not null
   * @return the service before the first month, not null
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if corrections are inconsistent (see {@link BillingHistory#of})
   */
  public static List<UnbilledService> before(YearMonth firstMonth, Collection<WorkOrder> orders) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(orders, "orders");
    LocalDate start = firstMonth.atDay(1);
    Map<ResourceId, List<WorkOrder>> byResource = new TreeMap<>();
    for (WorkOrder order : orders) {
      Objects.requireNonNull(order, "work order");
      if (order.serviceDate().isBefore(start)) {
        byResource.computeIfAbsent(order.resource(), r -> new ArrayList<>());
      }
    }
    if (byResource.isEmpty()) {
      return List.of();
    }
    for (WorkOrder order : orders) {
      List<WorkOrder> ofResource = byResource.get(order.resource());
      if (ofResource != null) {
        ofResource.add(order);
      }
    }
    List<UnbilledService> unbilled = new ArrayList<>();
    byResource.forEach((resource, ofResource) -> {
      Validation<?, BillingHistory> history = BillingHistory.of(resource, ofResource);
      if (history.isValid()) {
        for (ServicePeriod period : history.get().periods()) {
          if (period.firstDay().isBefore(start)) {
            LocalDate last = period.lastDay().filter(day -> day.isBefore(start)).orElse(start.minusDays(1));
            unbilled.add(new UnbilledService(resource, period.account(), period.order().id(), period.firstDay(), last));
          }
        }
      }
    });
    return List.copyOf(unbilled);
  }
}
