package io.govcloud.core.billing;

import io.govcloud.model.Money;
import java.math.BigDecimal;

/**
 * The monthly amounts of bill lines (Art. 30; docs/rules.md#r4), unit price × quantity half-up to the fen,
 * remembered for the last few prices and quantities seen, so that the lines of a month share one {@link
 * Money} per price and quantity instead of each holding its own: a city's million lines have a few thousand
 * of them. A direct-mapped cache: a miss computes {@link BillingSegment#monthlyAmount} and replaces the
 * entry. Not API; not thread-safe (one per month billed).
 */
final class MonthlyAmounts {

  private static final int SIZE = 1024;

  private final Money[] prices = new Money[SIZE];
  private final BigDecimal[] quantities = new BigDecimal[SIZE];
  private final Money[] amounts = new Money[SIZE];

  /** Unit price × quantity, half-up to the fen, as {@link BillingSegment#monthlyAmount}. */
  Money of(Money unitPrice, BigDecimal quantity) {
    int h = Long.hashCode(unitPrice.toFen()) * 31 + quantity.hashCode();
    int i = (h ^ (h >>> 16)) & (SIZE - 1);
    Money amount = amounts[i];
    if (amount != null && prices[i].equals(unitPrice) && quantities[i].equals(quantity)) {
      return amount;
    }
    amount = BillingSegment.monthlyAmount(unitPrice, quantity);
    prices[i] = unitPrice;
    quantities[i] = quantity;
    amounts[i] = amount;
    return amount;
  }
}
