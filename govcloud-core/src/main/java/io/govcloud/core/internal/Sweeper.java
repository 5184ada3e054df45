package io.govcloud.core.internal;

import io.govcloud.core.DeadlineNotice;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Limits;
import io.govcloud.model.NotificationId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the open deadlines approaching (within the lead time), due (their last day has come) or missed,
 * and notifies each stage of each deadline once (docs/rules.md#r1, #r9). Each deadline is handled in its own
 * unit of work with one audit record; one that another sweep handled first is skipped. The notices
 * are written by {@link DeadlineNotices#deadline}.
 *
 * <p>A provisional deadline (counted over a year without a holiday notice) expiring up to {@link
 * #PROVISIONAL_REACH} past the window is first counted again in the calendar as it is now ({@link
 * DeadlineRescheduler}), moved and notified if the calendar counts it otherwise, so that no stage is
 * notified on dates that a notice loaded since, or a calendar the host restarted with, has changed.
 */
public final class Sweeper {

  /** A day period's last day starts at most this long before it expires. */
  private static final Duration LONGEST_DAY = Duration.ofHours(25);

  /**
   * How far past its window a sweep looks for provisional deadlines to count again, so that one a notice
   * moves earlier into the window is found: a margin well beyond what the notices do (the notices of
   * 2019-2026, each compared with the provisional count of its year, move no statutory deadline earlier by
   * more than a few days; govcloud-core's tests measure it).
   */
  static final Duration PROVISIONAL_REACH = Duration.ofDays(15);

  private static final Actor SWEEP = Actor.system("sweep");

  private final ActionRunner runner;
  private final Duration lead;
  private final DeadlineRescheduler rescheduler;

  /** A sweeper with a lead time for APPROACHING notices, counting provisional deadlines again with a rescheduler. */
  public Sweeper(ActionRunner runner, Duration lead, DeadlineRescheduler rescheduler) {
    this.runner = runner;
    this.lead = lead;
    this.rescheduler = rescheduler;
  }

  /**
   * Sweeps at an instant.
   *
   * @param now the host's current time, not null
   * @return the notices sent by this sweep, by expiry
   * @throws IllegalArgumentException if the instant is outside {@link Limits#isSupported}, before anything is read
   */
  public List<DeadlineNotice> sweep(Instant sweptAt) {
    Objects.requireNonNull(sweptAt, "now");
    if (!Limits.isSupported(sweptAt)) {
      throw new IllegalArgumentException("cannot sweep at " + sweptAt + ": a sweep's instant must lie from "
          + Limits.EARLIEST_INSTANT + " (inclusive) to " + Limits.END_OF_INSTANTS + " (exclusive), the instants every store keeps "
          + "with the deadlines it counts (docs/rules.md#limits)");
    }
    Instant now = Limits.toPrecision(sweptAt);
    Instant window = now.plus(lead.compareTo(LONGEST_DAY) > 0 ? lead : LONGEST_DAY);
    List<TrackedDeadline> found = runner.store().transact(uow -> uow.deadlines().openExpiringBy(window.plus(PROVISIONAL_REACH)));
    Map<DeadlineId, TrackedDeadline> recounted = new HashMap<>();
    rescheduler.recountStale(found.stream().filter(TrackedDeadline::provisional).toList(), now)
        .forEach(change -> recounted.put(change.after().id(), change.after()));
    List<TrackedDeadline> candidates = found.stream()
        .map(d -> recounted.getOrDefault(d.id(), d))
        .filter(d -> !d.expiresAt().isAfter(window))
        .sorted(Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id))
        .toList();
    List<DeadlineNotice> notices = new ArrayList<>();
    try {
      for (TrackedDeadline candidate : candidates) {
        Optional<TrackedDeadline.Stage> stage = stage(candidate, now);
        if (stage.isPresent() && !candidate.notified().contains(stage.get())) {
          try {
            notify(candidate, now).ifPresent(notices::add);
          } catch (ConflictException another) {
            // another sweep handled this deadline between our read and our write: it queued the notice
          }
        }
      }
    } finally {
      // what committed before a failure is delivered even if a later deadline failed
      runner.dispatch();
    }
    return notices;
  }

  /** The highest stage a deadline has reached at an instant, if any. */
  public Optional<TrackedDeadline.Stage> stage(TrackedDeadline deadline, Instant now) {
    return stage(deadline, now, lead);
  }

  /** The highest stage a deadline has reached at an instant with a lead time, if any. */
  static Optional<TrackedDeadline.Stage> stage(TrackedDeadline deadline, Instant now, Duration lead) {
    if (now.isAfter(deadline.expiresAt())) {
      return Optional.of(TrackedDeadline.Stage.MISSED);
    }
    if (!now.isBefore(deadline.lastDayStartsAt())) {
      return Optional.of(TrackedDeadline.Stage.DUE);
    }
    if (!now.isBefore(deadline.expiresAt().minus(lead))) {
      return Optional.of(TrackedDeadline.Stage.APPROACHING);
    }
    return Optional.empty();
  }

  /**
   * Notifies the stage a deadline has reached as this unit reads it: the sweep's earlier read may be stale
   * (a notice loaded, or the deadline counted again, in between), so the stage is decided again here.
   */
  private Optional<DeadlineNotice> notify(TrackedDeadline candidate, Instant now) {
    return runner.store().transact(uow -> {
      Optional<TrackedDeadline> current = uow.deadlines().find(candidate.id());
      if (current.isEmpty() || current.get().status() != TrackedDeadline.Status.OPEN) {
        return Optional.<DeadlineNotice>empty();
      }
      TrackedDeadline d = current.get();
      Optional<TrackedDeadline.Stage> reached = stage(d, now);
      if (reached.isEmpty() || d.notified().contains(reached.get())) {
        return Optional.<DeadlineNotice>empty();
      }
      TrackedDeadline.Stage stage = reached.get();
      Set<TrackedDeadline.Stage> notified = EnumSet.noneOf(TrackedDeadline.Stage.class);
      notified.addAll(d.notified());
      for (TrackedDeadline.Stage s : TrackedDeadline.Stage.values()) {
        if (s.compareTo(stage) <= 0) {
          notified.add(s);
        }
      }
      TrackedDeadline saved = uow.deadlines().update(d.withNotified(notified));
      uow.audit().append(AuditRecord.accepted(now, SWEEP, "NOTIFY_DEADLINE_" + stage, "deadline", d.id().value(),
          List.of(new FieldChange("notified", Snapshots.text(d.notified()), Snapshots.text(notified)))));
      uow.enqueue(DeadlineNotices.deadline(NotificationId.of(runner.newId("n")), d, stage, now));
      return Optional.of(new DeadlineNotice(saved, stage, now));
    });
  }
}
