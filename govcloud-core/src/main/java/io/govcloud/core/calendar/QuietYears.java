package io.govcloud.core.calendar;

/**
 * The years a calendar may count over without checking their coverage again (rule R1, docs/rules.md#r1):
 * the official years, and the years counted without a notice once their warning has been logged. It
 * spares working-day arithmetic the coverage check on its hot path: a span of quiet years is two array
 * reads, whatever the number of days; any other span goes through the calendar's full check, which
 * refuses, or warns and then marks the years quiet.
 *
 * <p>Thread-safe: a year only ever turns quiet, and a thread that does not see it yet takes the full
 * check, which gives the same answer.
 */
final class QuietYears {

  private final int first;
  private final boolean[] quiet;

  /** The official years of a coverage, from {@code first} to {@code last} (inclusive) quiet from the start. */
  QuietYears(YearCoverage coverage, int first, int last) {
    this.first = first;
    this.quiet = new boolean[Math.max(0, last - first + 1)];
    for (int i = 0; i < quiet.length; i++) {
      quiet[i] = !coverage.isProvisional(first + i) && !coverage.isRefused(first + i);
    }
  }

  /** Whether every year from {@code from} to {@code to} (inclusive, from ≤ to) is quiet. */
  boolean all(int from, int to) {
    long i = (long) from - first;
    long j = (long) to - first;
    if (i < 0 || j >= quiet.length) {
      return false;
    }
    for (int k = (int) i; k <= j; k++) {
      if (!quiet[k]) {
        return false;
      }
    }
    return true;
  }

  /** Marks a year quiet: its warning has been logged. */
  void markWarned(int year) {
    long i = (long) year - first;
    if (i >= 0 && i < quiet.length) {
      quiet[(int) i] = true;
    }
  }
}
