package io.govcloud.benchmarks;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of adaptation (Art. 27, docs/rules.md#r3): the same decision rule as govcloud's {@code
 * CatalogAdapter}, as a scan over {@code long} arrays, for catalogs and requests of whole quantities and
 * a whole bound (what the benchmark uses). No explanations, no checks of units, nothing allocated per item.
 *
 * <p>Immutable after construction, so thread-safe.
 */
public final class PlainAdaptation {

  /** The outcome when no item fits. */
  public static final long NOT_ADAPTABLE = -1;

  private final Map<String, Category> categories = new HashMap<>();
  private final long factor;

  /**
   * Indexes a catalog of whole quantities.
   *
   * @param catalog the catalog
   * @param bound the over-provisioning bound, a whole number (1 = 100 %)
   */
  public PlainAdaptation(ServiceCatalog catalog, long bound) {
    this.factor = 1 + bound;
    for (String category : catalog.categories()) {
      categories.put(category, new Category(catalog.itemsOf(category)));
    }
  }

  /**
   * Adapts a request by the rule.
   *
   * @param category the request's category
   * @param dimensions the requested dimensions
   * @param requested the quantity per instance of each
   * @param instances the number of instances
   * @return the chosen item's index in its category times 2<sup>32</sup> plus its units, or {@link
   *     #NOT_ADAPTABLE}
   */
  public long adapt(String category, Dimension[] dimensions, long[] requested, long instances) {
    Category items = categories.get(category);
    if (items == null) {
      return NOT_ADAPTABLE;
    }
    int n = dimensions.length;
    int[] columns = new int[n];
    for (int j = 0; j < n; j++) {
      Integer column = items.columns.get(dimensions[j]);
      if (column == null) {
        return NOT_ADAPTABLE;
      }
      columns[j] = column;
    }
    long[] provided = new long[n];
    long[] bestProvided = new long[n];
    int best = -1;
    long bestUnits = 0;
    long bestTotal = 0;
    boolean bestExact = false;
    for (int i = 0; i < items.caps.length; i++) {
      long[] row = items.quantities[i];
      long perInstance = 1;
      boolean meets = true;
      for (int j = 0; j < n && meets; j++) {
        long offered = row[columns[j]];
        if (offered < 0) {
          meets = false;
        } else if (items.perUnit[i]) {
          perInstance = Math.max(perInstance, (requested[j] + offered - 1) / offered);
        } else if (offered < requested[j]) {
          meets = false;
        }
      }
      if (!meets) {
        continue;
      }
      boolean exact = items.dimensionCounts[i] == n;
      boolean within = true;
      for (int j = 0; j < n; j++) {
        provided[j] = items.perUnit[i] ? row[columns[j]] * perInstance : row[columns[j]];
        exact &= provided[j] == requested[j];
        within &= provided[j] <= requested[j] * factor;
      }
      if (!exact && (!within || bestExact)) {
        continue;
      }
      long units = items.perUnit[i] ? perInstance * instances : instances;
      long total = units * items.caps[i];
      boolean better = best < 0
          || (exact && !bestExact)
          || total < bestTotal
          || (total == bestTotal && lessOverProvisioned(provided, bestProvided, requested));
      if (better) {
        best = i;
        bestUnits = units;
        bestTotal = total;
        bestExact = exact;
        System.arraycopy(provided, 0, bestProvided, 0, n);
      }
    }
    return best < 0 ? NOT_ADAPTABLE : ((long) best << 32) | bestUnits;
  }

  /** Whether a's relative excesses, largest first, are lexicographically below b's. */
  private static boolean lessOverProvisioned(long[] a, long[] b, long[] requested) {
    int[] orderA = byExcess(a, requested);
    int[] orderB = byExcess(b, requested);
    for (int k = 0; k < a.length; k++) {
      int c = compareExcess(a[orderA[k]], requested[orderA[k]], b[orderB[k]], requested[orderB[k]]);
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }

  private static int[] byExcess(long[] provided, long[] requested) {
    int n = provided.length;
    int[] order = new int[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    for (int a = 1; a < n; a++) {
      int current = order[a];
      int b = a - 1;
      while (b >= 0 && compareExcess(provided[order[b]], requested[order[b]], provided[current], requested[current]) < 0) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = current;
    }
    return order;
  }

  /** Compares (p1 − r1) / r1 with (p2 − r2) / r2 exactly. */
  private static int compareExcess(long p1, long r1, long p2, long r2) {
    return Long.compare((p1 - r1) * r2, (p2 - r2) * r1);
  }

  /** One category's items in code order: quantities by column (-1 when absent), caps in fen, scaling. */
  private static final class Category {
    final Map<Dimension, Integer> columns = new HashMap<>();
    final long[][] quantities;
    final long[] caps;
    final boolean[] perUnit;
    final int[] dimensionCounts;

    Category(List<CatalogItem> items) {
      List<CatalogItem> list = new ArrayList<>(items);
      for (CatalogItem item : list) {
        item.configuration().quantities().keySet().forEach(d -> columns.putIfAbsent(d, columns.size()));
      }
      quantities = new long[list.size()][columns.size()];
      caps = new long[list.size()];
      perUnit = new boolean[list.size()];
      dimensionCounts = new int[list.size()];
      for (int i = 0; i < list.size(); i++) {
        CatalogItem item = list.get(i);
        java.util.Arrays.fill(quantities[i], -1);
        for (Map.Entry<Dimension, BigDecimal> q : item.configuration().quantities().entrySet()) {
          quantities[i][columns.get(q.getKey())] = q.getValue().longValueExact();
        }
        caps[i] = item.monthlyCap().toFen();
        perUnit[i] = item.scaling() == CatalogItem.Scaling.PER_UNIT;
        dimensionCounts[i] = item.configuration().quantities().size();
      }
    }
  }
}
