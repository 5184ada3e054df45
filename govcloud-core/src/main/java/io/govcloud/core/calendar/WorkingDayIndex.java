package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * A precomputed rank of working days: for every epoch day, the number of working days on or before
 * it (from a fixed origin), and the inverse. Inside the indexed span the special days apply; outside it
 * the week alone does (the caller decides whether that is allowed).
 *
 * <p>Both directions take constant time: a table lookup inside the span, {@link Weekdays} arithmetic
 * outside it. Nothing walks day by day, so the cost of adding n working days does not grow with n; and a
 * working day of the span is made a {@code LocalDate} only the first time it is asked for
 * ({@link #dateOfRank(long)}), so that the hot path allocates nothing.
 */
final class WorkingDayIndex {

  private final long start; // first indexed epoch day
  private final int length; // number of indexed days, may be 0
  private final int[] cumulative; // cumulative[i]: working days in [start, start + i]
  private final int[] workingDays; // workingDays[k]: offset from start of the (k + 1)-th working day
  private final long rankBeforeStart; // Weekdays.rank(start - 1)
  private final long rankAtEnd; // Weekdays.rank(start + length - 1)
  private final LocalDate[] dates; // dates[k]: the (k + 1)-th working day once asked for, else null

  private WorkingDayIndex(long start, int length, int[] cumulative, int[] workingDays) {
    this.start = start;
    this.length = length;
    this.cumulative = cumulative;
    this.workingDays = workingDays;
    this.rankBeforeStart = Weekdays.rank(start - 1);
    this.rankAtEnd = Weekdays.rank(start + length - 1);
    this.dates = new LocalDate[workingDays.length];
  }

  /**
   * Indexes the days from {@code first} to {@code last} inclusive, or nothing if {@code first} is null.
   * Takes time linear in the span and the number of special days, with no lookup per day.
   *
   * @param special the special days; those outside the span are ignored
   */
  static WorkingDayIndex build(LocalDate first, LocalDate last, Collection<SpecialDay> special) {
    if (first == null) {
      return new WorkingDayIndex(0, 0, new int[0], new int[0]);
    }
    long start = first.toEpochDay();
    int length = Math.toIntExact(last.toEpochDay() - start + 1);
    boolean[] isWorking = new boolean[length];
    for (int i = 0; i < length; i++) {
      isWorking[i] = Weekdays.isWeekday(start + i);
    }
    for (SpecialDay day : special) {
      long offset = day.date().toEpochDay() - start;
      if (offset >= 0 && offset < length) {
        isWorking[(int) offset] = day.kind() == SpecialDay.Kind.WORK;
      }
    }
    int[] cumulative = new int[length];
    int[] working = new int[length];
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (isWorking[i]) {
        working[count++] = i;
      }
      cumulative[i] = count;
    }
    return new WorkingDayIndex(start, length, cumulative, Arrays.copyOf(working, count));
  }

  /** The number of working days on or before {@code epochDay}, from this index's origin. */
  long rank(long epochDay) {
    long offset = epochDay - start;
    if (offset < 0) {
      return Weekdays.rank(epochDay) - rankBeforeStart;
    }
    if (offset >= length) {
      return (length == 0 ? 0 : cumulative[length - 1]) + Weekdays.rank(epochDay) - rankAtEnd;
    }
    return cumulative[(int) offset];
  }

  /** The working day whose {@link #rank(long)} is {@code rank}. */
  long workingDayOfRank(long rank) {
    if (rank <= 0) {
      return Weekdays.weekdayOfRank(rankBeforeStart + rank);
    }
    if (rank > workingDays.length) {
      return Weekdays.weekdayOfRank(rankAtEnd + rank - workingDays.length);
    }
    return start + workingDays[(int) rank - 1];
  }

  /**
   * The working day whose {@link #rank(long)} is {@code rank}, as a date. Inside the span each date is made
   * once and kept: a race only makes an equal date twice, and {@code LocalDate} is immutable, so sharing it
   * is safe.
   */
  LocalDate dateOfRank(long rank) {
    if (rank <= 0 || rank > workingDays.length) {
      return LocalDate.ofEpochDay(workingDayOfRank(rank));
    }
    int k = (int) rank - 1;
    LocalDate date = dates[k];
    if (date == null) {
      date = LocalDate.ofEpochDay(start + workingDays[k]);
      dates[k] = date;
    }
    return date;
  }

  /** Whether {@code epochDay} is a working day. */
  boolean isWorkingDay(long epochDay) {
    return rank(epochDay) != rank(epochDay - 1);
  }
}
