package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One line of a monthly bill: a resource at one configuration and one unit price, for consecutive days
 * of one calendar month (Art. 30; docs/rules.md#r4). It says where every figure comes from: the work order
 * that set the configuration, the contract whose price applies, the days used and the days in the month.
 *
 * <p>{@link #monthlyAmount()} is what a full month would cost at this configuration ({@link
 * #unitPrice()} × {@link #quantity()}, rounded half-up to the fen by the billing rule); {@link #amount()}
 * is what the days used cost, prorated by the bill's proration policy. The line is plain data: a store
 * saves and loads it attribute by attribute; the day counts are derived from the two dates.
 *
 * <p>Every attribute is required and not null. This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class BillLine {

  BillLine() {}

  /** {@return a builder; every attribute is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link BillLine}; not thread-safe. */
  public static final class Builder extends ImmutableBillLine.Builder {
    Builder() {}
  }

  /** {@return the resource billed} */
  public abstract ResourceId resource();

  /** {@return the work order whose configuration this line bills (Art. 22: the reference for payment)} */
  public abstract WorkOrderId workOrder();

  /** {@return the contract whose price list gives {@link #unitPrice()}} */
  public abstract ContractId contract();

  /** {@return the project of the annual list the resource is for (Art. 28)} */
  public abstract ProjectId project();

  /** {@return the catalog item's code} */
  public abstract String item();

  /** {@return the item's category in the catalog version in force (docs/rules.md#r2)} */
  public abstract String category();

  /** {@return the number of units, positive} */
  public abstract BigDecimal quantity();

  /** {@return the contracted monthly price of one unit, not negative} */
  public abstract Money unitPrice();

  /** {@return what a full month costs at this configuration, not negative} */
  public abstract Money monthlyAmount();

  /** {@return the first day billed by this line} */
  public abstract LocalDate firstDay();

  /** {@return the last day billed by this line, in the month of {@link #firstDay()}} */
  public abstract LocalDate lastDay();

  /** {@return what the days used cost: between zero and {@link #monthlyAmount()}} */
  public abstract Money amount();

  /** {@return the month billed: that of {@link #firstDay()}} */
  public final YearMonth month() {
    return YearMonth.from(firstDay());
  }

  /** {@return the days used: {@link #firstDay()} to {@link #lastDay()}, both inclusive; at least 1} */
  public final int daysUsed() {
    return (int) (lastDay().toEpochDay() - firstDay().toEpochDay()) + 1;
  }

  /** {@return the number of days of the month billed (28 to 31)} */
  public final int daysInMonth() {
    return firstDay().lengthOfMonth();
  }

  @Value.Check
  void check() {
    Ids.check(item(), "bill line item");
    if (category().isBlank() || category().length() > Texts.MAX_NAME) {
      Texts.requireName(category(), "bill line of " + resource());
    }
    if (quantity().signum() <= 0) {
      throw new IllegalArgumentException(
          "bill line of " + resource() + ": quantity must be positive, not " + quantity().toPlainString());
    }
    if (unitPrice().isNegative()) {
      throw new IllegalArgumentException("bill line of " + resource() + ": unit price " + unitPrice() + " is negative");
    }
    if (lastDay().isBefore(firstDay())) {
      throw new IllegalArgumentException(
          "bill line of " + resource() + ": last day " + lastDay() + " is before first day " + firstDay());
    }
    if (lastDay().getMonthValue() != firstDay().getMonthValue() || lastDay().getYear() != firstDay().getYear()) {
      throw new IllegalArgumentException(
          "bill line of " + resource() + ": days " + firstDay() + " to " + lastDay() + " span more than one month");
    }
    if (amount().isNegative() || amount().isGreaterThan(monthlyAmount())) {
      throw new IllegalArgumentException(
          "bill line of " + resource() + ": amount " + amount() + " is outside zero to the monthly amount " + monthlyAmount());
    }
  }
}
