package io.govcloud.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One version of the service catalog (政务云服务目录, Art. 26; docs/rules.md#r2): a version id, the date it
 * takes effect, and its items by code. Set by the municipal authority with the finance department; it
 * is in force from its effective date until the next version's.
 *
 * <p>Besides the items by code, a catalog keeps, computed once when it is created, its items by category
 * and the dimensions it defines by code (each code has one unit in a catalog version), so that rules
 * looking up one category or one dimension need not scan every item.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceCatalog {

  private final String version;
  private final LocalDate effectiveDate;
  private final SortedMap<String, CatalogItem> items;
  private final SortedMap<String, List<CatalogItem>> byCategory;
  private final SortedMap<String, Dimension> dimensions;
  private final SortedSet<String> categories;

  private ServiceCatalog(
      String version, LocalDate effectiveDate, SortedMap<String, CatalogItem> items, SortedMap<String, Dimension> dimensions) {
    this.version = version;
    this.effectiveDate = effectiveDate;
    this.items = Collections.unmodifiableSortedMap(items);
    SortedMap<String, List<CatalogItem>> categories = new TreeMap<>();
    for (CatalogItem item : items.values()) { // by code, so each category's list is by code
      categories.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item);
    }
    categories.replaceAll((category, list) -> List.copyOf(list));
    this.byCategory = Collections.unmodifiableSortedMap(categories);
    this.categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories.keySet()));
    this.dimensions = Collections.unmodifiableSortedMap(dimensions);
  }

  /**
   * A catalog version.
   *
   * @param version the version id, not blank
   * @param effectiveDate the day it takes effect, not null
   * @param items its items, not null, not empty, codes unique
   * @return the catalog, not null
   * @throws IllegalArgumentException if there are no items, two items share a code, or two items use
   *     one dimension code with different units
   */
  public static ServiceCatalog of(String version, LocalDate effectiveDate, Collection<CatalogItem> items) {
    Ids.check(version, "catalog version");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("catalog version " + version + " has no items");
    }
    SortedMap<String, CatalogItem> byCode = new TreeMap<>();
    SortedMap<String, Dimension> dimensions = new TreeMap<>();
    for (CatalogItem item : items) {
      Objects.requireNonNull(item, "item");
      if (byCode.putIfAbsent(item.code(), item) != null) {
        throw new IllegalArgumentException("catalog version " + version + " lists item code " + item.code() + " twice");
      }
      for (Dimension dimension : item.configuration().quantities().keySet()) {
        Dimension known = dimensions.putIfAbsent(dimension.code(), dimension);
        if (known != null && !known.equals(dimension)) {
          throw new IllegalArgumentException(
              "catalog version " + version + " uses dimension " + dimension.code() + " with two units: "
                  + known.unit() + " and " + dimension.unit() + " (item " + item.code() + ")");
        }
      }
    }
    return new ServiceCatalog(version, effectiveDate, byCode, dimensions);
  }

  /** {@return the version id, not null} */
  public String version() {
    return version;
  }

  /** {@return the day this version takes effect, not null} */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /** {@return the items by code, sorted by code; not null, not empty} */
  public SortedMap<String, CatalogItem> items() {
    return items;
  }

  /**
   * The item of a code, if this version lists it.
   *
   * @param code the item code, not null
   * @return the item, or empty; not null
   */
  public Optional<CatalogItem> item(String code) {
    return Optional.ofNullable(items.get(Objects.requireNonNull(code, "code")));
  }

  /** {@return the categories of the items, sorted; not null, not empty} */
  public SortedSet<String> categories() {
    return categories;
  }

  /**
   * The items of a category, by code.
   *
   * @param category the category, not null
   * @return the items, empty if this version has no item of the category; not null, unmodifiable
   */
  public List<CatalogItem> itemsOf(String category) {
    return byCategory.getOrDefault(Objects.requireNonNull(category, "category"), List.of());
  }

  /** {@return the dimensions the items use, by code (one unit per code in a version); not null, not empty} */
  public SortedMap<String, Dimension> dimensions() {
    return dimensions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceCatalog other
        && version.equals(other.version)
        && effectiveDate.equals(other.effectiveDate)
        && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, effectiveDate, items);
  }

  @Override
  public String toString() {
    return "ServiceCatalog[" + version + " from " + effectiveDate + ", " + items.size() + " items]";
  }
}
