package io.govcloud.core.catalog;

import java.util.Arrays;

/**
 * The bundles of one category sorted by their quantity in each dimension column, so that an adaptation
 * (Art. 27, docs/rules.md#r3) screens only the items that can be chosen instead of the whole category.
 *
 * <p>A bundle gives every instance what it offers, so it can be chosen (as an exact match or within the
 * policy's bound) only if, in every requested dimension, it offers between the requested quantity and the
 * bound's limit. Those of one dimension are a contiguous run of that dimension's sorted column, found by
 * two binary searches; {@link #visitChoosable} visits the shortest such run over the requested dimensions,
 * and every per-unit item (which takes as many units as it needs and is screened in full). The items it
 * skips are either not candidates or beyond the bound without being exact, so they change the choice
 * only by their absence; when nothing is chosen among the visited items, the caller scans the whole
 * category to tell why (no candidate at all, or none within the bound). The order of R3 is total, so the
 * order of the visits does not change the choice.
 *
 * <p>Built from the category's quantities in {@code long}s ({@link CategoryIndex#isSmall()}), once per
 * catalog. Immutable after construction, so thread-safe.
 */
final class BundleOrder {

  /** {@code values[c]}: the quantities in column {@code c} of the bundles that have it, ascending. */
  private final long[][] values;
  /** {@code items[c][k]}: the item whose quantity is {@code values[c][k]}. */
  private final int[][] items;
  /** The per-unit items, in code order. */
  private final int[] perUnit;

  /**
   * Sorts the bundles of a category by each column.
   *
   * @param small each item's unscaled quantities by column, {@code absent} where it lacks one
   * @param byUnit whether each item is per-unit
   * @param absent the marker of a missing quantity
   */
  BundleOrder(long[][] small, boolean[] byUnit, int columns, long absent) {
    this.values = new long[columns][];
    this.items = new int[columns][];
    int units = 0;
    for (boolean b : byUnit) {
      units += b ? 1 : 0;
    }
    this.perUnit = new int[units];
    for (int i = 0, u = 0; i < byUnit.length; i++) {
      if (byUnit[i]) {
        perUnit[u++] = i;
      }
    }
    for (int c = 0; c < columns; c++) {
      Integer[] order = new Integer[small.length];
      int count = 0;
      for (int i = 0; i < small.length; i++) {
        if (!byUnit[i] && small[i][c] != absent) {
          order[count++] = i;
        }
      }
      order = Arrays.copyOf(order, count);
      int column = c;
      Arrays.sort(order, (a, b) -> Long.compare(small[a][column], small[b][column]));
      values[c] = new long[count];
      items[c] = new int[count];
      for (int k = 0; k < count; k++) {
        items[c][k] = order[k];
        values[c][k] = small[order[k]][c];
      }
    }
  }

  /**
   * Visits every item that can be chosen for a demand screened in {@code long}s: the per-unit items, and
   * the bundles within the requested quantity and the limit of the requested dimension where they are
   * fewest.
   *
   * @return false, having visited nothing, if the demand names no dimension or one the category lacks
   */
  boolean visitChoosable(Demand demand, Choice choice) {
    long[] requested = demand.small.requested();
    long[] limits = demand.small.limits();
    int[] columns = demand.columns;
    if (columns.length == 0) {
      return false;
    }
    int bestColumn = -1;
    int bestFrom = 0;
    int bestTo = 0;
    for (int j = 0; j < columns.length; j++) {
      int c = columns[j];
      if (c < 0) {
        return false;
      }
      int from = firstAtLeast(values[c], requested[j]);
      int to = limits[j] == Long.MAX_VALUE ? values[c].length : firstAtLeast(values[c], limits[j] + 1);
      if (bestColumn < 0 || to - from < bestTo - bestFrom) {
        bestColumn = c;
        bestFrom = from;
        bestTo = Math.max(from, to);
      }
    }
    int[] run = items[bestColumn];
    for (int k = bestFrom; k < bestTo; k++) {
      choice.visit(run[k]);
    }
    for (int i : perUnit) {
      choice.visit(i);
    }
    return true;
  }

  /** The first index of a sorted array whose value is at least {@code key}; the length if none is. */
  private static int firstAtLeast(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
