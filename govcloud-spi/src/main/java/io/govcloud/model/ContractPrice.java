package io.govcloud.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A provider's contracted monthly unit price for a catalog item, in force from a date until the next
 * price of the same item (docs/rules.md#r2: prices may change over time).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item the catalog item's code, not blank
 * @param unitPrice the monthly price per unit, not negative
 * @param effectiveFrom the first day the price applies, not null
 */
public record ContractPrice(String item, Money unitPrice, LocalDate effectiveFrom) {

  /**
   * Checks the fields.
   *
   * @param item the catalog item's code, not blank
   * @param unitPrice the monthly price per unit, not negative
   * @param effectiveFrom the first day the price applies, not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the item is blank or the price negative or above {@link
   *     Limits#MAX_UNIT_PRICE}
   */
  public ContractPrice {
    Ids.check(item, "ContractPrice item");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (unitPrice.isNegative()) {
      throw new IllegalArgumentException("the price of " + item + " from " + effectiveFrom + " is negative: " + unitPrice);
    }
    Limits.requireUnitPrice(unitPrice, "the price of " + item + " from " + effectiveFrom);
  }

  /**
   * A price.
   *
   * @param item the catalog item's code, not blank
   * @param unitPrice the monthly price per unit, not negative
   * @param effectiveFrom the first day the price applies, not null
   * @return the price
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the item is blank or the unit price negative
   */
  public static ContractPrice of(String item, Money unitPrice, LocalDate effectiveFrom) {
    return new ContractPrice(item, unitPrice, effectiveFrom);
  }
}
