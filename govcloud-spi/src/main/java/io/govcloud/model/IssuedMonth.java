package io.govcloud.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A month of a jurisdiction's ledger whose bills were issued and frozen (docs/rules.md#r4: a bill already
 * issued is never changed): the jurisdiction whose platforms' accounts were billed, the month, the
 * proration policy its bills were computed with, and when it was issued. Each jurisdiction's months are
 * issued one after another from its ledger's first month.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param jurisdiction the jurisdiction whose ledger issued it, not null
 * @param month the month, not null
 * @param proration the name of the proration policy, not blank
 * @param issuedAt when it was issued, not null
 */
public record IssuedMonth(Jurisdiction jurisdiction, YearMonth month, String proration, Instant issuedAt)
    implements Comparable<IssuedMonth> {

  /**
   * Checks the fields.
   *
   * @param jurisdiction the jurisdiction whose ledger issued it, not null
   * @param month the month, not null
   * @param proration the name of the proration policy, not blank
   * @param issuedAt when it was issued, not null
   */
  public IssuedMonth {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(month, "month");
    Ids.check(proration, "proration");
    Limits.requireInstant(issuedAt, "issuedAt");
  }

  /**
   * A month of the municipal ledger, the one ledger a store kept before ledgers were kept by jurisdiction.
   *
   * @param month the month, not null
   * @param proration the name of the proration policy, not blank
   * @param issuedAt when it was issued, not null
   */
  public IssuedMonth(YearMonth month, String proration, Instant issuedAt) {
    this(Jurisdiction.MUNICIPAL, month, proration, issuedAt);
  }

  /**
   * Orders by month, then jurisdiction code.
   *
   * @param other the month to compare with, not null
   * @return negative, zero or positive as this month comes before, with or after the other
   */
  @Override
  public int compareTo(IssuedMonth other) {
    int byMonth = month.compareTo(other.month);
    return byMonth != 0 ? byMonth : jurisdiction.code().compareTo(other.jurisdiction.code());
  }
}
