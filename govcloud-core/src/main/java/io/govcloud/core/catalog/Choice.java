package io.govcloud.core.catalog;

/**
 * The best items found so far in one adaptation (Art. 27, docs/rules.md#r3): the best exact match, the best
 * item within the bound, and whether any item met the demand at all. Items are offered one by one with
 * {@link #visit}; the order of R3 is total, so the outcome does not depend on the order of the visits.
 * A scratch value of one adaptation, not shared.
 */
final class Choice {

  private final CategoryIndex index;
  private final Demand demand;
  private final CategoryIndex.Screening screened = new CategoryIndex.Screening();
  /** The best exact match so far, or null. */
  Fit exact;
  /** The best item within the bound so far, or null; not kept up once an exact match is found. */
  Fit adapted;
  /** Whether a visited item met the demand. */
  boolean anyCandidate;

  Choice(CategoryIndex index, Demand demand) {
    this.index = index;
    this.demand = demand;
  }

  /** Screens item {@code i} and keeps it if it is better than the best of its kind so far. */
  void visit(int i) {
    if (!index.screen(i, demand, screened)) {
      return;
    }
    anyCandidate = true;
    if (screened.exact) {
      exact = better(i, exact);
    } else if (screened.withinBound && exact == null) {
      adapted = better(i, adapted);
    }
  }

  /** Whether an item was chosen, exactly or within the bound. */
  boolean chose() {
    return exact != null || adapted != null;
  }

  /**
   * The better of item {@code i} (just screened) and the best so far, by the order of R3. Allocates only
   * when the item is cheaper than the best or ties with it on cost.
   */
  private Fit better(int i, Fit best) {
    if (best == null) {
      return index.fit(i, demand, screened);
    }
    int byTotal = screened.compareTotal(best);
    if (byTotal > 0) {
      return best;
    }
    Fit fit = index.fit(i, demand, screened);
    return byTotal < 0 || Fit.compare(fit, best, demand) < 0 ? fit : best;
  }
}
