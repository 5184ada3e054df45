package io.govcloud.core.acceptance;

import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.GateFailure;
import io.govcloud.model.PlatformId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The security gates of acceptance (Art. 32, 36; rule R7): on its acceptance date a platform must hold a
 * valid cloud computing service security assessment (云计算服务安全评估) and a valid classified protection
 * test (等保测评); without a valid one of each it cannot pass, whatever its score, and the result says which
 * gate failed and since when.
 *
 * <p>An attestation counts from the day it was passed; one dated after the acceptance date does not count
 * on it. Validity follows {@link AttestationValidity}; a gate whose period is not configured is refused,
 * not guessed, when an attestation of its kind would need it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SecurityGates {

  private SecurityGates() {}

  /**
   * Records a passed assessment or test (Art. 32, 36).
   *
   * @param id the new attestation's id, not null
   * @param platform the platform attested, not null
   * @param kind the kind, not null
   * @param passedOn the date it was passed, not after today in {@code zone}
   * @param document the attesting document, not blank, at most 200 characters
   * @param now the instant it is recorded, not null
   * @param zone the platform's zone, in which "today" is counted, not null
   * @return the attestation, never saved; or {@link AcceptanceViolations#ATTESTATION_IN_FUTURE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the document is blank or too long
   */
  public static Either<Violation, SecurityAttestation> attest(
      AttestationId id, PlatformId platform, AttestationKind kind, LocalDate passedOn, String document, Instant now, ZoneId zone) {
    Objects.requireNonNull(passedOn, "passedOn");
    LocalDate today = LocalDate.ofInstant(Objects.requireNonNull(now, "now"), Objects.requireNonNull(zone, "zone"));
    SecurityAttestation attestation = SecurityAttestation.of(id, platform, kind, passedOn, document, now);
    if (passedOn.isAfter(today)) {
      return Either.left(AcceptanceViolations.attestationInFuture(platform, kind, passedOn, today));
    }
    return Either.right(attestation);
  }

  /**
   * The gates a platform fails on a date: one {@link GateFailure} per kind of attestation it holds no valid
   * one of, in the order of {@link AttestationKind}; empty when it passes both.
   *
   * @param platform the platform, not null
   * @param on the acceptance date, not null
   * @param attestations the platform's attestations, of every kind and date, not null
   * @param validity the validity periods, not null
   * @return the gates failed, or {@link AcceptanceViolations#VALIDITY_NOT_CONFIGURED} when the platform holds
   *     an attestation of a kind whose period is unknown
   * @throws NullPointerException if an argument or an attestation is null
   * @throws IllegalArgumentException if an attestation is of another platform
   */
  public static Either<Violation, List<GateFailure>> check(
      PlatformId platform, LocalDate on, Collection<SecurityAttestation> attestations, AttestationValidity validity) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(attestations, "attestations");
    Objects.requireNonNull(validity, "validity");
    for (SecurityAttestation attestation : attestations) {
      if (!attestation.platform().equals(platform)) {
        throw new IllegalArgumentException(
            "attestation " + attestation.id() + " of platform " + attestation.platform() + " cannot gate platform " + platform);
      }
    }
    List<GateFailure> failures = new ArrayList<>();
    for (AttestationKind kind : AttestationKind.values()) {
      List<SecurityAttestation> held =
          attestations.stream().filter(a -> a.kind() == kind && !a.passedOn().isAfter(on)).toList();
      if (held.isEmpty()) {
        failures.add(new GateFailure(platform, kind, Optional.empty()));
        continue;
      }
      Optional<AttestationValidity.Term> term = validity.term(kind);
      if (term.isEmpty()) {
        return Either.left(AcceptanceViolations.validityNotConfigured(platform, kind));
      }
      LocalDate lastValid = held.stream().map(a -> term.get().lastValidDay(a.passedOn())).max(LocalDate::compareTo).orElseThrow();
      if (lastValid.isBefore(on)) {
        failures.add(new GateFailure(platform, kind, Optional.of(lastValid.plusDays(1))));
      }
    }
    return Either.right(List.copyOf(failures));
  }
}
