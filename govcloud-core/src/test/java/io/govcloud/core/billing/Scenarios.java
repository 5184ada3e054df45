package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.BANDWIDTH;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.VM;

import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrder.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Random but valid resource histories for property tests, decoded from one int each so that QuickTheories
 * shrinks them, and a day-by-day oracle of the billing rule to compare with.
 */
final class Scenarios {

  private static final String[] ITEMS = {VM, DISK, BANDWIDTH};
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private Scenarios() {}

  /**
   * The orders of resource {@code r<index>}: opened on a day of 2025's first five months, perhaps changed
   * (possibly the same day), perhaps terminated (possibly the same day as the last order).
   */
  static List<WorkOrder> resource(int index, int code) {
    String resource = "r" + index;
    String item = ITEMS[code % 3];
    LocalDate opened = START.plusDays(code / 3 % 150);
    long quantity = code / 450 % 5 + 1;
    List<WorkOrder> orders = new ArrayList<>();
    orders.add(BillingFixtures.open(resource + "-open", resource, item, quantity, opened + "T09:00"));
    LocalDate last = opened;
    if (code / 2250 % 2 == 1) {
      last = opened.plusDays(code / 4500 % 40);
      quantity = code / 180_000 % 5 + 1;
      orders.add(BillingFixtures.change(resource + "-change", resource, item, quantity, last + "T12:00"));
    }
    if (code / 900_000 % 2 == 1) {
      LocalDate end = last.plusDays(code / 1_800_000 % 60);
      orders.add(BillingFixtures.terminate(resource + "-end", resource, item, quantity, end + "T18:00"));
    }
    return orders;
  }

  static List<WorkOrder> resources(List<Integer> codes) {
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      orders.addAll(resource(i, codes.get(i)));
    }
    return orders;
  }

  /**
   * The oracle: a resource's charge in fen for a month under {@link Proration#standard()}, found day by
   * day. For each day it replays the orders to find the configuration in force at the end of the day (or
   * at termination), then prices runs of days at one configuration and price by the cumulative formula.
   */
  static long dayByDayFen(List<WorkOrder> orders, YearMonth month, Billing billing) {
    List<WorkOrder> sorted = new ArrayList<>(orders);
    sorted.sort(Comparator.comparing(WorkOrder::effectiveAt));
    int days = month.lengthOfMonth();
    long total = 0;
    int runStart = 0;
    WorkOrder runOrder = null;
    BigDecimal runPrice = null;
    for (int day = 1; day <= days + 1; day++) {
      WorkOrder config = day <= days ? configOn(sorted, month.atDay(day)) : null;
      BigDecimal price = config == null ? null : priceOn(billing, config, month.atDay(day));
      if (config != runOrder || (price != null && runPrice != null && price.compareTo(runPrice) != 0)) {
        if (runOrder != null) {
          long monthly = runPrice.multiply(runOrder.quantity()).movePointRight(2).longValueExact();
          total += half(monthly, day - 1, days) - half(monthly, runStart - 1, days);
        }
        runStart = day;
        runOrder = config;
        runPrice = price;
      }
    }
    return total;
  }

  private static long half(long fen, int k, int n) {
    return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
  }

  private static BigDecimal priceOn(Billing billing, WorkOrder order, LocalDate day) {
    return billing.prices().forContract(order.contract()).orElseThrow().priceOn(order.item(), day).orElseThrow().unitPrice().amount();
  }

  private static WorkOrder configOn(List<WorkOrder> sorted, LocalDate day) {
    WorkOrder state = null;
    WorkOrder lastActiveToday = null;
    for (WorkOrder order : sorted) {
      LocalDate date = order.serviceDate();
      if (date.isAfter(day)) {
        break;
      }
      if (date.equals(day) && lastActiveToday == null) {
        lastActiveToday = state;
      }
      state = order.kind() == Kind.TERMINATE ? null : order;
      if (date.equals(day) && state != null) {
        lastActiveToday = state;
      }
    }
    return state != null ? state : lastActiveToday;
  }
}
