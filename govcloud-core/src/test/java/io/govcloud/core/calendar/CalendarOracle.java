package io.govcloud.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slow, independent oracle of {@link WorkingDayCalendar#china()}: it reads the two shipped resources
 * itself and answers day by day. Official years (2019-2026) follow the notices; other years from 2014 to
 * 2100 follow the 办法 as read here from its text: the Art. 2 holiday days of the text in force, each one
 * on a Saturday or Sunday compensated on the next weekday that is neither a holiday day nor already a
 * compensatory day (Art. 6); plus weekends. Dates a notice lists outside its years (2018-12-29..31) win.
 */
final class CalendarOracle {

  private final Map<LocalDate, Boolean> listed = new HashMap<>(); // date -> is working
  private final Map<Integer, LocalDate[]> lunar = new HashMap<>();
  private final Map<Integer, Set<LocalDate>> offByYear = new ConcurrentHashMap<>();

  CalendarOracle() {
    for (String[] row : rows("cn-holidays.tsv")) {
      listed.put(LocalDate.parse(row[0]), row[1].equals("WORK"));
    }
    for (String[] row : rows("cn-lunar-festivals.tsv")) {
      lunar.put(Integer.parseInt(row[0]), new LocalDate[] {
        LocalDate.parse(row[1]), LocalDate.parse(row[2]), LocalDate.parse(row[3]), LocalDate.parse(row[4]), LocalDate.parse(row[5])
      });
    }
  }

  boolean isWorkingDay(LocalDate date) {
    Boolean special = listed.get(date);
    if (special != null) {
      return special;
    }
    int year = date.getYear();
    boolean weekday = !weekend(date);
    if (year >= 2019 && year <= 2026) {
      return weekday;
    }
    if (year < 2014 || year > 2100) {
      throw new IllegalArgumentException("the oracle has no rule for " + year);
    }
    return weekday && !offByYear.computeIfAbsent(year, this::statutoryOff).contains(date);
  }

  /** The n-th working day after (or before) the day, walking one day at a time. */
  LocalDate addWorkingDays(LocalDate day, int n) {
    int step = Integer.signum(n);
    LocalDate current = day;
    for (int remaining = Math.abs(n); remaining > 0; ) {
      current = current.plusDays(step);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  private Set<LocalDate> statutoryOff(int year) {
    LocalDate[] l = lunar.get(year); // eve, spring festival, qingming, dragon boat, mid-autumn
    List<LocalDate> holidays = new ArrayList<>();
    holidays.add(LocalDate.of(year, 1, 1));
    if (year >= 2025) {
      holidays.add(l[0]);
      holidays.add(LocalDate.of(year, 5, 2));
    }
    holidays.add(l[1]);
    holidays.add(l[1].plusDays(1));
    holidays.add(l[1].plusDays(2));
    holidays.add(l[2]);
    holidays.add(LocalDate.of(year, 5, 1));
    holidays.add(l[3]);
    holidays.add(l[4]);
    holidays.add(LocalDate.of(year, 10, 1));
    holidays.add(LocalDate.of(year, 10, 2));
    holidays.add(LocalDate.of(year, 10, 3));
    holidays.sort(null);
    Set<LocalDate> off = new HashSet<>(holidays);
    for (LocalDate holiday : holidays) {
      if (weekend(holiday)) {
        LocalDate day = holiday.plusDays(1);
        while (weekend(day) || off.contains(day)) {
          day = day.plusDays(1);
        }
        off.add(day);
      }
    }
    return off;
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(CalendarOracle.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
