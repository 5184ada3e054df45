package io.govcloud.core.billing;

import io.govcloud.model.BillLine;
import io.govcloud.model.Money;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between a provider's statement and the computed bill of a month (docs/rules.md#r4), with
 * the computed breakdown beside it. Created by {@link Reconciliation}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Discrepancy {

  /** What differs. */
  public enum Kind {
    /** The bill has lines of this resource, item and quantity that the statement does not state. */
    MISSING_FROM_STATEMENT,
    /** The statement states a resource, item and quantity the bill has no line for. */
    NOT_IN_BILL,
    /** Both have the resource and item, with another quantity (the amounts may differ too). */
    QUANTITY_DIFFERS,
    /** Both have the resource, item and quantity, with another amount. */
    AMOUNT_DIFFERS
  }

  private final Kind kind;
  private final ResourceId resource;
  private final String item;
  private final BigDecimal statedQuantity;
  private final Money statedAmount;
  private final List<BillLine> computed;

  Discrepancy(Kind kind, ResourceId resource, String item, BigDecimal statedQuantity, Money statedAmount, List<BillLine> computed) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.resource = Objects.requireNonNull(resource, "resource");
    this.item = Objects.requireNonNull(item, "item");
    this.statedQuantity = statedQuantity;
    this.statedAmount = statedAmount;
    this.computed = List.copyOf(computed);
  }

  /** {@return what differs, not null} */
  public Kind kind() {
    return kind;
  }

  /** {@return the resource, not null} */
  public ResourceId resource() {
    return resource;
  }

  /** {@return the catalog item's code, not null} */
  public String item() {
    return item;
  }

  /** {@return the quantity the statement states; empty for {@link Kind#MISSING_FROM_STATEMENT}} */
  public Optional<BigDecimal> statedQuantity() {
    return Optional.ofNullable(statedQuantity);
  }

  /**
   * {@return the amount the statement states (summed over its lines of this key); empty for {@link
   * Kind#MISSING_FROM_STATEMENT}}
   */
  public Optional<Money> statedAmount() {
    return Optional.ofNullable(statedAmount);
  }

  /** {@return the computed quantity; empty for {@link Kind#NOT_IN_BILL}} */
  public Optional<BigDecimal> computedQuantity() {
    return computed.isEmpty() ? Optional.empty() : Optional.of(computed.get(0).quantity());
  }

  /** {@return the computed amount, the sum of {@link #computed()}; zero for {@link Kind#NOT_IN_BILL}} */
  public Money computedAmount() {
    long fen = 0;
    for (BillLine line : computed) {
      fen = Math.addExact(fen, line.amount().toFen());
    }
    return Money.ofFen(fen);
  }

  /**
   * {@return the computed lines behind the difference: days used, unit price, amounts; empty for {@link
   * Kind#NOT_IN_BILL}}
   */
  public List<BillLine> computed() {
    return computed;
  }

  /** {@return the stated amount minus the computed amount (a missing statement line states zero)} */
  public Money difference() {
    return (statedAmount == null ? Money.ZERO : statedAmount).minus(computedAmount());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Discrepancy other
        && kind == other.kind
        && resource.equals(other.resource)
        && item.equals(other.item)
        && Objects.equals(statedQuantity, other.statedQuantity)
        && Objects.equals(statedAmount, other.statedAmount)
        && computed.equals(other.computed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, resource, item, statedQuantity, statedAmount, computed);
  }

  /** The discrepancy as {@code KIND resource item: stated … computed …}. */
  @Override
  public String toString() {
    return kind + " " + resource + " " + item + ": stated "
        + (statedQuantity == null ? "nothing" : statedQuantity.toPlainString() + " for " + statedAmount)
        + ", computed " + computedQuantity().map(q -> q.toPlainString() + " for " + computedAmount()).orElse("nothing");
  }
}
