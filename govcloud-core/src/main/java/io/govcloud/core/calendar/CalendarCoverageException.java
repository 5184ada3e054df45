package io.govcloud.core.calendar;

import io.govcloud.model.GovCloudException;
import java.time.Year;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Thrown when a working-day computation needs a year for which no official schedule is loaded
 * (RULES.md R1: never guess silently).
 *
 * <p>The message names the year, the years loaded, and the two ways out: supply the year's schedule
 * with {@link WorkingDayCalendar#withSchedule(io.govcloud.spi.HolidayScheduleSource)}, or opt into
 * weekends-only for uncovered years with {@link WorkingDayCalendar#withWeekendsOnlyForUncoveredYears()}.
 * A member of the {@link GovCloudException} family.
 */
public final class CalendarCoverageException extends GovCloudException {

  private static final long serialVersionUID = 1L;

  private final int year;

  /**
   * Creates the exception.
   *
   * @param year the year that is not covered
   * @param loadedYears the years that are covered, not null
   */
  public CalendarCoverageException(int year, Set<Year> loadedYears) {
    super(message(year, Objects.requireNonNull(loadedYears, "loadedYears")));
    this.year = year;
  }

  /** The year that has no official schedule loaded. */
  public int year() {
    return year;
  }

  private static String message(int year, Set<Year> loaded) {
    SortedSet<Year> sorted = new TreeSet<>(loaded);
    String loadedText = sorted.isEmpty() ? "none" : describe(sorted);
    return "No official working-day schedule is loaded for "
        + year
        + " (loaded years: "
        + loadedText
        + "). Supply the State Council's holiday notice for "
        + year
        + " with WorkingDayCalendar.withSchedule(HolidayScheduleSource), for example "
        + "HolidayScheduleTsv.parse(...), or accept weekends-only for uncovered years with "
        + "WorkingDayCalendar.withWeekendsOnlyForUncoveredYears().";
  }

  private static String describe(SortedSet<Year> years) {
    int first = years.first().getValue();
    int last = years.last().getValue();
    if (last - first + 1 == years.size()) {
      return first == last ? Integer.toString(first) : first + "-" + last;
    }
    return years.toString();
  }
}
