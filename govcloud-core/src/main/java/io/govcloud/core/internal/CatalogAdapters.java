package io.govcloud.core.internal;

import io.govcloud.core.catalog.AdaptationPolicy;
import io.govcloud.core.catalog.CatalogAdapter;
import io.govcloud.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * One {@link CatalogAdapter} per catalog version and adaptation policy (docs/rules.md#r3), built on first
 * use and kept: indexing a catalog is the costly part of adapting. A catalog version is known by its name
 * and effective date, which the catalog's history keeps unique. Thread-safe.
 */
final class CatalogAdapters implements BiFunction<ServiceCatalog, AdaptationPolicy, CatalogAdapter> {

  private record Key(String version, LocalDate effectiveDate, AdaptationPolicy policy) {}

  private final Map<Key, CatalogAdapter> adapters = new ConcurrentHashMap<>();

  @Override
  public CatalogAdapter apply(ServiceCatalog catalog, AdaptationPolicy policy) {
    return adapters.computeIfAbsent(
        new Key(catalog.version(), catalog.effectiveDate(), policy), key -> CatalogAdapter.of(catalog, policy));
  }
}
