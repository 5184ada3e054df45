package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of consecutive days in which a resource was in service at one configuration, the one a work
 * order set (Art. 22, 30; docs/rules.md#r4): from the first day billed at it to the last, or open-ended while
 * it is still in force. Built by {@link BillingHistory}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServicePeriod {

  private final WorkOrder order;
  private final BillingAccount account;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  ServicePeriod(WorkOrder order, LocalDate firstDay, LocalDate lastDay) {
    this.order = order;
    this.account = BillingAccount.of(order);
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** {@return the work order whose configuration is billed in this period, not null} */
  public WorkOrder order() {
    return order;
  }

  /** {@return the account billed: the order's department, platform and provider; not null} */
  public BillingAccount account() {
    return account;
  }

  /** {@return the catalog item's code, not null} */
  public String item() {
    return order.item();
  }

  /** {@return the number of units, positive} */
  public BigDecimal quantity() {
    return order.quantity();
  }

  /** {@return the first day billed at this configuration, not null} */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** {@return the last day billed at this configuration; empty while it is still in force} */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(lastDay);
  }

  /** The last day, or null while open-ended. */
  LocalDate lastDayOrNull() {
    return lastDay;
  }

  ServicePeriod endingOn(LocalDate day) {
    return new ServicePeriod(order, firstDay, day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServicePeriod other
        && order.equals(other.order)
        && firstDay.equals(other.firstDay)
        && Objects.equals(lastDay, other.lastDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, firstDay, lastDay);
  }

  /** The period as {@code item × quantity from first to last (work order)}. */
  @Override
  public String toString() {
    return order.item() + " × " + order.quantity().toPlainString() + " from " + firstDay + " to "
        + (lastDay == null ? "open" : lastDay) + " (" + order.id() + ")";
  }
}
