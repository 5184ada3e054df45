package io.govcloud.core.reallocation;

import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The capacity a configuration provides in one dimension, and what a confirmed work order changes in it
 * (rule R2, R6; Art. 17, 22, 24): {@code n} units of an item provide {@code n} times its configuration
 * in every dimension, whether the item is bought by quantity or is a fixed bundle, and nothing in a
 * dimension its configuration does not have.
 *
 * <p>Decision: a work order's configuration is that of its item in the catalog version in force on the
 * work order's own service date, the configuration the department confirmed.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Capacity {

  private Capacity() {}

  /**
   * The capacity of some units of an item in a dimension.
   *
   * @param item the catalog item, not null
   * @param quantity the number of units, not negative
   * @param dimension the dimension, not null
   * @return {@code quantity} times the item's configuration in the dimension, 0 if it has none; not null
   * @throws IllegalArgumentException if the quantity is negative
   */
  public static BigDecimal of(CatalogItem item, BigDecimal quantity, Dimension dimension) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(dimension, "dimension");
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("a quantity of item " + item.code() + " must not be negative, not " + quantity.toPlainString());
    }
    return item.configuration().quantity(dimension).map(quantity::multiply).orElse(BigDecimal.ZERO);
  }

  /**
   * What a confirmed work order changes in a dimension: an opening adds its configuration, a change
   * replaces the configuration of the work order before it, a termination takes away the configuration it
   * terminates.
   *
   * @param catalog the service catalog's history, not null
   * @param previous the resource's work order in force before this one: required for a change, ignored
   *     otherwise
   * @param confirmed the work order confirmed, not null
   * @param dimension the dimension, not null
   * @return the change, negative for a reduction; or {@link ReallocationViolations#ITEM_NOT_IN_CATALOG}
   *     when an item is in no catalog version in force on its work order's service date
   * @throws IllegalArgumentException if a change has no previous work order, or one of another resource
   */
  public static Either<Violation, BigDecimal> change(
      CatalogHistory catalog, Optional<WorkOrder> previous, WorkOrder confirmed, Dimension dimension) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(confirmed, "confirmed");
    Objects.requireNonNull(dimension, "dimension");
    return switch (confirmed.kind()) {
      case OPEN -> of(catalog, confirmed, dimension);
      case TERMINATE -> of(catalog, confirmed, dimension).map(BigDecimal::negate);
      case CHANGE -> {
        WorkOrder before = previous.orElseThrow(() -> new IllegalArgumentException(
            "change work order " + confirmed.id() + " needs the work order in force before it"));
        if (!before.resource().equals(confirmed.resource())) {
          throw new IllegalArgumentException("work order " + before.id() + " is of resource " + before.resource() + ", not of "
              + confirmed.resource());
        }
        yield of(catalog, confirmed, dimension).flatMap(after -> of(catalog, before, dimension).map(after::subtract));
      }
    };
  }

  /**
   * The reduction a confirmed work order is in a dimension, as a case counts it (see {@link
   * #change}).
   *
   * @param catalog the service catalog's history, not null
   * @param previous the resource's work order in force before this one: required for a change
   * @param confirmed the change or termination confirmed, not null
   * @param dimension the dimension, not null
   * @return the reduction, not forced; empty if the work order takes nothing away in the dimension; or
   *     the violation of {@link #change}
   * @throws IllegalArgumentException as {@link #change}
   */
  public static Either<Violation, Optional<ResourceReduction>> reduction(
      CatalogHistory catalog, Optional<WorkOrder> previous, WorkOrder confirmed, Dimension dimension) {
    return change(catalog, previous, confirmed, dimension).map(delta -> {
      if (delta.signum() >= 0) {
        return Optional.<ResourceReduction>empty();
      }
      boolean termination = confirmed.kind() == WorkOrder.Kind.TERMINATE;
      WorkOrder before = termination ? confirmed : previous.orElseThrow();
      return Optional.of(new ResourceReduction(confirmed.resource(), before.item(), before.quantity(), confirmed.item(),
          termination ? BigDecimal.ZERO : confirmed.quantity(), delta.negate(), confirmed.effectiveAt(), Optional.of(confirmed.id()), false));
    });
  }

  private static Either<Violation, BigDecimal> of(CatalogHistory catalog, WorkOrder order, Dimension dimension) {
    Optional<CatalogItem> item = catalog.inForceOn(order.serviceDate()).flatMap(c -> c.item(order.item()));
    return item.<Either<Violation, BigDecimal>>map(i -> Either.right(of(i, order.quantity(), dimension)))
        .orElseGet(() -> Either.left(ReallocationViolations.itemNotInCatalog(order.resource(), order.item(), order.serviceDate())));
  }
}
