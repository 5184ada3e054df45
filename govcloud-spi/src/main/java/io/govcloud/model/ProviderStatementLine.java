package io.govcloud.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a provider's monthly statement: what the provider says a resource cost (docs/rules.md#r4,
 * reconciliation).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, not null
 * @param item the catalog item's code, not blank
 * @param quantity the number of units, positive
 * @param amount the amount the provider charges, not null (a credit may be negative)
 */
public record ProviderStatementLine(ResourceId resource, String item, BigDecimal quantity, Money amount) {

  /**
   * Checks the fields.
   *
   * @param resource the resource, not null
   * @param item the catalog item's code, not blank
   * @param quantity the number of units, positive
   * @param amount the amount the provider charges, not null (a credit may be negative)
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the item is blank or the quantity not positive
   */
  public ProviderStatementLine {
    Objects.requireNonNull(resource, "resource");
    Ids.check(item, "ProviderStatementLine item");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(amount, "amount");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException(
          "statement line of " + resource + ": quantity must be positive, not " + quantity.toPlainString());
    }
  }

  /**
   * A statement line.
   *
   * @param resource the resource, not null
   * @param item the catalog item's code, not blank
   * @param quantity the number of units, positive
   * @param amount the amount the provider charges, not null (a credit may be negative)
   * @return the line
   */
  public static ProviderStatementLine of(ResourceId resource, String item, BigDecimal quantity, Money amount) {
    return new ProviderStatementLine(resource, item, quantity, amount);
  }
}
