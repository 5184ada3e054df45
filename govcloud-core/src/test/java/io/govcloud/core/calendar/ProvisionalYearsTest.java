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
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The calendar in years without a loaded notice: provisional by default, strict on request. */
class ProvisionalYearsTest {

  private static final CalendarOracle ORACLE = new CalendarOracle();
  private final WorkingDayCalendar china = WorkingDayCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A made-up 2027 notice (a test fixture, not the State Council's). */
  static HolidayScheduleSource fixture2027() {
    try (Reader reader =
        new InputStreamReader(
            ProvisionalYearsTest.class.getResourceAsStream("fixture-2027-notice.tsv"), StandardCharsets.UTF_8)) {
      return HolidayScheduleTsv.parse("fixture 2027 notice", reader);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- worked examples

  @Test
  void theYearEndNeverStops() {
    // no 2027 notice: 2027-01-01 (a Friday) is New Year's Day by the 办法
    assertThat(china.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
    assertThat(china.addWorkingDays(d("2027-01-04"), 5)).isEqualTo(d("2027-01-11"));
    assertThat(china.isWorkingDay(d("2027-01-01"))).isFalse();
    assertThat(china.isProvisional(d("2027-01-01"))).isTrue();
    assertThat(china.isProvisional(d("2026-12-31"))).isFalse();
    assertThat(china.isProvisional(d("2026-12-31"), d("2027-01-04"))).isTrue();
    assertThat(china.isProvisional(d("2026-01-01"), d("2026-12-31"))).isFalse();
    assertThat(china.provisionalDayOff(d("2027-01-01"))).contains(SpecialDay.off(d("2027-01-01"), "New Year's Day"));
    assertThat(china.specialDay(d("2027-01-01"))).isEmpty(); // no schedule lists it
    assertThat(china.provisionalDayOff(d("2026-01-01"))).isEmpty(); // official
  }

  @Test
  void theSpringFestivalOf2027IsCountedFromTheLunarTable() {
    // 除夕 Fri 02-05, 初一..初三 Sat 02-06..Mon 02-08; Sat and Sun compensated on Tue 02-09 and Wed 02-10
    for (LocalDate day = d("2027-02-05"); !day.isAfter(d("2027-02-10")); day = day.plusDays(1)) {
      assertThat(china.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(china.addWorkingDays(d("2027-02-04"), 1)).isEqualTo(d("2027-02-11"));
    assertThat(china.provisionalDayOff(d("2027-02-10")).orElseThrow().name())
        .isEqualTo("Spring Festival, compensatory day off for Sunday 2027-02-07");
    // no makeup working day is guessed: Sun 2027-01-31 and Sat 2027-02-20 stay rest days
    assertThat(china.isWorkingDay(d("2027-01-31"))).isFalse();
    assertThat(china.isWorkingDay(d("2027-02-20"))).isFalse();
  }

  @Test
  void aProvisionalYearCountsItsStatutoryWorkingDays() {
    // 2027: 261 weekdays, 13 of them statutory days off (Art. 2 and 6 of the 2024 text)
    assertThat(china.workingDaysBetween(d("2026-12-31"), d("2027-12-31"))).isEqualTo(248);
    // 2018 (before the shipped notices): 261 weekdays, 11 statutory (2013 text), and the 2019 notice's
    // 2018-12-29 (a makeup Saturday) and 12-31 (a Monday off) on top
    assertThat(china.workingDaysBetween(d("2017-12-31"), d("2018-12-31"))).isEqualTo(261 - 11 + 1 - 1);
    assertThat(china.isWorkingDay(d("2018-12-29"))).isTrue();
    assertThat(china.provisionalDayOff(d("2018-12-31"))).isEmpty(); // the notice lists it
    assertThat(china.specialDay(d("2018-12-31"))).isPresent();
    assertThat(china.withWeekendsOnlyForUncoveredYears().provisionalDayOff(d("2027-01-01"))).isEmpty();
  }

  @Test
  void loadingTheNoticeMakesTheYearOfficialAndReplacesItsProvisionalDaysWholly() {
    WorkingDayCalendar loaded = china.withSchedule(fixture2027());
    assertThat(loaded.coveredYears()).contains(Year.of(2027));
    assertThat(loaded.isProvisional(d("2027-06-01"))).isFalse();
    assertThat(loaded.isProvisional(d("2028-01-03"))).isTrue();
    // the year end: the same days, now official
    assertThat(loaded.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
    assertThat(loaded.isProvisional(d("2026-12-31"), d("2027-01-04"))).isFalse();
    // where the notice differs, the result moves: the makeup Sunday 01-31 counts, 02-11 and 02-12 are off
    assertThat(china.addWorkingDays(d("2027-01-29"), 5)).isEqualTo(d("2027-02-11"));
    assertThat(loaded.addWorkingDays(d("2027-01-29"), 5)).isEqualTo(d("2027-02-04"));
    assertThat(china.addWorkingDays(d("2027-02-04"), 2)).isEqualTo(d("2027-02-12"));
    assertThat(loaded.addWorkingDays(d("2027-02-04"), 2)).isEqualTo(d("2027-02-16"));
    // the notice replaces the year wholly: Labour Day 2027 is not in it, so 05-03 is an ordinary Monday
    assertThat(china.isWorkingDay(d("2027-05-03"))).isFalse();
    assertThat(loaded.isWorkingDay(d("2027-05-03"))).isTrue();
    assertThat(loaded.provisionalDayOff(d("2027-05-03"))).isEmpty();
    assertThat(loaded.specialDay(d("2027-02-11"))).contains(SpecialDay.off(d("2027-02-11"), "Spring Festival"));
  }

  @Test
  void theCalendarTellsHowFarItsOfficialCoverageReaches() {
    assertThat(china.officialCoverageEnd()).contains(d("2026-12-31"));
    assertThat(china.officiallyCoveredThrough(d("2025-03-01"))).contains(d("2026-12-31"));
    assertThat(china.officiallyCoveredThrough(d("2027-01-01"))).isEmpty();
    assertThat(china.officiallyCoveredThrough(d("2018-06-01"))).isEmpty();
    WorkingDayCalendar loaded = china.withSchedule(fixture2027());
    assertThat(loaded.officiallyCoveredThrough(d("2026-11-15"))).contains(d("2027-12-31"));
    HolidayScheduleSource year2030 = TestSchedules.statutoryWith("host 2030", 2030);
    WorkingDayCalendar gapped = loaded.withSchedule(year2030);
    assertThat(gapped.officialCoverageEnd()).contains(d("2030-12-31"));
    assertThat(gapped.officiallyCoveredThrough(d("2026-11-15"))).contains(d("2027-12-31"));
    assertThat(gapped.isProvisional(d("2028-01-01"), d("2029-12-31"))).isTrue();
    assertThat(gapped.isProvisional(d("2030-01-01"), d("2030-12-31"))).isFalse();
  }

  @Test
  void provisionalYearsAreWarnedAboutOncePerYear() {
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    calendar.addWorkingDays(d("2026-12-30"), 2);
    calendar.isWorkingDay(d("2027-05-05"));
    calendar.workingDaysBetween(d("2027-01-01"), d("2028-03-01"));
    assertThat(calendar.warnedYears()).containsExactlyInAnyOrder(2027, 2028);
  }

  // ---------------------------------------------------------------- strict mode and the table's reach

  @Test
  void strictModeStillRefusesAYearWithoutANoticeNamingTheYearAndTheRemedies() {
    WorkingDayCalendar strict = china.strict();
    assertThat(strict.uncoveredYears()).isEqualTo(UncoveredYears.REFUSED);
    assertThat(china.uncoveredYears()).isEqualTo(UncoveredYears.PROVISIONAL);
    assertThatThrownBy(() -> strict.addWorkingDays(d("2026-12-30"), 2))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027")
        .hasMessageContaining("2019-2026")
        .hasMessageContaining("strict")
        .hasMessageContaining("withSchedule")
        .hasMessageContaining("UncoveredYears.PROVISIONAL")
        .hasMessageContaining("withWeekendsOnlyForUncoveredYears")
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2027));
    assertThat(strict.isProvisional(d("2027-01-01"))).isFalse(); // refused, not counted
    assertThat(strict.withSchedule(fixture2027()).addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
    assertThat(strict.withUncoveredYears(UncoveredYears.PROVISIONAL).addWorkingDays(d("2026-12-30"), 2))
        .isEqualTo(d("2027-01-04"));
  }

  @Test
  void yearsTheStatutoryRuleDoesNotReachAreRefusedByName() {
    assertThatThrownBy(() -> china.isWorkingDay(d("2101-01-03")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2101")
        .hasMessageContaining("2014-2100")
        .hasMessageContaining("withSchedule")
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2101));
    assertThatThrownBy(() -> china.addWorkingDays(d("2100-12-28"), 5))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2101));
    assertThatThrownBy(() -> china.addWorkingDays(d("2014-01-10"), -10))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2013));
    assertThat(china.isProvisional(d("2013-06-01"))).isFalse();
    // weekends-only still reaches every year
    assertThat(china.withWeekendsOnlyForUncoveredYears().isWorkingDay(d("2101-01-03"))).isTrue();
  }

  @Test
  void nullsAndReversedRangesAreRefused() {
    assertThatThrownBy(() -> china.isProvisional(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> china.isProvisional(null, d("2027-01-01")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("first");
    assertThatThrownBy(() -> china.isProvisional(d("2027-01-02"), d("2027-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-01-01")
        .hasMessageContaining("2027-01-02");
    assertThatThrownBy(() -> china.withUncoveredYears(null)).isInstanceOf(NullPointerException.class).hasMessage("handling");
    assertThatThrownBy(() -> china.officiallyCoveredThrough(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  // ---------------------------------------------------------------- properties over provisional years

  /** Any day from 2015-06 to 2099-06: adding up to 250 working days either way stays in 2014-2100. */
  private static Gen<LocalDate> anyDay() {
    return integers()
        .between((int) d("2015-06-01").toEpochDay(), (int) d("2099-06-30").toEpochDay())
        .map(i -> LocalDate.ofEpochDay(i));
  }

  @Test
  void everyDayAgreesWithTheOracle() {
    qt().forAll(integers().between((int) d("2014-01-01").toEpochDay(), (int) d("2100-12-31").toEpochDay()))
        .checkAssert(
            i -> {
              LocalDate day = LocalDate.ofEpochDay(i);
              assertThat(china.isWorkingDay(day)).as(day.toString()).isEqualTo(ORACLE.isWorkingDay(day));
            });
  }

  @Test
  void addWorkingDaysAgreesWithADayByDayOracle() {
    qt().forAll(anyDay(), integers().between(-250, 250))
        .checkAssert((day, n) -> assertThat(china.addWorkingDays(day, n)).isEqualTo(ORACLE.addWorkingDays(day, n)));
  }

  @Test
  void addedWorkingDayIsAWorkingDayAndWorkingDaysBetweenInvertsIt() {
    qt().forAll(anyDay(), integers().between(-250, 250))
        .assuming((day, n) -> n != 0)
        .checkAssert(
            (day, n) -> {
              LocalDate result = china.addWorkingDays(day, n);
              assertThat(china.isWorkingDay(result)).isTrue();
              assertThat(china.workingDaysBetween(day, result)).isEqualTo(n);
            });
  }

  @Test
  void everyYearOfTheRuleAgreesWithTheOracleDayByDay() {
    // exhaustive, not sampled: all 31,777 days of 2014-2100
    for (LocalDate day = d("2014-01-01"); !day.isAfter(d("2100-12-31")); day = day.plusDays(1)) {
      if (china.isWorkingDay(day) != ORACLE.isWorkingDay(day)) {
        throw new AssertionError("disagreement on " + day);
      }
    }
  }
}
