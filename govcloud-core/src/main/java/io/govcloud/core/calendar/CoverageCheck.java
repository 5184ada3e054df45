package io.govcloud.core.calendar;

import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * Checks that a calendar can count the years a computation spans (rule R1, docs/rules.md#r1): refuses a year
 * it cannot count, and warns once about each year it counts without a notice.
 *
 * <p>The hot path of working-day arithmetic: a year already checked is <em>quiet</em> (official, or
 * counted without a notice and warned about), and a span of quiet years is checked in a few array reads,
 * whatever the number of days; any other span goes through {@link YearCoverage}'s constant-time counts,
 * which refuse, or warn and then mark the years quiet.
 *
 * <p>Thread-safe: a year only ever turns quiet, and a thread that does not see it yet takes the full
 * check, which gives the same answer.
 */
final class CoverageCheck {

  /** The most years one full check marks quiet: more than a calendar's table holds. */
  private static final int MAX_YEARS_MARKED = 200;

  private final YearCoverage coverage;
  private final ProvisionalYearWarnings warnings;
  private final IntFunction<CalendarCoverageException> refusal;
  private final int first;
  private final boolean[] quiet;

  /**
   * The check of a coverage, the years from {@code first} to {@code last} kept in its table (official ones
   * quiet from the start).
   *
   * @param refusal the exception that refuses a year
   */
  CoverageCheck(
      YearCoverage coverage, ProvisionalYearWarnings warnings, IntFunction<CalendarCoverageException> refusal, int first, int last) {
    this.coverage = coverage;
    this.warnings = warnings;
    this.refusal = refusal;
    this.first = first;
    this.quiet = new boolean[Math.max(0, last - first + 1)];
    for (int i = 0; i < quiet.length; i++) {
      quiet[i] = !coverage.isProvisional(first + i) && !coverage.isRefused(first + i);
    }
  }

  /**
   * Checks that the years {@code from..to} (inclusive; nothing if {@code from > to}) can be counted, and
   * warns once per year counted without a notice. {@code ascending} says which refused year the
   * exception names: the first one met in the direction of counting.
   *
   * @throws CalendarCoverageException if a year cannot be counted
   */
  void require(int from, int to, boolean ascending) {
    if (from > to || allQuiet(from, to)) {
      return;
    }
    if (coverage.anyRefused(from, to)) {
      throw refusal.apply(coverage.firstRefused(from, to, ascending));
    }
    if (coverage.anyProvisional(from, to)) {
      warnings.warn(from, to, coverage);
      for (long year = from; year <= to && year - from < MAX_YEARS_MARKED; year++) {
        long i = year - first;
        if (i >= 0 && i < quiet.length && warnings.hasWarned((int) year)) {
          quiet[(int) i] = true;
        }
      }
    }
  }

  private boolean allQuiet(int from, int to) {
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

  /** The year of the day after a date, without making that day. */
  static int yearAfter(LocalDate date) {
    return date.getMonthValue() == 12 && date.getDayOfMonth() == 31 ? date.getYear() + 1 : date.getYear();
  }

  /** The year of the day before a date, without making that day. */
  static int yearBefore(LocalDate date) {
    return date.getMonthValue() == 1 && date.getDayOfMonth() == 1 ? date.getYear() - 1 : date.getYear();
  }
}
