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
 * dropped by a later revision keeps the category it had while its resources still run. Not API.
 */
final class Categories {

  private final Map<String, NavigableMap<LocalDate, String>> byItem = new HashMap<>();

  Categories(CatalogHistory catalog) {
    for (ServiceCatalog version : catalog.versions()) {
      for (CatalogItem item : version.items().values()) {
        byItem.computeIfAbsent(item.code(), code -> new TreeMap<>()).put(version.effectiveDate(), item.category());
      }
    }
  }

  /** The item's category on a date, or null if no version on or before it lists the item. */
  String on(String item, LocalDate date) {
    NavigableMap<LocalDate, String> categories = byItem.get(item);
    if (categories == null) {
      return null;
    }
    Map.Entry<LocalDate, String> entry = categories.floorEntry(date);
    return entry == null ? null : entry.getValue();
  }
}
