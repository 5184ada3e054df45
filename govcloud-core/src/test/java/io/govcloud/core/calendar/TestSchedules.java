package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Made-up schedules for the tests (not State Council notices): a year's statutory days off as the
 * provisional rule counts them, with other days on top, so that the schedule gives every statutory
 * holiday off as a loaded schedule must (docs/rules.md#r1).
 */
final class TestSchedules {

  private TestSchedules() {}

  /** A schedule covering a year: its statutory days off, then the given days (which replace any of the same date). */
  static HolidayScheduleSource statutoryWith(String name, int year, SpecialDay... days) {
    Map<LocalDate, SpecialDay> all = new TreeMap<>();
    StatutoryHolidays.china().daysOff(Year.of(year)).forEach(d -> all.put(d.date(), d));
    for (SpecialDay day : days) {
      all.put(day.date(), day);
    }
    return HolidayScheduleSource.of(name, Set.of(Year.of(year)), java.util.List.copyOf(all.values()));
  }
}
