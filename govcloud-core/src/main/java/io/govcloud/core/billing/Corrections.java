package io.govcloud.core.billing;

import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves corrections (docs/rules.md#r4): a work order that {@link WorkOrder#supersedes() supersedes} another
 * replaces it, so billing uses the correction and ignores the order it corrects, along a chain of
 * corrections to the last one. Not API.
 */
final class Corrections {

  private Corrections() {}

  /**
   * The orders billing uses: those no other given order supersedes, in their given order. A correction
   * whose target is not among the given orders is kept (its target may belong to another resource).
   *
   * @throws NullPointerException if the collection or an order is null
   * @throws IllegalArgumentException if two orders share an id, two orders supersede the same order, or
   *     corrections form a cycle
   */
  static List<WorkOrder> effective(Collection<WorkOrder> orders) {
    Objects.requireNonNull(orders, "orders");
    Map<WorkOrderId, WorkOrder> byId = new HashMap<>(orders.size() * 2);
    boolean anyCorrection = false;
    for (WorkOrder order : orders) {
      Objects.requireNonNull(order, "work order");
      if (byId.putIfAbsent(order.id(), order) != null) {
        throw new IllegalArgumentException("work order " + order.id() + " is given twice");
      }
      anyCorrection |= order.supersedes().isPresent();
    }
    if (!anyCorrection) {
      return List.copyOf(orders);
    }
    Map<WorkOrderId, WorkOrder> correctedBy = new HashMap<>();
    for (WorkOrder order : orders) {
      if (order.supersedes().isPresent()) {
        WorkOrderId target = order.supersedes().get();
        WorkOrder other = correctedBy.putIfAbsent(target, order);
        if (other != null) {
          throw new IllegalArgumentException(
              "work orders " + other.id() + " and " + order.id() + " both supersede " + target + "; a correction must supersede the latest one");
        }
        checkNoCycle(order, byId);
      }
    }
    List<WorkOrder> effective = new ArrayList<>(orders.size());
    for (WorkOrder order : orders) {
      if (!correctedBy.containsKey(order.id())) {
        effective.add(order);
      }
    }
    return effective;
  }

  private static void checkNoCycle(WorkOrder start, Map<WorkOrderId, WorkOrder> byId) {
    WorkOrder current = start;
    for (int steps = 0; steps <= byId.size(); steps++) {
      WorkOrder target = current.supersedes().map(byId::get).orElse(null);
      if (target == null) {
        return;
      }
      if (target == start) {
        throw new IllegalArgumentException("work order " + start.id() + " supersedes itself through a cycle of corrections");
      }
      current = target;
    }
  }
}
