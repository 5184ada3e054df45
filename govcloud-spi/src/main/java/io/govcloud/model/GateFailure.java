package io.govcloud.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A security gate a platform failed on its acceptance date: it held no valid attestation of a kind, so it
 * cannot pass, whatever its score (Art. 32, 36; rule R7). It says which gate and since when.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param platform the platform, not null
 * @param kind the attestation it lacked, not null
 * @param lapsedOn the first day on which its latest attestation of the kind was no longer valid; empty if
 *     it never held one dated on or before the acceptance date; not null
 */
public record GateFailure(PlatformId platform, AttestationKind kind, Optional<LocalDate> lapsedOn) {

  /**
   * Checks the fields.
   *
   * @param platform the platform, not null
   * @param kind the attestation it lacked, not null
   * @param lapsedOn the first day on which its latest attestation of the kind was no longer valid; empty if
   *     it never held one dated on or before the acceptance date; not null
   * @throws NullPointerException if a field is null
   */
  public GateFailure {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lapsedOn, "lapsedOn");
  }

  /** {@return the article of the gate:} Art. 32 or Art. 36; not null. */
  public Article article() {
    return kind.article();
  }
}
