package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Monthly billing (Art. 22, 30; docs/rules.md#r4): computes the lines of a month from the resources' billing
 * histories, the contracts' price lists, the catalog (for each item's category) and a proration policy.
 *
 * <p>A line is one {@link BillingSegment} within the month: days used, unit price, quantity, the monthly
 * amount (unit price × quantity, half-up to the fen) and the prorated amount. Nothing is billed by guess:
 * a day in service without a price in force, or an item no catalog version lists, refuses the whole
 * computation with violations naming resource, item and date.
 *
 * <p>{@link #bills} computes draft bills without adjustments; {@link BillingLedger#issue} issues and
 * freezes them. This class is immutable and thread-safe.
 */
public final class Billing {

  private final PriceLists prices;
  private final CatalogHistory catalog;
  private final Categories categories;
  private final Proration proration;

  private Billing(PriceLists prices, CatalogHistory catalog, Proration proration) {
    this.prices = prices;
    this.catalog = catalog;
    this.categories = new Categories(catalog);
    this.proration = proration;
  }

  /**
   * Billing with the given prices, catalog and proration policy.
   *
   * @param prices the contracts' price lists, not null
   * @param catalog the catalog's versions, for each item's category, not null
   * @param proration the policy, normally {@link Proration#standard()}, not null
   * @return the billing, not null
   * @throws NullPointerException if an argument is null
   */
  public static Billing of(PriceLists prices, CatalogHistory catalog, Proration proration) {
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(proration, "proration");
    return new Billing(prices, catalog, proration);
  }

  /** {@return the price lists, not null} */
  public PriceLists prices() {
    return prices;
  }

  /** {@return the catalog's versions, not null} */
  public CatalogHistory catalog() {
    return catalog;
  }

  /** {@return the proration policy, not null} */
  public Proration proration() {
    return proration;
  }

  /**
   * The lines of one resource in a month, by first day.
   *
   * @param history the resource's history, not null
   * @param month the month, not null
   * @return the lines, or the violations that refuse them
   * @throws NullPointerException if an argument is null
   */
  public Validation<List<Violation>, List<BillLine>> lines(BillingHistory history, YearMonth month) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(month, "month");
    List<Violation> violations = new ArrayList<>();
    List<BillingSegment> segments = new ArrayList<>();
    history.segments(prices, month.atDay(1), month.atEndOfMonth(), segments, violations);
    List<BillLine> lines = new ArrayList<>(segments.size());
    for (BillingSegment segment : segments) {
      BillLine line = line(segment, violations);
      if (line != null) {
        lines.add(line);
      }
    }
    return outcome(violations, Collections.unmodifiableList(lines));
  }

  /**
   * The draft bills of a month, one per account with a line in it, without adjustments: what issuing
   * would bill if no earlier month were issued.
   *
   * @param month the month, not null
   * @param orders every confirmed work order of the resources, corrected ones included; not null
   * @return the bills by account, or every violation that refuses them
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException as {@link BillingHistory#of} for inconsistent corrections
   */
  public Validation<List<Violation>, List<MonthlyBill>> bills(YearMonth month, Collection<WorkOrder> orders) {
    Objects.requireNonNull(month, "month");
    return new MonthBills(this, month).bills(Corrections.effective(orders));
  }

  /**
   * The histories of every resource the orders name, sorted by resource; reports sequence violations to
   * the sink.
   */
  Map<ResourceId, BillingHistory> histories(Collection<WorkOrder> orders, List<Violation> sink) {
    return histories(Corrections.effective(orders), (resource, sequence) -> sink.addAll(sequence));
  }

  /**
   * The histories of every resource of orders already resolved for corrections, sorted by resource; the
   * sequence violations of each resource that has some are reported with it. The orders are sorted by
   * resource and each resource's run becomes its history: no map or list of orders per resource.
   */
  Map<ResourceId, BillingHistory> histories(List<WorkOrder> effective, BiConsumer<ResourceId, List<Violation>> report) {
    WorkOrder[] sorted = effective.toArray(new WorkOrder[0]);
    Arrays.sort(sorted, BillingHistory.BY_RESOURCE);
    List<WorkOrder> all = Arrays.asList(sorted);
    Map<ResourceId, BillingHistory> histories = new LinkedHashMap<>(sorted.length * 4 / 3 + 16);
    List<Violation> sequence = new ArrayList<>();
    Periods periods = new Periods();
    int i = 0;
    while (i < sorted.length) {
      ResourceId resource = sorted[i].resource();
      int end = i + 1;
      while (end < sorted.length && sorted[end].resource().equals(resource)) {
        end++;
      }
      histories.put(resource, BillingHistory.build(resource, all.subList(i, end), sequence, periods));
      if (!sequence.isEmpty()) {
        report.accept(resource, sequence);
        sequence = new ArrayList<>();
      }
      i = end;
    }
    return histories;
  }

  /** The bills of a month from lines and adjustments by account, sorted by account. */
  List<MonthlyBill> assemble(
      YearMonth month, Map<BillingAccount, List<BillLine>> lines, Map<BillingAccount, List<BillAdjustment>> adjustments) {
    Map<BillingAccount, MonthlyBill.Builder> builders = new TreeMap<>();
    lines.forEach((account, accountLines) -> builder(builders, account, month).addAllLines(accountLines));
    adjustments.forEach((account, accountAdjustments) -> builder(builders, account, month).addAllAdjustments(accountAdjustments));
    List<MonthlyBill> bills = new ArrayList<>(builders.size());
    builders.values().forEach(builder -> bills.add(builder.build()));
    return Collections.unmodifiableList(bills);
  }

  private MonthlyBill.Builder builder(Map<BillingAccount, MonthlyBill.Builder> builders, BillingAccount account, YearMonth month) {
    return builders.computeIfAbsent(
        account, a -> MonthlyBill.builder().account(a).month(month).proration(proration.name()));
  }

  /** The amount in fen a segment within one month costs, at its monthly amount in fen. */
  long amountFen(BillingSegment segment, long monthlyFen) {
    return amountFen(segment.firstDay(), segment.lastDay(), monthlyFen);
  }

  /** The amount in fen the days {@code [first, last]} of one month cost, at a monthly amount in fen. */
  long amountFen(LocalDate first, LocalDate last, long monthlyFen) {
    return proration.chargeFen(monthlyFen, first.lengthOfMonth(), first.getDayOfMonth() - 1, last.getDayOfMonth());
  }

  /** The line of a segment within one month, or null with a violation if the item has no category. */
  BillLine line(BillingSegment segment, List<Violation> sink) {
    return line(segment.resource(), segment.order(), segment.unitPrice(), segment.firstDay(), segment.lastDay(), sink, null);
  }

  /**
   * The line of the days {@code [first, last]} of one month at an order's configuration and a unit price,
   * or null with a violation if the item has no category. The line shares its monthly amount with the
   * other lines of that amount {@code amounts} has seen (none if null), and its amount with its monthly
   * amount when it bills the whole month's worth.
   */
  BillLine line(ResourceId resource, WorkOrder order, Money unitPrice, LocalDate first, LocalDate last, List<Violation> sink,
      MonthlyAmounts amounts) {
    String category = categories.on(order.item(), first);
    if (category == null) {
      sink.add(BillingViolations.itemNotInCatalog(resource, order.item(), first));
      return null;
    }
    Money monthly = amounts == null ? BillingSegment.monthlyAmount(unitPrice, order.quantity()) : amounts.of(unitPrice, order.quantity());
    long fen = amountFen(first, last, monthly.toFen());
    return BillLine.builder()
        .resource(resource)
        .workOrder(order.id())
        .contract(order.contract())
        .project(order.project())
        .item(order.item())
        .category(category)
        .quantity(order.quantity())
        .unitPrice(unitPrice)
        .monthlyAmount(monthly)
        .firstDay(first)
        .lastDay(last)
        .amount(fen == monthly.toFen() ? monthly : Money.ofFen(fen))
        .build();
  }

  static <T> Validation<List<Violation>, T> outcome(List<Violation> violations, T value) {
    return violations.isEmpty()
        ? Validation.valid(value)
        : Validation.invalid(List.copyOf(new LinkedHashSet<>(violations)));
  }

  /** The segments of one resource in one month, reused from resource to resource. Not thread-safe. */
  final class MonthLines {
    final YearMonth month;
    final LocalDate first;
    final LocalDate last;
    final List<BillingSegment> segments = new ArrayList<>(4);
    private final MonthlyAmounts amounts = new MonthlyAmounts();

    MonthLines(YearMonth month) {
      this.month = month;
      this.first = month.atDay(1);
      this.last = month.atEndOfMonth();
    }

    /** Replaces the segments with those of a resource in the month. */
    void collect(BillingHistory history, List<Violation> sink) {
      segments.clear();
      history.segments(prices, first, last, segments, sink);
    }

    /** Adds the lines of the collected segments to the lines of their accounts. */
    void addLinesTo(Map<BillingAccount, List<BillLine>> lines, List<Violation> sink) {
      for (BillingSegment segment : segments) {
        BillLine line = line(segment.resource(), segment.order(), segment.unitPrice(), segment.firstDay(), segment.lastDay(), sink, amounts);
        if (line != null) {
          lines.computeIfAbsent(segment.account(), a -> new ArrayList<>()).add(line);
        }
      }
    }
  }
}
