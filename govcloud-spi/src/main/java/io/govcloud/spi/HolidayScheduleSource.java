package io.govcloud.spi;

import io.govcloud.model.SpecialDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A source of official working-day schedules: the special days of the State Council's yearly holiday
 * notices (docs/rules.md#r1). The library ships the PRC schedule for the years it knows; a host implements
 * this port (or parses a file with {@code HolidayScheduleTsv}) to add a year when the next notice is
 * published, or to replace a year.
 *
 * <p>A source <em>covers</em> a year when it holds that year's complete schedule: every date of a
 * covered year that it does not list is an ordinary day (Monday to Friday work, weekends rest). A source
 * may also list dates of years it does not cover (the 2019 notice sets 2018-12-29 to 31); those dates
 * are applied, but do not make their year covered.
 *
 * <p>Implementations must return the same answers on every call and be safe to call from any thread.
 */
public interface HolidayScheduleSource {

  /** {@return a name for messages, such as a file name or the notice's document number; not null} */
  String name();

  /** {@return the years whose complete schedule this source holds; not null, may be empty} */
  Set<Year> coveredYears();

  /** {@return the special days this source lists, at most one per date; not null} */
  List<SpecialDay> specialDays();

  /**
   * A source from values held in memory.
   *
   * @param name a name for messages, not null
   * @param coveredYears the years whose complete schedule {@code specialDays} holds, not null
   * @param specialDays the special days, not null
   * @return an immutable source, not null
   * @throws NullPointerException if an argument or an element is null
   */
  static HolidayScheduleSource of(String name, Set<Year> coveredYears, List<SpecialDay> specialDays) {
    Objects.requireNonNull(name, "name");
    Set<Year> years = Set.copyOf(coveredYears);
    List<SpecialDay> days = List.copyOf(specialDays);
    return new HolidayScheduleSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Year> coveredYears() {
        return years;
      }

      @Override
      public List<SpecialDay> specialDays() {
        return days;
      }

      @Override
      public String toString() {
        return "HolidayScheduleSource[" + name + ", years " + years + ", " + days.size() + " special days]";
      }
    };
  }
}
