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
 * Built once per catalog by {@link CatalogAdapter}; immutable after construction, so thread-safe.
 */
final class CategoryIndex {

  final String category;
  final CatalogItem[] items;
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
    for (CatalogItem item : items) {
      for (Dimension dimension : item.configuration().quantities().keySet()) {
        columns.putIfAbsent(dimension, columns.size());
      }
    }
    this.quantities = new BigDecimal[items.length][columns.size()];
    this.dimensionCounts = new int[items.length];
    this.capFen = new BigDecimal[items.length];
    this.perUnit = new boolean[items.length];
    for (int i = 0; i < items.length; i++) {
      CatalogItem item = items[i];
      int row = i;
      item.configuration().quantities().forEach((dimension, quantity) -> quantities[row][columns.get(dimension)] = quantity);
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
   * How item {@code i} meets the demand, or null if it does not offer every requested dimension at the
   * requested quantity (a bundle short of one, or an item lacking one). A per-unit item takes, for each
   * instance, the most units any requested dimension needs: max over dimensions of ceil(requested / unit).
   */
  Fit fit(int i, Demand demand) {
    BigDecimal[] row = quantities[i];
    int n = demand.columns.length;
    BigDecimal unitsPerInstance = BigDecimal.ONE;
    for (int j = 0; j < n; j++) {
      int column = demand.columns[j];
      BigDecimal offered = column < 0 ? null : row[column];
      if (offered == null) {
        return null;
      }
      if (perUnit[i]) {
        BigDecimal needed = demand.requested[j].divide(offered, 0, RoundingMode.CEILING);
        if (needed.compareTo(unitsPerInstance) > 0) {
          unitsPerInstance = needed;
        }
      } else if (offered.compareTo(demand.requested[j]) < 0) {
        return null;
      }
    }
    BigDecimal[] provided = new BigDecimal[n];
    boolean exact = dimensionCounts[i] == n;
    boolean withinBound = true;
    for (int j = 0; j < n; j++) {
      BigDecimal offered = row[demand.columns[j]];
      BigDecimal perInstance = perUnit[i] ? offered.multiply(unitsPerInstance) : offered;
      provided[j] = perInstance;
      exact &= perInstance.compareTo(demand.requested[j]) == 0;
      withinBound &= perInstance.compareTo(demand.limits[j]) <= 0;
    }
    BigDecimal units = unitsPerInstance.multiply(demand.instances);
    return new Fit(i, items[i], units, units.multiply(capFen[i]), provided, exact, withinBound);
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
