package io.govcloud.core.billing;

import io.govcloud.model.LedgerStart;
import java.util.List;
import java.util.Objects;

/**
 * The billing ledger as the municipal authority started it (docs/rules.md#r4; Art. 30): its first month,
 * and every confirmed service before that month, which the ledger will not bill.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the ledger's first month and when it was started, not null
 * @param unbilled the service confirmed before the first month, by resource, then first day; not null
 */
public record BillingStart(LedgerStart start, List<UnbilledService> unbilled) {

  /**
   * Checks and copies the fields.
   *
   * @param start the ledger's first month and when it was started, not null
   * @param unbilled the service confirmed before the first month, by resource, then first day; not null
   * @throws NullPointerException if a field or an element is null
   */
  public BillingStart {
    Objects.requireNonNull(start, "start");
    unbilled = List.copyOf(unbilled);
  }
}
