package io.govcloud.core.calendar;

import java.util.Set;

/**
 * How a calendar counts each year: official (a notice is loaded), provisional (counted without one) or
 * refused, with prefix counts so that "is any year from a to b provisional / refused?" takes constant
 * time whatever the span. Years outside the explicit range all share one status.
 *
 * <p>Immutable and thread-safe.
 */
final class YearCoverage {

  private static final byte OFFICIAL = 0;
  private static final byte PROVISIONAL = 1;
  private static final byte REFUSED = 2;

  private final int first; // first year with its own status
  private final byte[] status; // status[y - first]
  private final int[] provisionalBefore; // provisional years in [first, first + i)
  private final int[] refusedBefore; // refused years in [first, first + i)
  private final byte outside; // the status of every year outside [first, first + status.length)

  private YearCoverage(int first, byte[] status, byte outside) {
    this.first = first;
    this.status = status;
    this.outside = outside;
    this.provisionalBefore = new int[status.length + 1];
    this.refusedBefore = new int[status.length + 1];
    for (int i = 0; i < status.length; i++) {
      provisionalBefore[i + 1] = provisionalBefore[i] + (status[i] == PROVISIONAL ? 1 : 0);
      refusedBefore[i + 1] = refusedBefore[i] + (status[i] == REFUSED ? 1 : 0);
    }
  }

  /**
   * The coverage of a calendar.
   *
   * @param official the years with a loaded notice
   * @param mode what the calendar does with the other years
   * @param statutoryFirst the first year the statutory rule counts (used in {@code PROVISIONAL} mode)
   * @param statutoryLast the last year the statutory rule counts
   */
  static YearCoverage of(Set<Integer> official, UncoveredYears mode, int statutoryFirst, int statutoryLast) {
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int year : official) {
      lo = Math.min(lo, year);
      hi = Math.max(hi, year);
    }
    if (mode == UncoveredYears.PROVISIONAL) {
      lo = Math.min(lo, statutoryFirst);
      hi = Math.max(hi, statutoryLast);
    }
    byte outside = mode == UncoveredYears.WEEKENDS_ONLY ? PROVISIONAL : REFUSED;
    if (lo > hi) {
      return new YearCoverage(0, new byte[0], outside);
    }
    byte[] status = new byte[hi - lo + 1];
    for (int year = lo; year <= hi; year++) {
      byte s;
      if (official.contains(year)) {
        s = OFFICIAL;
      } else if (mode == UncoveredYears.WEEKENDS_ONLY
          || (mode == UncoveredYears.PROVISIONAL && year >= statutoryFirst && year <= statutoryLast)) {
        s = PROVISIONAL;
      } else {
        s = REFUSED;
      }
      status[year - lo] = s;
    }
    return new YearCoverage(lo, status, outside);
  }

  /** Whether the year is counted without an official notice. */
  boolean isProvisional(int year) {
    return statusOf(year) == PROVISIONAL;
  }

  /** Whether the year cannot be counted. */
  boolean isRefused(int year) {
    return statusOf(year) == REFUSED;
  }

  /** Whether any year from {@code from} to {@code to} (inclusive, from ≤ to) is provisional. */
  boolean anyProvisional(int from, int to) {
    return count(from, to, PROVISIONAL, provisionalBefore) > 0;
  }

  /** Whether any year from {@code from} to {@code to} (inclusive, from ≤ to) is refused. */
  boolean anyRefused(int from, int to) {
    return count(from, to, REFUSED, refusedBefore) > 0;
  }

  /**
   * The first refused year from {@code from} to {@code to} in the given direction; only called once
   * {@link #anyRefused(int, int)} said there is one.
   */
  int firstRefused(int from, int to, boolean ascending) {
    if (ascending) {
      for (long y = from; y <= to; y++) {
        if (isRefused((int) y)) {
          return (int) y;
        }
      }
    } else {
      for (long y = to; y >= from; y--) {
        if (isRefused((int) y)) {
          return (int) y;
        }
      }
    }
    throw new IllegalStateException("no refused year in " + from + ".." + to);
  }

  private byte statusOf(int year) {
    long offset = (long) year - first;
    return offset < 0 || offset >= status.length ? outside : status[(int) offset];
  }

  private long count(int from, int to, byte wanted, int[] before) {
    long end = (long) first + status.length; // exclusive
    long count = 0;
    if (outside == wanted) {
      long below = Math.min(to, (long) first - 1) - from + 1;
      long above = to - Math.max(from, end) + 1;
      count += Math.max(0, below) + Math.max(0, above);
    }
    long lo = Math.max(from, first);
    long hi = Math.min(to, end - 1);
    if (lo <= hi) {
      count += before[(int) (hi - first) + 1] - before[(int) (lo - first)];
    }
    return count;
  }
}
