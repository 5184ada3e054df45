package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of one category, laid out for one linear pass per request: items by code, and for each item
 * its quantities in an array indexed by the category's dimension columns, its cap in fen and its scaling.
 * Every quantity has the category's {@link #scale}, so that comparisons take {@code BigDecimal}'s fast
 * path for equal scales. Built once per catalog by {@link CatalogAdapter}; immutable after construction,
 * so thread-safe.
 */
final class CategoryIndex {

  final String category;
  final CatalogItem[] items;
  /** The most decimals of any quantity of the category, at least 0. */
  final int scale;
  private final Map<Dimension, Integer> columns;
  private final BigDecimal[][] quantities;
  private final int[] dimensionCounts;
  private final BigDecimal[] capFen;
  private final boolean[] perUnit;

  /** Indexes items of one category, given sorted by code. */
  CategoryIndex(String category, List<CatalogItem> itemsByCode) {
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
    for (int i = 0; i < items.length; i++) {
      CatalogItem item = items[i];
      int row = i;
      item.configuration().quantities().forEach((dimension, quantity) -> quantities[row][columns.get(dimension)] = quantity.setScale(scale));
      dimensionCounts[i] = item.configuration().quantities().size();
      capFen[i] = BigDecimal.valueOf(item.monthlyCap().toFen());
      perUnit[i] = item.scaling() == CatalogItem.Scaling.PER_UNIT;
    }
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
    into.units = units;
    into.totalFen = units.multiply(capFen[i]);
    into.exact = exact;
    into.withinBound = withinBound;
    return true;
  }

  /** The fit of item {@code i}, which {@link #screen} found to meet the demand. */
  Fit fit(int i, Demand demand, Screening screened) {
    BigDecimal[] row = quantities[i];
    int n = demand.columns.length;
    BigDecimal[] provided = new BigDecimal[n];
    BigDecimal unitsPerInstance = perUnit[i] ? screened.units.divide(demand.instances) : BigDecimal.ONE;
    for (int j = 0; j < n; j++) {
      BigDecimal offered = row[demand.columns[j]];
      provided[j] = perUnit[i] ? offered.multiply(unitsPerInstance) : offered;
    }
    return new Fit(i, items[i], screened.units, screened.totalFen, provided, screened.exact, screened.withinBound);
  }

  /** The fit of item {@code i}, or null if it does not meet the demand. */
  Fit fit(int i, Demand demand) {
    Screening screened = new Screening();
    return screen(i, demand, screened) ? fit(i, demand, screened) : null;
  }

  /** The figures {@link #screen} finds for one item; a scratch value of one adaptation, not shared. */
  static final class Screening {
    BigDecimal units;
    BigDecimal totalFen;
    boolean exact;
    boolean withinBound;
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
