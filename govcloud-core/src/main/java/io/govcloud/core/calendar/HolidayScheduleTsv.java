package io.govcloud.core.calendar;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a holiday schedule in the tab-separated format of the schedule govcloud ships (docs/rules.md#r1):
 * one special day a line, {@code YYYY-MM-DD<TAB>OFF|WORK<TAB>name}; lines starting with {@code #} and
 * blank lines are ignored; the name may be left out. A byte-order mark (U+FEFF) at the very start of the
 * text, which editors on Windows write, is skipped. A date's year must lie from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}: a notice of the State Council for any other year is a typing error, not a schedule
 * (docs/rules.md#limits).
 *
 * <p>Covered years: every notice of the State Council makes 1 January a rest day, so {@link
 * #parse(String, Reader)} takes a year as covered when its 1 January is listed as {@code OFF}; dates of
 * other years (the 2019 notice's 2018-12-29 to 31) are kept but do not make their year covered. {@link
 * #parse(String, Reader, Set)} takes the covered years explicitly.
 *
 * <p>Every fault is a {@link MalformedHolidayScheduleException} naming the source, the line and the
 * reason. This class is stateless and thread-safe.
 */
public final class HolidayScheduleTsv {

  /** The first year a schedule may list: the year of the first national holiday measures (1949). */
  public static final int FIRST_YEAR = 1949;

  /** The last year a schedule may list: the last year the calendar's shipped statutory table reaches. */
  public static final int LAST_YEAR = 2100;

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private HolidayScheduleTsv() {}

  /**
   * Parses a schedule, inferring the covered years from their listed 1 January.
   *
   * @param name the source's name for messages (a file name, a notice number), not null
   * @param reader the text, not null; read to the end but not closed
   * @return the source, not null
   * @throws MalformedHolidayScheduleException if a line is malformed or a date repeats
   * @throws UncheckedIOException if the reader fails
   */
  public static HolidayScheduleSource parse(String name, Reader reader) {
    List<SpecialDay> days = read(name, reader);
    Set<Year> years = new TreeSet<>();
    for (SpecialDay day : days) {
      if (day.kind() == SpecialDay.Kind.OFF && MonthDay.from(day.date()).equals(NEW_YEAR)) {
        years.add(Year.of(day.date().getYear()));
      }
    }
    return HolidayScheduleSource.of(name, years, days);
  }

  /**
   * Parses a schedule whose covered years are given.
   *
   * @param name the source's name for messages, not null
   * @param reader the text, not null; read to the end but not closed
   * @param coveredYears the years whose complete schedule the text holds, not null
   * @return the source, not null
   * @throws MalformedHolidayScheduleException if a line is malformed or a date repeats
   * @throws UncheckedIOException if the reader fails
   */
  public static HolidayScheduleSource parse(String name, Reader reader, Set<Year> coveredYears) {
    Objects.requireNonNull(coveredYears, "coveredYears");
    return HolidayScheduleSource.of(name, coveredYears, read(name, reader));
  }

  private static List<SpecialDay> read(String name, Reader reader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    List<SpecialDay> days = new ArrayList<>();
    Map<LocalDate, Integer> lineOfDate = new HashMap<>();
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        SpecialDay day = parseLine(name, number, line);
        Integer previous = lineOfDate.putIfAbsent(day.date(), number);
        if (previous != null) {
          throw new MalformedHolidayScheduleException(
              name, number, day.date() + " is listed twice (first on line " + previous + ")", null);
        }
        days.add(day);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading holiday schedule " + name + " at line " + (number + 1), e);
    }
    return days;
  }

  private static SpecialDay parseLine(String name, int number, String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 2 || fields.length > 3) {
      throw new MalformedHolidayScheduleException(
          name,
          number,
          "expected 'YYYY-MM-DD<TAB>OFF|WORK<TAB>name' but found "
              + fields.length
              + " tab-separated field(s): '"
              + line
              + "'",
          null);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(fields[0].strip());
    } catch (DateTimeException e) {
      throw new MalformedHolidayScheduleException(
          name, number, "'" + fields[0] + "' is not a date YYYY-MM-DD", e);
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new MalformedHolidayScheduleException(
          name, number, "the year of " + date + " is outside " + FIRST_YEAR + "-" + LAST_YEAR + ", the years a schedule may list", null);
    }
    SpecialDay.Kind kind;
    switch (fields[1].strip()) {
      case "OFF" -> kind = SpecialDay.Kind.OFF;
      case "WORK" -> kind = SpecialDay.Kind.WORK;
      default -> throw new MalformedHolidayScheduleException(
          name, number, "'" + fields[1] + "' is neither OFF nor WORK", null);
    }
    String holiday = fields.length == 3 ? fields[2].strip() : "";
    try {
      return new SpecialDay(date, kind, holiday);
    } catch (IllegalArgumentException e) {
      throw new MalformedHolidayScheduleException(name, number, e.getMessage(), e);
    }
  }
}
