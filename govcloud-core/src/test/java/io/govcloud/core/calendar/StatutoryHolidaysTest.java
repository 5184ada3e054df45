package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

  private final StatutoryHolidays rule = StatutoryHolidays.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Set<LocalDate> dates(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.split(" ")).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<LocalDate> statutory(int year) {
    return rule.daysOff(Year.of(year)).stream().map(SpecialDay::date).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The official schedule govcloud ships: the State Council's notices for 2019-2026. */
  private static Map<LocalDate, SpecialDay> official() throws Exception {
    try (Reader reader =
        new InputStreamReader(
            StatutoryHolidaysTest.class.getResourceAsStream("cn-holidays.tsv"), StandardCharsets.UTF_8)) {
      HolidayScheduleSource source = HolidayScheduleTsv.parse("cn-holidays.tsv", reader);
      return source.specialDays().stream().collect(Collectors.toMap(SpecialDay::date, Function.identity()));
    }
  }

  private static Set<LocalDate> officialOf(Map<LocalDate, SpecialDay> official, int year, SpecialDay.Kind kind) {
    return official.values().stream()
        .filter(day -> day.date().getYear() == year && day.kind() == kind)
        .map(SpecialDay::date)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // ---------------------------------------------------------------- the proof: 2019-2026

  /**
   * Every statutory day off (Art. 2, with the Art. 6 compensatory days) of 2019-2026 is OFF in the
   * official notices; what the notices add is stated here, year by year (by calendar year): the other
   * OFF days (bridging days of 调休, the 2020 extension, the days a notice gives when two holidays share
   * a date) and the makeup WORK days. Nothing the rule gives is missing from the notices, and nothing
   * else differs.
   */
  @Test
  void theProvisionalRuleReproducesEveryStatutoryDayOffOf2019To2026() throws Exception {
    Map<LocalDate, SpecialDay> official = official();
    Map<Integer, String> bridging =
        Map.of(
            2019, "2019-02-04 2019-02-08 2019-02-09 2019-02-10 2019-05-02 2019-05-03 2019-05-04 2019-10-04 2019-10-05 2019-10-06 2019-10-07",
            // 01-30..02-02: the Spring Festival extended by 国办发明电〔2020〕1号; 10-06..10-08 with Mid-Autumn on 10-01
            2020, "2020-01-24 2020-01-30 2020-01-31 2020-02-01 2020-02-02 2020-04-05 2020-05-02 2020-05-03 2020-05-04 2020-05-05 2020-06-26 2020-06-27 2020-10-04 2020-10-06 2020-10-07 2020-10-08",
            2021, "2021-01-02 2021-01-03 2021-02-11 2021-02-17 2021-04-03 2021-05-02 2021-05-04 2021-05-05 2021-06-12 2021-06-13 2021-09-19 2021-09-20 2021-10-06 2021-10-07",
            // 2022-12-31 is the 2023 notice's New Year break
            2022, "2022-01-02 2022-01-31 2022-02-04 2022-02-05 2022-02-06 2022-04-03 2022-04-04 2022-04-30 2022-05-03 2022-05-04 2022-06-04 2022-06-05 2022-09-11 2022-10-06 2022-10-07 2022-12-31",
            2023, "2023-01-21 2023-01-26 2023-01-27 2023-04-29 2023-04-30 2023-05-02 2023-05-03 2023-06-23 2023-06-24 2023-09-30 2023-10-05 2023-10-06",
            2024, "2024-02-15 2024-02-16 2024-02-17 2024-04-05 2024-04-06 2024-05-02 2024-05-03 2024-05-04 2024-05-05 2024-09-15 2024-09-16 2024-10-04 2024-10-05 2024-10-06 2024-10-07",
            2025, "2025-02-01 2025-02-02 2025-02-03 2025-02-04 2025-04-05 2025-04-06 2025-05-03 2025-05-04 2025-05-05 2025-06-01 2025-10-04 2025-10-05 2025-10-07 2025-10-08",
            2026, "2026-01-02 2026-01-03 2026-02-15 2026-02-20 2026-02-21 2026-02-22 2026-02-23 2026-04-04 2026-05-03 2026-05-05 2026-06-20 2026-06-21 2026-09-26 2026-09-27 2026-10-04 2026-10-06 2026-10-07");
    Map<Integer, String> makeup =
        Map.of(
            2019, "2019-02-02 2019-02-03 2019-04-28 2019-05-05 2019-09-29 2019-10-12",
            2020, "2020-01-19 2020-04-26 2020-05-09 2020-06-28 2020-09-27 2020-10-10",
            2021, "2021-02-07 2021-02-20 2021-04-25 2021-05-08 2021-09-18 2021-09-26 2021-10-09",
            2022, "2022-01-29 2022-01-30 2022-04-02 2022-04-24 2022-05-07 2022-10-08 2022-10-09",
            2023, "2023-01-28 2023-01-29 2023-04-23 2023-05-06 2023-06-25 2023-10-07 2023-10-08",
            2024, "2024-02-04 2024-02-18 2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12",
            2025, "2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11",
            2026, "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10");
    for (int year = 2019; year <= 2026; year++) {
      Set<LocalDate> statutory = statutory(year);
      Set<LocalDate> officialOff = officialOf(official, year, SpecialDay.Kind.OFF);
      assertThat(officialOff).as("%d: every statutory day off is off in the notice", year).containsAll(statutory);
      Set<LocalDate> added = new TreeSet<>(officialOff);
      added.removeAll(statutory);
      assertThat(added).as("%d: the notice's other days off", year).isEqualTo(dates(bridging.get(year)));
      assertThat(officialOf(official, year, SpecialDay.Kind.WORK))
          .as("%d: the notice's makeup working days", year)
          .isEqualTo(dates(makeup.get(year)));
    }
  }

  @Test
  void theCompensatoryDaysOf2019To2026AreTheWeekdaysTheNoticesGave() {
    // Art. 6: a holiday on a Saturday or Sunday is compensated on the next weekday not already off
    assertThat(compensations(2019)).isEmpty();
    assertThat(compensations(2020)).containsExactly(d("2020-01-28"), d("2020-01-29"), d("2020-04-06"), d("2020-10-05"));
    assertThat(compensations(2021))
        .containsExactly(d("2021-02-15"), d("2021-02-16"), d("2021-04-05"), d("2021-05-03"), d("2021-10-04"), d("2021-10-05"));
    assertThat(compensations(2022))
        .containsExactly(d("2022-01-03"), d("2022-05-02"), d("2022-09-12"), d("2022-10-04"), d("2022-10-05"));
    assertThat(compensations(2023)).containsExactly(d("2023-01-02"), d("2023-01-25"), d("2023-10-04"));
    assertThat(compensations(2024)).containsExactly(d("2024-02-13"), d("2024-02-14"));
    assertThat(compensations(2025)).containsExactly(d("2025-06-02"));
    assertThat(compensations(2026)).containsExactly(d("2026-04-06"), d("2026-05-04"), d("2026-10-05"));
  }

  private List<LocalDate> compensations(int year) {
    return rule.daysOff(Year.of(year)).stream()
        .filter(day -> day.name().contains("compensatory"))
        .map(SpecialDay::date)
        .toList();
  }

  // ---------------------------------------------------------------- worked examples

  @Test
  void year2027UnderThe2024Text() {
    assertThat(rule.measure(Year.of(2027))).isEqualTo(HolidayMeasure.STATE_COUNCIL_ORDER_795);
    assertThat(rule.daysOff(Year.of(2027)))
        .containsExactly(
            SpecialDay.off(d("2027-01-01"), "New Year's Day"),
            SpecialDay.off(d("2027-02-05"), "Spring Festival"), // 除夕, a Friday
            SpecialDay.off(d("2027-02-06"), "Spring Festival"), // 正月初一, a Saturday
            SpecialDay.off(d("2027-02-07"), "Spring Festival"),
            SpecialDay.off(d("2027-02-08"), "Spring Festival"),
            SpecialDay.off(d("2027-02-09"), "Spring Festival, compensatory day off for Saturday 2027-02-06"),
            SpecialDay.off(d("2027-02-10"), "Spring Festival, compensatory day off for Sunday 2027-02-07"),
            SpecialDay.off(d("2027-04-05"), "Qingming Festival"),
            SpecialDay.off(d("2027-05-01"), "Labour Day"),
            SpecialDay.off(d("2027-05-02"), "Labour Day"),
            SpecialDay.off(d("2027-05-03"), "Labour Day, compensatory day off for Saturday 2027-05-01"),
            SpecialDay.off(d("2027-05-04"), "Labour Day, compensatory day off for Sunday 2027-05-02"),
            SpecialDay.off(d("2027-06-09"), "Dragon Boat Festival"),
            SpecialDay.off(d("2027-09-15"), "Mid-Autumn Festival"),
            SpecialDay.off(d("2027-10-01"), "National Day"),
            SpecialDay.off(d("2027-10-02"), "National Day"),
            SpecialDay.off(d("2027-10-03"), "National Day"),
            SpecialDay.off(d("2027-10-04"), "National Day, compensatory day off for Saturday 2027-10-02"),
            SpecialDay.off(d("2027-10-05"), "National Day, compensatory day off for Sunday 2027-10-03"));
  }

  @Test
  void before2025TheSpringFestivalIsThreeDaysAndLabourDayOne() {
    assertThat(rule.measure(Year.of(2024))).isEqualTo(HolidayMeasure.STATE_COUNCIL_ORDER_644);
    assertThat(statutory(2024)).doesNotContain(d("2024-02-09"), d("2024-05-02")); // 除夕 and 2 May
    assertThat(statutory(2025)).contains(d("2025-01-28"), d("2025-05-02"));
    assertThat(statutory(2014)).contains(d("2014-01-31"), d("2014-02-01"), d("2014-02-02"), d("2014-05-01"));
  }

  @Test
  void twoHolidaysOnOneWeekdayAreOneDayOff() {
    // 2020: Mid-Autumn on 1 October, a Thursday. Art. 6 compensates weekends only: no extra day. The
    // names follow the order of Art. 2.
    assertThat(rule.daysOff(Year.of(2020)).stream().filter(day -> day.date().getMonthValue() == 10))
        .containsExactly(
            SpecialDay.off(d("2020-10-01"), "Mid-Autumn Festival / National Day"),
            SpecialDay.off(d("2020-10-02"), "National Day"),
            SpecialDay.off(d("2020-10-03"), "National Day"),
            SpecialDay.off(d("2020-10-05"), "National Day, compensatory day off for Saturday 2020-10-03"));
  }

  @Test
  void theTextsInForce() {
    assertThat(HolidayMeasure.inForce(Year.of(2013))).isEmpty();
    assertThat(HolidayMeasure.inForce(Year.of(2014))).contains(HolidayMeasure.STATE_COUNCIL_ORDER_644);
    assertThat(HolidayMeasure.inForce(Year.of(2024))).contains(HolidayMeasure.STATE_COUNCIL_ORDER_644);
    assertThat(HolidayMeasure.inForce(Year.of(2025))).contains(HolidayMeasure.STATE_COUNCIL_ORDER_795);
    assertThat(HolidayMeasure.STATE_COUNCIL_ORDER_795.effectiveFrom()).isEqualTo(d("2025-01-01"));
    assertThat(HolidayMeasure.STATE_COUNCIL_ORDER_795.citation()).contains("国务院令第795号");
    assertThat(HolidayMeasure.STATE_COUNCIL_ORDER_644.englishCitation()).contains("Order No. 644");
  }

  // ---------------------------------------------------------------- properties

  @Test
  void everyYearHasItsStatutoryCountOfWeekdaysOff() {
    // 11 holiday days (13 from 2025), each a weekday off of its own or compensated on one, save a
    // holiday sharing a weekday with another (the Mid-Autumn Festival on 1-3 October).
    qt().forAll(integers().between(2014, 2100))
        .checkAssert(
            year -> {
              List<SpecialDay> days = rule.daysOff(Year.of(year));
              long weekdaysOff = days.stream().filter(day -> !isWeekend(day.date())).count();
              long shared = days.stream().filter(day -> day.name().contains(" / ") && !isWeekend(day.date())).count();
              assertThat(weekdaysOff + shared).isEqualTo(year >= 2025 ? 13 : 11);
              assertThat(days).allSatisfy(day -> assertThat(day.date().getYear()).isEqualTo(year));
              assertThat(days).allSatisfy(day -> assertThat(day.kind()).isEqualTo(SpecialDay.Kind.OFF));
              assertThat(days)
                  .filteredOn(day -> day.name().contains("compensatory"))
                  .allSatisfy(day -> assertThat(isWeekend(day.date())).isFalse());
            });
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void yearsBeyondTheRuleAreRefusedByName() {
    assertThat(rule.firstYear()).isEqualTo(Year.of(2014));
    assertThat(rule.lastYear()).isEqualTo(Year.of(2100));
    assertThat(rule.covers(Year.of(2013))).isFalse();
    assertThatThrownBy(() -> rule.daysOff(Year.of(2101)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2101")
        .hasMessageContaining("2014-2100")
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2101));
    assertThatThrownBy(() -> rule.measure(Year.of(2013)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2013");
    assertThatThrownBy(() -> rule.daysOff(null)).isInstanceOf(NullPointerException.class).hasMessage("year");
    assertThatThrownBy(() -> HolidayMeasure.inForce(null)).isInstanceOf(NullPointerException.class).hasMessage("year");
  }
}
