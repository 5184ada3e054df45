package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How one dominating item meets a demand: the units it takes, its monthly total at the cap (in fen, not
 * limited to the range of {@code Money}), what one instance gets per requested dimension, whether that is
 * exactly the request, and whether it stays within the policy's bound. Immutable, so thread-safe.
 */
final class Fit {

  /** {@link #totalSmall} when the total was not computed in {@code long}s. */
  static final long NOT_SMALL = -1;

  final int index;
  final CatalogItem item;
  final BigDecimal units;
  final BigDecimal totalFen;
  /** The total in fen as a {@code long}, or {@link #NOT_SMALL}. */
  final long totalSmall;
  private final BigDecimal[] provided;
  final boolean exact;
  final boolean withinBound;

  Fit(
      int index, CatalogItem item, BigDecimal units, BigDecimal totalFen, long totalSmall, BigDecimal[] provided, boolean exact,
      boolean withinBound) {
    this.index = index;
    this.item = item;
    this.units = units;
    this.totalFen = totalFen;
    this.totalSmall = totalSmall;
    this.provided = provided;
    this.exact = exact;
    this.withinBound = withinBound;
  }

  /**
   * The order of R3 among candidates: the cheaper monthly total first, then the lesser over-provisioning
   * (see {@link #compareOverProvisioning}), then the item code.
   */
  static int compare(Fit a, Fit b, Demand demand) {
    int byTotal = a.totalFen.compareTo(b.totalFen);
    if (byTotal != 0) {
      return byTotal;
    }
    int byExcess = a.compareOverProvisioning(b, demand);
    return byExcess != 0 ? byExcess : a.item.code().compareTo(b.item.code());
  }

  /**
   * Compares over-provisioning exactly: the largest relative excess of each first, then the next
   * largest, and so on (so 4c16g for 4c8g, +100% once, is less than 8c16g, +100% twice).
   */
  int compareOverProvisioning(Fit other, Demand demand) {
    int[] mine = byExcessDescending(demand);
    int[] theirs = other.byExcessDescending(demand);
    for (int k = 0; k < mine.length; k++) {
      int c = compareRatio(mine[k], other, theirs[k], demand);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The requested dimension with the largest relative excess (the first in dimension order on a tie). */
  int worstDimension(Demand demand) {
    return byExcessDescending(demand)[0];
  }

  /**
   * The monthly total as money.
   *
   * @throws IllegalArgumentException if it is beyond the range of {@code Money} (an absurd request)
   */
  Money monthlyTotal() {
    try {
      return Money.ofFen(totalFen.longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the monthly total of " + units.toPlainString() + " units of " + item.code() + " at " + item.monthlyCap()
              + " is beyond the range of Money",
          e);
    }
  }

  /** What one instance gets of requested dimension {@code j}. */
  BigDecimal provided(int j) {
    return provided[j];
  }

  /** The over-provisioning of each requested dimension, in dimension order. */
  List<OverProvisioning> overProvisioning(Demand demand) {
    List<OverProvisioning> result = new ArrayList<>(provided.length);
    for (int j = 0; j < provided.length; j++) {
      result.add(new OverProvisioning(demand.dimensions[j], demand.requested[j], provided[j]));
    }
    return List.copyOf(result);
  }

  /** Compares this fit's relative excess in dimension j with another's in dimension k, exactly. */
  private int compareRatio(int j, Fit other, int k, Demand demand) {
    BigDecimal mineExcess = provided[j].subtract(demand.requested[j]);
    BigDecimal theirExcess = other.provided[k].subtract(demand.requested[k]);
    return mineExcess.multiply(demand.requested[k]).compareTo(theirExcess.multiply(demand.requested[j]));
  }

  private int[] byExcessDescending(Demand demand) {
    int n = provided.length;
    int[] order = new int[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    for (int a = 1; a < n; a++) { // insertion sort: a request names a handful of dimensions
      int current = order[a];
      int b = a - 1;
      while (b >= 0 && compareRatio(order[b], this, current, demand) < 0) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = current;
    }
    return order;
  }
}
