package io.govcloud.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.model.SpecialDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link WorkingDayCalendar#addWorkingDays}'s table lookups (rule R1, docs/rules.md#r1) against a
 * day-by-day walk of the independent {@link CalendarOracle}, on triggers drawn where a mistake would show:
 * around the makeup working days (Saturdays and Sundays) of the notices, around every new year from 2016
 * to 2099 (official years, provisional years and the border between them), and anywhere in that span;
 * with n of either sign up to a year of working days. The dates the table keeps are the dates computed,
 * also on a second call; and in strict mode the same calls throw exactly when the walk enters a year
 * without a notice.
 */
class WorkingDayTablePropertiesTest {

  private static final CalendarOracle ORACLE = new CalendarOracle();
  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.china();
  private static final WorkingDayCalendar STRICT = WorkingDayCalendar.china().strict();

  /** The makeup working days the shipped notices list. */
  private static final List<LocalDate> MAKEUP_DAYS = makeupDays();

  private static List<LocalDate> makeupDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2018, 12, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
      if (CHINA.specialDay(day).map(s -> s.kind() == SpecialDay.Kind.WORK).orElse(false)) {
        days.add(day);
      }
    }
    return days;
  }

  private static Gen<LocalDate> triggers() {
    Gen<LocalDate> nearMakeupDays = Generate.pick(MAKEUP_DAYS).zip(integers().between(-8, 8), (day, d) -> day.plusDays(d));
    Gen<LocalDate> nearNewYear = integers().between(2016, 2099).zip(integers().between(-12, 12), (y, d) -> LocalDate.of(y, 1, 1).plusDays(d));
    Gen<LocalDate> anywhere = integers()
        .between((int) LocalDate.of(2015, 6, 1).toEpochDay(), (int) LocalDate.of(2099, 6, 30).toEpochDay())
        .map(i -> LocalDate.ofEpochDay(i));
    return nearMakeupDays.mix(nearNewYear, 40).mix(anywhere, 30);
  }

  private static Gen<Integer> counts() {
    return Generate.pick(List.of(1, 5, 22, 250, -1, -5, -22, -250)).mix(integers().between(-300, 300), 60);
  }

  @Test
  void theTableAgreesWithADayByDayWalkAndKeepsWhatItComputed() {
    qt().withExamples(3000).forAll(triggers(), counts())
        .checkAssert((trigger, n) -> {
          LocalDate walked = ORACLE.addWorkingDays(trigger, n);
          LocalDate first = CHINA.addWorkingDays(trigger, n);
          assertThat(first).as("%s %+d", trigger, n).isEqualTo(walked);
          assertThat(CHINA.addWorkingDays(trigger, n)).as("again").isEqualTo(walked);
          if (n != 0) {
            assertThat(CHINA.isWorkingDay(first)).isTrue();
            assertThat(CHINA.workingDaysBetween(trigger, first)).isEqualTo(n);
          }
        });
  }

  @Test
  void strictModeThrowsExactlyWhenTheWalkEntersAYearWithoutANotice() {
    qt().withExamples(2000).forAll(triggers(), counts())
        .assuming((trigger, n) -> n != 0)
        .checkAssert((trigger, n) -> {
          LocalDate walked = ORACLE.addWorkingDays(trigger, n);
          LocalDate nearest = n > 0 ? trigger.plusDays(1) : trigger.minusDays(1);
          int from = Math.min(nearest.getYear(), walked.getYear());
          int to = Math.max(nearest.getYear(), walked.getYear());
          if (from >= 2019 && to <= 2026) {
            assertThat(STRICT.addWorkingDays(trigger, n)).as("%s %+d", trigger, n).isEqualTo(walked);
          } else {
            int refused = n > 0 ? Math.max(from, from < 2019 ? from : 2027) : Math.min(to, to > 2026 ? to : 2018);
            assertThatThrownBy(() -> STRICT.addWorkingDays(trigger, n)).as("%s %+d", trigger, n)
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> assertThat(e.year()).isEqualTo(refused));
          }
        });
  }
}
