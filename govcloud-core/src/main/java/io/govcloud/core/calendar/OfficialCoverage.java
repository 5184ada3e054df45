package io.govcloud.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a calendar's official schedule reaches from a day, and whether it is running out (rule R1): the
 * State Council publishes each year's holiday notice in November or December before it, and a host should
 * load it before the year begins. Built by {@link #of(WorkingDayCalendar, LocalDate, int)}; the entry
 * point logs {@link #warning()} when it is built.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param today the day asked about, not null
 * @param officialThrough the last day of the unbroken run of official years holding {@code today}
 *     ({@link WorkingDayCalendar#officiallyCoveredThrough(LocalDate)}), empty when today's year has no
 *     notice; not null
 * @param warningDays how many days before the end to warn, at least 0
 * @param uncovered what the calendar does with a year without a notice, not null
 */
public record OfficialCoverage(
    LocalDate today, Optional<LocalDate> officialThrough, int warningDays, UncoveredYears uncovered) {

  /**
   * Checks the fields.
   *
   * @param today the day asked about, not null
   * @param officialThrough the last day of the unbroken run of official years holding {@code today}
   *     ({@link WorkingDayCalendar#officiallyCoveredThrough(LocalDate)}), empty when today's year has no
   *     notice; not null
   * @param warningDays how many days before the end to warn, at least 0
   * @param uncovered what the calendar does with a year without a notice, not null
   */
  public OfficialCoverage {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(officialThrough, "officialThrough");
    Objects.requireNonNull(uncovered, "uncovered");
    if (warningDays < 0) {
      throw new IllegalArgumentException("warningDays must be at least 0, not " + warningDays);
    }
    officialThrough.ifPresent(
        end -> {
          if (end.isBefore(today)) {
            throw new IllegalArgumentException("the official coverage ends on " + end + ", before " + today);
          }
        });
  }

  /**
   * The coverage of a calendar on a day.
   *
   * @param calendar the calendar, not null
   * @param today the day, not null
   * @param warningDays how many days before the official schedule ends to warn, at least 0
   * @return the coverage, not null
   * @throws IllegalArgumentException if {@code warningDays} is negative
   */
  public static OfficialCoverage of(WorkingDayCalendar calendar, LocalDate today, int warningDays) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(today, "today");
    return new OfficialCoverage(today, calendar.officiallyCoveredThrough(today), warningDays, calendar.uncoveredYears());
  }

  /**
   * The days from today to the official schedule's last day (0 when today is that day), or empty when
   * today's year has no notice.
   *
   * @return the days left, not null
   */
  public Optional<Long> daysLeft() {
    return officialThrough.map(end -> ChronoUnit.DAYS.between(today, end));
  }

  /**
   * Whether the official schedule ends within {@link #warningDays()} days of today (fewer days left than
   * that), or does not hold today at all.
   *
   * @return whether to load the next notice now
   */
  public boolean isRunningOut() {
    return daysLeft().map(days -> days < warningDays).orElse(true);
  }

  /**
   * The warning to log when the schedule is running out, saying what happens after its end with this
   * calendar and how to load the next notice; empty when it is not running out.
   *
   * @return the warning, in English, not null
   */
  public Optional<String> warning() {
    if (!isRunningOut()) {
      return Optional.empty();
    }
    int year = officialThrough.map(end -> end.getYear() + 1).orElse(today.getYear());
    String where =
        officialThrough
            .map(end -> "The official working-day schedule ends on " + end + ", in " + daysLeft().orElseThrow() + " days")
            .orElse("No official working-day schedule is loaded for today, " + today);
    return Optional.of(
        where
            + " (the warning starts "
            + warningDays
            + " days before its end). "
            + after(year)
            + " Load the State Council's holiday notice for "
            + year
            + " with GovCloud.loadSchedule(HolidayScheduleSource) as soon as it is published (rule R1).");
  }

  private String after(int year) {
    return switch (uncovered) {
      case PROVISIONAL -> "Days of "
          + year
          + " are counted provisionally from the statutory holidays, without the notice's bridging and makeup "
          + "days: deadlines counted over them are provisional and may move when the notice is loaded.";
      case WEEKENDS_ONLY -> "Days of "
          + year
          + " are counted as Monday to Friday working days, as the host chose: deadlines counted over them are "
          + "provisional and may move when the notice is loaded.";
      case REFUSED -> "The calendar is strict: every deadline reaching into "
          + year
          + " is refused with CalendarCoverageException until the notice is loaded.";
    };
  }
}
