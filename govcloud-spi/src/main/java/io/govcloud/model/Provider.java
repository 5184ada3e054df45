package io.govcloud.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud service provider (政务云服务商, Art. 5). A provider suspended after failed rectification gets no
 * new cloud services until it is rectified (Art. 42; docs/rules.md#r5 item 9, #r7).
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
   * A suspension of new services (暂缓提供新的云服务, Art. 42), and what holds it: the authority's own
   * decision, lifted only by the authority, or rectifications not completed in time or found still
   * wanting, lifted when the authority accepts the last of them.
   *
   * @param since when it took effect, not null
   * @param reason why, not blank
   * @param cause what holds it, not null
   */
  public record Suspension(Instant since, String reason, Cause cause) {

    /** What holds a suspension (Art. 42). */
    public enum Cause {
      /** The authority suspended the provider itself; only the authority lifts it. */
      MANUAL,
      /**
       * Rectifications overdue or rejected hold it (rule R7): it lasts until the authority accepts the last
       * of them, which reinstates the provider.
       */
      RECTIFICATION
    }

    /**
     * Checks the fields.
     *
     * @param since when it took effect, not null
     * @param reason why, not blank
     * @param cause what holds it, not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public Suspension {
      Limits.requireInstant(since, "since");
      Texts.requireName(reason, "suspension reason");
      Objects.requireNonNull(cause, "cause");
    }

    /**
     * A suspension the authority decided itself ({@link Cause#MANUAL}).
     *
     * @param since when it took effect, not null
     * @param reason why, not blank
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public Suspension(Instant since, String reason) {
      this(since, reason, Cause.MANUAL);
    }

    /** {@return whether rectifications hold it, so that accepting them reinstates the provider} */
    public boolean byRectification() {
      return cause == Cause.RECTIFICATION;
    }
  }

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param suspension the suspension in force, if any; not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the name is blank or the version negative
   */
  public Provider {
    Objects.requireNonNull(id, "id");
    Texts.requireName(name, "provider " + id);
    Objects.requireNonNull(suspension, "suspension");
    Texts.requireVersion(version);
  }

  /**
   * An active provider, never saved.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @return the provider, not suspended, at version 0
   */
  public static Provider of(ProviderId id, String name) {
    return new Provider(id, name, Optional.empty(), 0);
  }

  /** {@return whether new services are suspended} */
  public boolean isSuspended() {
    return suspension.isPresent();
  }

  /**
   * This provider with a suspension, or without one.
   *
   * @param suspension the suspension in force, if any; not null
   * @return a copy of this provider with that suspension
   */
  public Provider withSuspension(Optional<Suspension> suspension) {
    return new Provider(id, name, suspension, version);
  }

  @Override
  public Provider withVersion(long version) {
    return new Provider(id, name, suspension, version);
  }
}
