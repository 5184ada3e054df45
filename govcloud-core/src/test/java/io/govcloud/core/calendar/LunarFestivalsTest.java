package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped lunar table against ICU4J 78.1, an independent Chinese-calendar implementation: its
 * {@code ChineseCalendar} for the lunar dates, and its {@code CalendarAstronomer} solar longitude for
 * Qingming (the instant the sun reaches 15°, as a day in Beijing time). ICU4J is a test dependency only.
 */
class LunarFestivalsTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private final LunarFestivals table = LunarFestivals.shipped();

  /** The lunar date ICU4J gives a Gregorian day: {month (1-12), day, leap (0/1)}. */
  private static int[] icuLunar(LocalDate date) {
    ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
    calendar.setTimeInMillis(date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
    return new int[] {
      calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH), calendar.get(Calendar.IS_LEAP_MONTH)
    };
  }

  private static boolean icuSays(LocalDate date, int month, int day) {
    int[] lunar = icuLunar(date);
    return lunar[0] == month && lunar[1] == day && lunar[2] == 0;
  }

  /** The day ICU4J puts a lunar date on, searched a few days either side of the table's. */
  private static LocalDate icuDay(LocalDate near, int month, int day) {
    for (int delta = 0; delta <= 3; delta++) {
      if (icuSays(near.plusDays(delta), month, day)) {
        return near.plusDays(delta);
      }
      if (icuSays(near.minusDays(delta), month, day)) {
        return near.minusDays(delta);
      }
    }
    throw new AssertionError("ICU4J has no " + month + "/" + day + " near " + near);
  }

  /** The day, in Beijing time, on which ICU4J's sun reaches apparent longitude 15° (清明). */
  private static LocalDate icuQingming(int year) {
    long start = LocalDate.of(year, 3, 20).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    long instant = new CalendarAstronomer(start).getSunTime(Math.toRadians(15), true);
    return Instant.ofEpochMilli(instant).atOffset(BEIJING).toLocalDate();
  }

  private static void compare(List<String> differences, int year, String what, LocalDate table, LocalDate icu) {
    if (!table.equals(icu)) {
      differences.add(year + " " + what + ": table " + table + ", ICU4J " + icu);
    }
  }

  @Test
  void everyYearOfTheTableAgreesWithIcu4jSaveThreeDatesMinutesFromMidnight() {
    List<String> differences = new ArrayList<>();
    for (int year = table.firstYear(); year <= table.lastYear(); year++) {
      LunarFestivals.Dates row = table.of(year);
      LocalDate springFestival = icuDay(row.springFestival(), 1, 1);
      compare(differences, year, "Spring Festival", row.springFestival(), springFestival);
      // New Year's Eve: the day before the Spring Festival, the last day (29th or 30th) of the 12th month
      LocalDate eve = springFestival.minusDays(1);
      int[] lunarEve = icuLunar(eve);
      assertThat(lunarEve[0]).as("month of ICU's New Year's Eve %s", eve).isEqualTo(12);
      assertThat(lunarEve[1]).as("day of ICU's New Year's Eve %s", eve).isBetween(29, 30);
      compare(differences, year, "New Year's Eve", row.newYearsEve(), eve);
      compare(differences, year, "Dragon Boat", row.dragonBoat(), icuDay(row.dragonBoat(), 5, 5));
      compare(differences, year, "Mid-Autumn", row.midAutumn(), icuDay(row.midAutumn(), 8, 15));
      compare(differences, year, "Qingming", row.qingming(), icuQingming(year));
    }
    // The table follows a high-precision ephemeris; ICU4J's Keplerian approximation misplaces new moons
    // and solar terms that fall minutes from Beijing midnight (ICU-23274). These, and only these, differ.
    assertThat(differences)
        .containsExactly(
            "2027 Spring Festival: table 2027-02-06, ICU4J 2027-02-07",
            "2027 New Year's Eve: table 2027-02-05, ICU4J 2027-02-06",
            "2030 Spring Festival: table 2030-02-03, ICU4J 2030-02-02",
            "2030 New Year's Eve: table 2030-02-02, ICU4J 2030-02-01",
            "2071 Qingming: table 2071-04-05, ICU4J 2071-04-04");
  }

  @Test
  void theTableCovers2000To2100() {
    assertThat(table.firstYear()).isEqualTo(2000);
    assertThat(table.lastYear()).isEqualTo(2100);
    assertThat(table.covers(1999)).isFalse();
    assertThat(table.covers(2101)).isFalse();
    assertThatThrownBy(() -> table.of(2101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2101");
  }

  @Test
  void theYearsOfTheOfficialNoticesMatchTheirFestivals() {
    // from the notices of 2019-2026 (the shipped cn-holidays.tsv): the Spring Festival, Qingming,
    // Dragon Boat and Mid-Autumn days they name
    assertThat(table.of(2024).newYearsEve()).isEqualTo(LocalDate.of(2024, 2, 9)); // the notice names 除夕
    assertThat(table.of(2025).newYearsEve()).isEqualTo(LocalDate.of(2025, 1, 28));
    assertThat(table.of(2026).springFestival()).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(table.of(2026).qingming()).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(table.of(2025).dragonBoat()).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(table.of(2020).midAutumn()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(table.of(2027).springFestival()).isEqualTo(LocalDate.of(2027, 2, 6));
  }

  @Test
  void aDamagedTableFailsLoudly() {
    String header = "# year\tnew_years_eve\tspring_festival\tqingming\tdragon_boat\tmid_autumn\n";
    assertThatThrownBy(() -> parse(header + "2027\t2027-02-04\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("out of their season");
    assertThatThrownBy(
            () ->
                parse(
                    header
                        + "2027\t2027-02-05\t2027-02-06\t2027-04-05\t2027-06-09\t2027-09-15\n"
                        + "2029\t2029-02-12\t2029-02-13\t2029-04-04\t2029-06-16\t2029-09-22\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2029 does not follow 2027");
    assertThatThrownBy(() -> parse(header + "2027\t2027-02-05\t2027-02-06\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected 6 tab-separated fields");
    assertThatThrownBy(() -> parse(header + "2027\t2027-02-05\t2027-02-06\t2027-04-31\t2027-06-09\t2027-09-15\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2027-04-31");
    assertThatThrownBy(() -> parse(header)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no rows");
  }

  private static LunarFestivals parse(String text) throws java.io.IOException {
    return LunarFestivals.parse("test table", new BufferedReader(new StringReader(text)));
  }
}
