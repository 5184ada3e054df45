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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official PRC working-day calendar: Monday to Friday, minus the official holidays, plus the
 * makeup working days (调休补班) of the State Council's yearly notices (rule R1; the deadlines of Art. 12,
 * 17, 20, 25 and 26 count in it).
 *
 * <p>{@link #china()} holds the schedule govcloud ships (the notices for 2019–2026). A host adds or
 * replaces years with {@link #withSchedule(HolidayScheduleSource)} when the next notice is published;
 * a loaded year is <em>official</em> and wholly replaces what the calendar counted for it before.
 *
 * <p>A year without a loaded notice is handled as {@link #uncoveredYears()} says:
 *
 * <ul>
 *   <li>{@link UncoveredYears#PROVISIONAL} (the default): counted <em>provisionally</em> from the
 *       statutory holidays of the 全国年节及纪念日放假办法 in force that year, with its compensatory days off
 *       (Art. 2 and 6 of the 办法, see {@link StatutoryHolidays}), plus weekends; nothing else is guessed
 *       (no bridging days, no makeup working days: those come only with the notice). Years from 2014 to
 *       2100 can be counted so; others throw {@link CalendarCoverageException}. The calendar never stops
 *       at the end of its last notice;
 *   <li>{@link UncoveredYears#WEEKENDS_ONLY}: counted as Monday to Friday
 *       ({@link #withWeekendsOnlyForUncoveredYears()});
 *   <li>{@link UncoveredYears#REFUSED}: strict mode ({@link #strict()}), every computation that needs
 *       such a year throws {@link CalendarCoverageException} naming it and the remedies.
 * </ul>
 *
 * <p>Dates listed by a loaded schedule in a year it does not cover (the 2019 notice's 2018-12-29 to 31)
 * apply over what is counted for that year. A warning is logged the first time each provisional year is
 * used. {@link #isProvisional(LocalDate)} and {@link #isProvisional(LocalDate, LocalDate)} tell which
 * dates were counted without a notice, and {@link Deadline#isProvisional()} whether a deadline was;
 * {@link #officiallyCoveredThrough(LocalDate)} tells how far the official coverage reaches.
 *
 * <p>Working-day arithmetic takes constant time, whatever the number of days: the calendar keeps a
 * table of cumulative working-day counts over the years it holds (official years and, in provisional
 * mode, 2014–2100) and uses closed-form weekday arithmetic beyond them, so
 * {@link #addWorkingDays(LocalDate, int)} is two lookups and a constant-time coverage check, never a walk,
 * and returns a date kept by the table once made, so that it allocates nothing within the table's years.
 * Once a year's coverage has been checked (and any warning logged), computations over it skip the check.
 *
 * <p>This class is immutable and thread-safe (the set of years already warned about, which only affects
 * logging, and the dates the table keeps once made, equal to those it would make again, are the only state
 * that changes).
 */
public final class WorkingDayCalendar {

  private final List<HolidayScheduleSource> sources;
  private final UncoveredYears uncovered;
  private final StatutoryHolidays statutory;
  private final NavigableSet<Integer> coveredYears;
  private final Map<LocalDate, SpecialDay> specialDays;
  private final Map<LocalDate, SpecialDay> provisionalDays;
  private final YearCoverage coverage;
  private final WorkingDayIndex index;
  private final ProvisionalYearWarnings warnings;
  private final CoverageCheck check;

  private WorkingDayCalendar(List<HolidayScheduleSource> sources, UncoveredYears uncovered) {
    this.sources = List.copyOf(sources);
    this.uncovered = uncovered;
    this.statutory = StatutoryHolidays.china();
    CalendarDays days = CalendarDays.assemble(this.sources, uncovered, statutory);
    this.coveredYears = days.coveredYears();
    this.specialDays = days.loaded();
    this.provisionalDays = days.provisional();
    this.coverage = YearCoverage.of(coveredYears, uncovered, statutory.firstYear().getValue(), statutory.lastYear().getValue());
    this.index = days.index();
    this.warnings = new ProvisionalYearWarnings(uncovered, statutory);
    int first = statutory.firstYear().getValue();
    int last = statutory.lastYear().getValue();
    if (!coveredYears.isEmpty()) {
      first = Math.min(first, coveredYears.first());
      last = Math.max(last, coveredYears.last());
    }
    this.check = new CoverageCheck(coverage, warnings, this::refusal, first, last);
  }

  /**
   * The official PRC schedule shipped with govcloud, from the State Council notices for 2019 to 2026
   * (including 2018-12-29 to 31 of the 2019 notice); other years from 2014 to 2100 are counted
   * provisionally ({@link UncoveredYears#PROVISIONAL}).
   *
   * @return the calendar, not null
   */
  public static WorkingDayCalendar china() {
    return new WorkingDayCalendar(List.of(ChinaSchedule.SOURCE), UncoveredYears.PROVISIONAL);
  }

  /**
   * A calendar built from the given sources alone, later sources replacing the years they cover; other
   * years are counted provisionally ({@link UncoveredYears#PROVISIONAL}).
   *
   * @param sources the schedules, not null, not empty
   * @return the calendar, not null
   * @throws MalformedHolidayScheduleException if a source lists a date twice
   * @throws IllegalArgumentException if no source is given
   */
  public static WorkingDayCalendar of(HolidayScheduleSource... sources) {
    Objects.requireNonNull(sources, "sources");
    if (sources.length == 0) {
      throw new IllegalArgumentException("a calendar needs at least one holiday schedule source");
    }
    List<HolidayScheduleSource> list = new ArrayList<>();
    for (HolidayScheduleSource source : sources) {
      list.add(Objects.requireNonNull(source, "source"));
    }
    return new WorkingDayCalendar(list, UncoveredYears.PROVISIONAL);
  }

  /**
   * This calendar with a host's schedule added: every year the source covers becomes official and is
   * taken wholly from it (replacing what this calendar had or counted provisionally for that year); dates
   * it lists in years it does not cover are added, replacing the same date.
   *
   * @param source the schedule, not null
   * @return a new calendar with the same handling of uncovered years, not null
   * @throws MalformedHolidayScheduleException if the source lists a date twice, or covers a year without
   *     giving all of its statutory holidays off (docs/rules.md#r1)
   */
  public WorkingDayCalendar withSchedule(HolidayScheduleSource source) {
    Objects.requireNonNull(source, "source");
    List<HolidayScheduleSource> list = new ArrayList<>(sources);
    list.add(source);
    return new WorkingDayCalendar(list, uncovered);
  }

  /**
   * This calendar, handling years without a loaded schedule as given.
   *
   * @param handling what to do with such years, not null
   * @return a new calendar with the same schedules, not null
   */
  public WorkingDayCalendar withUncoveredYears(UncoveredYears handling) {
    return new WorkingDayCalendar(sources, Objects.requireNonNull(handling, "handling"));
  }

  /**
   * This calendar in strict mode: a computation that needs a year without a loaded schedule throws
   * {@link CalendarCoverageException} ({@link UncoveredYears#REFUSED}).
   *
   * @return a new calendar, not null
   */
  public WorkingDayCalendar strict() {
    return withUncoveredYears(UncoveredYears.REFUSED);
  }

  /**
   * This calendar, treating every year without a schedule as Monday-to-Friday working days (special
   * days known for such a year still apply; {@link UncoveredYears#WEEKENDS_ONLY}). A warning is logged
   * the first time each such year is used. Rule R1 makes this an explicit choice of the host: deadlines
   * computed this way may be wrong, and are provisional.
   *
   * @return a new calendar, not null
   */
  public WorkingDayCalendar withWeekendsOnlyForUncoveredYears() {
    return withUncoveredYears(UncoveredYears.WEEKENDS_ONLY);
  }

  /** {@return what this calendar does with a year without a loaded schedule; not null} */
  public UncoveredYears uncoveredYears() {
    return uncovered;
  }

  /** {@return whether years without a schedule are treated as weekends-only} */
  public boolean isWeekendsOnlyForUncoveredYears() {
    return uncovered == UncoveredYears.WEEKENDS_ONLY;
  }

  /** {@return the years with a complete official schedule (the official years), ascending; not null} */
  public Set<Year> coveredYears() {
    Set<Year> years = new TreeSet<>();
    coveredYears.forEach(y -> years.add(Year.of(y)));
    return Collections.unmodifiableSet(years);
  }

  /**
   * The last day of the last official year, however many years before it lack a notice.
   *
   * @return 31 December of the latest covered year, or empty if no year is covered
   */
  public Optional<LocalDate> officialCoverageEnd() {
    return coveredYears.isEmpty() ? Optional.empty() : Optional.of(LocalDate.of(coveredYears.last(), 12, 31));
  }

  /**
   * How far the official coverage reaches without a gap from a date: the last day of the unbroken run of
   * official years that holds the date. A host compares it with today to know when to load the next
   * notice.
   *
   * @param date the date, not null
   * @return 31 December of the run's last year, or empty if the date's year is not official
   */
  public Optional<LocalDate> officiallyCoveredThrough(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    if (!coveredYears.contains(year)) {
      return Optional.empty();
    }
    while (coveredYears.contains(year + 1)) {
      year++;
    }
    return Optional.of(LocalDate.of(year, 12, 31));
  }

  /**
   * Whether a date is counted without an official notice: its year has no loaded schedule and this
   * calendar counts it anyway (provisionally, or weekends-only). False for official years and for years
   * this calendar refuses.
   *
   * @param date the date, not null
   * @return whether the date's working-day status may change when the year's notice is loaded
   */
  public boolean isProvisional(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return coverage.isProvisional(date.getYear());
  }

  /**
   * Whether any date from {@code first} to {@code last} (both included) is counted without an official
   * notice ({@link #isProvisional(LocalDate)}). Takes constant time.
   *
   * @param first the first date, not null
   * @param last the last date, not null, not before {@code first}
   * @return whether a computation over these dates used a provisional year
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public boolean isProvisional(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the last date " + last + " is before the first " + first);
    }
    return coverage.anyProvisional(first.getYear(), last.getYear());
  }

  /**
   * The special day of a date, if a loaded schedule lists one.
   *
   * @param date the date, not null
   * @return the listed day, or empty
   */
  public Optional<SpecialDay> specialDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(specialDays.get(date));
  }

  /**
   * The statutory day off of a date in a year counted provisionally ({@link UncoveredYears#PROVISIONAL}):
   * a holiday day of the 全国年节及纪念日放假办法 or its compensatory day ({@link StatutoryHolidays}), named
   * so. Empty in official years, in other modes, and on a date a loaded schedule lists.
   *
   * @param date the date, not null
   * @return the provisional day off, or empty
   */
  public Optional<SpecialDay> provisionalDayOff(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(provisionalDays.get(date));
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date, not null
   * @return true for Monday to Friday that is not an official holiday, and for makeup working days
   * @throws CalendarCoverageException if this calendar cannot count the date's year
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    check.require(date.getYear(), date.getYear(), true);
    return index.isWorkingDay(date.toEpochDay());
  }

  /**
   * The n-th working day after (n &gt; 0) or before (n &lt; 0) the trigger day, the trigger day itself
   * never counted (Civil Code Art. 201); the trigger day itself for n = 0. Takes constant time.
   *
   * @param trigger the day of the triggering event, not null
   * @param n the number of working days
   * @return a working day for n ≠ 0, not null
   * @throws CalendarCoverageException if a day counted over lies in a year this calendar cannot count
   * @throws java.time.DateTimeException if the result is beyond the range of {@link LocalDate}
   */
  public LocalDate addWorkingDays(LocalDate trigger, int n) {
    Objects.requireNonNull(trigger, "trigger");
    if (n == 0) {
      return trigger;
    }
    long day = trigger.toEpochDay();
    if (n > 0) {
      LocalDate result = index.dateOfRank(index.rank(day) + n);
      check.require(CoverageCheck.yearAfter(trigger), result.getYear(), true);
      return result;
    }
    LocalDate result = index.dateOfRank(index.rank(day - 1) + n + 1);
    check.require(result.getYear(), CoverageCheck.yearBefore(trigger), false);
    return result;
  }

  /**
   * The number of working days counted from {@code fromExclusive} to {@code toInclusive}, the first
   * never counted and the second always: the working days in {@code (fromExclusive, toInclusive]}, or,
   * when {@code toInclusive} is earlier, minus the working days in {@code [toInclusive, fromExclusive)}.
   * So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n. Takes constant time.
   *
   * @param fromExclusive the day after which counting starts, not null
   * @param toInclusive the last day counted, not null
   * @return the signed count
   * @throws CalendarCoverageException if a day counted lies in a year this calendar cannot count
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    int compare = fromExclusive.compareTo(toInclusive);
    if (compare == 0) {
      return 0;
    }
    long from = fromExclusive.toEpochDay();
    long to = toInclusive.toEpochDay();
    if (compare < 0) {
      // the days (from, to]
      check.require(CoverageCheck.yearAfter(fromExclusive), toInclusive.getYear(), true);
      return Math.toIntExact(index.rank(to) - index.rank(from));
    }
    // counting backwards: the days [to, from), negated
    check.require(toInclusive.getYear(), CoverageCheck.yearBefore(fromExclusive), false);
    return Math.toIntExact(index.rank(to - 1) - index.rank(from - 1));
  }

  /**
   * The date itself if it is a working day, otherwise the next working day (Civil Code Art. 203).
   *
   * @param date the date, not null
   * @return a working day, not null
   * @throws CalendarCoverageException if a day examined lies in a year this calendar cannot count
   */
  public LocalDate rollForward(LocalDate date) {
    return isWorkingDay(date) ? date : addWorkingDays(date, 1);
  }

  /** The exception that refuses a year this calendar cannot count. */
  private CalendarCoverageException refusal(int year) {
    if (uncovered == UncoveredYears.PROVISIONAL) {
      return CalendarCoverageException.beyondStatutoryRule(
          year, coveredYears(), statutory.firstYear().getValue(), statutory.lastYear().getValue());
    }
    return new CalendarCoverageException(year, coveredYears());
  }

  /** The years warned about so far; for tests. */
  Set<Integer> warnedYears() {
    return warnings.warnedYears();
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[official " + coveredYears + ", uncovered years " + uncovered + "]";
  }
}
