package io.govcloud.core;

import io.govcloud.model.TrackedDeadline;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice {@link GovCloud#sweep(Instant)} sent about a deadline: it is approaching, due today, or missed
 * (docs/rules.md#r1, #r9). Each stage of a deadline is notified once.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deadline the deadline as saved after the notice, not null
 * @param stage the stage notified, not null
 * @param at the sweep's instant, not null
 */
public record DeadlineNotice(TrackedDeadline deadline, TrackedDeadline.Stage stage, Instant at) {

  /**
   * Checks the fields.
   *
   * @param deadline the deadline as saved after the notice, not null
   * @param stage the stage notified, not null
   * @param at the sweep's instant, not null
   */
  public DeadlineNotice {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(at, "at");
  }

  /**
   * Whether the deadline was counted over a year without the State Council's holiday notice
   * (docs/rules.md#r1), from the statutory holidays alone: it may still move when that notice is loaded.
   * The notification says so too.
   *
   * @return whether the deadline is provisional
   */
  public boolean isProvisional() {
    return deadline.provisional();
  }
}
