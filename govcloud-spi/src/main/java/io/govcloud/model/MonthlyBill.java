package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The bill of one account for one calendar month (Art. 30: billing is monthly; docs/rules.md#r4): one {@link
 * BillLine} per resource segment of the month, and the {@link BillAdjustment}s of earlier, already issued
 * months that late confirmations, terminations or corrections changed.
 *
 * <p>{@link #total()} is the sum of the lines plus the sum of the adjustments; {@link #totalsByItem()}
 * and {@link #totalsByCategory()} break down the lines (adjustments are broken down by resource and
 * corrected month instead). Totals are derived, never stored: a store saves the account, the month, the
 * proration policy's name, the lines and the adjustments.
 *
 * <p>Every attribute is required and not null. This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class MonthlyBill {

  MonthlyBill() {}

  /** {@return a builder; account, month and proration are required, lines and adjustments may be empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link MonthlyBill}; not thread-safe. */
  public static final class Builder extends ImmutableMonthlyBill.Builder {
    Builder() {}
  }

  /** {@return who the bill is between} */
  public abstract BillingAccount account();

  /** {@return the calendar month billed} */
  public abstract YearMonth month();

  /** {@return the name of the proration policy the lines were prorated with, e.g. {@code ACTUAL_DAYS}} */
  public abstract String proration();

  /** {@return the month's lines, all in {@link #month()}} */
  public abstract List<BillLine> lines();

  /** {@return adjustments of earlier months, at most one per resource and corrected month} */
  public abstract List<BillAdjustment> adjustments();

  /** {@return the sum of the lines} */
  @Value.Lazy
  public Money linesTotal() {
    return Money.total(lines().stream().map(BillLine::amount).toList());
  }

  /** {@return the sum of the adjustments} */
  @Value.Lazy
  public Money adjustmentsTotal() {
    return Money.total(adjustments().stream().map(BillAdjustment::amount).toList());
  }

  /** {@return what the bill charges: lines plus adjustments} */
  @Value.Lazy
  public Money total() {
    return linesTotal().plus(adjustmentsTotal());
  }

  /** {@return the lines' total per item code, sorted by code; unmodifiable} */
  @Value.Lazy
  public SortedMap<String, Money> totalsByItem() {
    return totalsBy(BillLine::item);
  }

  /** {@return the lines' total per category, sorted by category; unmodifiable} */
  @Value.Lazy
  public SortedMap<String, Money> totalsByCategory() {
    return totalsBy(BillLine::category);
  }

  private SortedMap<String, Money> totalsBy(Function<BillLine, String> key) {
    SortedMap<String, Money> totals = new TreeMap<>();
    for (BillLine line : lines()) {
      totals.merge(key.apply(line), line.amount(), Money::plus);
    }
    return Collections.unmodifiableSortedMap(totals);
  }

  @Value.Check
  void check() {
    if (proration().isBlank()) {
      throw new IllegalArgumentException("bill of " + account() + " for " + month() + ": proration must not be blank");
    }
    int year = month().getYear();
    int monthValue = month().getMonthValue();
    for (BillLine line : lines()) {
      if (line.firstDay().getMonthValue() != monthValue || line.firstDay().getYear() != year) {
        throw new IllegalArgumentException(
            "bill of " + account() + " for " + month() + " cannot hold a line of " + line.month() + " (" + line.resource() + ")");
      }
    }
    Set<String> corrected = new HashSet<>();
    for (BillAdjustment adjustment : adjustments()) {
      if (!adjustment.correctedMonth().isBefore(month())) {
        throw new IllegalArgumentException(
            "bill of " + account() + " for " + month() + " can only adjust earlier months, not " + adjustment.correctedMonth());
      }
      if (!corrected.add(adjustment.resource() + "@" + adjustment.correctedMonth())) {
        throw new IllegalArgumentException(
            "bill of " + account() + " for " + month() + " adjusts " + adjustment.resource() + " for "
                + adjustment.correctedMonth() + " twice");
      }
    }
  }
}
