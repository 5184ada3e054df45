package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reduction of one resource that a reduction case counts (Art. 17; rule R6): the configuration before
 * and after, the capacity it took away in the case's dimension (from the catalog items' configurations),
 * when it took effect, and the work order that confirms it. A department's own reduction is a confirmed
 * change or termination; the authority's is {@code forced}, and becomes a change work order so that
 * billing follows (Art. 22, 30).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, not null
 * @param fromItem the catalog item before, not blank
 * @param fromQuantity the quantity before, positive
 * @param toItem the catalog item after (the same for a termination), not blank
 * @param toQuantity the quantity after, 0 for a termination, not negative
 * @param capacity the capacity taken away in the case's dimension, positive
 * @param effectiveAt when it took effect, not null
 * @param workOrder the work order confirming it, if there is one yet; not null
 * @param forced whether the authority imposed it
 */
public record ResourceReduction(
    ResourceId resource,
    String fromItem,
    BigDecimal fromQuantity,
    String toItem,
    BigDecimal toQuantity,
    BigDecimal capacity,
    Instant effectiveAt,
    Optional<WorkOrderId> workOrder,
    boolean forced) {

  /**
   * Checks the fields.
   *
   * @param resource the resource, not null
   * @param fromItem the catalog item before, not blank
   * @param fromQuantity the quantity before, positive
   * @param toItem the catalog item after (the same for a termination), not blank
   * @param toQuantity the quantity after, 0 for a termination, not negative
   * @param capacity the capacity taken away in the case's dimension, positive
   * @param effectiveAt when it took effect, not null
   * @param workOrder the work order confirming it, if there is one yet; not null
   * @param forced whether the authority imposed it
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if an item is not a valid identifier, the quantity before is not
   *     positive, the quantity after negative, or the capacity not positive
   */
  public ResourceReduction {
    Objects.requireNonNull(resource, "resource");
    Ids.check(fromItem, "fromItem");
    Ids.check(toItem, "toItem");
    Objects.requireNonNull(fromQuantity, "fromQuantity");
    Objects.requireNonNull(toQuantity, "toQuantity");
    Objects.requireNonNull(capacity, "capacity");
    Limits.requireInstant(effectiveAt, "effectiveAt");
    Objects.requireNonNull(workOrder, "workOrder");
    if (fromQuantity.signum() <= 0 || toQuantity.signum() < 0) {
      throw new IllegalArgumentException("the reduction of resource " + resource + " must be from a positive quantity to one not negative, not "
          + fromQuantity.toPlainString() + " to " + toQuantity.toPlainString());
    }
    if (capacity.signum() <= 0) {
      throw new IllegalArgumentException("the reduction of resource " + resource + " must take away a positive capacity, not " + capacity.toPlainString());
    }
  }
}
