package io.govcloud.core.catalog;

import static io.govcloud.core.catalog.RealisticCatalog.bundle;
import static io.govcloud.core.catalog.RealisticCatalog.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.core.calendar.CalendarCoverageException;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the catalog is more than 2 years old (Art. 26), with worked dates in Asia/Shanghai. */
class CatalogRevisionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();
  private final CatalogRevision revision = CatalogRevision.of(Deadlines.of(CHINA, SHANGHAI));

  private static ServiceCatalog version(String id, LocalDate effective) {
    return ServiceCatalog.of(id, effective, List.of(bundle("c2m4", "2核4G", "compute", host(2, 4), "150")));
  }

  private static CatalogHistory history(LocalDate... effective) {
    return CatalogHistory.of(
        Arrays.stream(effective).map(d -> version("v" + d, d)).toList());
  }

  /** 2024-01-01 + 2 years = 2026-01-01, New Year's Day; 01-02 and 01-03 are off; Sunday 01-04 is a makeup working day. */
  @Test
  void aRevisionOnNewYearsDayIsDueByTheMakeupSundayAfterTheHoliday() {
    CatalogHistory history = history(LocalDate.of(2024, 1, 1));

    RevisionStatus lastDay = revision.status(history, LocalDate.of(2026, 1, 4));
    assertThat(lastDay.isOverdue()).isFalse();
    assertThat(lastDay.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(lastDay.deadline().expiresAt()).isEqualTo(Instant.parse("2026-01-04T16:00:00Z"));
    assertThat(lastDay.deadline().statutory()).contains(StatutoryDeadline.CATALOG_REVISION);
    assertThat(lastDay.article()).isEqualTo(Article.of(26));
    assertThat(lastDay.violation()).isEmpty();

    RevisionStatus dayAfter = revision.status(history, LocalDate.of(2026, 1, 5));
    assertThat(dayAfter.isOverdue()).isTrue();
    Violation overdue = dayAfter.violation().orElseThrow();
    assertThat(overdue.code()).isEqualTo(RevisionStatus.CATALOG_REVISION_OVERDUE);
    assertThat(overdue.article()).isEqualTo(Article.of(26));
    assertThat(overdue.facts())
        .containsEntry("catalogVersion", "v2024-01-01")
        .containsEntry("effectiveDate", "2024-01-01")
        .containsEntry("lastDay", "2026-01-04")
        .containsEntry("date", "2026-01-05");
    assertThat(overdue.english()).contains("due for revision by the end of 2026-01-04", "more than 2 years old", "Art. 26");
    assertThat(overdue.chinese()).contains("超过两年未调整", "第26条");
  }

  /** 2023-10-01 + 2 years = 2025-10-01, National Day; the holiday runs to 10-08, so the last day is 10-09. */
  @Test
  void aDeadlineOnNationalDayRollsPastTheHoliday() {
    CatalogHistory history = history(LocalDate.of(2023, 10, 1));
    assertThat(revision.status(history, LocalDate.of(2025, 10, 1)).isOverdue()).isFalse();
    assertThat(revision.status(history, LocalDate.of(2025, 10, 9)).isOverdue()).isFalse();
    assertThat(revision.status(history, LocalDate.of(2025, 10, 10)).isOverdue()).isTrue();
  }

  /** 2024-02-29 + 2 years has no 29th: 2026-02-28, a Saturday but a makeup working day, so it stays. */
  @Test
  void aLeapDayRevisionIsDueOnTheTwentyEighthOfFebruary() {
    CatalogHistory history = history(LocalDate.of(2024, 2, 29));
    assertThat(revision.status(history, LocalDate.of(2026, 2, 28)).deadline().lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(revision.status(history, LocalDate.of(2026, 2, 28)).isOverdue()).isFalse();
    assertThat(revision.status(history, LocalDate.of(2026, 3, 1)).isOverdue()).isTrue();
  }

  @Test
  void theLatestRevisionIsTheVersionInForceOnTheDate() {
    CatalogHistory history = history(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 7, 1));
    RevisionStatus before = revision.status(history, LocalDate.of(2024, 6, 30));
    assertThat(before.latest().version()).isEqualTo("v2022-07-01");
    assertThat(before.isOverdue()).isFalse(); // 2024-07-01 is a Monday: due by then
    RevisionStatus after = revision.status(history, LocalDate.of(2025, 12, 31));
    assertThat(after.latest().version()).isEqualTo("v2024-07-01");
    assertThat(after.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(after.isOverdue()).isFalse();
    assertThat(revision.status(history, LocalDate.of(2026, 7, 2)).isOverdue()).isTrue();
  }

  @Test
  void aVersionNotYetInForceDoesNotCount() {
    CatalogHistory history = history(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 8, 1));
    RevisionStatus status = revision.status(history, LocalDate.of(2024, 7, 31));
    assertThat(status.latest().version()).isEqualTo("v2022-07-01");
    assertThat(status.deadline().lastDay()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(status.isOverdue()).isTrue();
  }

  /** Overdue on D iff D is after the last day found by walking to the first working day, and iff missed by D's end. */
  @Test
  void overdueMatchesAWalkingOracleAndTheDeadlinesInstant() {
    LocalDate first = LocalDate.of(2019, 1, 1);
    qt().forAll(integers().between(0, 2_100), integers().between(0, 1_000))
        .checkAssert(
            (effectiveOffset, dateOffset) -> {
              LocalDate effective = first.plusDays(effectiveOffset);
              LocalDate date = effective.plusDays(dateOffset);
              RevisionStatus status = revision.status(history(effective), date);
              LocalDate lastDay = effective.plusYears(2);
              while (!CHINA.isWorkingDay(lastDay)) {
                lastDay = lastDay.plusDays(1);
              }
              assertThat(status.deadline().lastDay()).isEqualTo(lastDay);
              assertThat(status.isOverdue()).isEqualTo(date.isAfter(lastDay));
              Instant endOfDate = date.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
              assertThat(status.isOverdue()).isEqualTo(status.deadline().isMissedAt(endOfDate));
            });
  }

  @Test
  void aDateBeforeAnyVersionIsRefused() {
    assertThatThrownBy(() -> revision.status(history(LocalDate.of(2024, 1, 1)), LocalDate.of(2023, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no catalog version is in force on 2023-12-31: the first takes effect on 2024-01-01");
  }

  @Test
  void aDeadlineInAYearWithoutAScheduleIsProvisionalOrInStrictModeTheCalendarsError() {
    RevisionStatus provisional = revision.status(history(LocalDate.of(2025, 6, 1)), LocalDate.of(2025, 6, 1));
    assertThat(provisional.deadline().lastDay()).isEqualTo(LocalDate.of(2027, 6, 1)); // a Tuesday, no holiday
    assertThat(provisional.deadline().isProvisional()).isTrue();
    CatalogRevision strict = CatalogRevision.of(Deadlines.of(CHINA.strict(), SHANGHAI));
    assertThatThrownBy(() -> strict.status(history(LocalDate.of(2025, 6, 1)), LocalDate.of(2025, 6, 1)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027");
    CatalogRevision lenient = CatalogRevision.of(Deadlines.of(CHINA.withWeekendsOnlyForUncoveredYears(), SHANGHAI));
    assertThat(lenient.status(history(LocalDate.of(2025, 6, 1)), LocalDate.of(2025, 6, 1)).deadline().lastDay())
        .isEqualTo(LocalDate.of(2027, 6, 1)); // a Tuesday
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> CatalogRevision.of(null)).isInstanceOf(NullPointerException.class).hasMessage("deadlines");
    assertThatThrownBy(() -> revision.status(null, LocalDate.of(2025, 1, 1))).isInstanceOf(NullPointerException.class).hasMessage("history");
    assertThatThrownBy(() -> revision.status(history(LocalDate.of(2024, 1, 1)), null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }
}
