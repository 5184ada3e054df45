package io.govcloud.core.billing;

import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The category of each item over time, from the catalog's versions (Art. 26; docs/rules.md#r2): on a date, the
 * category the item has in the latest version in force on or before that date that lists it. An item
 * dropped by a later revision keeps the category it had while its resources still run. Looked up for
 * every bill line, so kept as arrays and read without allocating. Not API.
 */
final class Categories {

  /** An item's categories by the effective date of the versions that list it, ascending. */
  private record Dated(LocalDate[] dates, String[] categories) {}

  private final Map<String, Dated> byItem = new HashMap<>();

  Categories(CatalogHistory catalog) {
    Map<String, NavigableMap<LocalDate, String>> sorted = new HashMap<>();
    for (ServiceCatalog version : catalog.versions()) {
      for (CatalogItem item : version.items().values()) {
        sorted.computeIfAbsent(item.code(), code -> new TreeMap<>()).put(version.effectiveDate(), item.category());
      }
    }
    sorted.forEach((item, byDate) -> byItem.put(item,
        new Dated(byDate.keySet().toArray(new LocalDate[0]), byDate.values().toArray(new String[0]))));
  }

  /** The item's category on a date, or null if no version on or before it lists the item. */
  String on(String item, LocalDate date) {
    Dated dated = byItem.get(item);
    if (dated == null) {
      return null;
    }
    LocalDate[] dates = dated.dates();
    for (int i = dates.length - 1; i >= 0; i--) {
      if (!dates[i].isAfter(date)) {
        return dated.categories()[i];
      }
    }
    return null;
  }
}
