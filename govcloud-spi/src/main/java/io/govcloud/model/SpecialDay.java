package io.govcloud.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One date that a State Council holiday notice makes special: an official rest day ({@link Kind#OFF})
 * or a weekend day made a working day (调休补班, {@link Kind#WORK}). All other dates follow the week:
 * Monday to Friday work, Saturday and Sunday rest (docs/rules.md#r1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date, not null
 * @param kind whether the date is a rest day or a makeup working day, not null
 * @param name the holiday the notice names, e.g. {@code Spring Festival}, not null, may be empty
 */
public record SpecialDay(LocalDate date, Kind kind, String name) implements Comparable<SpecialDay> {

  /** What a notice makes of a date. */
  public enum Kind {
    /** An official rest day (放假). */
    OFF,
    /** A Saturday or Sunday that is a working day (上班, 调休补班). */
    WORK
  }

  /**
   * Checks the fields.
   *
   * @param date the date, not null
   * @param kind whether the date is a rest day or a makeup working day, not null
   * @param name the holiday the notice names, e.g. {@code Spring Festival}, not null, may be empty
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if a {@code WORK} day is not a Saturday or Sunday
   */
  public SpecialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (kind == Kind.WORK && !isWeekend(date)) {
      throw new IllegalArgumentException(
          "a makeup working day must be a Saturday or Sunday, but " + date + " is a " + date.getDayOfWeek());
    }
  }

  /**
   * A rest day.
   *
   * @param date the date, not null
   * @param name the holiday the notice names, e.g. {@code Spring Festival}, not null, may be empty
   * @return the day, of kind {@link Kind#OFF}
   */
  public static SpecialDay off(LocalDate date, String name) {
    return new SpecialDay(date, Kind.OFF, name);
  }

  /**
   * A makeup working day.
   *
   * @param date the date, not null
   * @param name the holiday the notice names, e.g. {@code Spring Festival}, not null, may be empty
   * @return the day, of kind {@link Kind#WORK}
   */
  public static SpecialDay work(LocalDate date, String name) {
    return new SpecialDay(date, Kind.WORK, name);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  @Override
  public int compareTo(SpecialDay other) {
    return date.compareTo(other.date);
  }
}
