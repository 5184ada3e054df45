package io.govcloud.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in acceptance and evaluation that a provider must rectify by a deadline the municipal
 * authority sets (限期整改, Art. 42; rule R7). A rectification not completed in time, or found still
 * wanting after it, holds the provider suspended from new cloud services (暂缓提供新的云服务) until the
 * authority accepts it.
 *
 * <p>States: {@link Status#OPEN} until the deadline; {@link Status#OVERDUE} once it expired unaccepted, or
 * {@link Status#REJECTED} when the authority found the rectification still wanting; both hold a
 * suspension, from {@link #lapsedAt()}; {@link Status#ACCEPTED} once the authority accepted it, which
 * releases the provider (when nothing else holds it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param provider the provider that must rectify, not null
 * @param platform the platform where the problem was found, not null
 * @param evaluation the evaluation that found it, if one did; not null
 * @param problem what must be rectified, not blank
 * @param orderedBy the authority that set the deadline, not null
 * @param orderedAt when the deadline was set, not null
 * @param dueOn the last day to rectify, in the platform's zone, not null
 * @param expiresAt the end of the last day (24:00 in the platform's zone), after {@code orderedAt}
 * @param status where it stands, not null
 * @param lapsedAt when it became overdue or was rejected: present for those two, not null
 * @param closedAt when it was accepted: present exactly when accepted, not null
 * @param review the authority's last word on it (why it was rejected, or how it was accepted), not null;
 *     not blank when present
 * @param version the optimistic version, 0 if never saved
 */
public record Rectification(
    RectificationId id,
    ProviderId provider,
    PlatformId platform,
    Optional<EvaluationId> evaluation,
    String problem,
    Party orderedBy,
    Instant orderedAt,
    LocalDate dueOn,
    Instant expiresAt,
    Status status,
    Optional<Instant> lapsedAt,
    Optional<Instant> closedAt,
    Optional<String> review,
    long version)
    implements Aggregate<RectificationId, Rectification> {

  /** Where a rectification stands (Art. 42). */
  public enum Status {
    /** Ordered, the deadline running. */
    OPEN,
    /** Not completed by the deadline: the provider is suspended from new services. */
    OVERDUE,
    /** Rectified but still wanting (整改后仍不符合要求): the provider is suspended from new services. */
    REJECTED,
    /** Accepted by the authority: it no longer holds the provider suspended. */
    ACCEPTED;

    /** {@return whether a rectification in this state holds its provider suspended (Art. 42)} */
    public boolean holdsSuspension() {
      return this == OVERDUE || this == REJECTED;
    }
  }

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param provider the provider that must rectify, not null
   * @param platform the platform where the problem was found, not null
   * @param evaluation the evaluation that found it, if one did; not null
   * @param problem what must be rectified, not blank
   * @param orderedBy the authority that set the deadline, not null
   * @param orderedAt when the deadline was set, not null
   * @param dueOn the last day to rectify, in the platform's zone, not null
   * @param expiresAt the end of the last day (24:00 in the platform's zone), after {@code orderedAt}
   * @param status where it stands, not null
   * @param lapsedAt when it became overdue or was rejected: present for those two, not null
   * @param closedAt when it was accepted: present exactly when accepted, not null
   * @param review the authority's last word on it (why it was rejected, or how it was accepted), not null;
   *     not blank when present
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the problem or a present review is blank or not storable, an instant
   *     is outside the limits (docs/rules.md#limits), the authority is not an
   *     authority, it expires before it was ordered, the lapse and closing times do not fit the status, or
   *     the version is negative
   */
  public Rectification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(orderedBy, "orderedBy");
    Limits.requireInstant(orderedAt, "orderedAt");
    Objects.requireNonNull(dueOn, "dueOn");
    Limits.requireInstant(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
    Limits.requireInstant(lapsedAt, "lapsedAt");
    Limits.requireInstant(closedAt, "closedAt");
    Texts.requireStorable(problem, "the problem of rectification " + id);
    Texts.requireStorable(review, "the review of rectification " + id);
    Texts.requireVersion(version);
    if (problem.isBlank()) {
      throw new IllegalArgumentException("rectification " + id + " must say what is to be rectified");
    }
    if (review.isPresent() && review.get().isBlank()) {
      throw new IllegalArgumentException("rectification " + id + ": a review, when given, must not be blank");
    }
    if (orderedBy.role() != Actor.Role.AUTHORITY) {
      throw new IllegalArgumentException("rectification " + id + ": deadlines are set by an authority, not by " + orderedBy);
    }
    if (!expiresAt.isAfter(orderedAt)) {
      throw new IllegalArgumentException("rectification " + id + " expires at " + expiresAt + ", not after it was ordered at " + orderedAt);
    }
    boolean lapseFits = switch (status) {
      case OPEN -> lapsedAt.isEmpty();
      case OVERDUE, REJECTED -> lapsedAt.isPresent();
      case ACCEPTED -> true;
    };
    if (!lapseFits) {
      throw new IllegalArgumentException("rectification " + id + " is " + status + (lapsedAt.isPresent() ? " but lapsed" : " without the time it lapsed"));
    }
    if ((status == Status.ACCEPTED) != closedAt.isPresent()) {
      throw new IllegalArgumentException("rectification " + id + " is " + status + (closedAt.isPresent() ? " but closed" : " without the time it was accepted"));
    }
  }

  /** {@return whether it holds its provider suspended from new services (Art. 42)} */
  public boolean holdsSuspension() {
    return status.holdsSuspension();
  }

  /**
   * This rectification in another state.
   *
   * @param status the new state, not null
   * @param lapsedAt when it lapsed, as the state requires, not null
   * @param closedAt when it was accepted, as the state requires, not null
   * @param review the authority's word on it, not null
   * @return the rectification, with this one's version; not null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Rectification with(Status status, Optional<Instant> lapsedAt, Optional<Instant> closedAt, Optional<String> review) {
    return new Rectification(id, provider, platform, evaluation, problem, orderedBy, orderedAt, dueOn, expiresAt, status, lapsedAt, closedAt,
        review, version);
  }

  @Override
  public Rectification withVersion(long version) {
    return new Rectification(id, provider, platform, evaluation, problem, orderedBy, orderedAt, dueOn, expiresAt, status, lapsedAt, closedAt,
        review, version);
  }
}
