package io.govcloud.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud service provider (政务云服务商, Art. 5). A provider suspended after failed rectification gets no
 * new cloud services until it is rectified (Art. 42; RULES.md R5.9, R7).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param suspension the suspension in force, if any; not null
 * @param version the optimistic version, 0 if never saved
 */
public record Provider(ProviderId id, String name, Optional<Suspension> suspension, long version)
    implements Aggregate<ProviderId, Provider> {

  /**
   * A suspension of new services (暂缓提供新的云服务, Art. 42).
   *
   * @param since when it took effect, not null
   * @param reason why, not blank
   */
  public record Suspension(Instant since, String reason) {
    /** Checks the fields. */
    public Suspension {
      Objects.requireNonNull(since, "since");
      Texts.requireName(reason, "suspension reason");
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the name is blank or the version negative
   */
  public Provider {
    Objects.requireNonNull(id, "id");
    Texts.requireName(name, "provider " + id);
    Objects.requireNonNull(suspension, "suspension");
    Texts.requireVersion(version);
  }

  /** An active provider, never saved. */
  public static Provider of(ProviderId id, String name) {
    return new Provider(id, name, Optional.empty(), 0);
  }

  /** Whether new services are suspended. */
  public boolean isSuspended() {
    return suspension.isPresent();
  }

  /** This provider with a suspension, or without one. */
  public Provider withSuspension(Optional<Suspension> suspension) {
    return new Provider(id, name, suspension, version);
  }

  @Override
  public Provider withVersion(long version) {
    return new Provider(id, name, suspension, version);
  }
}
