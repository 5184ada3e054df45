package io.govcloud.core.reallocation;

import io.govcloud.core.lifecycle.PeriodicDemand;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The capacity a department declared for the recurring period in force on a date, which is not idle
 * inside that period (Art. 23: 云资源需求有固定周期变化的，按照周期变化而申请、配置云资源; rule R6).
 *
 * <p>Decision, for each of the department's resources on the platform that is in service and has
 * periods ({@link CloudResource#periods()}): its <em>base</em> quantity is the least quantity of its
 * periods, what it needs all year; the quantity of the period in force on the date ({@link
 * PeriodicDemand#inForceOn}) above the base is declared for that period. Only what is configured counts:
 * the periodic quantity is {@code max(0, min(period's quantity, configured quantity) - base)} units, and
 * its capacity in the dimension is that many units of the resource's item ({@link Capacity#of}). The
 * total over the resources is subtracted from the idle capacity measured, never below zero (see {@link
 * Assessment}): periodic capacity that is idle inside its period is what the department said it would
 * need there, not waste. Outside its period a resource's capacity above the base is counted like any
 * other.
 *
 * <p>In service: {@link ResourceState#ACTIVE}, a change or termination applied for or approved, or a
 * confirmed emergency configuration. The item's configuration is that of the catalog in force on the
 * date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodicCapacity {

  private static final Set<ResourceState> IN_SERVICE = EnumSet.of(ResourceState.ACTIVE, ResourceState.CHANGE_REQUESTED,
      ResourceState.CHANGE_APPROVED, ResourceState.TERMINATION_REQUESTED, ResourceState.TERMINATION_APPROVED,
      ResourceState.EMERGENCY_CONFIRMED);

  /**
   * One resource's part.
   *
   * @param resource the resource, not null
   * @param period the first day of the period in force, not null
   * @param periodQuantity the period's quantity, not null
   * @param baseQuantity the least quantity of the resource's periods, not null
   * @param configured the quantity configured, not null
   * @param capacity the capacity declared for the period in the dimension, not negative
   */
  public record Part(
      ResourceId resource, MonthDay period, BigDecimal periodQuantity, BigDecimal baseQuantity, BigDecimal configured, BigDecimal capacity) {
    /**
     * Checks the fields are present.
     *
     * @param resource the resource, not null
     * @param period the first day of the period in force, not null
     * @param periodQuantity the period's quantity, not null
     * @param baseQuantity the least quantity of the resource's periods, not null
     * @param configured the quantity configured, not null
     * @param capacity the capacity declared for the period in the dimension, not negative
     */
    public Part {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(periodQuantity, "periodQuantity");
      Objects.requireNonNull(baseQuantity, "baseQuantity");
      Objects.requireNonNull(configured, "configured");
      Objects.requireNonNull(capacity, "capacity");
    }
  }

  private final LocalDate date;
  private final Dimension dimension;
  private final List<Part> parts;
  private final BigDecimal total;

  private PeriodicCapacity(LocalDate date, Dimension dimension, List<Part> parts) {
    this.date = date;
    this.dimension = dimension;
    this.parts = List.copyOf(parts);
    this.total = parts.stream().map(Part::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The capacity a department declared on a platform for the periods in force on a date.
   *
   * @param department the department, not null
   * @param platform the platform, not null
   * @param dimension the dimension, not null
   * @param date the date, in the platform's zone; not null
   * @param resources resources to consider: those of other departments or platforms, not in service or
   *     without periods are ignored; not null
   * @param catalog the service catalog's history, not null
   * @return the periodic capacity, or {@link ReallocationViolations#ITEM_NOT_IN_CATALOG} when a periodic
   *     resource's item is in no catalog in force on the date
   * @throws NullPointerException if an argument or a resource is null
   */
  public static Either<Violation, PeriodicCapacity> declaredOn(
      DepartmentId department, PlatformId platform, Dimension dimension, LocalDate date, Collection<CloudResource> resources,
      CatalogHistory catalog) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(catalog, "catalog");
    List<CloudResource> periodic = resources.stream()
        .filter(r -> r.department().equals(department) && r.platform().equals(platform))
        .filter(r -> IN_SERVICE.contains(r.state()) && !r.periods().isEmpty())
        .sorted(Comparator.comparing(CloudResource::id))
        .toList();
    List<Part> parts = new ArrayList<>();
    for (CloudResource resource : periodic) {
      Optional<CatalogItem> item = catalog.inForceOn(date).flatMap(c -> c.item(resource.item()));
      if (item.isEmpty()) {
        return Either.left(ReallocationViolations.itemNotInCatalog(resource.id(), resource.item(), date));
      }
      CloudResource.Period inForce = PeriodicDemand.inForceOn(resource.periods(), date).orElseThrow();
      BigDecimal base = resource.periods().stream().map(CloudResource.Period::quantity).reduce(BigDecimal::min).orElseThrow();
      BigDecimal above = inForce.quantity().min(resource.quantity()).subtract(base).max(BigDecimal.ZERO);
      parts.add(new Part(resource.id(), inForce.from(), inForce.quantity(), base, resource.quantity(), Capacity.of(item.get(), above, dimension)));
    }
    return Either.right(new PeriodicCapacity(date, dimension, parts));
  }

  /**
   * No periodic capacity: for a department without periodic demand.
   *
   * @param dimension the dimension, not null
   * @param date the date, not null
   * @return the empty periodic capacity, not null
   */
  public static PeriodicCapacity none(Dimension dimension, LocalDate date) {
    return new PeriodicCapacity(Objects.requireNonNull(date, "date"), Objects.requireNonNull(dimension, "dimension"), List.of());
  }

  /**
   * The date, not null.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The dimension, not null.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Each periodic resource's part, by resource id; not null.
   *
   * @return each periodic resource's part, by resource id; not null
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * The capacity declared for the periods in force, in total; not negative, not null.
   *
   * @return the capacity declared for the periods in force, in total; not negative, not null
   */
  public BigDecimal total() {
    return total;
  }

  @Override
  public String toString() {
    return "PeriodicCapacity[" + total.toPlainString() + " " + dimension + " on " + date + ", " + parts.size() + " resources]";
  }
}
