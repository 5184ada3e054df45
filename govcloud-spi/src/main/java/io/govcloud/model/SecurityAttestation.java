package io.govcloud.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A security attestation of a platform, recorded by the authority with its document: a passed cloud
 * computing service security assessment (云计算服务安全评估, Art. 32) or classified protection test (等保测评,
 * Art. 36). It holds the date it was passed; how long it stays valid is a policy value of the rules that
 * read it (rule R7), not a field, so that no period is assumed here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param platform the platform attested, not null
 * @param kind the kind of attestation, not null
 * @param passedOn the date the assessment or test was passed (the date of its conclusion), not null
 * @param document the document that attests it, e.g. a report number, not blank, at most 200 characters
 * @param recordedAt when the authority recorded it, not null
 * @param version the optimistic version, 0 if never saved
 */
public record SecurityAttestation(
    AttestationId id, PlatformId platform, AttestationKind kind, LocalDate passedOn, String document, Instant recordedAt, long version)
    implements Aggregate<AttestationId, SecurityAttestation> {

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param platform the platform attested, not null
   * @param kind the kind of attestation, not null
   * @param passedOn the date the assessment or test was passed (the date of its conclusion), not null
   * @param document the document that attests it, e.g. a report number, not blank, at most 200 characters
   * @param recordedAt when the authority recorded it, not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the document is blank or too long, or the version negative
   */
  public SecurityAttestation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(passedOn, "passedOn");
    Texts.requireName(document, "attestation " + id + " document");
    Limits.requireInstant(recordedAt, "recordedAt");
    Texts.requireVersion(version);
  }

  /**
   * An attestation never saved.
   *
   * @param id the identifier, not null
   * @param platform the platform attested, not null
   * @param kind the kind of attestation, not null
   * @param passedOn the date the assessment or test was passed (the date of its conclusion), not null
   * @param document the document that attests it, e.g. a report number, not blank, at most 200 characters
   * @param recordedAt when the authority recorded it, not null
   * @return the attestation, version 0; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the document is blank or too long
   */
  public static SecurityAttestation of(
      AttestationId id, PlatformId platform, AttestationKind kind, LocalDate passedOn, String document, Instant recordedAt) {
    return new SecurityAttestation(id, platform, kind, passedOn, document, recordedAt, 0);
  }

  @Override
  public SecurityAttestation withVersion(long version) {
    return new SecurityAttestation(id, platform, kind, passedOn, document, recordedAt, version);
  }
}
