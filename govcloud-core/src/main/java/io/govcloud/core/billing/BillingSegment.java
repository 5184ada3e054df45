package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A priced piece of a resource's billing history (docs/rules.md#r4): consecutive days at one configuration
 * (the work order that set it) and one contracted unit price. A {@link ServicePeriod} splits into
 * segments at the dates the item's price changes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, not null
 * @param order the work order whose configuration is billed, not null
 * @param account the account billed, not null
 * @param unitPrice the monthly price of one unit in force on these days, not null
 * @param firstDay the first day, not null
 * @param lastDay the last day, not null, not before the first
 */
public record BillingSegment(
    ResourceId resource, WorkOrder order, BillingAccount account, Money unitPrice, LocalDate firstDay, LocalDate lastDay) {

  /**
   * Checks the fields.
   *
   * @param resource the resource, not null
   * @param order the work order whose configuration is billed, not null
   * @param account the account billed, not null
   * @param unitPrice the monthly price of one unit in force on these days, not null
   * @param firstDay the first day, not null
   * @param lastDay the last day, not null, not before the first
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the last day is before the first
   */
  public BillingSegment {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("segment of " + resource + ": last day " + lastDay + " is before first day " + firstDay);
    }
  }

  /** {@return the catalog item's code, not null} */
  public String item() {
    return order.item();
  }

  /** {@return the number of units, positive} */
  public BigDecimal quantity() {
    return order.quantity();
  }

  /**
   * What a full month costs at this segment: unit price × quantity, rounded half-up to the fen (四舍五入,
   * docs/rules.md#r4) when the quantity has decimals.
   *
   * @return the amount of a full month, not null
   */
  public Money monthlyAmount() {
    return monthlyAmount(unitPrice, order.quantity());
  }

  /** Unit price × quantity, half-up to the fen; in {@code long} when the quantity is whole. */
  static Money monthlyAmount(Money unitPrice, BigDecimal quantity) {
    if (quantity.scale() <= 0 && quantity.precision() - quantity.scale() <= 18) {
      return unitPrice.times(quantity.longValue());
    }
    return unitPrice.times(quantity);
  }
}
