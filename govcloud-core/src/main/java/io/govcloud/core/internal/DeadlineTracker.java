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
import java.util.Map;
import java.util.Objects;

/**
 * Opens and closes the deadlines the entry point watches (rule R1): statutory ones and dated ones, each
 * recorded in the audit trail as {@code deadline.<kind>} with its status, last day and expiry.
 */
public final class DeadlineTracker {

  private final WorkingDayCalendar calendar;

  /** A tracker counting in a calendar. */
  public DeadlineTracker(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Starts watching a deadline for a subject on a platform, triggered at an instant. */
  public TrackedDeadline open(
      Tx tx, StatutoryDeadline kind, String subjectType, String subjectId, Platform platform, Party responsible, Instant trigger) {
    Deadline deadline = Deadlines.of(calendar, platform.timeZone()).due(kind, trigger);
    return insert(tx, kind.name(), kind.article(), subjectType, subjectId, platform, responsible, trigger, deadline.lastDay(),
        deadline.expiresAt());
  }

  /**
   * Starts watching a deadline that is not one of the statutory table: it ends at 24:00 of a given last
   * day in the platform's zone.
   */
  public TrackedDeadline openUntil(
      Tx tx, String kind, Article article, String subjectType, String subjectId, Platform platform, Party responsible, LocalDate lastDay) {
    return insert(tx, kind, article, subjectType, subjectId, platform, responsible, tx.now(), lastDay,
        lastDay.plusDays(1).atStartOfDay(platform.timeZone()).toInstant());
  }

  private static TrackedDeadline insert(
      Tx tx, String kind, Article article, String subjectType, String subjectId, Platform platform, Party responsible,
      Instant trigger, LocalDate lastDay, Instant expiresAt) {
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
            .build();
    TrackedDeadline saved = tx.uow().deadlines().insert(tracked);
    tx.changed("deadline." + kind, null, Map.of("status", saved.status(), "lastDay", lastDay, "expiresAt", expiresAt));
    return saved;
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
