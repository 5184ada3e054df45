package io.govcloud.core.lifecycle;

import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Limits;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check of a quantity where it enters (docs/rules.md#limits; Art. 27): at most {@link
 * Limits#MAX_QUANTITY}, at most {@link Limits#MAX_QUANTITY_DECIMALS} decimals, and whole units of a
 * {@link CatalogItem.Scaling#BUNDLE} item. A quantity that is not positive is left to the checks that
 * already refuse it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Quantities {

  private Quantities() {}

  /**
   * Checks a quantity of an item applied for, changed to or confirmed.
   *
   * @param item the catalog item's code, not null
   * @param quantity the quantity, not null
   * @param catalog the catalog's versions, not null: the item's scaling is the one of the version in force
   *     on the day, or of the latest version that lists it
   * @param day the day, not null
   * @return the violation refusing it ({@link LifecycleViolations#QUANTITY_OUT_OF_LIMITS} or {@link
   *     LifecycleViolations#WHOLE_UNITS_REQUIRED}), or empty
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> check(String item, BigDecimal quantity, CatalogHistory catalog, LocalDate day) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(day, "day");
    if (quantity.signum() <= 0) {
      return Optional.empty();
    }
    Optional<String> problem = Limits.quantityProblem(quantity);
    if (problem.isPresent()) {
      return Optional.of(LifecycleViolations.quantityOutOfLimits(item, quantity, problem.get()));
    }
    boolean bundle = scaling(item, catalog, day).filter(s -> s == CatalogItem.Scaling.BUNDLE).isPresent();
    if (bundle && quantity.stripTrailingZeros().scale() > 0) {
      return Optional.of(LifecycleViolations.wholeUnitsRequired(item, quantity));
    }
    return Optional.empty();
  }

  private static Optional<CatalogItem.Scaling> scaling(String item, CatalogHistory catalog, LocalDate day) {
    Optional<CatalogItem> inForce = catalog.inForceOn(day).flatMap(v -> v.item(item));
    if (inForce.isPresent()) {
      return inForce.map(CatalogItem::scaling);
    }
    List<ServiceCatalog> versions = catalog.versions();
    for (int i = versions.size() - 1; i >= 0; i--) {
      Optional<CatalogItem> listed = versions.get(i).item(item);
      if (listed.isPresent()) {
        return listed.map(CatalogItem::scaling);
      }
    }
    return Optional.empty();
  }
}
