package io.govcloud.core.billing;

import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.WorkOrder;
import java.time.LocalDate;
import java.util.NavigableMap;

/**
 * The prices of one item in one contract's list by effective date, as arrays (docs/rules.md#r2, #r4): what
 * billing reads for every segment, without the views and entries a {@link NavigableMap} would allocate.
 * Immutable; not API.
 */
final class PriceTable {

  /** Told of each priced piece of days. */
  interface Pieces {
    /**
     * A piece of consecutive days at one unit price.
     *
     * @param order the work order whose configuration is billed
     * @param unitPrice the unit price in force
     * @param first the first day
     * @param last the last day
     */
    void piece(WorkOrder order, Money unitPrice, LocalDate first, LocalDate last);
  }

  static final PriceTable EMPTY = new PriceTable(new LocalDate[0], new Money[0]);

  private final LocalDate[] from;
  private final Money[] prices;

  private PriceTable(LocalDate[] from, Money[] prices) {
    this.from = from;
    this.prices = prices;
  }

  static PriceTable of(NavigableMap<LocalDate, ContractPrice> byDate) {
    LocalDate[] from = new LocalDate[byDate.size()];
    Money[] prices = new Money[byDate.size()];
    int i = 0;
    for (ContractPrice price : byDate.values()) {
      from[i] = price.effectiveFrom();
      prices[i] = price.unitPrice();
      i++;
    }
    return new PriceTable(from, prices);
  }

  /**
   * Splits {@code [start, end]} at the dates the price changes and tells each piece.
   *
   * @return false, telling nothing, if no price is in force on {@code start}
   */
  boolean split(WorkOrder order, LocalDate start, LocalDate end, Pieces out) {
    int p = from.length - 1;
    while (p >= 0 && from[p].isAfter(start)) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    LocalDate pieceStart = start;
    for (int q = p + 1; q < from.length && !from[q].isAfter(end); q++) {
      out.piece(order, prices[p], pieceStart, from[q].minusDays(1));
      pieceStart = from[q];
      p = q;
    }
    out.piece(order, prices[p], pieceStart, end);
    return true;
  }
}
