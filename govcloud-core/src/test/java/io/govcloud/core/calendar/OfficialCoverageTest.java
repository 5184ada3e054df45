package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficialCoverageTest {

  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theShippedScheduleRunsOutSixtyDaysBeforeTheEndOf2026() {
    OfficialCoverage november1 = OfficialCoverage.of(CHINA, d("2026-11-01"), 60);
    assertThat(november1.officialThrough()).contains(d("2026-12-31"));
    assertThat(november1.daysLeft()).contains(60L);
    assertThat(november1.isRunningOut()).isFalse();
    assertThat(november1.warning()).isEmpty();

    OfficialCoverage november2 = OfficialCoverage.of(CHINA, d("2026-11-02"), 60);
    assertThat(november2.daysLeft()).contains(59L);
    assertThat(november2.isRunningOut()).isTrue();
    assertThat(november2.warning().orElseThrow())
        .contains("ends on 2026-12-31, in 59 days")
        .contains("60 days before its end")
        .contains("Days of 2027 are counted provisionally")
        .contains("notice for 2027")
        .contains("GovCloud.loadSchedule");
    assertThat(OfficialCoverage.of(CHINA, d("2025-03-03"), 60).warning()).isEmpty();
  }

  @Test
  void aDayWhoseYearHasNoNoticeIsRunningOutWhateverTheWarningDays() {
    OfficialCoverage january = OfficialCoverage.of(CHINA, d("2027-01-05"), 0);
    assertThat(january.officialThrough()).isEmpty();
    assertThat(january.daysLeft()).isEmpty();
    assertThat(january.isRunningOut()).isTrue();
    assertThat(january.warning().orElseThrow())
        .startsWith("No official working-day schedule is loaded for today, 2027-01-05")
        .contains("notice for 2027");
    // with no warning days, the last official day itself is not yet running out
    assertThat(OfficialCoverage.of(CHINA, d("2026-12-31"), 0).isRunningOut()).isFalse();
    assertThat(OfficialCoverage.of(CHINA, d("2026-12-31"), 1).isRunningOut()).isTrue();
  }

  @Test
  void theWarningSaysWhatTheCalendarDoesAfterTheEnd() {
    assertThat(OfficialCoverage.of(CHINA.strict(), d("2026-12-01"), 60).warning().orElseThrow())
        .contains("strict")
        .contains("refused with CalendarCoverageException")
        .doesNotContain("provisionally");
    assertThat(OfficialCoverage.of(CHINA.withWeekendsOnlyForUncoveredYears(), d("2026-12-01"), 60).warning().orElseThrow())
        .contains("Monday to Friday")
        .contains("provisional");
    assertThat(OfficialCoverage.of(CHINA.strict(), d("2026-12-01"), 60).uncovered()).isEqualTo(UncoveredYears.REFUSED);
  }

  @Test
  void loadingTheNextNoticeExtendsTheCoverage() {
    WorkingDayCalendar loaded = CHINA.withSchedule(ProvisionalYearsTest.fixture2027());
    OfficialCoverage coverage = OfficialCoverage.of(loaded, d("2026-12-01"), 60);
    assertThat(coverage.officialThrough()).contains(d("2027-12-31"));
    assertThat(coverage.daysLeft()).contains(395L);
    assertThat(coverage.warning()).isEmpty();
  }

  @Test
  void impossibleValuesAreRefused() {
    assertThatThrownBy(() -> OfficialCoverage.of(CHINA, d("2026-11-01"), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> new OfficialCoverage(d("2027-01-02"), Optional.of(d("2027-01-01")), 60, UncoveredYears.PROVISIONAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before 2027-01-02");
    assertThatThrownBy(() -> OfficialCoverage.of(null, d("2026-11-01"), 60)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    assertThatThrownBy(() -> OfficialCoverage.of(CHINA, null, 60)).isInstanceOf(NullPointerException.class).hasMessage("today");
    assertThatThrownBy(() -> new OfficialCoverage(d("2027-01-02"), null, 60, UncoveredYears.PROVISIONAL))
        .isInstanceOf(NullPointerException.class).hasMessage("officialThrough");
    assertThatThrownBy(() -> new OfficialCoverage(d("2027-01-02"), Optional.empty(), 60, null))
        .isInstanceOf(NullPointerException.class).hasMessage("uncovered");
  }
}
