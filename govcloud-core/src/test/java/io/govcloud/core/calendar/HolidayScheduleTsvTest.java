package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.SpecialDay;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayScheduleTsvTest {

  private static HolidayScheduleSource parse(String text) {
    return HolidayScheduleTsv.parse("test.tsv", new StringReader(text));
  }

  @Test
  void readsDaysAndInfersCoveredYearsFromNewYearsDay() {
    HolidayScheduleSource source =
        parse("# header\n2026-12-31\tOFF\tNew Year's Day\n\n2027-01-01\tOFF\tNew Year's Day\r\n2027-02-06\tWORK\n");
    assertThat(source.name()).isEqualTo("test.tsv");
    assertThat(source.coveredYears()).containsExactly(Year.of(2027));
    assertThat(source.specialDays())
        .containsExactly(
            SpecialDay.off(LocalDate.of(2026, 12, 31), "New Year's Day"),
            SpecialDay.off(LocalDate.of(2027, 1, 1), "New Year's Day"),
            SpecialDay.work(LocalDate.of(2027, 2, 6), ""));
  }

  @Test
  void takesExplicitCoveredYears() {
    HolidayScheduleSource source =
        HolidayScheduleTsv.parse("x", new StringReader("2030-10-01\tOFF\tNational Day\n"), Set.of(Year.of(2030)));
    assertThat(source.coveredYears()).containsExactly(Year.of(2030));
  }

  @Test
  void theShippedScheduleHasTheCountsOfTheNotices() {
    // the shipped cn-holidays.tsv: 285 data rows; per calendar year OFF/WORK counts.
    WorkingDayCalendar china = WorkingDayCalendar.china();
    long off2025 = days(china, 2025, SpecialDay.Kind.OFF);
    long work2025 = days(china, 2025, SpecialDay.Kind.WORK);
    assertThat(off2025).isEqualTo(28);
    assertThat(work2025).isEqualTo(5);
    assertThat(days(china, 2026, SpecialDay.Kind.OFF)).isEqualTo(33);
    assertThat(days(china, 2020, SpecialDay.Kind.WORK)).isEqualTo(6);
    assertThat(days(china, 2018, SpecialDay.Kind.OFF)).isEqualTo(2);
  }

  private static long days(WorkingDayCalendar calendar, int year, SpecialDay.Kind kind) {
    return LocalDate.of(year, 1, 1)
        .datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(d -> calendar.specialDay(d).map(s -> s.kind() == kind).orElse(false))
        .count();
  }

  @Test
  void aWrongFieldCountNamesTheLine() {
    assertThatThrownBy(() -> parse("# h\n2027-01-01\tOFF\tNew Year\n2027-01-02\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("test.tsv, line 3")
        .hasMessageContaining("1 tab-separated field")
        .satisfies(e -> assertThat(((MalformedHolidayScheduleException) e).line()).hasValue(3));
  }

  @Test
  void aBadDateNamesTheLineAndTheValue() {
    assertThatThrownBy(() -> parse("2027-02-30\tOFF\tx\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'2027-02-30' is not a date");
  }

  @Test
  void anUnknownKindNamesTheLineAndTheValue() {
    assertThatThrownBy(() -> parse("2027-01-01\tHOLIDAY\tx\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'HOLIDAY' is neither OFF nor WORK");
  }

  @Test
  void aWeekdayMarkedWorkIsRefused() {
    assertThatThrownBy(() -> parse("2027-01-01\tOFF\tx\n2027-01-04\tWORK\tx\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("2027-01-04 is a MONDAY");
  }

  @Test
  void aRepeatedDateNamesBothLines() {
    assertThatThrownBy(() -> parse("2027-01-01\tOFF\tx\n2027-01-02\tOFF\tx\n2027-01-01\tOFF\ty\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("first on line 1");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> HolidayScheduleTsv.parse(null, new StringReader(""))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> HolidayScheduleTsv.parse("x", null)).isInstanceOf(NullPointerException.class);
  }

  /** Issue 11, finding 5: a schedule saved with a byte-order mark reported "'\uFEFF2027-01-01' is not a date". */
  @Test
  void aLeadingByteOrderMarkIsSkipped() {
    HolidayScheduleSource source = parse("\uFEFF2027-01-01\tOFF\t元旦\n2027-02-06\tWORK\n");
    assertThat(source.coveredYears()).containsExactly(Year.of(2027));
    assertThat(source.specialDays()).containsExactly(
        SpecialDay.off(LocalDate.of(2027, 1, 1), "元旦"), SpecialDay.work(LocalDate.of(2027, 2, 6), ""));
    assertThat(parse("\uFEFF# notice\n2027-01-01\tOFF\n").coveredYears()).containsExactly(Year.of(2027));
  }

  @Test
  void aByteOrderMarkAnywhereElseIsNotADate() {
    assertThatThrownBy(() -> parse("2027-01-01\tOFF\n\uFEFF2027-01-02\tOFF\n"))
        .isInstanceOf(MalformedHolidayScheduleException.class)
        .hasMessageContaining("line 2");
  }

  /** Issue 11, finding 5: a year of +999999999 was read and overflowed later. */
  @Test
  void yearsOutsideTheSaneRangeAreRefusedNamingTheLine() {
    for (String date : new String[] {"+999999999-01-01", "1948-12-31", "2101-01-01", "-0001-01-01"}) {
      assertThatThrownBy(() -> parse("# notice\n2027-01-01\tOFF\n" + date + "\tOFF\tx\n"))
          .as(date)
          .isInstanceOf(MalformedHolidayScheduleException.class)
          .hasMessageContaining("test.tsv, line 3")
          .hasMessageContaining("1949-2100")
          .satisfies(e -> assertThat(((MalformedHolidayScheduleException) e).line()).hasValue(3));
    }
    assertThat(parse("1949-10-01\tOFF\n2100-12-31\tOFF\n").specialDays()).hasSize(2);
  }
}
