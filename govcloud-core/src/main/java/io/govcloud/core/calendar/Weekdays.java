package io.govcloud.core.calendar;

/**
 * Closed-form arithmetic on Monday-to-Friday weekdays over epoch days, in constant time.
 *
 * <p>{@link #rank(long)} numbers the weekdays: the rank of a day is the number of weekdays on or
 * before it, counted from a fixed origin (it may be negative). {@link #weekdayOfRank(long)} inverts it.
 */
final class Weekdays {

  /** 1970-01-01 was a Thursday: shifting by 3 makes index 0 a Monday. */
  private static final long MONDAY_SHIFT = 3;

  private Weekdays() {}

  /** The number of weekdays on or before {@code epochDay}, from a fixed origin. */
  static long rank(long epochDay) {
    long shifted = epochDay + MONDAY_SHIFT;
    long weeks = Math.floorDiv(shifted, 7);
    long dayOfWeek = Math.floorMod(shifted, 7); // 0 = Monday ... 6 = Sunday
    return weeks * 5 + Math.min(dayOfWeek + 1, 5);
  }

  /** The weekday whose {@link #rank(long)} is {@code rank}. */
  static long weekdayOfRank(long rank) {
    long weeks = Math.floorDiv(rank - 1, 5);
    long dayOfWeek = Math.floorMod(rank - 1, 5);
    return weeks * 7 + dayOfWeek - MONDAY_SHIFT;
  }

  /** Whether {@code epochDay} is Monday to Friday. */
  static boolean isWeekday(long epochDay) {
    return Math.floorMod(epochDay + MONDAY_SHIFT, 7) < 5;
  }
}
