package io.govcloud.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of the service catalog over time (Art. 26; docs/rules.md#r2): answers which version is in
 * force on a date. Whether the latest revision is overdue is a rule of {@code govcloud-core} ({@code
 * CatalogRevision}), as it counts in the working-day calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogHistory {

  private final NavigableMap<LocalDate, ServiceCatalog> byEffectiveDate;

  private CatalogHistory(NavigableMap<LocalDate, ServiceCatalog> byEffectiveDate) {
    this.byEffectiveDate = Collections.unmodifiableNavigableMap(byEffectiveDate);
  }

  /**
   * A history of the given versions, in any order.
   *
   * @param versions the versions, not null, not empty
   * @return the history, not null
   * @throws IllegalArgumentException if there is no version, or two versions share an id or an
   *     effective date
   */
  public static CatalogHistory of(Collection<ServiceCatalog> versions) {
    Objects.requireNonNull(versions, "versions");
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a catalog history needs at least one version");
    }
    NavigableMap<LocalDate, ServiceCatalog> byDate = new TreeMap<>();
    Map<String, ServiceCatalog> byId = new TreeMap<>();
    for (ServiceCatalog version : versions) {
      Objects.requireNonNull(version, "version");
      ServiceCatalog sameId = byId.putIfAbsent(version.version(), version);
      if (sameId != null) {
        throw new IllegalArgumentException("catalog version id " + version.version() + " appears twice");
      }
      ServiceCatalog sameDate = byDate.putIfAbsent(version.effectiveDate(), version);
      if (sameDate != null) {
        throw new IllegalArgumentException(
            "catalog versions " + sameDate.version() + " and " + version.version() + " both take effect on " + version.effectiveDate());
      }
    }
    return new CatalogHistory(byDate);
  }

  /**
   * A history of the given versions.
   *
   * @param versions the versions, in any order, at least one
   * @return the history, not null
   * @throws NullPointerException if a version is null
   * @throws IllegalArgumentException if there is no version, or two versions share an id or an
   *     effective date
   */
  public static CatalogHistory of(ServiceCatalog... versions) {
    return of(List.of(versions));
  }

  /**
   * The version in force on a date: the latest that took effect on or before it.
   *
   * @param date the date, not null
   * @return the version in force, or empty if the date is before the first version's effective date
   * @throws NullPointerException if the date is null
   */
  public Optional<ServiceCatalog> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map.Entry<LocalDate, ServiceCatalog> entry = byEffectiveDate.floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * The version taking effect after the given one's, if any.
   *
   * @param version a version, normally one of this history, not null
   * @return the first version whose effective date is after that version's, or empty if none
   * @throws NullPointerException if the version is null
   */
  public Optional<ServiceCatalog> next(ServiceCatalog version) {
    Objects.requireNonNull(version, "version");
    Map.Entry<LocalDate, ServiceCatalog> entry = byEffectiveDate.higherEntry(version.effectiveDate());
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /** {@return every version, by effective date ascending; not null, not empty} */
  public List<ServiceCatalog> versions() {
    return List.copyOf(byEffectiveDate.values());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogHistory other && byEffectiveDate.equals(other.byEffectiveDate);
  }

  @Override
  public int hashCode() {
    return byEffectiveDate.hashCode();
  }

  @Override
  public String toString() {
    return "CatalogHistory" + byEffectiveDate.values();
  }
}
