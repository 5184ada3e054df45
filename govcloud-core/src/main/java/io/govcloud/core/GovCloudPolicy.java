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
 * @param deliveredRetention how long a notification stays in the store's outbox after it was delivered:
 *     {@link GovCloud#sweep} removes those delivered longer ago (docs/rules.md#r9; a notification not yet
 *     delivered is never removed, and the audit trail is not touched); zero or positive; 90 days by
 *     default, a quarter in which a host can look into a complaint about a delivery
 */
public record GovCloudPolicy(Duration approachingLeadTime, int calendarWarningDays, Duration deliveredRetention) {

  /** The default of {@link #calendarWarningDays()}: about two months, the notice comes in November or December. */
  public static final int DEFAULT_CALENDAR_WARNING_DAYS = 60;

  /** The default of {@link #deliveredRetention()}: 90 days. */
  public static final Duration DEFAULT_DELIVERED_RETENTION = Duration.ofDays(90);

  /**
   * Checks the fields.
   *
   * @param approachingLeadTime how long before a deadline expires {@link GovCloud#sweep} sends the
   *     APPROACHING notice; positive; 2 days by default
   * @param calendarWarningDays how many days before its official schedule ends the working-day calendar is
   *     reported as running out (docs/rules.md#r1): building a {@link GovCloud} logs a warning, and {@link
   *     GovCloud#calendarCoverage()} says so, when the State Council's holiday notices loaded reach less
   *     than this many days past today; at least 0 (0: only when today itself has no notice); 60 by default
   * @param deliveredRetention how long a notification stays in the store's outbox after it was delivered:
   *     {@link GovCloud#sweep} removes those delivered longer ago (docs/rules.md#r9; a notification not yet
   *     delivered is never removed, and the audit trail is not touched); zero or positive; 90 days by
   *     default, a quarter in which a host can look into a complaint about a delivery
   */
  public GovCloudPolicy {
    Objects.requireNonNull(approachingLeadTime, "approachingLeadTime");
    if (approachingLeadTime.isNegative() || approachingLeadTime.isZero()) {
      throw new IllegalArgumentException("the lead time must be positive, not " + approachingLeadTime);
    }
    if (calendarWarningDays < 0) {
      throw new IllegalArgumentException("the calendar warning must be at least 0 days, not " + calendarWarningDays);
    }
    Objects.requireNonNull(deliveredRetention, "deliveredRetention");
    if (deliveredRetention.isNegative()) {
      throw new IllegalArgumentException("the retention of delivered notifications must be zero or positive, not " + deliveredRetention);
    }
  }

  /**
   * A policy with a lead time, a calendar warning and the default retention of delivered notifications.
   *
   * @param approachingLeadTime the lead time of APPROACHING notices, positive
   * @param calendarWarningDays how many days before the official calendar ends to warn, at least 0
   */
  public GovCloudPolicy(Duration approachingLeadTime, int calendarWarningDays) {
    this(approachingLeadTime, calendarWarningDays, DEFAULT_DELIVERED_RETENTION);
  }

  /**
   * A policy with a lead time and the default calendar warning.
   *
   * @param approachingLeadTime the lead time of APPROACHING notices, positive
   */
  public GovCloudPolicy(Duration approachingLeadTime) {
    this(approachingLeadTime, DEFAULT_CALENDAR_WARNING_DAYS);
  }

  /**
   * The defaults: APPROACHING notices 2 days before expiry; warn 60 days before the official calendar ends;
   * keep delivered notifications 90 days.
   *
   * @return the default policy, not null
   */
  public static GovCloudPolicy defaults() {
    return new GovCloudPolicy(Duration.ofDays(2), DEFAULT_CALENDAR_WARNING_DAYS, DEFAULT_DELIVERED_RETENTION);
  }

  /**
   * This policy with another lead time.
   *
   * @param leadTime the lead time of APPROACHING notices, positive
   * @return the policy, not null
   */
  public GovCloudPolicy withApproachingLeadTime(Duration leadTime) {
    return new GovCloudPolicy(leadTime, calendarWarningDays, deliveredRetention);
  }

  /**
   * This policy with another calendar warning.
   *
   * @param days how many days before the official calendar ends to warn, at least 0
   * @return the policy, not null
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public GovCloudPolicy withCalendarWarningDays(int days) {
    return new GovCloudPolicy(approachingLeadTime, days, deliveredRetention);
  }

  /**
   * This policy with another retention of delivered notifications.
   *
   * @param retention how long a delivered notification stays in the outbox, zero or positive
   * @return the policy, not null
   * @throws IllegalArgumentException if {@code retention} is negative
   */
  public GovCloudPolicy withDeliveredRetention(Duration retention) {
    return new GovCloudPolicy(approachingLeadTime, calendarWarningDays, retention);
  }
}
