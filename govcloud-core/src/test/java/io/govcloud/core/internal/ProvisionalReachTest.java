package io.govcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.HolidayScheduleTsv;
import io.govcloud.core.calendar.PeriodUnit;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sweep's reach for provisional deadlines ({@link Sweeper#PROVISIONAL_REACH}) against what real notices
 * do: for each notice of 2019-2026, every statutory deadline triggered on any day from December two years
 * before to the end of the year, counted provisionally (that year without its notice) and officially; the
 * official last day is never earlier than the provisional one by more than the reach.
 */
class ProvisionalReachTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static HolidayScheduleSource shipped() throws Exception {
    try (Reader reader = new InputStreamReader(
        ProvisionalReachTest.class.getResourceAsStream("/io/govcloud/core/calendar/cn-holidays.tsv"), StandardCharsets.UTF_8)) {
      return HolidayScheduleTsv.parse("cn-holidays.tsv", reader);
    }
  }

  @Test
  void noNoticeOf2019To2026MovesAStatutoryDeadlineEarlierByMoreThanTheSweepsReach() throws Exception {
    HolidayScheduleSource all = shipped();
    Deadlines official = Deadlines.of(WorkingDayCalendar.of(all), SHANGHAI);
    long earliest = 0; // the most days a notice brought a last day forward
    long latest = 0; // the most days it pushed one back
    int moved = 0;
    for (int year = 2019; year <= 2026; year++) {
      int y = year;
      Set<Year> years = new HashSet<>(all.coveredYears());
      years.remove(Year.of(y));
      HolidayScheduleSource without = HolidayScheduleSource.of(
          "without " + y, years, all.specialDays().stream().filter(d -> d.date().getYear() != y).toList());
      Deadlines provisional = Deadlines.of(WorkingDayCalendar.of(without), SHANGHAI);
      for (LocalDate day = LocalDate.of(y - 2, 12, 1); !day.isAfter(LocalDate.of(y, 12, 31)); day = day.plusDays(1)) {
        for (StatutoryDeadline kind : StatutoryDeadline.values()) {
          if (kind.unit() == PeriodUnit.HOURS) {
            continue;
          }
          var trigger = day.atTime(10, 0).atZone(SHANGHAI);
          LocalDate counted = provisional.due(kind, trigger).lastDay();
          LocalDate notified = official.due(kind, trigger).lastDay();
          long forward = ChronoUnit.DAYS.between(notified, counted);
          earliest = Math.max(earliest, forward);
          latest = Math.max(latest, -forward);
          moved += forward != 0 ? 1 : 0;
        }
      }
    }
    System.out.printf("notices of 2019-2026 against the provisional rule: %d deadlines moved, at most %d days earlier, %d days later%n",
        moved, earliest, latest);
    assertThat(moved).as("the notices do move deadlines (the measurement measures something)").isPositive();
    // measured with the shipped notices: 7 days earlier at most, 10 days later
    assertThat(earliest).as("days a notice brought a last day forward").isLessThanOrEqualTo(Sweeper.PROVISIONAL_REACH.toDays());
  }
}
