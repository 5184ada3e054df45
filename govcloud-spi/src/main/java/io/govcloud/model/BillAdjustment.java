package io.govcloud.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An adjustment line of a monthly bill: what a late confirmation, termination or correction changes in a
 * month whose bill was already issued (docs/rules.md#r4: an issued bill is never changed). It sits in the bill
 * of the next open month and refers to the month it corrects.
 *
 * <p>{@link #amount()} = {@link #recomputed()} − {@link #issued()} − {@link #previouslyAdjusted()}, for one
 * resource, one account and one corrected month, so that the same correction is never counted twice.
 * {@link #recomputedLines()} explains the recomputed amount line by line. A store saves the two amounts
 * and the lines; the recomputed total and the adjustment are derived.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource whose charge changes, not null
 * @param correctedMonth the issued month the adjustment corrects, not null
 * @param recomputedLines the lines the corrected month has now, not null, possibly empty (all in the
 *     corrected month, of the resource)
 * @param issued what the corrected month's bill charged the resource, not null
 * @param previouslyAdjusted what earlier adjustments already added for the resource and month, not null
 */
public record BillAdjustment(
    ResourceId resource, YearMonth correctedMonth, List<BillLine> recomputedLines, Money issued, Money previouslyAdjusted) {

  /**
   * Checks and copies the fields.
   *
   * @param resource the resource whose charge changes, not null
   * @param correctedMonth the issued month the adjustment corrects, not null
   * @param recomputedLines the lines the corrected month has now, not null, possibly empty (all in the
   *     corrected month, of the resource)
   * @param issued what the corrected month's bill charged the resource, not null
   * @param previouslyAdjusted what earlier adjustments already added for the resource and month, not null
   * @throws NullPointerException if a field or a line is null
   * @throws IllegalArgumentException if a line is of another resource or month, or the adjustment is zero
   */
  public BillAdjustment {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(correctedMonth, "correctedMonth");
    recomputedLines = List.copyOf(Objects.requireNonNull(recomputedLines, "recomputedLines"));
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(previouslyAdjusted, "previouslyAdjusted");
    for (BillLine line : recomputedLines) {
      if (!line.resource().equals(resource) || !line.month().equals(correctedMonth)) {
        throw new IllegalArgumentException(
            "adjustment of " + resource + " for " + correctedMonth + " cannot explain itself by a line of "
                + line.resource() + " in " + line.month());
      }
    }
    if (Money.total(recomputedLines.stream().map(BillLine::amount).toList()).minus(issued).minus(previouslyAdjusted).isZero()) {
      throw new IllegalArgumentException(
          "adjustment of " + resource + " for " + correctedMonth + " is zero: nothing to adjust");
    }
  }

  /** {@return what the corrected month's lines of the resource cost now: the sum of {@link #recomputedLines()}} */
  public Money recomputed() {
    return Money.total(recomputedLines.stream().map(BillLine::amount).toList());
  }

  /** {@return the adjustment: recomputed − issued − previously adjusted; never zero} */
  public Money amount() {
    return recomputed().minus(issued).minus(previouslyAdjusted);
  }
}
