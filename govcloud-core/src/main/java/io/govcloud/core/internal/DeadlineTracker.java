package io.govcloud.core.internal;

import io.govcloud.core.calendar.Deadline;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.model.Article;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.TrackedDeadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens and closes the deadlines the entry point watches (rule R1): statutory ones and dated ones, each
 * recorded in the audit trail as {@code deadline.<kind>} with its status, last day and expiry, and
 * whether it was counted over a year without a holiday notice (provisional).
 *
 * <p>It counts in the entry point's calendar as it is at each call: a holiday notice the host loads
 * later applies to the deadlines opened from then on ({@link DeadlineRescheduler} counts the open ones
 * again).
 */
public final class DeadlineTracker {

  private final Supplier<WorkingDayCalendar> calendar;

  /** A tracker counting in the calendar a supplier gives at each call. */
  public DeadlineTracker(Supplier<WorkingDayCalendar> calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Starts watching a deadline for a subject on a platform, triggered at an instant. */
  public TrackedDeadline open(
      Tx tx, StatutoryDeadline kind, String subjectType, String subjectId, Platform platform, Party responsible, Instant trigger) {
    Deadline deadline = Deadlines.of(calendar.get(), platform.timeZone()).due(kind, trigger);
    return insert(tx, kind.name(), kind.article(), subjectType, subjectId, platform, responsible, trigger, deadline.lastDay(),
        deadline.expiresAt(), deadline.isProvisional());
  }

  /**
   * A tracked deadline counted again in the calendar as it is now, if it is one of the statutory table
   * (a dated deadline has nothing to count).
   *
   * @param d the deadline, not null
   * @param platform its platform, for the zone, not null
   * @return the deadline as counted now, or empty
   */
  Optional<Deadline> recount(TrackedDeadline d, Platform platform) {
    return statutory(d.kind()).map(kind -> Deadlines.of(calendar.get(), platform.timeZone()).due(kind, d.trigger()));
  }

  /** The statutory deadline of a tracked deadline's kind, if it is one. */
  static Optional<StatutoryDeadline> statutory(String kind) {
    for (StatutoryDeadline statutory : StatutoryDeadline.values()) {
      if (statutory.name().equals(kind)) {
        return Optional.of(statutory);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts watching a deadline that is not one of the statutory table: it ends at 24:00 of a given last
   * day in the platform's zone.
   */
  public TrackedDeadline openUntil(
      Tx tx, String kind, Article article, String subjectType, String subjectId, Platform platform, Party responsible, LocalDate lastDay) {
    return insert(tx, kind, article, subjectType, subjectId, platform, responsible, tx.now(), lastDay,
        lastDay.plusDays(1).atStartOfDay(platform.timeZone()).toInstant(), false);
  }

  private static TrackedDeadline insert(
      Tx tx, String kind, Article article, String subjectType, String subjectId, Platform platform, Party responsible,
      Instant trigger, LocalDate lastDay, Instant expiresAt, boolean provisional) {
    TrackedDeadline tracked =
        TrackedDeadline.builder()
            .id(DeadlineId.of(tx.newId("dl")))
            .kind(kind)
            .article(article)
            .subjectType(subjectType)
            .subjectId(subjectId)
            .platform(platform.id())
            .responsible(responsible)
            .trigger(trigger)
            .lastDay(lastDay)
            .expiresAt(expiresAt)
            .lastDayStartsAt(lastDay.atStartOfDay(platform.timeZone()).toInstant())
            .provisional(provisional)
            .build();
    TrackedDeadline saved = tx.uow().deadlines().insert(tracked);
    tx.changed("deadline." + kind, null, schedule(saved, true));
    return saved;
  }

  /** What the audit trail says of a deadline's schedule: its status (if asked), last day, expiry, and whether provisional. */
  static Map<String, Object> schedule(TrackedDeadline d, boolean status) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (status) {
      values.put("status", d.status());
    }
    values.put("lastDay", d.lastDay());
    values.put("expiresAt", d.expiresAt());
    if (d.provisional()) {
      values.put("provisional", true);
    }
    return values;
  }

  /** Closes the open deadlines of a kind for a subject, met at an instant (late if after expiry). */
  public void close(Tx tx, StatutoryDeadline kind, String subjectType, String subjectId, Instant at) {
    close(tx, kind.name(), subjectType, subjectId, at);
  }

  /** Closes the open deadlines of a kind for a subject, met at an instant (late if after expiry). */
  public void close(Tx tx, String kind, String subjectType, String subjectId, Instant at) {
    for (TrackedDeadline d : tx.uow().deadlines().ofSubject(subjectType, subjectId)) {
      if (d.status() == TrackedDeadline.Status.OPEN && d.kind().equals(kind)) {
        TrackedDeadline.Status status = at.isAfter(d.expiresAt()) ? TrackedDeadline.Status.MET_LATE : TrackedDeadline.Status.MET;
        tx.uow().deadlines().update(d.closed(status, at));
        tx.changed("deadline." + kind, Map.of("status", d.status()), Map.of("status", status, "at", at));
      }
    }
  }

  /** Cancels every open deadline of a subject (it ended). */
  public void cancelAll(Tx tx, String subjectType, String subjectId) {
    for (TrackedDeadline d : tx.uow().deadlines().ofSubject(subjectType, subjectId)) {
      if (d.status() == TrackedDeadline.Status.OPEN) {
        tx.uow().deadlines().update(d.closed(TrackedDeadline.Status.CANCELLED, tx.now()));
        tx.changed("deadline." + d.kind(), Map.of("status", d.status()), Map.of("status", TrackedDeadline.Status.CANCELLED, "at", tx.now()));
      }
    }
  }
}
