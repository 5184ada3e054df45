package io.govcloud.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of the entry point that the measures do not fix (docs/design.md#policies: policies are values passed
 * in, with documented defaults).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param approachingLeadTime how long before a deadline expires {@link GovCloud#sweep} sends the
 *     APPROACHING notice; positive; 2 days by default
 * @param calendarWarningDays how many days before its official schedule ends the working-day calendar is
 *     reported as running out (docs/rules.md#r1): building a {@link GovCloud} logs a warning, and {@link
 *     GovCloud#calendarCoverage()} says so, when the State Council's holiday notices loaded reach less
 *     than this many days past today; at least 0 (0: only when today itself has no notice); 60 by default
 */
public record GovCloudPolicy(Duration approachingLeadTime, int calendarWarningDays) {

  /** The default of {@link #calendarWarningDays()}: about two months, the notice comes in November or December. */
  public static final int DEFAULT_CALENDAR_WARNING_DAYS = 60;

  /** Checks the fields. */
  public GovCloudPolicy {
    Objects.requireNonNull(approachingLeadTime, "approachingLeadTime");
    if (approachingLeadTime.isNegative() || approachingLeadTime.isZero()) {
      throw new IllegalArgumentException("the lead time must be positive, not " + approachingLeadTime);
    }
    if (calendarWarningDays < 0) {
      throw new IllegalArgumentException("the calendar warning must be at least 0 days, not " + calendarWarningDays);
    }
  }

  /**
   * A policy with a lead time and the default calendar warning.
   *
   * @param approachingLeadTime the lead time of APPROACHING notices, positive
   */
  public GovCloudPolicy(Duration approachingLeadTime) {
    this(approachingLeadTime, DEFAULT_CALENDAR_WARNING_DAYS);
  }

  /** The defaults: APPROACHING notices 2 days before expiry; warn 60 days before the official calendar ends. */
  public static GovCloudPolicy defaults() {
    return new GovCloudPolicy(Duration.ofDays(2), DEFAULT_CALENDAR_WARNING_DAYS);
  }

  /**
   * This policy with another lead time.
   *
   * @param leadTime the lead time of APPROACHING notices, positive
   * @return the policy, not null
   */
  public GovCloudPolicy withApproachingLeadTime(Duration leadTime) {
    return new GovCloudPolicy(leadTime, calendarWarningDays);
  }

  /**
   * This policy with another calendar warning.
   *
   * @param days how many days before the official calendar ends to warn, at least 0
   * @return the policy, not null
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public GovCloudPolicy withCalendarWarningDays(int days) {
    return new GovCloudPolicy(approachingLeadTime, days);
  }
}
