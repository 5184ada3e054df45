package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar china = WorkingDayCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // ---------------------------------------------------------------- worked examples

  @Test
  void shipsTheYears2019To2026() {
    assertThat(china.coveredYears())
        .containsExactlyElementsOf(IntStream.rangeClosed(2019, 2026).mapToObj(Year::of).toList());
  }

  @Test
  void contractFilingAcrossNationalDay2025CountsTheMakeupSunday() {
    // docs/rules.md#worked-examples: signed Fri 2025-09-26, Sun 09-28 is a makeup day.
    assertThat(china.isWorkingDay(d("2025-09-28"))).isTrue();
    assertThat(china.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
    assertThat(china.addWorkingDays(d("2025-09-26"), 3)).isEqualTo(d("2025-09-30"));
    assertThat(china.addWorkingDays(d("2025-09-26"), 4)).isEqualTo(d("2025-10-09"));
    assertThat(china.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(d("2025-10-10"));
    assertThat(china.workingDaysBetween(d("2025-09-26"), d("2025-10-10"))).isEqualTo(5);
  }

  @Test
  void trialNoticeAcrossSpringFestival2026CountsTheMakeupSaturday() {
    assertThat(china.isWorkingDay(d("2026-02-14"))).isTrue();
    assertThat(china.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
    assertThat(china.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
      assertThat(china.isWorkingDay(day)).as(day.toString()).isFalse();
    }
  }

  @Test
  void springFestivalOfSeveralYears() {
    // 2024: 02-10..02-17 off, Sun 02-04 and Sat 02-18 work; 02-09 (除夕) is an ordinary Friday.
    assertThat(china.isWorkingDay(d("2024-02-04"))).isTrue();
    assertThat(china.isWorkingDay(d("2024-02-09"))).isTrue();
    assertThat(china.isWorkingDay(d("2024-02-10"))).isFalse();
    assertThat(china.isWorkingDay(d("2024-02-16"))).isFalse();
    assertThat(china.isWorkingDay(d("2024-02-18"))).isTrue();
    assertThat(china.addWorkingDays(d("2024-02-08"), 2)).isEqualTo(d("2024-02-18"));
    // 2025: 01-28..02-04 off, Sun 01-26 and Sat 02-08 work.
    assertThat(china.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
    assertThat(china.addWorkingDays(d("2025-02-05"), -1)).isEqualTo(d("2025-01-27"));
    assertThat(china.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
    // 2020: the extension moved the end to 02-02 and cancelled the makeup Saturday 02-01.
    assertThat(china.isWorkingDay(d("2020-01-31"))).isFalse();
    assertThat(china.isWorkingDay(d("2020-02-01"))).isFalse();
    assertThat(china.isWorkingDay(d("2020-01-19"))).isTrue();
    assertThat(china.addWorkingDays(d("2020-01-23"), 1)).isEqualTo(d("2020-02-03"));
  }

  @Test
  void nationalDayOfSeveralYears() {
    // 2023: 09-29..10-06 off (with Mid-Autumn), Sat 10-07 and Sun 10-08 work.
    assertThat(china.addWorkingDays(d("2023-09-28"), 1)).isEqualTo(d("2023-10-07"));
    assertThat(china.addWorkingDays(d("2023-09-28"), 2)).isEqualTo(d("2023-10-08"));
    assertThat(china.addWorkingDays(d("2023-09-28"), 3)).isEqualTo(d("2023-10-09"));
    // 2024: 10-01..10-07 off, Sun 09-29 and Sat 10-12 work.
    assertThat(china.addWorkingDays(d("2024-09-27"), 1)).isEqualTo(d("2024-09-29"));
    assertThat(china.addWorkingDays(d("2024-09-30"), 1)).isEqualTo(d("2024-10-08"));
    assertThat(china.isWorkingDay(d("2024-10-12"))).isTrue();
    // 2026: 10-01..10-07 off, Sun 09-20 and Sat 10-10 work.
    assertThat(china.rollForward(d("2026-10-03"))).isEqualTo(d("2026-10-08"));
    assertThat(china.isWorkingDay(d("2026-10-10"))).isTrue();
  }

  @Test
  void rollForwardKeepsAWorkingDayAndSkipsRestDays() {
    assertThat(china.rollForward(d("2026-02-28"))).isEqualTo(d("2026-02-28")); // makeup Saturday
    assertThat(china.rollForward(d("2025-10-01"))).isEqualTo(d("2025-10-09"));
    assertThat(china.rollForward(d("2025-11-15"))).isEqualTo(d("2025-11-17")); // ordinary weekend
    assertThat(china.rollForward(d("2025-11-17"))).isEqualTo(d("2025-11-17"));
  }

  @Test
  void zeroWorkingDaysIsTheTriggerDayEvenOnAHoliday() {
    assertThat(china.addWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
  }

  @Test
  void backwardsCountsWorkingDaysBeforeTheTrigger() {
    assertThat(china.addWorkingDays(d("2025-10-09"), -1)).isEqualTo(d("2025-09-30"));
    assertThat(china.addWorkingDays(d("2025-10-09"), -3)).isEqualTo(d("2025-09-28"));
    assertThat(china.addWorkingDays(d("2025-10-09"), -4)).isEqualTo(d("2025-09-26"));
    assertThat(china.addWorkingDays(d("2025-10-05"), -1)).isEqualTo(d("2025-09-30"));
    assertThat(china.workingDaysBetween(d("2025-10-09"), d("2025-09-28"))).isEqualTo(-3);
  }

  @Test
  void workingDaysPerYearMatchTheNotices() {
    // Oracle: weekdays of the year, minus the weekday OFF days, plus the WORK days of the notices,
    // counted independently of this library (the 2025 amendment added two holidays: 248 days).
    assertThat(workingDaysIn(2019)).isEqualTo(250);
    assertThat(workingDaysIn(2020)).isEqualTo(249);
    assertThat(workingDaysIn(2021)).isEqualTo(250);
    assertThat(workingDaysIn(2022)).isEqualTo(249);
    assertThat(workingDaysIn(2023)).isEqualTo(249);
    assertThat(workingDaysIn(2024)).isEqualTo(251);
    assertThat(workingDaysIn(2025)).isEqualTo(248);
    assertThat(workingDaysIn(2026)).isEqualTo(248);
  }

  private int workingDaysIn(int year) {
    return china.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
  }

  @Test
  void aTriggerOnTheLastUncoveredDayStillCountsIntoACoveredYear() {
    // 2018 is not covered, but only 2019 days are counted.
    assertThat(china.addWorkingDays(d("2018-12-31"), 1)).isEqualTo(d("2019-01-02"));
    assertThat(china.addWorkingDays(d("2027-01-01"), -1)).isEqualTo(d("2026-12-31"));
  }

  // ---------------------------------------------------------------- coverage and host schedules

  @Test
  void anUncoveredYearIsRefusedInStrictModeWithTheYearAndTheRemedy() {
    WorkingDayCalendar china = this.china.strict();
    assertThatThrownBy(() -> china.isWorkingDay(d("2027-03-01")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027")
        .hasMessageContaining("2019-2026")
        .hasMessageContaining("withSchedule")
        .hasMessageContaining("withWeekendsOnlyForUncoveredYears")
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> china.addWorkingDays(d("2026-12-30"), 5))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> china.addWorkingDays(d("2019-01-03"), -5))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2018));
    assertThatThrownBy(() -> china.workingDaysBetween(d("2026-06-01"), d("2028-06-01")))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> china.isWorkingDay(d("2018-12-29")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2018");
  }

  @Test
  void aHostAddsTheNextYearFromItsOwnSource() {
    // A made-up 2027 schedule: the statutory days off, and Sat 2027-01-09 a makeup day.
    HolidayScheduleSource notice2027 =
        TestSchedules.statutoryWith("host 2027 notice", 2027, SpecialDay.work(d("2027-01-09"), "test makeup"));
    WorkingDayCalendar extended = china.withSchedule(notice2027);
    assertThat(extended.coveredYears()).contains(Year.of(2026), Year.of(2027));
    assertThat(extended.isWorkingDay(d("2027-01-01"))).isFalse();
    assertThat(extended.isWorkingDay(d("2027-01-09"))).isTrue();
    assertThat(extended.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
    // the original is unchanged: 2027 is still provisional there
    assertThat(china.isProvisional(d("2027-01-04"))).isTrue();
    assertThat(extended.isProvisional(d("2027-01-04"))).isFalse();
  }

  @Test
  void aHostReplacesACoveredYearWholly() {
    // Replace 2025 with the statutory days off only: the notice's bridging day 10-08 (a Wednesday) becomes
    // ordinary, and its makeup Sunday 09-28 a day off again.
    HolidayScheduleSource replacement = TestSchedules.statutoryWith("host 2025", 2025);
    WorkingDayCalendar replaced = china.withSchedule(replacement);
    assertThat(china.isWorkingDay(d("2025-10-08"))).isFalse();
    assertThat(replaced.isWorkingDay(d("2025-10-08"))).isTrue();
    assertThat(replaced.isWorkingDay(d("2025-10-01"))).isFalse();
    assertThat(replaced.isWorkingDay(d("2025-09-28"))).isFalse();
    assertThat(replaced.isWorkingDay(d("2025-01-01"))).isFalse();
    assertThat(replaced.isWorkingDay(d("2024-10-01"))).isFalse(); // other years untouched
  }

  @Test
  void aGapBetweenCoveredYearsIsRefusedInStrictMode() {
    HolidayScheduleSource year2030 = TestSchedules.statutoryWith("host 2030", 2030);
    WorkingDayCalendar gapped = china.strict().withSchedule(year2030);
    assertThat(gapped.isWorkingDay(d("2030-01-02"))).isTrue();
    assertThatThrownBy(() -> gapped.addWorkingDays(d("2026-12-31"), 300))
        .isInstanceOf(CalendarCoverageException.class)
        .satisfies(e -> assertThat(((CalendarCoverageException) e).year()).isEqualTo(2027));
  }

  @Test
  void weekendsOnlyForUncoveredYearsIsAnExplicitOptInThatWarnsOncePerYear() {
    WorkingDayCalendar lenient = china.withWeekendsOnlyForUncoveredYears();
    assertThat(lenient.isWeekendsOnlyForUncoveredYears()).isTrue();
    assertThat(lenient.isWorkingDay(d("2027-01-01"))).isTrue(); // a Friday, no notice known
    assertThat(lenient.isWorkingDay(d("2027-01-02"))).isFalse();
    assertThat(lenient.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
    // known special days of an uncovered year still apply: 2018-12-29 is a makeup Saturday
    assertThat(lenient.isWorkingDay(d("2018-12-29"))).isTrue();
    assertThat(lenient.isWorkingDay(d("2018-12-31"))).isFalse();
    assertThat(lenient.warnedYears()).containsExactlyInAnyOrder(2027, 2018);
    lenient.isWorkingDay(d("2027-05-05"));
    assertThat(lenient.warnedYears()).containsExactlyInAnyOrder(2027, 2018);
  }

  // ---------------------------------------------------------------- properties

  /** Days from 2019-06-01 to 2026-08-31: adding up to 60 working days either way stays covered. */
  private static Gen<LocalDate> coveredDays() {
    long from = LocalDate.of(2019, 6, 1).toEpochDay();
    long to = LocalDate.of(2026, 8, 31).toEpochDay();
    return integers().between((int) from, (int) to).map(i -> LocalDate.ofEpochDay(i));
  }

  private static Gen<Integer> smallCounts() {
    return integers().between(-60, 60);
  }

  @Test
  void addedWorkingDayIsAWorkingDay() {
    qt().forAll(coveredDays(), smallCounts())
        .assuming((day, n) -> n != 0)
        .checkAssert((day, n) -> assertThat(china.isWorkingDay(china.addWorkingDays(day, n))).isTrue());
  }

  @Test
  void workingDaysBetweenInvertsAddWorkingDays() {
    qt().forAll(coveredDays(), smallCounts())
        .checkAssert((day, n) -> assertThat(china.workingDaysBetween(day, china.addWorkingDays(day, n))).isEqualTo(n));
  }

  @Test
  void addingTwiceEqualsAddingTheSumWhenSignsAgree() {
    qt().forAll(coveredDays(), integers().between(0, 30), integers().between(0, 30), booleans().all())
        .checkAssert(
            (day, a, b, forward) -> {
              int n = forward ? a : -a;
              int m = forward ? b : -b;
              assertThat(china.addWorkingDays(china.addWorkingDays(day, n), m))
                  .isEqualTo(china.addWorkingDays(day, n + m));
            });
  }

  @Test
  void agreesWithADayByDayWalk() {
    qt().forAll(coveredDays(), smallCounts())
        .checkAssert((day, n) -> assertThat(china.addWorkingDays(day, n)).isEqualTo(walk(china, day, n)));
  }

  @Test
  void weekendsOnlyBeyondCoverageAgreesWithADayByDayWalk() {
    WorkingDayCalendar lenient = china.withWeekendsOnlyForUncoveredYears();
    Gen<LocalDate> anyDay =
        integers()
            .between((int) LocalDate.of(2010, 1, 1).toEpochDay(), (int) LocalDate.of(2035, 12, 31).toEpochDay())
            .map(i -> LocalDate.ofEpochDay(i));
    qt().forAll(anyDay, integers().between(-400, 400))
        .checkAssert(
            (day, n) -> {
              LocalDate fast = lenient.addWorkingDays(day, n);
              assertThat(fast).isEqualTo(walk(lenient, day, n));
              assertThat(lenient.workingDaysBetween(day, fast)).isEqualTo(n);
            });
  }

  @Test
  void rollForwardGivesTheFirstWorkingDayOnOrAfter() {
    qt().forAll(coveredDays())
        .checkAssert(
            day -> {
              LocalDate rolled = china.rollForward(day);
              assertThat(china.isWorkingDay(rolled)).isTrue();
              for (LocalDate between = day; between.isBefore(rolled); between = between.plusDays(1)) {
                assertThat(china.isWorkingDay(between)).isFalse();
              }
            });
  }

  /** The oracle: step one day at a time, counting working days. */
  private static LocalDate walk(WorkingDayCalendar calendar, LocalDate day, int n) {
    int step = Integer.signum(n);
    int remaining = Math.abs(n);
    LocalDate current = day;
    while (remaining > 0) {
      current = current.plusDays(step);
      if (calendar.isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  @Test
  void workingDaysAreWeekdaysOrListedMakeupDays() {
    qt().forAll(coveredDays())
        .checkAssert(
            day -> {
              boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
              var special = china.specialDay(day);
              boolean expected =
                  special.map(s -> s.kind() == SpecialDay.Kind.WORK).orElse(!weekend);
              assertThat(china.isWorkingDay(day)).isEqualTo(expected);
            });
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> china.isWorkingDay(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> china.addWorkingDays(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("trigger");
    assertThatThrownBy(() -> china.workingDaysBetween(null, d("2025-01-01")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fromExclusive");
    assertThatThrownBy(() -> china.workingDaysBetween(d("2025-01-01"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("toInclusive");
    assertThatThrownBy(() -> china.withSchedule(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void aSourceListingADateTwiceIsRefused() {
    HolidayScheduleSource twice =
        HolidayScheduleSource.of(
            "bad host source",
            Set.of(Year.of(2027)),
            List.of(SpecialDay.off(d("2027-01-01"), "a"), SpecialDay.work(d("2027-01-02"), "b"), SpecialDay.off(d("2027-01-01"), "c")));
    assertThatThrownBy(() -> china.withSchedule(twice))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("bad host source")
        .hasMessageContaining("2027-01-01 is listed twice");
  }

  @Test
  void aMakeupDayOnAWeekdayCannotBeStated() {
    assertThatThrownBy(() -> SpecialDay.work(d("2025-10-08"), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-10-08")
        .hasMessageContaining("WEDNESDAY");
  }

  @Test
  void aCalendarNeedsASource() {
    assertThatThrownBy(WorkingDayCalendar::of).isInstanceOf(IllegalArgumentException.class);
  }
}
