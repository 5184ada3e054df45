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

  /** Told of a correction that cannot be resolved, with the orders involved and what is wrong. */
  @FunctionalInterface
  interface Problems {
    /**
     * Reports an inconsistency.
     *
     * @param orders the orders involved, the correction first
     * @param problemZh what is wrong, in Chinese
     * @param problemEn what is wrong, in English
     */
    void report(List<WorkOrder> orders, String problemZh, String problemEn);
  }

  private static final Problems THROW = (orders, zh, en) -> {
    throw new IllegalArgumentException(en);
  };

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
    return effective(orders, THROW);
  }

  /**
   * The orders billing uses, as {@link #effective(Collection)}, but an inconsistent correction (two orders
   * superseding one, a cycle) is reported rather than thrown; the orders then used are those no order
   * supersedes.
   *
   * @throws NullPointerException if the collection or an order is null
   * @throws IllegalArgumentException if two orders share an id
   */
  static List<WorkOrder> effective(Collection<WorkOrder> orders, Problems problems) {
    Objects.requireNonNull(orders, "orders");
    OrderTable byId = new OrderTable(orders.size());
    boolean anyCorrection = false;
    for (WorkOrder order : orders) {
      Objects.requireNonNull(order, "work order");
      if (byId.putIfAbsent(order) != null) {
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
          List<WorkOrder> involved = new ArrayList<>(List.of(order, other));
          if (byId.get(target) != null) {
            involved.add(byId.get(target));
          }
          problems.report(involved,
              "服务工单 " + other.id() + " 与 " + order.id() + " 更正了同一服务工单 " + target + "，更正只能针对最新的一份",
              "work orders " + other.id() + " and " + order.id() + " both supersede " + target + "; a correction must supersede the latest one");
        }
        checkNoCycle(order, byId, problems);
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

  private static void checkNoCycle(WorkOrder start, OrderTable byId, Problems problems) {
    WorkOrder current = start;
    List<WorkOrder> chain = new ArrayList<>();
    chain.add(start);
    for (int steps = 0; steps <= byId.size; steps++) {
      WorkOrder target = current.supersedes().map(byId::get).orElse(null);
      if (target == null) {
        return;
      }
      if (target == start) {
        problems.report(chain,
            "服务工单 " + start.id() + " 经循环更正最终更正了自身",
            "work order " + start.id() + " supersedes itself through a cycle of corrections");
        return;
      }
      chain.add(target);
      current = target;
    }
  }

  /**
   * Orders by id in one open-addressing array: what a {@code HashMap} does for the million orders of a
   * city's month, without an entry object per order.
   */
  private static final class OrderTable {
    private final WorkOrder[] table;
    private final int mask;
    int size;

    OrderTable(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      table = new WorkOrder[capacity];
      mask = capacity - 1;
    }

    private int slot(WorkOrderId id) {
      int h = id.hashCode();
      int i = (h ^ (h >>> 16)) & mask;
      while (table[i] != null && !table[i].id().equals(id)) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /** Adds an order unless one of its id is there; returns that one, or null. */
    WorkOrder putIfAbsent(WorkOrder order) {
      int i = slot(order.id());
      if (table[i] != null) {
        return table[i];
      }
      table[i] = order;
      size++;
      return null;
    }

    /** The order of an id, or null. */
    WorkOrder get(WorkOrderId id) {
      return table[slot(id)];
    }
  }
}
