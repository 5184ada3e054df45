package io.govcloud.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped table of the holiday dates that move with the Chinese calendar, one row a year: 农历除夕,
 * 春节 (正月初一), 清明 (the solar term's day), 端午 (五月初五) and 中秋 (八月十五), as the 全国年节及纪念日放假办法
 * (Art. 2) names them. The resource {@value #RESOURCE} says how it was generated; govcloud-core's tests
 * check every row against ICU4J's Chinese calendar.
 *
 * <p>Read once, checked on loading (contiguous years, every date in its year and in the season it
 * belongs to, New Year's Eve the day before the Spring Festival): a damaged resource fails loudly. This
 * class is immutable and thread-safe.
 */
final class LunarFestivals {

  static final String RESOURCE = "cn-lunar-festivals.tsv";

  /**
   * One year's dates.
   *
   * @param year the Gregorian year
   * @param newYearsEve 农历除夕, the day before {@code springFestival}
   * @param springFestival 正月初一
   * @param qingming the day of the solar term 清明 in Beijing time
   * @param dragonBoat 五月初五
   * @param midAutumn 八月十五
   */
  record Dates(
      int year,
      LocalDate newYearsEve,
      LocalDate springFestival,
      LocalDate qingming,
      LocalDate dragonBoat,
      LocalDate midAutumn) {}

  private final int firstYear;
  private final Dates[] rows;

  private LunarFestivals(int firstYear, Dates[] rows) {
    this.firstYear = firstYear;
    this.rows = rows;
  }

  /** The table shipped with govcloud, read once; not null. */
  static LunarFestivals shipped() {
    return Shipped.TABLE;
  }

  /** The first year of the table. */
  int firstYear() {
    return firstYear;
  }

  /** The last year of the table. */
  int lastYear() {
    return firstYear + rows.length - 1;
  }

  /** Whether the table has a row for {@code year}. */
  boolean covers(int year) {
    return year >= firstYear && year <= lastYear();
  }

  /**
   * The dates of a year.
   *
   * @throws IllegalArgumentException if the table has no row for the year
   */
  Dates of(int year) {
    if (!covers(year)) {
      throw new IllegalArgumentException(
          "the lunar festival table covers " + firstYear + "-" + lastYear() + ", not " + year);
    }
    return rows[year - firstYear];
  }

  /** Parses the table's text, checking every row; for the shipped resource and for tests. */
  static LunarFestivals parse(String name, BufferedReader reader) throws IOException {
    List<Dates> rows = new ArrayList<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Dates dates = parseRow(name, number, line);
      if (!rows.isEmpty() && dates.year() != rows.get(rows.size() - 1).year() + 1) {
        throw new IllegalStateException(
            name + " line " + number + ": year " + dates.year() + " does not follow " + rows.get(rows.size() - 1).year());
      }
      rows.add(dates);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(name + " has no rows");
    }
    return new LunarFestivals(rows.get(0).year(), rows.toArray(new Dates[0]));
  }

  private static Dates parseRow(String name, int number, String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 6) {
      throw new IllegalStateException(name + " line " + number + ": expected 6 tab-separated fields: '" + line + "'");
    }
    try {
      int year = Integer.parseInt(fields[0].strip());
      Dates dates =
          new Dates(
              year,
              LocalDate.parse(fields[1].strip()),
              LocalDate.parse(fields[2].strip()),
              LocalDate.parse(fields[3].strip()),
              LocalDate.parse(fields[4].strip()),
              LocalDate.parse(fields[5].strip()));
      check(name, number, dates);
      return dates;
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalStateException(name + " line " + number + ": " + e.getMessage() + ": '" + line + "'", e);
    }
  }

  /** The seasons every Gregorian year keeps these days in; a row outside them is a damaged table. */
  private static void check(String name, int number, Dates d) {
    int y = d.year();
    boolean ok =
        d.newYearsEve().plusDays(1).equals(d.springFestival())
            && within(d.springFestival(), LocalDate.of(y, 1, 21), LocalDate.of(y, 2, 20))
            && within(d.qingming(), LocalDate.of(y, 4, 3), LocalDate.of(y, 4, 6))
            && within(d.dragonBoat(), LocalDate.of(y, 5, 27), LocalDate.of(y, 6, 26))
            && within(d.midAutumn(), LocalDate.of(y, 9, 6), LocalDate.of(y, 10, 8));
    if (!ok) {
      throw new IllegalStateException(name + " line " + number + ": dates out of their season: " + d);
    }
  }

  private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** The shipped table, loaded on first use. */
  private static final class Shipped {
    static final LunarFestivals TABLE = load();

    private static LunarFestivals load() {
      try (InputStream in = LunarFestivals.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("govcloud-core is missing its resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          return parse("govcloud " + RESOURCE, reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading govcloud's " + RESOURCE, e);
      }
    }
  }
}
