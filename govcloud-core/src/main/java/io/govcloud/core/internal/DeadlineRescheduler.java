package io.govcloud.core.internal;

import io.govcloud.core.RescheduledDeadline;
import io.govcloud.core.calendar.Deadline;
import io.govcloud.model.Actor;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.HolidayScheduleSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Counts open deadlines again in the entry point's calendar as it is now (rule R1), after a host loaded a
 * holiday notice: a deadline whose last day or expiry changed is saved, audited as {@code
 * RESCHEDULE_DEADLINE} on its subject (the field {@code deadline.<kind>}, before and after) and notified
 * to the party responsible once ({@code DEADLINE_MOVED}); one that only stopped (or started) being
 * provisional is saved and audited, not notified. A deadline counted again with the same result is not
 * written, so counting again is idempotent: a second load of the same notice, or another node loading
 * it, notifies nothing more.
 *
 * <p>The stage notices of a moved deadline are kept only for the stages it has reached at its new dates
 * (a DUE notice of a last day that moved later is sent again on the new last day); the sweep sends those
 * reached and not yet sent. Each deadline is counted in its own unit of work; one that lost a race (to a
 * sweep, a closing action) is counted again from a fresh read, a few times.
 */
public final class DeadlineRescheduler {

  private static final Actor CALENDAR = Actor.system("calendar");
  private static final String ACTION = "RESCHEDULE_DEADLINE";
  private static final int ATTEMPTS = 5;

  private final ActionRunner runner;
  private final DeadlineTracker tracker;
  private final Duration lead;

  /**
   * A rescheduler.
   *
   * @param runner the runner, not null
   * @param tracker the tracker counting in the entry point's calendar, not null
   * @param lead the lead time of APPROACHING notices, not null
   */
  public DeadlineRescheduler(ActionRunner runner, DeadlineTracker tracker, Duration lead) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.lead = Objects.requireNonNull(lead, "lead");
  }

  /**
   * Records in the audit trail that the host loaded a holiday schedule ({@code LOAD_HOLIDAY_SCHEDULE}, on
   * the subject {@code calendar} {@code holiday-schedule-<first year>[-<last year>]}): its name, the years
   * it covers and the number of days it lists.
   *
   * @param source the schedule, not null
   * @param now the host's current time, not null
   */
  public void recordLoad(HolidayScheduleSource source, Instant now) {
    SortedSet<Integer> years = new TreeSet<>();
    source.coveredYears().forEach(y -> years.add(y.getValue()));
    String id = "holiday-schedule-" + (years.isEmpty() ? "dates"
        : years.first() + (years.size() > 1 ? "-" + years.last() : ""));
    runner.sweep(CALENDAR, now, "LOAD_HOLIDAY_SCHEDULE", "calendar", id, tx -> {
      tx.changed("name", null, source.name());
      tx.changed("coveredYears", null, List.copyOf(years));
      tx.changed("specialDays", null, source.specialDays().size());
      return Optional.of(id);
    });
  }

  /**
   * Counts again every open deadline expiring at or after an instant, delivering the notifications.
   *
   * @param from the earliest expiry that may change, not null
   * @param now the host's current time, not null
   * @return the deadlines that changed, by expiry before the change, then id
   * @throws ConflictException if a deadline lost its race every time
   */
  public List<RescheduledDeadline> recountFrom(Instant from, Instant now) {
    List<TrackedDeadline> open = runner.store().transact(uow -> uow.deadlines().openExpiringFrom(from));
    List<RescheduledDeadline> changed = new ArrayList<>();
    try {
      for (TrackedDeadline d : stale(open)) {
        recount(d.id(), now).ifPresent(changed::add);
      }
    } finally {
      runner.dispatch();
    }
    return changed;
  }

  /**
   * Counts again, each in its own unit, those of some deadlines that the calendar now counts otherwise,
   * skipping one that keeps losing its race (the next call counts it again); the notifications are
   * queued, not delivered.
   *
   * @param deadlines the deadlines as read, not null
   * @param now the host's current time, not null
   * @return the deadlines that changed, in the order given
   */
  public List<RescheduledDeadline> recountStale(List<TrackedDeadline> deadlines, Instant now) {
    List<RescheduledDeadline> changed = new ArrayList<>();
    for (TrackedDeadline d : stale(deadlines)) {
      try {
        recount(d.id(), now).ifPresent(changed::add);
      } catch (ConflictException changing) {
        // it keeps changing under us: the next call counts it again
      }
    }
    return changed;
  }

  /** Those of some deadlines, open and statutory, that the calendar now counts otherwise: one read unit, no write. */
  private List<TrackedDeadline> stale(List<TrackedDeadline> deadlines) {
    List<TrackedDeadline> statutory = deadlines.stream()
        .filter(d -> d.status() == TrackedDeadline.Status.OPEN && DeadlineTracker.statutory(d.kind()).isPresent())
        .toList();
    if (statutory.isEmpty()) {
      return List.of();
    }
    return runner.store().transact(uow -> {
      Map<PlatformId, Optional<Platform>> platforms = new HashMap<>();
      List<TrackedDeadline> stale = new ArrayList<>();
      for (TrackedDeadline d : statutory) {
        Optional<Platform> platform = platforms.computeIfAbsent(d.platform(), id -> uow.platforms().find(id));
        if (platform.isPresent() && counted(d, platform.get()).isPresent()) {
          stale.add(d);
        }
      }
      return stale;
    });
  }

  /** A deadline as the calendar counts it now, if that differs from what is saved. */
  private Optional<TrackedDeadline> counted(TrackedDeadline before, Platform platform) {
    Optional<Deadline> counted = tracker.recount(before, platform);
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    Deadline deadline = counted.get();
    Instant lastDayStartsAt = deadline.lastDay().atStartOfDay(platform.timeZone()).toInstant();
    if (deadline.lastDay().equals(before.lastDay())
        && deadline.expiresAt().equals(before.expiresAt())
        && lastDayStartsAt.equals(before.lastDayStartsAt())
        && deadline.isProvisional() == before.provisional()) {
      return Optional.empty();
    }
    return Optional.of(before.rescheduled(deadline.lastDay(), lastDayStartsAt, deadline.expiresAt(), deadline.isProvisional()));
  }

  /**
   * Counts one open deadline again, in its own unit of work (the notification is queued, not delivered).
   *
   * @return the change, or empty if it is not open, not statutory, or counts the same
   * @throws ConflictException if it lost its race every time
   */
  private Optional<RescheduledDeadline> recount(DeadlineId id, Instant now) {
    for (int attempt = 1; ; attempt++) {
      try {
        return runner.sweep(CALENDAR, now, ACTION, "deadline", id.value(), tx -> recount(tx, id));
      } catch (ConflictException lost) {
        if (attempt >= ATTEMPTS) {
          throw lost;
        }
      }
    }
  }

  private Optional<RescheduledDeadline> recount(Tx tx, DeadlineId id) {
    Optional<TrackedDeadline> found = tx.uow().deadlines().find(id);
    if (found.isEmpty() || found.get().status() != TrackedDeadline.Status.OPEN) {
      return Optional.empty();
    }
    TrackedDeadline before = found.get();
    Optional<TrackedDeadline> counted =
        tx.uow().platforms().find(before.platform()).flatMap(platform -> counted(before, platform));
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    TrackedDeadline after = counted.get();
    boolean moved = !after.lastDay().equals(before.lastDay()) || !after.expiresAt().equals(before.expiresAt());
    if (moved) {
      after = after.withNotified(reached(before.notified(), after, tx.now()));
    }
    tx.subject(before.subjectType(), before.subjectId());
    tx.changed("deadline." + before.kind(), DeadlineTracker.schedule(before, false), DeadlineTracker.schedule(after, false));
    if (!after.notified().equals(before.notified())) {
      tx.changed("deadline." + before.kind() + ".notified", before.notified(), after.notified());
    }
    TrackedDeadline saved = tx.uow().deadlines().update(after);
    if (moved) {
      DeadlineNotices.deadlineMoved(tx, before, saved);
    }
    return Optional.of(new RescheduledDeadline(before, saved, tx.now()));
  }

  /** The stage notices sent that a deadline still has reached at its new dates. */
  private Set<TrackedDeadline.Stage> reached(Set<TrackedDeadline.Stage> sent, TrackedDeadline moved, Instant now) {
    Set<TrackedDeadline.Stage> kept = EnumSet.noneOf(TrackedDeadline.Stage.class);
    Optional<TrackedDeadline.Stage> stage = Sweeper.stage(moved, now, lead);
    for (TrackedDeadline.Stage s : sent) {
      if (stage.isPresent() && s.compareTo(stage.get()) <= 0) {
        kept.add(s);
      }
    }
    return kept;
  }
}
