package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official PRC working-day calendar: Monday to Friday, minus the official holidays, plus the
 * makeup working days (调休补班) of the State Council's yearly notices (RULES.md R1; deadlines of Art.
 * 12, 17, 20, 25, 26 count in it).
 *
 * <p>{@link #china()} holds the schedule govcloud ships (2019–2026). A host adds or replaces years with
 * {@link #withSchedule(HolidayScheduleSource)} when the next notice is published. A computation that
 * needs a day of a year without a schedule throws {@link CalendarCoverageException}: nothing is guessed,
 * unless the host opts into {@link #withWeekendsOnlyForUncoveredYears()}, and then a warning is logged
 * once per year.
 *
 * <p>Working-day arithmetic takes constant time, whatever the number of days: the calendar keeps a
 * table of cumulative working-day counts over the years it holds and uses closed-form weekday
 * arithmetic beyond them, so {@link #addWorkingDays(LocalDate, int)} is two lookups, never a walk.
 *
 * <p>This class is immutable and thread-safe (the set of years already warned about is the only state
 * that changes, and it only affects logging).
 */
public final class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final String CHINA_RESOURCE = "cn-holidays.tsv";
  /** At most this many years are warned about, one by one, in a single call. */
  private static final int MAX_WARNINGS_PER_CALL = 20;

  private final List<HolidayScheduleSource> sources;
  private final NavigableSet<Integer> coveredYears;
  private final Map<LocalDate, SpecialDay> specialDays;
  private final boolean weekendsOnlyForUncoveredYears;
  private final WorkingDayIndex index;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  private WorkingDayCalendar(List<HolidayScheduleSource> sources, boolean weekendsOnlyForUncoveredYears) {
    this.sources = List.copyOf(sources);
    this.weekendsOnlyForUncoveredYears = weekendsOnlyForUncoveredYears;
    NavigableSet<Integer> years = new TreeSet<>();
    Map<LocalDate, SpecialDay> days = new TreeMap<>();
    for (HolidayScheduleSource source : this.sources) {
      merge(source, years, days);
    }
    this.coveredYears = Collections.unmodifiableNavigableSet(years);
    this.specialDays = Collections.unmodifiableMap(days);
    this.index = buildIndex(years, days);
  }

  /**
   * The official PRC schedule shipped with govcloud, from the State Council notices for 2019 to 2026
   * (including 2018-12-29 to 31 of the 2019 notice). Uncovered years are refused.
   *
   * @return the calendar, not null
   */
  public static WorkingDayCalendar china() {
    return new WorkingDayCalendar(List.of(ChinaSchedule.SOURCE), false);
  }

  /**
   * A calendar built from the given sources alone, later sources replacing the years they cover.
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
    return new WorkingDayCalendar(list, false);
  }

  /**
   * This calendar with a host's schedule added: every year the source covers is taken wholly from it
   * (replacing what this calendar had for that year); dates it lists in years it does not cover are
   * added, replacing the same date.
   *
   * @param source the schedule, not null
   * @return a new calendar, not null
   * @throws MalformedHolidayScheduleException if the source lists a date twice
   */
  public WorkingDayCalendar withSchedule(HolidayScheduleSource source) {
    Objects.requireNonNull(source, "source");
    List<HolidayScheduleSource> list = new ArrayList<>(sources);
    list.add(source);
    return new WorkingDayCalendar(list, weekendsOnlyForUncoveredYears);
  }

  /**
   * This calendar, treating every year without a schedule as Monday-to-Friday working days (special
   * days known for such a year still apply). A warning is logged the first time each such year is used.
   * RULES.md R1 makes this an explicit choice of the host: deadlines computed this way may be wrong.
   *
   * @return a new calendar, not null
   */
  public WorkingDayCalendar withWeekendsOnlyForUncoveredYears() {
    return new WorkingDayCalendar(sources, true);
  }

  /** The years with a complete official schedule, ascending; not null. */
  public Set<Year> coveredYears() {
    Set<Year> years = new TreeSet<>();
    coveredYears.forEach(y -> years.add(Year.of(y)));
    return Collections.unmodifiableSet(years);
  }

  /** Whether years without a schedule are treated as weekends-only instead of refused. */
  public boolean isWeekendsOnlyForUncoveredYears() {
    return weekendsOnlyForUncoveredYears;
  }

  /** The special day of a date, if a loaded schedule lists one. */
  public Optional<SpecialDay> specialDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(specialDays.get(date));
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date, not null
   * @return true for Monday to Friday that is not an official holiday, and for makeup working days
   * @throws CalendarCoverageException if the date's year has no schedule and uncovered years are refused
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireCovered(date.getYear(), date.getYear(), true);
    return index.isWorkingDay(date.toEpochDay());
  }

  /**
   * The n-th working day after (n &gt; 0) or before (n &lt; 0) the trigger day, the trigger day itself
   * never counted (Civil Code Art. 201); the trigger day itself for n = 0. Takes constant time.
   *
   * @param trigger the day of the triggering event, not null
   * @param n the number of working days
   * @return a working day for n ≠ 0, not null
   * @throws CalendarCoverageException if a day counted over lies in a year without a schedule and
   *     uncovered years are refused
   * @throws java.time.DateTimeException if the result is beyond the range of {@link LocalDate}
   */
  public LocalDate addWorkingDays(LocalDate trigger, int n) {
    Objects.requireNonNull(trigger, "trigger");
    if (n == 0) {
      return trigger;
    }
    long day = trigger.toEpochDay();
    LocalDate result;
    if (n > 0) {
      result = LocalDate.ofEpochDay(index.workingDayOfRank(index.rank(day) + n));
      requireCovered(trigger.plusDays(1).getYear(), result.getYear(), true);
    } else {
      result = LocalDate.ofEpochDay(index.workingDayOfRank(index.rank(day - 1) + n + 1));
      requireCovered(result.getYear(), trigger.minusDays(1).getYear(), false);
    }
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
   * @throws CalendarCoverageException if a day counted lies in a year without a schedule and uncovered
   *     years are refused
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
      requireCovered(fromExclusive.plusDays(1).getYear(), toInclusive.getYear(), true);
      return Math.toIntExact(index.rank(to) - index.rank(from));
    }
    // counting backwards: the days [to, from), negated
    requireCovered(toInclusive.getYear(), fromExclusive.minusDays(1).getYear(), false);
    return Math.toIntExact(index.rank(to - 1) - index.rank(from - 1));
  }

  /**
   * The date itself if it is a working day, otherwise the next working day (Civil Code Art. 203).
   *
   * @param date the date, not null
   * @return a working day, not null
   * @throws CalendarCoverageException if a day examined lies in a year without a schedule and uncovered
   *     years are refused
   */
  public LocalDate rollForward(LocalDate date) {
    return isWorkingDay(date) ? date : addWorkingDays(date, 1);
  }

  /**
   * Checks that the years {@code from..to} (inclusive) are covered; in weekends-only mode, warns once
   * per uncovered year instead. {@code ascending} says which uncovered year the exception names: the
   * first one met in the direction of counting.
   */
  private void requireCovered(int from, int to, boolean ascending) {
    if (from > to) {
      return;
    }
    if (!weekendsOnlyForUncoveredYears) {
      Integer uncovered = firstUncovered(from, to, ascending);
      if (uncovered != null) {
        throw new CalendarCoverageException(uncovered, coveredYears());
      }
      return;
    }
    warnUncovered(from, to);
  }

  private Integer firstUncovered(int from, int to, boolean ascending) {
    // At most |coveredYears| + 1 iterations: every step but the last skips a covered year.
    if (ascending) {
      for (long y = from; y <= to; y++) {
        if (!coveredYears.contains((int) y)) {
          return (int) y;
        }
      }
    } else {
      for (long y = to; y >= from; y--) {
        if (!coveredYears.contains((int) y)) {
          return (int) y;
        }
      }
    }
    return null;
  }

  private void warnUncovered(int from, int to) {
    int warned = 0;
    for (long y = from; y <= to && warned < MAX_WARNINGS_PER_CALL; y++) {
      int year = (int) y;
      if (!coveredYears.contains(year) && warnedYears.add(year)) {
        warned++;
        LOG.warn(
            "No official working-day schedule is loaded for {}; counting Monday to Friday as working days "
                + "for it, as the host chose (RULES.md R1). Supply the State Council's notice for {} with "
                + "WorkingDayCalendar.withSchedule(...) to count exactly.",
            year,
            year);
      }
    }
  }

  private static void merge(
      HolidayScheduleSource source, NavigableSet<Integer> years, Map<LocalDate, SpecialDay> days) {
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
    days.keySet().removeIf(date -> coveredNumbers.contains(date.getYear()));
    days.putAll(own);
    years.addAll(coveredNumbers);
  }

  private static WorkingDayIndex buildIndex(NavigableSet<Integer> years, Map<LocalDate, SpecialDay> days) {
    if (years.isEmpty() && days.isEmpty()) {
      return WorkingDayIndex.build(null, null, days);
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    if (!years.isEmpty()) {
      first = years.first();
      last = years.last();
    }
    for (LocalDate date : days.keySet()) {
      first = Math.min(first, date.getYear());
      last = Math.max(last, date.getYear());
    }
    return WorkingDayIndex.build(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), days);
  }

  /** The uncovered years warned about so far; for tests. */
  Set<Integer> warnedYears() {
    return Set.copyOf(warnedYears);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[covered " + coveredYears + (weekendsOnlyForUncoveredYears ? ", weekends-only beyond" : "") + "]";
  }

  /** The schedule shipped as a resource of this module, read once. */
  private static final class ChinaSchedule {
    static final HolidayScheduleSource SOURCE = load();

    private static HolidayScheduleSource load() {
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("govcloud-core is missing its resource " + CHINA_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          return HolidayScheduleTsv.parse("govcloud " + CHINA_RESOURCE, reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading govcloud's " + CHINA_RESOURCE, e);
      }
    }
  }
}
