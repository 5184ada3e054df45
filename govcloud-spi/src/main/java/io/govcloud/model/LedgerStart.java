package io.govcloud.model;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The start of the billing ledger (docs/rules.md#r4: the ledger's first month is set explicitly when the
 * host starts billing): the first month billed, and when the municipal authority started the ledger.
 * Service before the first month is outside the ledger; months are issued one after another from it.
 * A store keeps one start at most, and never changes it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstMonth the first month billed, not null
 * @param startedAt when the ledger was started, not null
 */
public record LedgerStart(YearMonth firstMonth, Instant startedAt) {

  /**
   * Checks the fields.
   *
   * @param firstMonth the first month billed, not null
   * @param startedAt when the ledger was started, not null
   * @throws NullPointerException if a field is null
   */
  public LedgerStart {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
