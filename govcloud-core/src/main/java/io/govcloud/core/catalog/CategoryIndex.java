package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one category, laid out for one linear pass per request (Art. 27, docs/rules.md#r3): items by
 * code, and for each item its quantities in an array indexed by the category's dimension columns, its cap
 * in fen and its scaling. Every quantity has the category's {@link #scale}, so that comparisons take
 * {@code BigDecimal}'s fast path for equal scales.
 *
 * <p>When every quantity of the category, at that scale, is a whole number of at most {@value #SMALL}
 * (as in any real catalog), the quantities are also kept as {@code long}s, and a demand of such numbers is
 * screened in {@code long} arithmetic ({@link #screen}), exactly: an item whose figures would overflow is
 * screened with {@code BigDecimal}s instead, so the outcome is the same either way. Built once per
 * catalog by {@link CatalogAdapter}; immutable after construction, so thread-safe.
 */
final class CategoryIndex {

  /** The largest unscaled quantity (and request, and limit) screened in {@code long} arithmetic. */
  static final long SMALL = 1_000_000_000_000_000L;
  /** A dimension an item does not have, in {@link #small}. */
  private static final long ABSENT = -1;
  /** Outcomes of {@link #screenSmall}. */
  private static final int MEETS = 1;
  private static final int FAILS = 0;
  private static final int OVERFLOW = -1;

  final String category;
  final CatalogItem[] items;
  /** The most decimals of any quantity of the category, at least 0. */
  final int scale;
  private final Map<Dimension, Integer> columns;
  private final BigDecimal[][] quantities;
  private final int[] dimensionCounts;
  private final BigDecimal[] capFen;
  private final boolean[] perUnit;
  /** The quantities unscaled at {@link #scale}, {@link #ABSENT} where an item lacks one; null if one exceeds {@link #SMALL}. */
  private final long[][] small;
  private final long[] capFenLong;
  /** The bundles sorted by each column, or null if the quantities are not kept as {@code long}s or not sorted. */
  private final BundleOrder order;

  /**
   * Indexes items of one category, given sorted by code.
   *
   * @param longArithmetic whether to screen in {@code long}s where the quantities allow it
   * @param sorted whether to sort the bundles by each column, to screen only those that can be chosen
   */
  CategoryIndex(String category, List<CatalogItem> itemsByCode, boolean longArithmetic, boolean sorted) {
    this.category = category;
    this.items = itemsByCode.toArray(new CatalogItem[0]);
    this.columns = new HashMap<>();
    int decimals = 0;
    for (CatalogItem item : items) {
      for (Map.Entry<Dimension, BigDecimal> quantity : item.configuration().quantities().entrySet()) {
        columns.putIfAbsent(quantity.getKey(), columns.size());
        decimals = Math.max(decimals, quantity.getValue().scale());
      }
    }
    this.scale = decimals;
    this.quantities = new BigDecimal[items.length][columns.size()];
    this.dimensionCounts = new int[items.length];
    this.capFen = new BigDecimal[items.length];
    this.perUnit = new boolean[items.length];
    this.capFenLong = new long[items.length];
    long[][] unscaled = new long[items.length][columns.size()];
    boolean allSmall = true;
    for (int i = 0; i < items.length; i++) {
      CatalogItem item = items[i];
      int row = i;
      item.configuration().quantities().forEach((dimension, quantity) -> quantities[row][columns.get(dimension)] = quantity.setScale(scale));
      dimensionCounts[i] = item.configuration().quantities().size();
      capFenLong[i] = item.monthlyCap().toFen();
      capFen[i] = BigDecimal.valueOf(capFenLong[i]);
      perUnit[i] = item.scaling() == CatalogItem.Scaling.PER_UNIT;
      for (int c = 0; c < columns.size(); c++) {
        long value = quantities[i][c] == null ? ABSENT : unscaled(quantities[i][c]);
        allSmall &= value != Long.MIN_VALUE;
        unscaled[i][c] = value;
      }
    }
    this.small = allSmall && longArithmetic ? unscaled : null;
    this.order = small != null && sorted ? new BundleOrder(small, perUnit, columns.size(), ABSENT) : null;
  }

  /** A quantity's unscaled value if it is at most {@link #SMALL}, otherwise {@link Long#MIN_VALUE}. */
  static long unscaled(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    return unscaled.bitLength() < 63 && unscaled.longValue() <= SMALL ? unscaled.longValue() : Long.MIN_VALUE;
  }

  /** Whether quantities are kept as {@code long}s. */
  boolean isSmall() {
    return small != null;
  }

  /**
   * Visits only the items that can be chosen for the demand ({@link BundleOrder}), if the bundles are
   * sorted and the demand is screened in {@code long}s.
   *
   * @return false, having visited nothing, if it cannot: the caller then visits every item
   */
  boolean visitChoosable(Demand demand, Choice choice) {
    return order != null && demand.small != null && order.visitChoosable(demand, choice);
  }

  /** The column of a dimension, or -1 if no item of the category has it. */
  int column(Dimension dimension) {
    Integer column = columns.get(dimension);
    return column == null ? -1 : column;
  }

  /**
   * Screens item {@code i} against the demand without allocating for a bundle: whether it gives every
   * instance at least the requested quantity of every requested dimension (a bundle short of one, or an
   * item lacking one, does not) and, if so, its units per instance, monthly total, exactness and bound.
   * A per-unit item takes, for each instance, the most units any requested dimension needs: max over
   * dimensions of ceil(requested / unit).
   *
   * @return whether the item meets the demand; if so, {@code into} holds the figures
   */
  boolean screen(int i, Demand demand, Screening into) {
    if (demand.small != null) {
      int outcome = screenSmall(i, demand, into);
      if (outcome != OVERFLOW) {
        return outcome == MEETS;
      }
    }
    return screenBig(i, demand, into);
  }

  /** {@link #screen} in {@code long} arithmetic: {@link #MEETS}, {@link #FAILS}, or {@link #OVERFLOW}. */
  private int screenSmall(int i, Demand demand, Screening into) {
    long[] row = small[i];
    long[] requested = demand.small.requested();
    int[] columns = demand.columns;
    int n = columns.length;
    boolean byUnit = perUnit[i];
    long unitsPerInstance = 1;
    for (int j = 0; j < n; j++) {
      int column = columns[j];
      long offered = column < 0 ? ABSENT : row[column];
      if (offered == ABSENT) {
        return FAILS;
      }
      if (byUnit) {
        long needed = (requested[j] + offered - 1) / offered; // ceil; both positive and at most SMALL
        if (needed > unitsPerInstance) {
          unitsPerInstance = needed;
        }
      } else if (offered < requested[j]) {
        return FAILS;
      }
    }
    boolean exact = dimensionCounts[i] == n;
    boolean withinBound = true;
    long[] limits = demand.small.limits();
    for (int j = 0; j < n; j++) {
      long offered = row[columns[j]];
      long perInstance = offered;
      if (byUnit) {
        perInstance = offered * unitsPerInstance;
        if (Math.multiplyHigh(offered, unitsPerInstance) != 0 || perInstance < 0) {
          return OVERFLOW;
        }
      }
      exact &= perInstance == requested[j];
      withinBound &= perInstance <= limits[j];
    }
    long instances = demand.small.instances();
    long units = byUnit ? unitsPerInstance * instances : instances;
    long total = units * capFenLong[i];
    if ((byUnit && (Math.multiplyHigh(unitsPerInstance, instances) != 0 || units < 0))
        || Math.multiplyHigh(units, capFenLong[i]) != 0 || total < 0) {
      return OVERFLOW;
    }
    into.small(units, total, exact, withinBound);
    return MEETS;
  }

  /** {@link #screen} in {@code BigDecimal} arithmetic. */
  private boolean screenBig(int i, Demand demand, Screening into) {
    BigDecimal[] row = quantities[i];
    int n = demand.columns.length;
    BigDecimal unitsPerInstance = BigDecimal.ONE;
    for (int j = 0; j < n; j++) {
      int column = demand.columns[j];
      BigDecimal offered = column < 0 ? null : row[column];
      if (offered == null) {
        return false;
      }
      if (perUnit[i]) {
        BigDecimal needed = demand.requested[j].divide(offered, 0, RoundingMode.CEILING);
        if (needed.compareTo(unitsPerInstance) > 0) {
          unitsPerInstance = needed;
        }
      } else if (offered.compareTo(demand.requested[j]) < 0) {
        return false;
      }
    }
    boolean exact = dimensionCounts[i] == n;
    boolean withinBound = true;
    for (int j = 0; j < n; j++) {
      BigDecimal offered = row[demand.columns[j]];
      BigDecimal perInstance = perUnit[i] ? offered.multiply(unitsPerInstance) : offered;
      exact &= perInstance.compareTo(demand.requested[j]) == 0;
      withinBound &= perInstance.compareTo(demand.limits[j]) <= 0;
    }
    BigDecimal units = perUnit[i] ? unitsPerInstance.multiply(demand.instances) : demand.instances;
    into.big(units, units.multiply(capFen[i]), exact, withinBound);
    return true;
  }

  /** The fit of item {@code i}, which {@link #screen} found to meet the demand. */
  Fit fit(int i, Demand demand, Screening screened) {
    BigDecimal[] row = quantities[i];
    int n = demand.columns.length;
    BigDecimal[] provided = new BigDecimal[n];
    BigDecimal units = screened.units();
    BigDecimal unitsPerInstance = perUnit[i] ? units.divide(demand.instances) : BigDecimal.ONE;
    for (int j = 0; j < n; j++) {
      BigDecimal offered = row[demand.columns[j]];
      provided[j] = perUnit[i] ? offered.multiply(unitsPerInstance) : offered;
    }
    return new Fit(i, items[i], units, screened.totalFen(), screened.totalSmall(), provided, screened.exact, screened.withinBound);
  }

  /** The fit of item {@code i}, or null if it does not meet the demand. */
  Fit fit(int i, Demand demand) {
    Screening screened = new Screening();
    return screen(i, demand, screened) ? fit(i, demand, screened) : null;
  }

  /**
   * The figures {@link #screen} finds for one item, in {@code long}s when it screened so, else in {@code
   * BigDecimal}s; a scratch value of one adaptation, not shared.
   */
  static final class Screening {
    private boolean isSmall;
    private long unitsSmall;
    private long totalSmall;
    private BigDecimal units;
    private BigDecimal totalFen;
    boolean exact;
    boolean withinBound;

    void small(long units, long totalFen, boolean exact, boolean withinBound) {
      this.isSmall = true;
      this.unitsSmall = units;
      this.totalSmall = totalFen;
      this.exact = exact;
      this.withinBound = withinBound;
    }

    void big(BigDecimal units, BigDecimal totalFen, boolean exact, boolean withinBound) {
      this.isSmall = false;
      this.units = units;
      this.totalFen = totalFen;
      this.exact = exact;
      this.withinBound = withinBound;
    }

    /** The units the item takes. */
    BigDecimal units() {
      return isSmall ? BigDecimal.valueOf(unitsSmall) : units;
    }

    /** The monthly total at the cap, in fen. */
    BigDecimal totalFen() {
      return isSmall ? BigDecimal.valueOf(totalSmall) : totalFen;
    }

    /** The monthly total in fen, or {@link Fit#NOT_SMALL}. */
    long totalSmall() {
      return isSmall ? totalSmall : Fit.NOT_SMALL;
    }

    /** Compares the total with a fit's, in {@code long}s when both have one. */
    int compareTotal(Fit fit) {
      return isSmall && fit.totalSmall != Fit.NOT_SMALL
          ? Long.compare(totalSmall, fit.totalSmall)
          : totalFen().compareTo(fit.totalFen);
    }
  }

  /**
   * The first requested dimension (in dimension order) that item {@code i} lacks or, for a bundle, offers
   * less of than requested; -1 if there is none.
   */
  int shortfall(int i, Demand demand) {
    for (int j = 0; j < demand.columns.length; j++) {
      int column = demand.columns[j];
      BigDecimal offered = column < 0 ? null : quantities[i][column];
      if (offered == null || (!perUnit[i] && offered.compareTo(demand.requested[j]) < 0)) {
        return j;
      }
    }
    return -1;
  }

  /** What item {@code i} offers of requested dimension {@code j}, or null if it lacks it. */
  BigDecimal offered(int i, Demand demand, int j) {
    int column = demand.columns[j];
    return column < 0 ? null : quantities[i][column];
  }
}
