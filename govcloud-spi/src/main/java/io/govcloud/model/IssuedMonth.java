package io.govcloud.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A month whose bills were issued and frozen (docs/rules.md#r4: a bill already issued is never changed): the
 * month, the proration policy its bills were computed with, and when it was issued. Months are issued
 * one after another from the first month billed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month the month, not null
 * @param proration the name of the proration policy, not blank
 * @param issuedAt when it was issued, not null
 */
public record IssuedMonth(YearMonth month, String proration, Instant issuedAt) implements Comparable<IssuedMonth> {

  /**
   * Checks the fields.
   *
   * @param month the month, not null
   * @param proration the name of the proration policy, not blank
   * @param issuedAt when it was issued, not null
   */
  public IssuedMonth {
    Objects.requireNonNull(month, "month");
    Ids.check(proration, "proration");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  @Override
  public int compareTo(IssuedMonth other) {
    return month.compareTo(other.month);
  }
}
