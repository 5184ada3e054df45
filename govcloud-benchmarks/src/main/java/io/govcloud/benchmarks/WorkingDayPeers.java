package io.govcloud.benchmarks;

import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.model.SpecialDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * The working-day calendar of rule R1 (docs/rules.md#r1) three ways, over the same data: govcloud's {@link
 * WorkingDayCalendar#china()} (the official notices for 2019 to 2026, the statutory days off counted
 * provisionally for later years), ObjectLab Kit's date calculator with the same days off as its holidays,
 * and a day-by-day loop over the same special days.
 *
 * <p>ObjectLab Kit cannot represent a makeup working day (a Saturday or Sunday worked, 调休补班): a weekend
 * is never a working day to it. Nor does it apply the Civil Code's start rule (Art. 201: the trigger day is
 * never counted) to a trigger that is not a working day: {@code setStartDate} first moves such a trigger
 * to the next working day, from which it then counts. {@link #compare(int)} counts how often the answers
 * differ over the official years, and why; the benchmarks time the three on triggers where they agree
 * ({@link #agreeingTriggers}), up to 2040: every span of 250 working days in the official years holds a
 * makeup day, so that for n = 250 all of them lie in the years counted provisionally, which have none.
 *
 * <p>Not thread-safe (ObjectLab's calculator keeps its current date): one per benchmark thread.
 */
public final class WorkingDayPeers {

  /** The first trigger compared: the first day of the first official year. */
  public static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  /** The last day of the official coverage: no answer compared may lie after it. */
  public static final LocalDate LAST = LocalDate.of(2026, 12, 31);
  /** The last answer of a trigger timed. */
  public static final LocalDate LAST_TIMED = LocalDate.of(2040, 12, 31);

  private static final String NAME = "CN-official-2019-2026";

  private final WorkingDayCalendar calendar = WorkingDayCalendar.china();
  private final Map<LocalDate, Boolean> special = new HashMap<>();
  private final Set<LocalDate> makeupDays = new HashSet<>();
  private final DateCalculator<LocalDate> objectLab;

  /** The three calendars over the shipped notices. */
  public WorkingDayPeers() {
    Set<LocalDate> holidays = new HashSet<>();
    for (LocalDate day = LocalDate.of(2018, 12, 1); !day.isAfter(LAST_TIMED.plusYears(1)); day = day.plusDays(1)) {
      LocalDate date = day;
      Optional<SpecialDay> listed = calendar.specialDay(date).or(() -> calendar.provisionalDayOff(date));
      if (listed.isPresent()) {
        boolean working = listed.get().kind() == SpecialDay.Kind.WORK;
        special.put(day, working);
        if (working) {
          makeupDays.add(day);
        } else {
          holidays.add(day);
        }
      }
    }
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(NAME, new DefaultHolidayCalendar<>(holidays, LocalDate.of(2018, 12, 1), LAST_TIMED.plusYears(2)));
    this.objectLab = factory.getDateCalculator(NAME, HolidayHandlerType.FORWARD);
  }

  /** govcloud's calendar, the shipped schedule. */
  public WorkingDayCalendar govcloud() {
    return calendar;
  }

  /**
   * govcloud: the n-th working day after the trigger.
   *
   * @param trigger the trigger day
   * @param n the number of working days, positive
   * @return the working day
   */
  public LocalDate govcloud(LocalDate trigger, int n) {
    return calendar.addWorkingDays(trigger, n);
  }

  /**
   * ObjectLab Kit, used as its documentation shows: start on the trigger, move by n business days.
   *
   * @param trigger the trigger day
   * @param n the number of working days, positive
   * @return ObjectLab's answer
   */
  public LocalDate objectLab(LocalDate trigger, int n) {
    objectLab.setStartDate(trigger);
    objectLab.moveByBusinessDays(n);
    return objectLab.getCurrentBusinessDate();
  }

  /**
   * The plain loop: day after day from the trigger, counting the days the notices or the week make
   * working days.
   *
   * @param trigger the trigger day
   * @param n the number of working days, positive
   * @return the working day
   */
  public LocalDate dayByDay(LocalDate trigger, int n) {
    LocalDate day = trigger;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      Boolean listed = special.get(day);
      if (listed != null ? listed : day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
        left--;
      }
    }
    return day;
  }

  /**
   * How the three answers compare for every trigger from {@link #FIRST} whose govcloud answer lies on or
   * before {@link #LAST}.
   *
   * @param n the number of working days, positive
   * @return the comparison
   * @throws IllegalStateException if the day-by-day loop and govcloud ever differ
   */
  public Comparison compare(int n) {
    return compare(n, LAST);
  }

  private Comparison compare(int n, LocalDate last) {
    Comparison comparison = new Comparison(n);
    for (LocalDate trigger = FIRST; ; trigger = trigger.plusDays(1)) {
      LocalDate ours = govcloud(trigger, n);
      if (ours.isAfter(last)) {
        return comparison;
      }
      LocalDate loop = dayByDay(trigger, n);
      if (!loop.equals(ours)) {
        throw new IllegalStateException("the day-by-day loop gives " + loop + " for " + trigger + " + " + n + ", govcloud " + ours);
      }
      comparison.add(trigger, ours, objectLab(trigger, n), startsOffWork(trigger), spansMakeupDay(trigger, ours));
    }
  }

  /**
   * Triggers on which the three answers agree for n, spread over the years from {@link #FIRST} to {@link
   * #LAST_TIMED}.
   *
   * @param n the number of working days, positive
   * @param count how many, at most
   * @return the triggers, in date order
   */
  public List<LocalDate> agreeingTriggers(int n, int count) {
    List<LocalDate> all = compare(n, LAST_TIMED).agreeing;
    List<LocalDate> chosen = new ArrayList<>(count);
    for (int i = 0; i < count && i < all.size(); i++) {
      chosen.add(all.get((int) ((long) i * all.size() / Math.min(count, all.size()))));
    }
    return chosen;
  }

  private boolean startsOffWork(LocalDate trigger) {
    return !calendar.isWorkingDay(trigger);
  }

  private boolean spansMakeupDay(LocalDate trigger, LocalDate answer) {
    for (LocalDate day = trigger; !day.isAfter(answer); day = day.plusDays(1)) {
      if (makeupDays.contains(day)) {
        return true;
      }
    }
    return false;
  }

  /** How often ObjectLab's answer differs from govcloud's for one n, with the causes and examples. */
  public static final class Comparison {
    final int n;
    final List<LocalDate> agreeing = new ArrayList<>();
    int total;
    int differing;
    int differingOffWorkTrigger;
    int differingMakeupDay;
    int differingOther;
    String exampleOffWork;
    String exampleMakeup;
    String exampleOther;

    Comparison(int n) {
      this.n = n;
    }

    void add(LocalDate trigger, LocalDate ours, LocalDate theirs, boolean offWork, boolean makeup) {
      total++;
      if (ours.equals(theirs)) {
        agreeing.add(trigger);
        return;
      }
      differing++;
      String example = trigger + " + " + n + ": govcloud " + ours + ", ObjectLab " + theirs;
      if (offWork) {
        differingOffWorkTrigger++;
        exampleOffWork = exampleOffWork == null ? example : exampleOffWork;
      } else if (makeup) {
        differingMakeupDay++;
        exampleMakeup = exampleMakeup == null ? example : exampleMakeup;
      } else {
        differingOther++;
        exampleOther = exampleOther == null ? example : exampleOther;
      }
    }

    /** The triggers compared. */
    public int total() {
      return total;
    }

    /** The triggers on which ObjectLab's answer differs. */
    public int differing() {
      return differing;
    }

    /** Those whose trigger is not a working day (the start rule). */
    public int differingOffWorkTrigger() {
      return differingOffWorkTrigger;
    }

    /** The others, whose span holds a makeup working day. */
    public int differingMakeupDay() {
      return differingMakeupDay;
    }

    /** Differences of neither cause; expected to be zero. */
    public int differingOther() {
      return differingOther;
    }

    /** A report line: counts, share and one example of each cause. */
    @Override
    public String toString() {
      return String.format(
          "n = %d: ObjectLab differs on %d of %d triggers (%.1f %%): %d with a trigger that is not a working day "
              + "(e.g. %s), %d over a makeup working day (e.g. %s)%s",
          n, differing, total, 100.0 * differing / total, differingOffWorkTrigger, exampleOffWork, differingMakeupDay,
          exampleMakeup, differingOther == 0 ? "" : ", " + differingOther + " otherwise (e.g. " + exampleOther + ")");
    }
  }
}
