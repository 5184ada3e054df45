package io.govcloud.core.calendar;

/**
 * What a {@link WorkingDayCalendar} does with a year for which no official schedule (the State
 * Council's yearly holiday notice) is loaded (rule R1).
 */
public enum UncoveredYears {
  /**
   * Counted provisionally from the statutory holidays of the 全国年节及纪念日放假办法 in force that year
   * ({@link StatutoryHolidays}) plus weekends, from 2014 to 2100; other years are refused. Deadlines
   * computed over such a year say so ({@link Deadline#isProvisional()}), and a warning is logged the
   * first time each year is used. The default.
   */
  PROVISIONAL,
  /**
   * Counted as Monday-to-Friday working days (special days a loaded schedule lists for the year still
   * apply), with a warning logged the first time each year is used: the host's explicit choice.
   * Deadlines computed over such a year are provisional too.
   */
  WEEKENDS_ONLY,
  /** Refused with {@link CalendarCoverageException}: strict mode, nothing is counted without a notice. */
  REFUSED
}
