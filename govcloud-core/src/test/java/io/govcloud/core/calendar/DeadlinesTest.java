package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DeadlinesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Deadlines deadlines = Deadlines.of(WorkingDayCalendar.china(), SHANGHAI);

  private static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI);
  }

  // ---------------------------------------------------------------- docs/rules.md#worked-examples

  @Test
  void contractFilingSignedBeforeNationalDay2025() {
    Deadline filing = deadlines.due(StatutoryDeadline.CONTRACT_FILING, at("2025-09-26T15:30"));
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(filing.expiresAt()).isEqualTo(Instant.parse("2025-10-10T16:00:00Z")); // 2025-10-11T00:00+08:00
    assertThat(filing.article()).isEqualTo(Article.of(12));
    assertThat(filing.statutory()).contains(StatutoryDeadline.CONTRACT_FILING);
    assertThat(filing.length()).isEqualTo(5);
    assertThat(filing.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
  }

  @Test
  void trialNoticeReceivedBeforeSpringFestival2026() {
    Deadline notice = deadlines.due(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, at("2026-02-13T09:00"));
    assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(notice.article()).isEqualTo(Article.of(20));
  }

  @Test
  void idleReductionFromJanuary31stEndsOnAMakeupSaturday() {
    Deadline reduction = deadlines.due(StatutoryDeadline.IDLE_REDUCTION, at("2026-01-31T10:00"));
    assertThat(reduction.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(reduction.article()).isEqualTo(Article.of(17));
  }

  @Test
  void idleReductionLandingOnNationalDayRollsPastTheHoliday() {
    Deadline reduction = deadlines.due(StatutoryDeadline.IDLE_REDUCTION, at("2025-09-01T10:00"));
    assertThat(reduction.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(reduction.expiresAt()).isEqualTo(at("2025-10-10T00:00").toInstant());
  }

  @Test
  void emergencyProvisioningIsTwentyFourHoursNeverExtended() {
    Deadline emergency = deadlines.due(StatutoryDeadline.EMERGENCY_PROVISIONING, at("2025-09-30T22:00"));
    assertThat(emergency.expiresAt()).isEqualTo(at("2025-10-01T22:00").toInstant());
    assertThat(emergency.lastDay()).isEqualTo(LocalDate.of(2025, 10, 1)); // a holiday, not extended
    assertThat(emergency.article()).isEqualTo(Article.of(25));
    assertThat(emergency.isMissedAt(at("2025-10-01T22:00").toInstant())).isFalse();
    assertThat(emergency.isMissedAt(at("2025-10-01T22:00").toInstant().plusNanos(1))).isTrue();
  }

  @Test
  void anHourPeriodEndingAtMidnightEndsOnThePreviousDay() {
    Deadline midnight = deadlines.hours(at("2025-11-03T00:00"), 24);
    assertThat(midnight.expiresAt()).isEqualTo(at("2025-11-04T00:00").toInstant());
    assertThat(midnight.lastDay()).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  @Test
  void emergencyBackfillAndForcedReductionCountWorkingDays() {
    assertThat(deadlines.due(StatutoryDeadline.EMERGENCY_BACKFILL, at("2024-09-27T18:00")).lastDay())
        .isEqualTo(LocalDate.of(2024, 9, 30)); // Sun 09-29 is a makeup day
    assertThat(deadlines.due(StatutoryDeadline.FORCED_REDUCTION, at("2024-09-30T08:00")).lastDay())
        .isEqualTo(LocalDate.of(2024, 10, 12)); // 10-08..10-11 and the makeup Saturday 10-12
  }

  @Test
  void catalogRevisionIsTwoYearsFromALeapDay() {
    Deadline revision = deadlines.due(StatutoryDeadline.CATALOG_REVISION, at("2024-02-29T12:00"));
    // 2026-02-28 has no 29th: month end 2026-02-28, a makeup Saturday: stays.
    assertThat(revision.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(revision.article()).isEqualTo(Article.of(26));
    // 2022-02-28 + 2 years is 2024-02-28, an ordinary Wednesday
    assertThat(deadlines.years(at("2022-02-28T12:00"), 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 28));
  }

  @Test
  void monthEndCases() {
    // Jan 31 + 1 month in a leap year: Feb 29 2024, a Thursday.
    assertThat(deadlines.months(at("2024-01-31T10:00"), 1).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    // Jan 31 + 1 month in a common year: Feb 28 2025, a Friday.
    assertThat(deadlines.months(at("2025-01-31T10:00"), 1).lastDay()).isEqualTo(LocalDate.of(2025, 2, 28));
    // Mar 31 2022 + 1 month: Apr 30, the first day of the Labour Day break (04-30..05-04): 05-05.
    assertThat(deadlines.months(at("2022-03-31T10:00"), 1).lastDay()).isEqualTo(LocalDate.of(2022, 5, 5));
    // Aug 31 2024 + 1 month: Sep 30 2024, a Monday.
    assertThat(deadlines.months(at("2024-08-31T10:00"), 1).lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
    // Sept 30 2023 (holiday) + 1 month: Oct 30 2023, Monday.
    assertThat(deadlines.months(at("2023-09-30T10:00"), 1).lastDay()).isEqualTo(LocalDate.of(2023, 10, 30));
  }

  @Test
  void aTriggerInAnotherZoneCountsFromThePlatformsDay() {
    // 2025-09-26T20:00Z is already Saturday 09-27 04:00 in Shanghai: counting starts on Sunday 09-28.
    ZonedDateTime utc = ZonedDateTime.parse("2025-09-26T20:00Z");
    Deadline filing = deadlines.due(StatutoryDeadline.CONTRACT_FILING, utc);
    assertThat(filing.trigger().getZone()).isEqualTo(SHANGHAI);
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(deadlines.due(StatutoryDeadline.CONTRACT_FILING, utc.toInstant())).isEqualTo(filing);
  }

  @Test
  void aDeadlineIsMissedOnlyAfterTwentyFourHundredOfItsLastDay() {
    Deadline filing = deadlines.due(StatutoryDeadline.CONTRACT_FILING, at("2025-09-26T15:30"));
    assertThat(filing.isMissedAt(at("2025-10-10T23:59:59.999999999").toInstant())).isFalse();
    assertThat(filing.isMissedAt(at("2025-10-11T00:00").toInstant())).isFalse();
    assertThat(filing.isMissedAt(at("2025-10-11T00:00:00.000000001").toInstant())).isTrue();
  }

  // ---------------------------------------------------------------- provisional years

  @Test
  void aTrialNoticeAtTheYearEndIsProvisionalAndSkipsNewYearsDay2027() {
    Deadline notice = deadlines.due(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, at("2026-12-30T10:00"));
    assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4)); // 12-31, then Mon 01-04: 01-01 is off
    assertThat(notice.isProvisional()).isTrue();
    assertThat(notice.toString()).contains("provisional");
    Deadline before = deadlines.due(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, at("2026-12-28T10:00"));
    assertThat(before.lastDay()).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(before.isProvisional()).isFalse();
    assertThat(before.toString()).doesNotContain("provisional");
    // the trigger day itself is not counted: from 12-31 the first day counted is in 2027
    assertThat(deadlines.workingDays(at("2026-12-31T10:00"), 1).isProvisional()).isTrue();
  }

  @Test
  void aContractFilingIn2027IsProvisionalUntilTheNoticeIsLoaded() {
    Deadline filing = deadlines.due(StatutoryDeadline.CONTRACT_FILING, at("2027-01-04T09:00"));
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(filing.isProvisional()).isTrue();
    Deadlines loaded = Deadlines.of(WorkingDayCalendar.china().withSchedule(ProvisionalYearsTest.fixture2027()), SHANGHAI);
    Deadline official = loaded.due(StatutoryDeadline.CONTRACT_FILING, at("2027-01-04T09:00"));
    assertThat(official.lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(official.isProvisional()).isFalse();
    assertThat(official).isNotEqualTo(filing);
    // where the (made-up) notice differs from the statutory rule, the deadline moves
    Deadline springFiling = deadlines.due(StatutoryDeadline.CONTRACT_FILING, at("2027-01-29T09:00"));
    assertThat(springFiling.lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(loaded.due(StatutoryDeadline.CONTRACT_FILING, at("2027-01-29T09:00")).lastDay())
        .isEqualTo(LocalDate.of(2027, 2, 4));
  }

  @Test
  void monthAndYearDeadlinesAreProvisionalWhenTheirDaysAre() {
    assertThat(deadlines.months(at("2026-11-30T10:00"), 1).isProvisional()).isFalse(); // 2026-12-30
    Deadline january = deadlines.months(at("2026-12-15T10:00"), 1);
    assertThat(january.lastDay()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(january.isProvisional()).isTrue();
    Deadline revision = deadlines.due(StatutoryDeadline.CATALOG_REVISION, at("2025-06-01T00:00"));
    assertThat(revision.lastDay()).isEqualTo(LocalDate.of(2027, 6, 1)); // a Tuesday
    assertThat(revision.isProvisional()).isTrue();
    // 2025-10-01 + 2 years: National Day 2027 (10-01..10-03, compensated on 10-04 and 10-05) rolls to 10-06
    assertThat(deadlines.years(at("2025-10-01T10:00"), 2).lastDay()).isEqualTo(LocalDate.of(2027, 10, 6));
    // an hour period never depends on the calendar
    assertThat(deadlines.hours(at("2027-02-05T10:00"), 24).isProvisional()).isFalse();
  }

  // ---------------------------------------------------------------- properties

  /** Triggers in official and provisional years: 2019-03 to 2098-06 (two years later stays in 2100). */
  private static Gen<ZonedDateTime> triggers() {
    long from = at("2019-03-01T00:00").toEpochSecond();
    long to = at("2098-06-30T00:00").toEpochSecond();
    return Generate.longRange(from, to).map(s -> Instant.ofEpochSecond(s).atZone(SHANGHAI));
  }

  @Test
  void monthDeadlinesNeverEndOnANonWorkingDay() {
    qt().forAll(triggers(), integers().between(1, 24))
        .checkAssert(
            (trigger, n) ->
                assertThat(deadlines.calendar().isWorkingDay(deadlines.months(trigger, n).lastDay())).isTrue());
  }

  @Test
  void yearDeadlinesNeverEndOnANonWorkingDay() {
    qt().forAll(triggers(), integers().between(1, 2))
        .checkAssert(
            (trigger, n) ->
                assertThat(deadlines.calendar().isWorkingDay(deadlines.years(trigger, n).lastDay())).isTrue());
  }

  @Test
  void aDeadlineIsProvisionalExactlyWhenADayItDependsOnIs() {
    WorkingDayCalendar calendar = deadlines.calendar();
    qt().forAll(triggers(), Generate.enumValues(StatutoryDeadline.class))
        .checkAssert(
            (trigger, kind) -> {
              Deadline deadline = deadlines.due(kind, trigger);
              LocalDate day = trigger.toLocalDate();
              boolean expected =
                  switch (kind.unit()) {
                    case WORKING_DAYS -> calendar.isProvisional(day.plusDays(1), deadline.lastDay());
                    case MONTHS -> calendar.isProvisional(day.plusMonths(kind.length()), deadline.lastDay());
                    case YEARS -> calendar.isProvisional(day.plusYears(kind.length()), deadline.lastDay());
                    case HOURS -> false;
                  };
              assertThat(deadline.isProvisional()).isEqualTo(expected);
              if (kind.unit() != PeriodUnit.HOURS) {
                assertThat(deadline.isProvisional()).isEqualTo(deadline.lastDay().getYear() >= 2027);
              }
            });
  }

  @Test
  void expiryIsMonotonicInTheTrigger() {
    qt().forAll(triggers(), Generate.longRange(0, 40L * 86_400), Generate.enumValues(StatutoryDeadline.class))
        .checkAssert(
            (trigger, later, kind) -> {
              Deadline first = deadlines.due(kind, trigger);
              Deadline second = deadlines.due(kind, trigger.plusSeconds(later));
              assertThat(second.expiresAt()).isAfterOrEqualTo(first.expiresAt());
              assertThat(second.lastDay()).isAfterOrEqualTo(first.lastDay());
            });
  }

  @Test
  void dayPeriodsExpireAtMidnightAfterTheirLastDay() {
    qt().forAll(triggers(), Generate.enumValues(StatutoryDeadline.class))
        .assuming((trigger, kind) -> kind.unit() != PeriodUnit.HOURS)
        .checkAssert(
            (trigger, kind) -> {
              Deadline deadline = deadlines.due(kind, trigger);
              assertThat(deadline.expiresAt())
                  .isEqualTo(deadline.lastDay().plusDays(1).atStartOfDay(SHANGHAI).toInstant());
              assertThat(deadline.lastDay()).isAfter(trigger.toLocalDate());
            });
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> Deadlines.of(null, SHANGHAI)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    assertThatThrownBy(() -> Deadlines.of(WorkingDayCalendar.china(), null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    assertThatThrownBy(() -> deadlines.due(null, at("2025-01-06T00:00"))).isInstanceOf(NullPointerException.class).hasMessage("deadline");
    assertThatThrownBy(() -> deadlines.due(StatutoryDeadline.CONTRACT_FILING, (ZonedDateTime) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("trigger");
    assertThatThrownBy(() -> deadlines.workingDays(at("2025-01-06T00:00"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> deadlines.hours(at("2025-01-06T00:00"), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
    assertThatThrownBy(() -> deadlines.workingDays(at("2025-01-06T00:00"), 5).isMissedAt(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDeadlineInAnUncoveredYearIsRefusedInStrictMode() {
    Deadlines strict = Deadlines.of(WorkingDayCalendar.china().strict(), SHANGHAI);
    assertThatThrownBy(() -> strict.due(StatutoryDeadline.CATALOG_REVISION, at("2025-06-01T00:00")))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027");
  }
}
