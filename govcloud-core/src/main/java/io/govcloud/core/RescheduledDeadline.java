package io.govcloud.core;

import io.govcloud.model.TrackedDeadline;
import java.time.Instant;
import java.util.Objects;

/**
 * An open deadline counted again after a holiday notice was loaded (docs/rules.md#r1): {@link
 * GovCloud#loadSchedule} and {@link GovCloud#recomputeDeadlines()} return one for each deadline that
 * changed, and {@link GovCloud#sweep} counts a provisional deadline again before notifying it. A deadline
 * whose last day moved is audited and notified to the party responsible once ({@link
 * NotificationTypes#DEADLINE_MOVED}); one that only stopped being provisional is audited.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the deadline as it was saved, not null
 * @param after the deadline as saved after counting it again, not null
 * @param at when it was counted again, not null
 */
public record RescheduledDeadline(TrackedDeadline before, TrackedDeadline after, Instant at) {

  /**
   * Checks the fields.
   *
   * @param before the deadline as it was saved, not null
   * @param after the deadline as saved after counting it again, not null
   * @param at when it was counted again, not null
   */
  public RescheduledDeadline {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(at, "at");
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("a rescheduled deadline is one deadline, not " + before.id() + " and " + after.id());
    }
  }

  /**
   * Whether its last day or expiry moved (and so it was notified), rather than only its provisional flag.
   *
   * @return whether it moved
   */
  public boolean moved() {
    return !before.lastDay().equals(after.lastDay()) || !before.expiresAt().equals(after.expiresAt());
  }
}
