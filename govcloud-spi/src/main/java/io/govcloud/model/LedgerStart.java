package io.govcloud.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The start of a jurisdiction's billing ledger (docs/rules.md#r4: the ledger's first month is set
 * explicitly when the host starts billing; each authority bills the platforms of its own level, Art. 17,
 * 20): the jurisdiction whose platforms' accounts the ledger bills, the first month billed, and when that
 * jurisdiction's authority started it. Service before the first month is outside the ledger; months are
 * issued one after another from it. A store keeps one start at most per jurisdiction, and never changes it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param jurisdiction the jurisdiction whose ledger it is, not null
 * @param firstMonth the first month billed, not null
 * @param startedAt when the ledger was started, not null
 */
public record LedgerStart(Jurisdiction jurisdiction, YearMonth firstMonth, Instant startedAt) {

  /**
   * Checks the fields.
   *
   * @param jurisdiction the jurisdiction whose ledger it is, not null
   * @param firstMonth the first month billed, not null
   * @param startedAt when the ledger was started, not null
   * @throws NullPointerException if a field is null
   */
  public LedgerStart {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(firstMonth, "firstMonth");
    Limits.requireInstant(startedAt, "startedAt");
  }

  /**
   * The start of the municipal ledger, the one ledger a store kept before ledgers were kept by
   * jurisdiction.
   *
   * @param firstMonth the first month billed, not null
   * @param startedAt when the ledger was started, not null
   * @throws NullPointerException if an argument is null
   */
  public LedgerStart(YearMonth firstMonth, Instant startedAt) {
    this(Jurisdiction.MUNICIPAL, firstMonth, startedAt);
  }
}
