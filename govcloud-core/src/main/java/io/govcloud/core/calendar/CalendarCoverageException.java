package io.govcloud.core.calendar;

import io.govcloud.model.GovCloudException;
import java.time.Year;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Thrown when a working-day computation needs a year that the calendar cannot count (rule R1: never
 * guess silently): a year without a loaded official schedule in a calendar that refuses such years
 * ({@link WorkingDayCalendar#strict()}), or a year the provisional statutory rule does not reach
 * (before 2014 or after 2100, see {@link StatutoryHolidays}).
 *
 * <p>The message names the year, the years loaded, and the ways out: supply the year's schedule with
 * {@link WorkingDayCalendar#withSchedule(io.govcloud.spi.HolidayScheduleSource)}; or count it
 * provisionally ({@link UncoveredYears#PROVISIONAL}, where the statutory rule reaches); or opt into
 * weekends-only for uncovered years ({@link WorkingDayCalendar#withWeekendsOnlyForUncoveredYears()}).
 * A member of the {@link GovCloudException} family.
 */
public final class CalendarCoverageException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  /** The year that is not covered. */
  private final int year;

  /**
   * Creates the exception of a strict calendar, which refuses every year without an official schedule.
   *
   * @param year the year that is not covered
   * @param loadedYears the years that are covered, not null
   */
  public CalendarCoverageException(int year, Set<Year> loadedYears) {
    this(year, strictMessage(year, Objects.requireNonNull(loadedYears, "loadedYears")));
  }

  private CalendarCoverageException(int year, String message) {
    super(message);
    this.year = year;
  }

  /** The exception for a year beyond the statutory rule's reach, in a provisional calendar. */
  static CalendarCoverageException beyondStatutoryRule(int year, Set<Year> loadedYears, int first, int last) {
    return new CalendarCoverageException(
        year,
        "No official working-day schedule is loaded for "
            + year
            + " (loaded years: "
            + describe(loadedYears)
            + "), and "
            + year
            + " cannot be counted provisionally: the statutory holidays are computed only for "
            + first
            + "-"
            + last
            + " (the holiday measures in force from 2014 and govcloud's lunar table). Supply the State "
            + "Council's holiday notice for "
            + year
            + " with WorkingDayCalendar.withSchedule(HolidayScheduleSource), for example "
            + "HolidayScheduleTsv.parse(...), or accept weekends-only for uncovered years with "
            + "WorkingDayCalendar.withWeekendsOnlyForUncoveredYears().");
  }

  /** The exception for a year the statutory rule itself does not reach ({@link StatutoryHolidays}). */
  static CalendarCoverageException outsideStatutoryRule(int year, int first, int last) {
    return new CalendarCoverageException(
        year,
        "The statutory holidays are computed only for "
            + first
            + "-"
            + last
            + " (the holiday measures in force from 2014 and govcloud's lunar table), not for "
            + year
            + ". Count "
            + year
            + " from the State Council's holiday notice with WorkingDayCalendar.withSchedule(HolidayScheduleSource).");
  }

  /** {@return the year the calendar cannot count} */
  public int year() {
    return year;
  }

  private static String strictMessage(int year, Set<Year> loaded) {
    return "No official working-day schedule is loaded for "
        + year
        + " (loaded years: "
        + describe(loaded)
        + ") and this calendar is strict. Supply the State Council's holiday notice for "
        + year
        + " with WorkingDayCalendar.withSchedule(HolidayScheduleSource), for example "
        + "HolidayScheduleTsv.parse(...); or count it provisionally from the statutory holidays with "
        + "WorkingDayCalendar.withUncoveredYears(UncoveredYears.PROVISIONAL), the default of "
        + "WorkingDayCalendar.china(); or accept weekends-only for uncovered years with "
        + "WorkingDayCalendar.withWeekendsOnlyForUncoveredYears().";
  }

  private static String describe(Set<Year> loaded) {
    if (loaded.isEmpty()) {
      return "none";
    }
    SortedSet<Year> years = new TreeSet<>(loaded);
    int first = years.first().getValue();
    int last = years.last().getValue();
    if (last - first + 1 == years.size()) {
      return first == last ? Integer.toString(first) : first + "-" + last;
    }
    return years.toString();
  }
}
