package io.govcloud.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Computes legal deadlines in a platform's zone by the period rules of the PRC Civil Code, Art.
 * 200–204 (rule R1): the trigger day is not counted; a month or year period ends on the
 * corresponding day or, without one, on the month's last day; a last day that is not a working day
 * rolls forward to the next working day; an hour period runs from the exact instant and is never
 * extended; a day ends at 24:00 in the zone.
 *
 * <p>A trigger given in another zone is first converted to the platform's zone. A deadline counted over
 * a year without an official schedule says so ({@link Deadline#isProvisional()}). This class is
 * immutable and thread-safe.
 */
public final class Deadlines {

  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  private Deadlines(WorkingDayCalendar calendar, ZoneId zone) {
    this.calendar = calendar;
    this.zone = zone;
  }

  /**
   * Deadlines counted in a calendar and a platform's zone.
   *
   * @param calendar the working-day calendar, not null
   * @param zone the platform's zone (Asia/Shanghai by default in the measures' setting), not null
   * @return the deadline computer, not null
   */
  public static Deadlines of(WorkingDayCalendar calendar, ZoneId zone) {
    return new Deadlines(Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(zone, "zone"));
  }

  /** {@return the calendar deadlines count in, not null} */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** {@return the platform's zone, not null} */
  public ZoneId zone() {
    return zone;
  }

  /**
   * A statutory deadline of the measures (rule R1 table).
   *
   * @param deadline which deadline, not null
   * @param trigger the triggering event's time, not null
   * @return the deadline, not null
   * @throws CalendarCoverageException if the calendar cannot count a year counted over
   */
  public Deadline due(StatutoryDeadline deadline, ZonedDateTime trigger) {
    Objects.requireNonNull(deadline, "deadline");
    return compute(trigger, deadline.length(), deadline.unit(), deadline);
  }

  /**
   * A statutory deadline of the measures, triggered at an instant.
   *
   * @see #due(StatutoryDeadline, ZonedDateTime)
   * @param deadline which deadline, not null
   * @param trigger the triggering event's time, counted in the platform's zone, not null
   * @return the deadline, not null
   * @throws NullPointerException if an argument is null
   * @throws CalendarCoverageException if the calendar cannot count a year counted over
   */
  public Deadline due(StatutoryDeadline deadline, Instant trigger) {
    Objects.requireNonNull(trigger, "trigger");
    return due(deadline, trigger.atZone(zone));
  }

  /**
   * A period of n working days: its last day is the n-th working day after the trigger day.
   *
   * @param trigger the triggering event's time, not null
   * @param n the number of working days, at least 1
   * @return the deadline, not null
   * @throws IllegalArgumentException if n is less than 1
   * @throws CalendarCoverageException if the calendar cannot count a year counted over
   */
  public Deadline workingDays(ZonedDateTime trigger, int n) {
    return compute(trigger, n, PeriodUnit.WORKING_DAYS, null);
  }

  /**
   * A period of n months: the corresponding day n months later (or that month's last day), rolled
   * forward to a working day.
   *
   * @param trigger the triggering event's time, not null
   * @param n the number of months, at least 1
   * @return the deadline, not null
   * @throws IllegalArgumentException if n is less than 1
   * @throws CalendarCoverageException if the calendar cannot count the last day's year
   */
  public Deadline months(ZonedDateTime trigger, int n) {
    return compute(trigger, n, PeriodUnit.MONTHS, null);
  }

  /**
   * A period of n years: the corresponding day n years later (28 February for 29 February in a common
   * year), rolled forward to a working day.
   *
   * @param trigger the triggering event's time, not null
   * @param n the number of years, at least 1
   * @return the deadline, not null
   * @throws IllegalArgumentException if n is less than 1
   * @throws CalendarCoverageException if the calendar cannot count the last day's year
   */
  public Deadline years(ZonedDateTime trigger, int n) {
    return compute(trigger, n, PeriodUnit.YEARS, null);
  }

  /**
   * A period of n hours from the exact trigger instant, never extended.
   *
   * @param trigger the triggering event's time, not null
   * @param n the number of hours, at least 1
   * @return the deadline, not null
   * @throws IllegalArgumentException if n is less than 1
   */
  public Deadline hours(ZonedDateTime trigger, int n) {
    return compute(trigger, n, PeriodUnit.HOURS, null);
  }

  private Deadline compute(ZonedDateTime trigger, int n, PeriodUnit unit, StatutoryDeadline statutory) {
    Objects.requireNonNull(trigger, "trigger");
    if (n < 1) {
      throw new IllegalArgumentException("a period must be at least 1 " + unit.describe(1).substring(2) + ", not " + n);
    }
    ZonedDateTime local = trigger.withZoneSameInstant(zone);
    LocalDate day = local.toLocalDate();
    return switch (unit) {
      case WORKING_DAYS -> {
        LocalDate lastDay = calendar.addWorkingDays(day, n);
        yield endOfDay(local, n, unit, statutory, lastDay, calendar.isProvisional(day.plusDays(1), lastDay));
      }
      case MONTHS -> rolled(local, n, unit, statutory, day.plusMonths(n));
      case YEARS -> rolled(local, n, unit, statutory, day.plusYears(n));
      case HOURS -> {
        Instant expires = local.toInstant().plusSeconds(3600L * n);
        LocalDate lastDay = expires.minusNanos(1).atZone(zone).toLocalDate();
        yield new Deadline(local, n, unit, statutory, lastDay, expires, false);
      }
    };
  }

  /** A calendar period: its corresponding day, rolled forward off a non-working day (Civil Code Art. 203). */
  private Deadline rolled(
      ZonedDateTime trigger, int n, PeriodUnit unit, StatutoryDeadline statutory, LocalDate corresponding) {
    LocalDate lastDay = calendar.rollForward(corresponding);
    return endOfDay(trigger, n, unit, statutory, lastDay, calendar.isProvisional(corresponding, lastDay));
  }

  private Deadline endOfDay(
      ZonedDateTime trigger,
      int n,
      PeriodUnit unit,
      StatutoryDeadline statutory,
      LocalDate lastDay,
      boolean provisional) {
    Instant expires = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    return new Deadline(trigger, n, unit, statutory, lastDay, expires, provisional);
  }
}
