package io.govcloud.core.billing;

import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PriceList;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The oracle of the lean month billing (issue 14): {@code Billing.bills} as it was before, copied whole
 * (histories of {@code ServicePeriod}s, segments from the price lists' {@link NavigableMap}s, categories
 * from {@link TreeMap}s, one line per segment), so that every speed-up is checked against the results
 * it replaced. Only {@link Corrections}, {@link BillingViolations} and {@link Proration}'s arithmetic,
 * which the speed-up did not change, are shared.
 */
final class ReferenceBilling {

  private static final Comparator<WorkOrder> APPLICATION_ORDER =
      Comparator.comparing(WorkOrder::serviceDate)
          .thenComparing(WorkOrder::effectiveAt)
          .thenComparing(WorkOrder::confirmedAt)
          .thenComparing(WorkOrder::id);

  private record Period(WorkOrder order, LocalDate firstDay, LocalDate lastDay) {}

  private record Segment(ResourceId resource, WorkOrder order, Money unitPrice, LocalDate firstDay, LocalDate lastDay) {}

  private final Billing billing;
  private final Map<String, NavigableMap<LocalDate, String>> categories = new HashMap<>();

  ReferenceBilling(Billing billing) {
    this.billing = billing;
    CatalogHistory catalog = billing.catalog();
    for (ServiceCatalog version : catalog.versions()) {
      for (CatalogItem item : version.items().values()) {
        categories.computeIfAbsent(item.code(), code -> new TreeMap<>()).put(version.effectiveDate(), item.category());
      }
    }
  }

  /** The draft bills of a month, as {@code Billing.bills} computed them before issue 14. */
  Validation<List<Violation>, List<MonthlyBill>> bills(YearMonth month, Collection<WorkOrder> orders) {
    List<Violation> violations = new ArrayList<>();
    List<WorkOrder> effective = Corrections.effective(orders);
    Map<ResourceId, List<WorkOrder>> byResource = new HashMap<>();
    for (WorkOrder order : effective) {
      byResource.computeIfAbsent(order.resource(), r -> new ArrayList<>(2)).add(order);
    }
    List<ResourceId> resources = new ArrayList<>(byResource.keySet());
    Collections.sort(resources);
    Map<ResourceId, List<Period>> histories = new java.util.LinkedHashMap<>();
    for (ResourceId resource : resources) {
      histories.put(resource, build(resource, byResource.get(resource), violations));
    }
    Map<BillingAccount, List<BillLine>> lines = new TreeMap<>();
    for (Map.Entry<ResourceId, List<Period>> history : histories.entrySet()) {
      List<Segment> segments = new ArrayList<>();
      for (Period period : history.getValue()) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        LocalDate last = period.lastDay();
        if (period.firstDay().isAfter(to) || (last != null && last.isBefore(from))) {
          continue;
        }
        LocalDate start = period.firstDay().isBefore(from) ? from : period.firstDay();
        LocalDate end = last == null || last.isAfter(to) ? to : last;
        price(history.getKey(), period, start, end, segments, violations);
      }
      for (Segment segment : segments) {
        BillLine line = line(segment, violations);
        if (line != null) {
          lines.computeIfAbsent(BillingAccount.of(segment.order()), a -> new ArrayList<>()).add(line);
        }
      }
    }
    if (!violations.isEmpty()) {
      return Validation.invalid(List.copyOf(new LinkedHashSet<>(violations)));
    }
    List<MonthlyBill> bills = new ArrayList<>();
    lines.forEach((account, accountLines) -> bills.add(MonthlyBill.builder()
        .account(account).month(month).proration(billing.proration().name()).addAllLines(accountLines).build()));
    return Validation.valid(Collections.unmodifiableList(bills));
  }

  private static List<Period> build(ResourceId resource, List<WorkOrder> effectiveOrders, List<Violation> sink) {
    List<WorkOrder> sorted = new ArrayList<>(effectiveOrders);
    sorted.sort(APPLICATION_ORDER);
    List<Period> periods = new ArrayList<>();
    WorkOrder current = null;
    Period open = null;
    int i = 0;
    while (i < sorted.size()) {
      LocalDate day = sorted.get(i).serviceDate();
      WorkOrder lastActive = current;
      for (; i < sorted.size() && sorted.get(i).serviceDate().equals(day); i++) {
        current = apply(resource, current, sorted.get(i), sink);
        if (current != null) {
          lastActive = current;
        }
      }
      if (open != null && open.order() != lastActive) {
        periods.add(new Period(open.order(), open.firstDay(), day.minusDays(1)));
        open = null;
      }
      if (open == null && lastActive != null) {
        open = new Period(lastActive, day, null);
      }
      if (open != null && current == null) {
        periods.add(new Period(open.order(), open.firstDay(), day));
        open = null;
      }
    }
    if (open != null) {
      periods.add(open);
    }
    return periods;
  }

  private static WorkOrder apply(ResourceId resource, WorkOrder current, WorkOrder order, List<Violation> sink) {
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
      default:
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
    }
  }

  private void price(ResourceId resource, Period period, LocalDate start, LocalDate end, List<Segment> out, List<Violation> sink) {
    WorkOrder order = period.order();
    PriceList list = billing.prices().forContract(order.contract()).orElse(null);
    NavigableMap<LocalDate, ContractPrice> byDate = list == null ? Collections.emptyNavigableMap() : list.pricesOf(order.item());
    Map.Entry<LocalDate, ContractPrice> inForce = byDate.floorEntry(start);
    if (inForce == null) {
      sink.add(BillingViolations.priceMissing(resource, order.item(), order, start));
      return;
    }
    LocalDate pieceStart = start;
    ContractPrice price = inForce.getValue();
    for (ContractPrice next : byDate.subMap(start, false, end, true).values()) {
      out.add(new Segment(resource, order, price.unitPrice(), pieceStart, next.effectiveFrom().minusDays(1)));
      pieceStart = next.effectiveFrom();
      price = next;
    }
    out.add(new Segment(resource, order, price.unitPrice(), pieceStart, end));
  }

  private BillLine line(Segment segment, List<Violation> sink) {
    WorkOrder order = segment.order();
    NavigableMap<LocalDate, String> byDate = categories.get(order.item());
    Map.Entry<LocalDate, String> category = byDate == null ? null : byDate.floorEntry(segment.firstDay());
    if (category == null) {
      sink.add(BillingViolations.itemNotInCatalog(segment.resource(), order.item(), segment.firstDay()));
      return null;
    }
    BigDecimal quantity = order.quantity();
    Money monthly = quantity.scale() <= 0 && quantity.precision() - quantity.scale() <= 18
        ? segment.unitPrice().times(quantity.longValue())
        : segment.unitPrice().times(quantity);
    long fen = billing.proration().chargeFen(monthly.toFen(), segment.firstDay().lengthOfMonth(),
        segment.firstDay().getDayOfMonth() - 1, segment.lastDay().getDayOfMonth());
    return BillLine.builder()
        .resource(segment.resource())
        .workOrder(order.id())
        .contract(order.contract())
        .project(order.project())
        .item(order.item())
        .category(category.getValue())
        .quantity(quantity)
        .unitPrice(segment.unitPrice())
        .monthlyAmount(monthly)
        .firstDay(segment.firstDay())
        .lastDay(segment.lastDay())
        .amount(Money.ofFen(fen))
        .build();
  }
}
