package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days a {@link WorkingDayCalendar} counts with (rule R1), assembled once: the years the loaded
 * schedules cover officially, their listed days (a later schedule replaces every year it covers wholly),
 * the provisional days off of the statutory rule for the other years it reaches, and the index over all
 * of them.
 *
 * @param coveredYears the officially covered years, not null
 * @param loaded the days the loaded schedules list, by date, not null
 * @param provisional the provisional days off of years without a notice, by date, not null
 * @param index the working-day index over all of them, not null
 */
record CalendarDays(
    NavigableSet<Integer> coveredYears,
    Map<LocalDate, SpecialDay> loaded,
    Map<LocalDate, SpecialDay> provisional,
    WorkingDayIndex index) {

  /** Assembles the days of schedules, in order, and of the statutory rule where years are counted provisionally. */
  static CalendarDays assemble(List<HolidayScheduleSource> sources, UncoveredYears uncovered, StatutoryHolidays statutory) {
    NavigableSet<Integer> years = new TreeSet<>();
    Map<LocalDate, SpecialDay> loaded = new TreeMap<>();
    for (HolidayScheduleSource source : sources) {
      merge(source, years, loaded, statutory);
    }
    int first = statutory.firstYear().getValue();
    int last = statutory.lastYear().getValue();
    Map<LocalDate, SpecialDay> provisional = new TreeMap<>();
    if (uncovered == UncoveredYears.PROVISIONAL) {
      for (int year = first; year <= last; year++) {
        if (!years.contains(year)) {
          statutory.daysOff(year).forEach(day -> provisional.put(day.date(), day));
        }
      }
    }
    provisional.keySet().removeAll(loaded.keySet()); // a notice's dates win, also in a year it does not cover
    Map<LocalDate, SpecialDay> days = new TreeMap<>(provisional);
    days.putAll(loaded);
    return new CalendarDays(
        Collections.unmodifiableNavigableSet(years),
        Collections.unmodifiableMap(loaded),
        Collections.unmodifiableMap(provisional),
        buildIndex(years, days, uncovered == UncoveredYears.PROVISIONAL, first, last));
  }

  private static void merge(
      HolidayScheduleSource source, NavigableSet<Integer> years, Map<LocalDate, SpecialDay> days, StatutoryHolidays statutory) {
    String name = Objects.requireNonNull(source.name(), "source name");
    Set<Year> covered = Objects.requireNonNull(source.coveredYears(), "coveredYears of " + name);
    List<SpecialDay> listed = Objects.requireNonNull(source.specialDays(), "specialDays of " + name);
    Map<LocalDate, SpecialDay> own = new HashMap<>();
    for (SpecialDay day : listed) {
      Objects.requireNonNull(day, "special day of " + name);
      if (own.putIfAbsent(day.date(), day) != null) {
        throw new MalformedHolidayScheduleException(name, 0, day.date() + " is listed twice", null);
      }
    }
    Set<Integer> coveredNumbers = new TreeSet<>();
    for (Year year : covered) {
      coveredNumbers.add(Objects.requireNonNull(year, "covered year of " + name).getValue());
    }
    for (int year : coveredNumbers) {
      requireStatutoryHolidaysOff(name, year, own, statutory);
    }
    days.keySet().removeIf(date -> coveredNumbers.contains(date.getYear()));
    days.putAll(own);
    years.addAll(coveredNumbers);
  }

  /**
   * Refuses a schedule that covers a year but makes one of its statutory holidays of Art. 2 of the 办法 a
   * working day (listed as a makeup working day, or a Monday to Friday it does not list): every notice
   * gives them off, so such a schedule is incomplete (a partial file covering its year) or wrong, and
   * would silently count a holiday as a working day (docs/rules.md#r1).
   */
  private static void requireStatutoryHolidaysOff(String name, int year, Map<LocalDate, SpecialDay> own, StatutoryHolidays statutory) {
    if (!statutory.covers(year)) {
      return;
    }
    List<String> working = new ArrayList<>();
    statutory.holidayDays(year).forEach((date, holidays) -> {
      SpecialDay listed = own.get(date);
      if (listed == null ? !StatutoryHolidays.isWeekend(date) : listed.kind() != SpecialDay.Kind.OFF) {
        working.add(date + " (" + holidays + (listed == null ? ", not listed" : ", listed as a working day") + ")");
      }
    });
    if (!working.isEmpty()) {
      throw new MalformedHolidayScheduleException(name, 0,
          "it covers " + year + " but does not give its statutory holidays off: " + String.join(", ", working)
              + "; every State Council notice gives them off, so the schedule is incomplete or wrong", null);
    }
  }

  /** Indexes the official years, the years of listed days and, when counting provisionally, first..last. */
  private static WorkingDayIndex buildIndex(
      NavigableSet<Integer> years, Map<LocalDate, SpecialDay> days, boolean provisional, int first, int last) {
    int lo = provisional ? first : Integer.MAX_VALUE;
    int hi = provisional ? last : Integer.MIN_VALUE;
    if (!years.isEmpty()) {
      lo = Math.min(lo, years.first());
      hi = Math.max(hi, years.last());
    }
    for (LocalDate date : days.keySet()) {
      lo = Math.min(lo, date.getYear());
      hi = Math.max(hi, date.getYear());
    }
    if (lo > hi) {
      return WorkingDayIndex.build(null, null, days.values());
    }
    return WorkingDayIndex.build(LocalDate.of(lo, 1, 1), LocalDate.of(hi, 12, 31), days.values());
  }
}
