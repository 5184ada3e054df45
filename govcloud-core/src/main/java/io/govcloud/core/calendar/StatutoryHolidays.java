package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statutory days off of a year by the 全国年节及纪念日放假办法 in force for it ({@link HolidayMeasure}):
 * what {@link WorkingDayCalendar} counts, provisionally, for a year whose State Council notice is not
 * loaded (rule R1).
 *
 * <p>A year's days off are:
 *
 * <ul>
 *   <li>the days of the holidays of all citizens of Art. 2 of the text in force that year; the dates that
 *       move with the Chinese calendar (除夕, 正月初一 to 初三, 清明, 端午, 中秋) come from a table shipped with
 *       govcloud for 2000–2100, so years from 2014 (the 2013 text's first year) to 2100 are covered;
 *   <li>the compensatory days off (补假) of Art. 6 of the same text: "全体公民放假的假日，如果适逢周六、周日，应当在工作日补假"
 *       (a holiday of all citizens that falls on a Saturday or Sunday is compensated on a working day).
 *       The text does not say which working day. Decision: each holiday day falling on a Saturday or
 *       Sunday, taken in date order, is compensated on the first Monday to Friday after it that is neither
 *       a holiday day of Art. 2 nor already a compensatory day. The State Council's notices of 2019–2026 did
 *       give exactly those days off (govcloud-core's tests check it).
 * </ul>
 *
 * <p>Nothing else is inferred. The bridging days and makeup working days of 调休, which each notice sets,
 * are not guessed; nor is a day for a holiday that falls on another holiday on a weekday (the Mid-Autumn
 * Festival on 1 to 3 October: Art. 6 speaks only of Saturdays and Sundays, and the notices' practice of
 * merging the two into an eight-day break is 调休, set by the notice). Those come only with the notice.
 *
 * <p>This class is immutable and thread-safe; {@link #china()} computes every year once.
 */
public final class StatutoryHolidays {

  private final LunarFestivals table;
  private final int firstYear;
  private final List<List<SpecialDay>> daysOff;

  private StatutoryHolidays(LunarFestivals table) {
    this.table = table;
    this.firstYear = Math.max(HolidayMeasure.values()[0].effectiveFrom().getYear(), table.firstYear());
    List<List<SpecialDay>> years = new ArrayList<>();
    for (int y = firstYear; y <= table.lastYear(); y++) {
      years.add(compute(y));
    }
    this.daysOff = List.copyOf(years);
  }

  /**
   * The statutory days off of the PRC from the table shipped with govcloud: 2014 to 2100.
   *
   * @return the rule, not null
   */
  public static StatutoryHolidays china() {
    return China.RULE;
  }

  /** {@return the first year covered (2014), not null} */
  public Year firstYear() {
    return Year.of(firstYear);
  }

  /** {@return the last year covered (2100, the shipped table's last), not null} */
  public Year lastYear() {
    return Year.of(table.lastYear());
  }

  /**
   * Whether the rule can compute a year's days off.
   *
   * @param year the year, not null
   * @return whether {@code year} lies from {@link #firstYear()} to {@link #lastYear()}
   */
  public boolean covers(Year year) {
    Objects.requireNonNull(year, "year");
    return covers(year.getValue());
  }

  boolean covers(int year) {
    return year >= firstYear && year <= table.lastYear();
  }

  /**
   * The text of the 办法 a year is counted by.
   *
   * @param year the year, not null
   * @return the text in force that year, not null
   * @throws CalendarCoverageException if the year is not covered
   */
  public HolidayMeasure measure(Year year) {
    requireCovered(year);
    return HolidayMeasure.inForce(year).orElseThrow();
  }

  /**
   * A year's statutory days off, in date order: the holiday days of Art. 2 (a date two holidays share
   * once, both named) and the compensatory days of Art. 6, named after the day they compensate, e.g.
   * {@code Qingming Festival, compensatory day off for Sunday 2026-04-05}.
   *
   * @param year the year, not null
   * @return the days, all {@link SpecialDay.Kind#OFF}, unmodifiable, not null
   * @throws CalendarCoverageException if the year is not covered
   */
  public List<SpecialDay> daysOff(Year year) {
    requireCovered(year);
    return daysOff(year.getValue());
  }

  List<SpecialDay> daysOff(int year) {
    return daysOff.get(year - firstYear);
  }

  /**
   * The holiday days of Art. 2 of a year (not the compensatory days of Art. 6), by date, each with the
   * English names of the holidays on it; the year must be covered.
   */
  java.util.SortedMap<LocalDate, String> holidayDays(int year) {
    java.util.SortedMap<LocalDate, String> days = new TreeMap<>();
    for (HolidayMeasure.Entitlement day : HolidayMeasure.inForce(Year.of(year)).orElseThrow().entitlements(table.of(year))) {
      days.merge(day.date(), day.holiday().english(), (a, b) -> a.equals(b) ? a : a + " / " + b);
    }
    return days;
  }

  private void requireCovered(Year year) {
    Objects.requireNonNull(year, "year");
    if (!covers(year.getValue())) {
      throw CalendarCoverageException.outsideStatutoryRule(year.getValue(), firstYear, table.lastYear());
    }
  }

  private List<SpecialDay> compute(int year) {
    HolidayMeasure measure = HolidayMeasure.inForce(Year.of(year)).orElseThrow();
    List<HolidayMeasure.Entitlement> entitlements = measure.entitlements(table.of(year));
    Map<LocalDate, List<String>> names = new TreeMap<>();
    for (HolidayMeasure.Entitlement day : entitlements) {
      List<String> onDate = names.computeIfAbsent(day.date(), d -> new ArrayList<>());
      if (!onDate.contains(day.holiday().english())) {
        onDate.add(day.holiday().english());
      }
    }
    Set<LocalDate> taken = new TreeSet<>(names.keySet());
    Map<LocalDate, SpecialDay> result = new TreeMap<>();
    names.forEach((date, holidays) -> result.put(date, SpecialDay.off(date, String.join(" / ", holidays))));
    for (HolidayMeasure.Entitlement day : entitlements) { // in date order
      if (isWeekend(day.date())) {
        LocalDate compensation = day.date().plusDays(1);
        while (isWeekend(compensation) || taken.contains(compensation)) {
          compensation = compensation.plusDays(1);
        }
        taken.add(compensation);
        String name =
            day.holiday().english()
                + ", compensatory day off for "
                + englishDay(day.date().getDayOfWeek())
                + " "
                + day.date();
        result.put(compensation, SpecialDay.off(compensation, name));
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(result.values()));
  }

  /** Whether a date is a Saturday or a Sunday. */
  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static String englishDay(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY ? "Saturday" : "Sunday";
  }

  @Override
  public String toString() {
    return "StatutoryHolidays[" + firstYear + "-" + table.lastYear() + "]";
  }

  /** The PRC rule over the shipped table, computed on first use. */
  private static final class China {
    static final StatutoryHolidays RULE = new StatutoryHolidays(LunarFestivals.shipped());
  }
}
