package io.govcloud.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.CloudResource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 23: demand with a fixed yearly pattern. */
class PeriodicDemandTest {

  private static final List<CloudResource.Period> SCHOOL_YEAR = List.of(
      new CloudResource.Period(MonthDay.of(2, 29), BigDecimal.valueOf(10)),
      new CloudResource.Period(MonthDay.of(7, 1), BigDecimal.valueOf(2)),
      new CloudResource.Period(MonthDay.of(9, 1), BigDecimal.valueOf(10)));

  private static BigDecimal quantityOn(String date) {
    return PeriodicDemand.inForceOn(SCHOOL_YEAR, LocalDate.parse(date)).orElseThrow().quantity();
  }

  @Test
  void thePeriodInForceWrapsAroundTheYear() {
    assertThat(quantityOn("2025-01-15")).isEqualByComparingTo("10"); // the September period of 2024
    assertThat(quantityOn("2025-07-01")).isEqualByComparingTo("2");
    assertThat(quantityOn("2025-08-31")).isEqualByComparingTo("2");
    assertThat(quantityOn("2025-09-01")).isEqualByComparingTo("10");
    assertThat(PeriodicDemand.inForceOn(List.of(), LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void aTwentyNinthOfFebruaryStartsOnTheTwentyEighthInACommonYear() {
    assertThat(PeriodicDemand.inForceOn(SCHOOL_YEAR, LocalDate.of(2025, 2, 28)).orElseThrow().from()).isEqualTo(MonthDay.of(2, 29));
    assertThat(PeriodicDemand.inForceOn(SCHOOL_YEAR, LocalDate.of(2024, 2, 28)).orElseThrow().from()).isEqualTo(MonthDay.of(9, 1));
  }

  @Test
  void theNextChangeSkipsPeriodsOfTheConfiguredQuantity() {
    assertThat(PeriodicDemand.nextChange(SCHOOL_YEAR, LocalDate.of(2025, 3, 10), BigDecimal.TEN))
        .contains(new PeriodicDemand.Change(LocalDate.of(2025, 7, 1), BigDecimal.valueOf(2)));
    assertThat(PeriodicDemand.nextChange(SCHOOL_YEAR, LocalDate.of(2025, 7, 1), BigDecimal.valueOf(2)))
        .contains(new PeriodicDemand.Change(LocalDate.of(2025, 9, 1), BigDecimal.valueOf(10)));
    assertThat(PeriodicDemand.nextChange(SCHOOL_YEAR, LocalDate.of(2025, 10, 1), BigDecimal.TEN))
        .contains(new PeriodicDemand.Change(LocalDate.of(2026, 7, 1), BigDecimal.valueOf(2)));
    assertThat(PeriodicDemand.nextChange(List.of(new CloudResource.Period(MonthDay.of(1, 1), BigDecimal.ONE)),
        LocalDate.of(2025, 3, 1), BigDecimal.ONE)).isEmpty();
  }

  @Test
  void aRequestMustAskForThePeriodInForce() {
    assertThat(PeriodicDemand.checkRequest(SCHOOL_YEAR, BigDecimal.valueOf(2), LocalDate.of(2025, 7, 15))).isEmpty();
    assertThat(PeriodicDemand.checkRequest(SCHOOL_YEAR, BigDecimal.TEN, LocalDate.of(2025, 7, 15)))
        .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo(LifecycleViolations.PERIOD_MISMATCH));
    assertThat(PeriodicDemand.checkRequest(List.of(), BigDecimal.TEN, LocalDate.of(2025, 7, 15))).isEmpty();
  }
}
