package io.govcloud.core.calendar;

import io.govcloud.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed legal deadline: its trigger, its period, its last day and the instant it expires (rule
 * R1). Created by {@link Deadlines}.
 *
 * <p>For day, month and year periods the deadline expires at 24:00 of its last day in the platform's
 * zone (Civil Code Art. 203, 2nd para); for hour periods at the trigger plus the hours, never extended
 * (Art. 201, 2nd para), and its last day is the day in which that instant falls (the day before, when
 * it falls exactly at midnight). It is missed at any instant after it expires ("more than" a period
 * means from the instant after the period ends).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline {

  private final ZonedDateTime trigger;
  private final int length;
  private final PeriodUnit unit;
  private final StatutoryDeadline statutory;
  private final LocalDate lastDay;
  private final Instant expiresAt;
  private final boolean provisional;

  Deadline(
      ZonedDateTime trigger,
      int length,
      PeriodUnit unit,
      StatutoryDeadline statutory,
      LocalDate lastDay,
      Instant expiresAt,
      boolean provisional) {
    this.trigger = trigger;
    this.length = length;
    this.unit = unit;
    this.statutory = statutory;
    this.lastDay = lastDay;
    this.expiresAt = expiresAt;
    this.provisional = provisional;
  }

  /** {@return the triggering event's time, in the platform's zone; not null} */
  public ZonedDateTime trigger() {
    return trigger;
  }

  /** {@return the period's length in {@link #unit()}s, at least 1} */
  public int length() {
    return length;
  }

  /** {@return the period's unit, not null} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return the statutory deadline this is, if it was computed as one} */
  public Optional<StatutoryDeadline> statutory() {
    return Optional.ofNullable(statutory);
  }

  /**
   * The article the deadline comes from: the measures' article for a statutory deadline, otherwise the
   * Civil Code article that governs the count; not null.
   *
   * @return the article, not null
   */
  public Article article() {
    return statutory != null ? statutory.article() : unit.civilCodeArticle();
  }

  /** {@return the last day of the period in the platform's zone, not null} */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** {@return the instant the period ends, not null} */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Whether the computation used a day of a year without an official schedule, counted provisionally
   * from the statutory holidays or weekends-only ({@link WorkingDayCalendar#isProvisional(LocalDate)}):
   * then the deadline may move when the State Council's notice for that year is loaded. The days that
   * count are those the result depends on: for working days, every day from the trigger's following day
   * through the last day; for months and years, the corresponding day and the days rolled over from it
   * to the last day (the months between are counted by the Gregorian calendar alone); for hours, none.
   *
   * @return whether the deadline is provisional
   */
  public boolean isProvisional() {
    return provisional;
  }

  /**
   * Whether the deadline is missed at an instant: true from the instant after it expires.
   *
   * @param instant the instant, not null
   * @return whether {@code instant} is after {@link #expiresAt()}
   */
  public boolean isMissedAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return instant.isAfter(expiresAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline other
        && trigger.equals(other.trigger)
        && length == other.length
        && unit == other.unit
        && statutory == other.statutory
        && lastDay.equals(other.lastDay)
        && expiresAt.equals(other.expiresAt)
        && provisional == other.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trigger, length, unit, statutory, lastDay, expiresAt, provisional);
  }

  @Override
  public String toString() {
    return (statutory != null ? statutory.englishName() + " (" + statutory.article() + "): " : "")
        + unit.describe(length)
        + " from "
        + trigger
        + ", last day "
        + lastDay
        + ", expires "
        + expiresAt
        + (provisional ? " (provisional: a year without an official schedule was counted)" : "");
  }
}
