package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service work order (服务工单): generated when a department confirms the quantity and time of
 * resources opened, changed or terminated (Art. 22, 24); the reference for payment and the only source
 * of billing (Art. 30: nothing is billed before confirmation produces a work order).
 *
 * <p>{@link #effectiveAt()} is the time the department confirmed: for {@link Kind#OPEN} and {@link
 * Kind#CHANGE} the configuration-completion time, for {@link Kind#TERMINATE} the termination time. Its
 * day in the platform's zone is {@link #serviceDate()}: the first day billed at the new configuration,
 * or the last day of service. {@link #item()} and {@link #quantity()} are the configuration in force from
 * that day (for a termination, the configuration terminated).
 *
 * <p>A work order that corrects an earlier one names it in {@link #supersedes()}; billing then uses the
 * correction in its place (docs/rules.md#r4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class WorkOrder {

  /** What the work order confirms. */
  public enum Kind {
    /** Resources opened (开通), confirmed after a passed trial (Art. 21, 22). */
    OPEN,
    /** A change of item or quantity (变更). */
    CHANGE,
    /** A termination (终止), confirmed after the checklist of Art. 24. */
    TERMINATE
  }

  WorkOrder() {}

  /** {@return a builder; every attribute but {@link #supersedes()} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link WorkOrder}. */
  public static final class Builder extends ImmutableWorkOrder.Builder {
    Builder() {}
  }

  /** {@return the work order's identifier} */
  public abstract WorkOrderId id();

  /** {@return the resource it concerns} */
  public abstract ResourceId resource();

  /** {@return what it confirms} */
  public abstract Kind kind();

  /** {@return the department that confirmed and pays} */
  public abstract DepartmentId department();

  /** {@return the platform the resource runs on} */
  public abstract PlatformId platform();

  /** {@return the provider that serves it} */
  public abstract ProviderId provider();

  /** {@return the contract its price comes from} */
  public abstract ContractId contract();

  /** {@return the project of the annual list the resource is for (Art. 28)} */
  public abstract ProjectId project();

  /** {@return the catalog item in force from {@link #serviceDate()}} */
  public abstract String item();

  /** {@return the number of units of the item in force from {@link #serviceDate()}, positive} */
  public abstract BigDecimal quantity();

  /** {@return the confirmed configuration-completion or termination time} */
  public abstract Instant effectiveAt();

  /** {@return the platform's zone, in which days are counted} */
  public abstract ZoneId zone();

  /** {@return when the department confirmed: the time the work order was generated (Art. 22)} */
  public abstract Instant confirmedAt();

  /** {@return the earlier work order this one corrects, if any} */
  public abstract Optional<WorkOrderId> supersedes();

  /** {@return the day of {@link #effectiveAt()} in the platform's zone} */
  @Value.Lazy
  public LocalDate serviceDate() {
    return effectiveAt().atZone(zone()).toLocalDate();
  }

  @Value.Check
  void check() {
    Limits.requireQuantity(quantity(), "work order " + id() + ": quantity");
    Ids.check(item(), "work order " + id() + " item");
    Limits.requireInstant(effectiveAt(), "work order " + id() + ": effectiveAt");
    Limits.requireInstant(confirmedAt(), "work order " + id() + ": confirmedAt");
    if (supersedes().isPresent() && supersedes().get().equals(id())) {
      throw new IllegalArgumentException("work order " + id() + " cannot supersede itself");
    }
  }
}
