package io.govcloud.core.billing;

import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource's billing history (Art. 22, 24, 30; docs/rules.md#r4): the periods of its service at each
 * configuration, built from its confirmed work orders.
 *
 * <ul>
 *   <li>A correction replaces the order it {@link WorkOrder#supersedes() supersedes}.
 *   <li>Orders apply by {@link WorkOrder#serviceDate()}, then {@link WorkOrder#effectiveAt()}, then
 *       confirmation time, then id (the last two only order orders confirmed for the same instant).
 *   <li>Each day of service is billed once, at the configuration in force at the end of that day: a
 *       {@code CHANGE} on day c bills day c at the new configuration; a {@code TERMINATE} day is billed, at
 *       the configuration terminated; of several orders on one day the last wins.
 * </ul>
 *
 * <p>Periods are computed from the orders' dates, never day by day; {@link #segments} splits them at the
 * dates prices change. This class is immutable and thread-safe.
 */
public final class BillingHistory {

  /** The order orders apply in: by service date, effective instant, confirmation instant, id. */
  static final Comparator<WorkOrder> APPLICATION_ORDER = (a, b) -> {
    int c = a.serviceDate().compareTo(b.serviceDate());
    if (c == 0) {
      c = a.effectiveAt().compareTo(b.effectiveAt());
    }
    if (c == 0) {
      c = a.confirmedAt().compareTo(b.confirmedAt());
    }
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /** Orders by resource, then in the order they apply: the resources' histories one after the other. */
  static final Comparator<WorkOrder> BY_RESOURCE = (a, b) -> {
    int c = a.resource().compareTo(b.resource());
    return c != 0 ? c : APPLICATION_ORDER.compare(a, b);
  };

  private final ResourceId resource;
  private final List<WorkOrder> orders;
  private final List<ServicePeriod> periods;

  private BillingHistory(ResourceId resource, List<WorkOrder> orders, List<ServicePeriod> periods) {
    this.resource = resource;
    this.orders = orders;
    this.periods = periods;
  }

  /**
   * The history of a resource from its confirmed work orders, corrections and corrected orders included.
   *
   * @param resource the resource, not null
   * @param orders its work orders in any order, not null
   * @return the history, or the {@link BillingViolations#WORK_ORDER_SEQUENCE} violations of orders that
   *     do not form a service history
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if an order is of another resource, two orders share an id, two
   *     orders supersede one order, or corrections form a cycle
   */
  public static Validation<List<Violation>, BillingHistory> of(ResourceId resource, Collection<WorkOrder> orders) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(orders, "orders");
    for (WorkOrder order : orders) {
      Objects.requireNonNull(order, "work order");
      if (!order.resource().equals(resource)) {
        throw new IllegalArgumentException(
            "work order " + order.id() + " is of resource " + order.resource() + ", not " + resource);
      }
    }
    List<Violation> violations = new ArrayList<>();
    BillingHistory history = build(resource, Corrections.effective(orders), violations);
    return violations.isEmpty()
        ? Validation.valid(history)
        : Validation.invalid(List.copyOf(violations));
  }

  /** Builds the history of orders already resolved for corrections; reports violations to the sink. */
  static BillingHistory build(ResourceId resource, List<WorkOrder> effectiveOrders, List<Violation> sink) {
    return build(resource, effectiveOrders, sink, new Periods());
  }

  /** Builds the history as {@link #build(ResourceId, List, List)}, in periods reused from history to history. */
  static BillingHistory build(ResourceId resource, List<WorkOrder> effectiveOrders, List<Violation> sink, Periods found) {
    WorkOrder[] sorted = effectiveOrders.toArray(new WorkOrder[0]);
    Arrays.sort(sorted, APPLICATION_ORDER);
    found.build(resource, sorted, 0, sorted.length, sink);
    ServicePeriod[] periods = new ServicePeriod[found.size];
    for (int i = 0; i < found.size; i++) {
      periods[i] = new ServicePeriod(found.orders[i], found.firsts[i], found.lasts[i]);
    }
    // the one order most resources have in a singleton list: a ledger keeps the orders of every resource
    List<WorkOrder> orders = sorted.length == 1 ? Collections.singletonList(sorted[0]) : Collections.unmodifiableList(Arrays.asList(sorted));
    return new BillingHistory(resource, orders, List.of(periods));
  }

  /** The configuration in force after an order, or the violation of an order that does not apply. */
  static WorkOrder apply(ResourceId resource, WorkOrder current, WorkOrder order, List<Violation> sink) {
    switch (order.kind()) {
      case OPEN:
        if (current != null) {
          sink.add(BillingViolations.workOrderSequence(resource, order,
              "开通时该资源已在服务中（服务工单 " + current.id() + "）", "opens it while in service by work order " + current.id()));
          return current;
        }
        return order;
      case CHANGE:
        if (current == null) {
          sink.add(BillingViolations.workOrderSequence(resource, order, "变更时该资源不在服务中", "changes it while not in service"));
          return null;
        }
        return order;
      case TERMINATE:
        if (current == null) {
          sink.add(BillingViolations.workOrderSequence(resource, order, "终止时该资源不在服务中", "terminates it while not in service"));
          return null;
        }
        if (!current.item().equals(order.item()) || current.quantity().compareTo(order.quantity()) != 0) {
          sink.add(BillingViolations.workOrderSequence(resource, order,
              "终止的配置与在用配置（" + current.item() + " × " + current.quantity().toPlainString() + "）不一致",
              "terminates " + order.item() + " × " + order.quantity().toPlainString() + " but " + current.item()
                  + " × " + current.quantity().toPlainString() + " is in force (work order " + current.id() + ")"));
        }
        return null;
      default:
        throw new IllegalStateException("unknown work order kind " + order.kind());
    }
  }

  /** {@return the resource, not null} */
  public ResourceId resource() {
    return resource;
  }

  /** {@return the work orders billing uses (corrected orders removed), in the order they apply; not null} */
  public List<WorkOrder> orders() {
    return orders;
  }

  /** {@return the service periods by first day; consecutive periods may touch, never overlap} Not null. */
  public List<ServicePeriod> periods() {
    return periods;
  }

  /** {@return the first day of service, if any} */
  public Optional<LocalDate> firstDay() {
    return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(0).firstDay());
  }

  /**
   * The priced segments of the days in service within {@code [from, to]} (Art. 30; docs/rules.md#r2, #r4):
   * each period clipped to the range and split at the dates its item's price changes in its contract's
   * price list.
   *
   * @param prices the price lists, not null
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the segments by first day, or a {@link BillingViolations#PRICE_MISSING} violation for each
   *     period with a day in range and no price in force (naming resource, item and the first such day)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Validation<List<Violation>, List<BillingSegment>> segments(PriceLists prices, LocalDate from, LocalDate to) {
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("segments to " + to + " before from " + from);
    }
    List<BillingSegment> segments = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    segments(prices, from, to, segments, violations);
    return violations.isEmpty()
        ? Validation.valid(Collections.unmodifiableList(segments))
        : Validation.invalid(List.copyOf(violations));
  }

  /** Whether the resource is in service on a day of {@code [from, to]}. */
  boolean inService(LocalDate from, LocalDate to) {
    for (ServicePeriod period : periods) {
      LocalDate last = period.lastDayOrNull();
      if (!period.firstDay().isAfter(to) && (last == null || !last.isBefore(from))) {
        return true;
      }
    }
    return false;
  }

  /** Adds the segments within {@code [from, to]} to {@code out}; reports missing prices to the sink. */
  void segments(PriceLists prices, LocalDate from, LocalDate to, List<BillingSegment> out, List<Violation> sink) {
    for (ServicePeriod period : periods) {
      LocalDate last = period.lastDayOrNull();
      if (period.firstDay().isAfter(to) || (last != null && last.isBefore(from))) {
        continue;
      }
      LocalDate start = period.firstDay().isBefore(from) ? from : period.firstDay();
      LocalDate end = last == null || last.isAfter(to) ? to : last;
      price(prices, period, start, end, out, sink);
    }
  }

  private void price(
      PriceLists prices, ServicePeriod period, LocalDate start, LocalDate end, List<BillingSegment> out, List<Violation> sink) {
    WorkOrder order = period.order();
    boolean priced = prices.table(order.contract(), order.item()).split(order, start, end,
        (o, unitPrice, first, last) -> out.add(new BillingSegment(resource, o, period.account(), unitPrice, first, last)));
    if (!priced) {
      sink.add(BillingViolations.priceMissing(resource, order.item(), order, start));
    }
  }

  @Override
  public String toString() {
    return "BillingHistory[" + resource + ", " + periods + "]";
  }
}
