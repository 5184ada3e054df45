package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A statutory deadline being watched for one subject (docs/rules.md#r1 table, #r9): when it was triggered, its
 * last day and expiry, whether it is still open, and which notices were sent. The host drives time with
 * {@code GovCloud.sweep(now)}, which notifies each stage once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class TrackedDeadline implements Aggregate<DeadlineId, TrackedDeadline> {

  /** Whether a deadline is still running. */
  public enum Status {
    /** Still to be met. */
    OPEN,
    /** Met: closed at or before its expiry. */
    MET,
    /** Closed after its expiry. */
    MET_LATE,
    /** Dropped because its subject ended (e.g. an application rejected). */
    CANCELLED
  }

  /** The notices of a deadline, each sent once. */
  public enum Stage {
    /** Expiry is within the lead time. */
    APPROACHING,
    /** Today is the last day. */
    DUE,
    /** Expired without being met. */
    MISSED
  }

  TrackedDeadline() {}

  /**
   * {@return a new, empty builder: its {@code build()} throws IllegalStateException while a required
   * attribute is unset, and IllegalArgumentException when the values break an invariant}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link TrackedDeadline}. */
  public static final class Builder extends ImmutableTrackedDeadline.Builder {
    Builder() {}
  }

  @Override
  public abstract DeadlineId id();

  /** {@return which statutory deadline, by the name of govcloud-core's {@code StatutoryDeadline}} */
  public abstract String kind();

  /** {@return the article that sets it} */
  public abstract Article article();

  /** {@return the kind of subject, e.g. {@code resource} or {@code contract}} */
  public abstract String subjectType();

  /** {@return the subject's id} */
  public abstract String subjectId();

  /** {@return the platform the subject belongs to} */
  public abstract PlatformId platform();

  /** {@return who must act before it expires} */
  public abstract Party responsible();

  /** {@return when it was triggered} */
  public abstract Instant trigger();

  /** {@return its last day in the platform's zone} */
  public abstract LocalDate lastDay();

  /** {@return the instant it expires} */
  public abstract Instant expiresAt();

  /** {@return the start of its last day, for the DUE notice (equal to or before {@link #expiresAt()})} */
  public abstract Instant lastDayStartsAt();

  /**
   * Whether its last day was counted over a year without the State Council's holiday notice, from the
   * statutory holidays alone (docs/rules.md#r1): it may move when that notice is loaded. False by default.
   *
   * @return whether the last day is provisional
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /** {@return whether it is open, met or cancelled} */
  @Value.Default
  public Status status() {
    return Status.OPEN;
  }

  /** {@return when it was closed, if it was} */
  public abstract Optional<Instant> closedAt();

  /** {@return the notices already sent} */
  public abstract Set<Stage> notified();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  public abstract TrackedDeadline withVersion(long version);

  /**
   * This deadline with another status; a closed status needs {@link #closedAt()} set first.
   *
   * @param status the new status, not null
   * @return a copy of this deadline with that status
   * @throws IllegalArgumentException if the status is closed and no closing time is set
   */
  public abstract TrackedDeadline withStatus(Status status);

  /**
   * This deadline with its closing time.
   *
   * @param closedAt when it was closed, not null
   * @return a copy of this deadline with that closing time
   */
  public abstract TrackedDeadline withClosedAt(Instant closedAt);

  /**
   * This deadline closed at an instant with a status.
   *
   * @param status how it closed, not {@link Status#OPEN}
   * @param at when it closed, not null
   * @return a copy of this deadline, closed
   * @throws IllegalArgumentException if the status is {@link Status#OPEN}
   */
  public TrackedDeadline closed(Status status, Instant at) {
    if (status == Status.OPEN) {
      throw new IllegalArgumentException("closing deadline " + id() + " needs a closed status, not OPEN");
    }
    return withClosedAt(at).withStatus(status);
  }

  /**
   * This deadline with other notices sent.
   *
   * @param notified the stages whose notice was sent, no null element
   * @return a copy of this deadline with those stages
   */
  public abstract TrackedDeadline withNotified(Iterable<Stage> notified);

  /**
   * This deadline counted again: another last day, its start and expiry, and whether it is provisional
   * (docs/rules.md#r1: a notice loaded for a year it was counted over).
   *
   * @param lastDay the last day in the platform's zone, not null
   * @param lastDayStartsAt the start of that day, not null
   * @param expiresAt the instant it expires, not null
   * @param provisional whether it is still counted over a year without a notice
   * @return the deadline with those values, not null
   * @throws IllegalArgumentException if it would expire before its trigger, or its last day start after it expires
   */
  public TrackedDeadline rescheduled(LocalDate lastDay, Instant lastDayStartsAt, Instant expiresAt, boolean provisional) {
    // each wither checks the whole deadline: move the bound on the side the deadline moves to first
    TrackedDeadline moved = expiresAt.isBefore(expiresAt())
        ? withLastDayStartsAt(lastDayStartsAt).withExpiresAt(expiresAt)
        : withExpiresAt(expiresAt).withLastDayStartsAt(lastDayStartsAt);
    return moved.withLastDay(lastDay).withProvisional(provisional);
  }

  abstract TrackedDeadline withLastDay(LocalDate lastDay);

  abstract TrackedDeadline withLastDayStartsAt(Instant lastDayStartsAt);

  abstract TrackedDeadline withExpiresAt(Instant expiresAt);

  abstract TrackedDeadline withProvisional(boolean provisional);

  @Value.Check
  void check() {
    Texts.requireVersion(version());
    Limits.requireInstant(trigger(), "deadline " + id() + ": trigger");
    Limits.requireInstant(expiresAt(), "deadline " + id() + ": expiresAt");
    Limits.requireInstant(lastDayStartsAt(), "deadline " + id() + ": lastDayStartsAt");
    Limits.requireInstant(closedAt(), "deadline " + id() + ": closedAt");
    if (expiresAt().isBefore(trigger())) {
      throw new IllegalArgumentException("deadline " + id() + " expires before its trigger");
    }
    if (lastDayStartsAt().isAfter(expiresAt())) {
      throw new IllegalArgumentException("deadline " + id() + ": its last day starts after it expires");
    }
    if (status() != Status.OPEN && closedAt().isEmpty()) {
      throw new IllegalArgumentException("deadline " + id() + ": a closed deadline needs its closing time");
    }
  }
}
