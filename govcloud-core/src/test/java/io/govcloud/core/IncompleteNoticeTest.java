package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.calendar.HolidayScheduleTsv;
import io.govcloud.core.calendar.MalformedHolidayScheduleException;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A schedule that covers a year must give that year's statutory holidays of Art. 2 of the 办法 off
 * (docs/rules.md#r1): a partial file (one that lists 1 January, and so covers its year, but not the rest)
 * or one that makes a holiday a working day is refused naming the days, instead of silently counting
 * them as working days.
 */
class IncompleteNoticeTest {

  @Test
  void aPartialFileCoveringItsYearIsRefusedNamingTheHolidaysItMisses() {
    HolidayScheduleSource partial = HolidayScheduleTsv.parse("partial 2027", new StringReader(
        "2027-01-01\tOFF\tNew Year's Day\n2027-02-05\tOFF\tSpring Festival\n"));
    assertThatThrownBy(() -> WorkingDayCalendar.china().withSchedule(partial))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("partial 2027")
        .hasMessageContaining("covers 2027")
        .hasMessageContaining("2027-02-08 (Spring Festival, not listed)")
        .hasMessageContaining("2027-04-05 (Qingming Festival, not listed)")
        .hasMessageContaining("2027-10-01 (National Day, not listed)")
        .hasMessageNotContaining("2027-02-06") // a Saturday: a day off unless listed as a working day
        .hasMessageNotContaining("2027-01-01");
  }

  @Test
  void aStatutoryHolidayListedAsAWorkingDayIsRefused() {
    List<SpecialDay> days = new ArrayList<>(complete2027().specialDays());
    days.removeIf(d -> d.date().equals(LocalDate.of(2027, 10, 2)));
    days.add(SpecialDay.work(LocalDate.of(2027, 10, 2), "National Day"));
    HolidayScheduleSource wrong = HolidayScheduleSource.of("wrong 2027", java.util.Set.of(Year.of(2027)), days);
    assertThatThrownBy(() -> WorkingDayCalendar.china().withSchedule(wrong))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("2027-10-02 (National Day, listed as a working day)");
  }

  @Test
  void aCompleteScheduleLoadsAndTheShippedNoticesAllPass() {
    WorkingDayCalendar calendar = WorkingDayCalendar.china().withSchedule(complete2027());
    assertThat(calendar.coveredYears()).contains(Year.of(2027));
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 5))).as("Qingming, a Monday").isFalse();
    assertThat(WorkingDayCalendar.china().coveredYears()).as("every shipped notice gives its holidays off")
        .containsAll(java.util.stream.IntStream.rangeClosed(2019, 2026).mapToObj(Year::of).toList());
  }

  @Test
  void loadingAnIncompleteNoticeIntoTheEntryPointChangesNothing() {
    World world = new World(InMemoryStore.create());
    HolidayScheduleSource partial = HolidayScheduleTsv.parse("partial 2027", new StringReader("2027-01-01\tOFF\tNew Year's Day\n"));
    WorkingDayCalendar before = world.gov.calendar();
    assertThatThrownBy(() -> world.gov.loadSchedule(partial)).isInstanceOf(MalformedHolidayScheduleException.class);
    assertThat(world.gov.calendar()).isSameAs(before);
    assertThat(world.gov.calendar().coveredYears()).doesNotContain(Year.of(2027));
  }

  /** A 2027 schedule giving every statutory holiday of the 2024 text off (made up for the tests, not the notice). */
  private static HolidayScheduleSource complete2027() {
    StringBuilder tsv = new StringBuilder();
    for (String line : List.of(
        "2027-01-01\tOFF\tNew Year's Day",
        "2027-02-05\tOFF\tSpring Festival", "2027-02-06\tOFF\tSpring Festival", "2027-02-07\tOFF\tSpring Festival",
        "2027-02-08\tOFF\tSpring Festival", "2027-02-09\tOFF\tSpring Festival", "2027-02-10\tOFF\tSpring Festival",
        "2027-02-11\tOFF\tSpring Festival",
        "2027-04-05\tOFF\tQingming Festival",
        "2027-05-01\tOFF\tLabour Day", "2027-05-02\tOFF\tLabour Day", "2027-05-03\tOFF\tLabour Day",
        "2027-06-09\tOFF\tDragon Boat Festival",
        "2027-09-15\tOFF\tMid-Autumn Festival",
        "2027-10-01\tOFF\tNational Day", "2027-10-02\tOFF\tNational Day", "2027-10-03\tOFF\tNational Day",
        "2027-10-04\tOFF\tNational Day", "2027-10-05\tOFF\tNational Day")) {
      tsv.append(line).append('\n');
    }
    return HolidayScheduleTsv.parse("complete 2027", new StringReader(tsv.toString()));
  }
}
