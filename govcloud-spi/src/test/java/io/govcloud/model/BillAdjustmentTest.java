package io.govcloud.model;

import static io.govcloud.model.BillLineTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillAdjustmentTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @Test
  void anAdjustmentIsRecomputedMinusIssuedMinusAlreadyAdjusted() {
    BillAdjustment adjustment = new BillAdjustment(
        ResourceId.of("vm-1"), MARCH, List.of(line("vm-1", "2025-03-25", "2025-03-31", "225.81")), Money.ZERO, Money.of("387.10"));
    assertThat(adjustment.recomputed()).isEqualTo(Money.of("225.81"));
    assertThat(adjustment.amount()).isEqualTo(Money.of("-161.29"));
  }

  @Test
  void aCreditWithoutRecomputedLinesReversesWhatWasCharged() {
    BillAdjustment reversal = new BillAdjustment(ResourceId.of("vm-1"), MARCH, List.of(), Money.of("387.10"), Money.ZERO);
    assertThat(reversal.amount()).isEqualTo(Money.of("-387.10"));
  }

  @Test
  void aZeroAdjustmentOrALineOfAnotherResourceOrMonthIsRefused() {
    assertThatThrownBy(() -> new BillAdjustment(
            ResourceId.of("vm-1"), MARCH, List.of(line("vm-1", "2025-03-01", "2025-03-31", "1000.00")), Money.of("1000.00"), Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is zero");
    assertThatThrownBy(() -> new BillAdjustment(
            ResourceId.of("vm-1"), MARCH, List.of(line("vm-2", "2025-03-01", "2025-03-31", "1000.00")), Money.ZERO, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vm-2");
    assertThatThrownBy(() -> new BillAdjustment(
            ResourceId.of("vm-1"), MARCH, List.of(line("vm-1", "2025-04-01", "2025-04-30", "1000.00")), Money.ZERO, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-04");
    assertThatThrownBy(() -> new BillAdjustment(ResourceId.of("vm-1"), null, List.of(), Money.ZERO, Money.ZERO))
        .isInstanceOf(NullPointerException.class).hasMessage("correctedMonth");
  }
}
