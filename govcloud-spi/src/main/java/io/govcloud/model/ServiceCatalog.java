package io.govcloud.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One version of the service catalog (政务云服务目录, Art. 26; RULES.md R2): a version id, the date it
 * takes effect, and its items by code. Set by the municipal authority with the finance department; it
 * is in force from its effective date until the next version's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceCatalog {

  private final String version;
  private final LocalDate effectiveDate;
  private final SortedMap<String, CatalogItem> items;

  private ServiceCatalog(String version, LocalDate effectiveDate, SortedMap<String, CatalogItem> items) {
    this.version = version;
    this.effectiveDate = effectiveDate;
    this.items = Collections.unmodifiableSortedMap(items);
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
    Map<String, Dimension> dimensions = new LinkedHashMap<>();
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
    return new ServiceCatalog(version, effectiveDate, byCode);
  }

  /** The version id, not null. */
  public String version() {
    return version;
  }

  /** The day this version takes effect, not null. */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /** The items by code, sorted by code; not null, not empty. */
  public SortedMap<String, CatalogItem> items() {
    return items;
  }

  /** The item of a code, if this version lists it. */
  public Optional<CatalogItem> item(String code) {
    return Optional.ofNullable(items.get(Objects.requireNonNull(code, "code")));
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
