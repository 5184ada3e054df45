package io.govcloud.core.internal;

import io.govcloud.core.reallocation.PeriodicCapacity;
import io.govcloud.core.reallocation.ReallocationPolicy;
import io.govcloud.core.reallocation.Redundancy;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Platform;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Violation;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads what a department's recorded idle capacity on a platform meets of a new demand (Art. 16, 18;
 * rule R5.2): the latest utilization record of each dimension of the item and the capacity declared for
 * the recurring period in force (Art. 23), weighed by {@link Redundancy#of}.
 */
final class IdleCapacities {

  private final Supplier<CatalogHistory> catalog;
  private final ReallocationPolicy policy;

  IdleCapacities(Supplier<CatalogHistory> catalog, ReallocationPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
  }

  /**
   * The units of an item the department's idle capacity on a platform meets on a day. An item the catalog
   * in force does not list meets nothing (the application's own rules refuse it); so does idle capacity
   * that cannot be weighed because a periodic resource's item is in no catalog in force.
   */
  Redundancy of(UnitOfWork uow, DepartmentId department, Platform platform, String itemCode, LocalDate today, Instant now) {
    Optional<CatalogItem> item = catalog.get().inForceOn(today).flatMap(c -> c.item(itemCode));
    if (item.isEmpty()) {
      return Redundancy.none(itemCode);
    }
    Map<Dimension, UtilizationRecord> latest = new HashMap<>();
    Map<Dimension, BigDecimal> periodic = new HashMap<>();
    List<CloudResource> resources = uow.resources().ofDepartment(department);
    for (Dimension dimension : item.get().configuration().quantities().keySet()) {
      uow.utilization().latest(department, platform.id(), dimension).ifPresent(record -> latest.put(dimension, record));
      Either<Violation, PeriodicCapacity> declared = PeriodicCapacity.declaredOn(department, platform.id(), dimension, today, resources, catalog.get());
      if (declared.isLeft()) {
        return Redundancy.none(itemCode);
      }
      periodic.put(dimension, declared.get().total());
    }
    return Redundancy.of(item.get(), latest, periodic, policy, now);
  }
}
