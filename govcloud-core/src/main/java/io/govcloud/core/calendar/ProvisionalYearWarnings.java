package io.govcloud.core.calendar;

import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a warning the first time a calendar counts each year without an official schedule (rule R1),
 * saying how it counts it and how to load the notice.
 *
 * <p>Thread-safe: a concurrent set decides which call warns, so each year is warned about once per
 * calendar; a plain array in front of it spares the hot path that lookup once a statutory-range year has
 * been warned about (a stale read only falls through to the set).
 */
final class ProvisionalYearWarnings {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
  /** At most this many years are warned about, one by one, in a single call. */
  private static final int MAX_WARNINGS_PER_CALL = 20;

  private final UncoveredYears handling;
  private final StatutoryHolidays statutory;
  private final int first;
  private final boolean[] warnedFast;
  private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

  ProvisionalYearWarnings(UncoveredYears handling, StatutoryHolidays statutory) {
    this.handling = handling;
    this.statutory = statutory;
    this.first = statutory.firstYear().getValue();
    this.warnedFast = new boolean[statutory.lastYear().getValue() - first + 1];
  }

  /** Warns about every provisional year from {@code from} to {@code to} not warned about yet. */
  void warn(int from, int to, YearCoverage coverage) {
    int count = 0;
    for (long y = from; y <= to && count < MAX_WARNINGS_PER_CALL; y++) {
      int year = (int) y;
      boolean fast = year >= first && year - first < warnedFast.length;
      if ((fast && warnedFast[year - first]) || !coverage.isProvisional(year)) {
        continue;
      }
      if (warned.add(year)) {
        count++;
        log(year);
      }
      if (fast) {
        warnedFast[year - first] = true;
      }
    }
  }

  /** Whether a year has been warned about. */
  boolean hasWarned(int year) {
    return warned.contains(year);
  }

  /** The years warned about so far. */
  Set<Integer> warnedYears() {
    return Set.copyOf(warned);
  }

  private void log(int year) {
    if (handling == UncoveredYears.WEEKENDS_ONLY || !statutory.covers(year)) {
      LOG.warn(
          "No official working-day schedule is loaded for {}; counting Monday to Friday as working days "
              + "for it, as the host chose (rule R1). Supply the State Council's notice for {} with "
              + "WorkingDayCalendar.withSchedule(...) to count exactly.",
          year,
          year);
    } else {
      LOG.warn(
          "No official working-day schedule is loaded for {}; counting it provisionally from the statutory "
              + "holidays of the {} plus weekends, without the notice's bridging and makeup days (rule R1). "
              + "Deadlines counted over it are provisional. Supply the State Council's notice for {} with "
              + "WorkingDayCalendar.withSchedule(...).",
          year,
          statutory.measure(Year.of(year)).englishCitation(),
          year);
    }
  }
}
