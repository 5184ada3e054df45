package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BillLineTest {

  /** A line of vm-1 at 1000.00 a month, for the given days and amount. */
  static BillLine line(String resource, String first, String last, String amount) {
    return line(resource, "ecs-4c8g", "compute", first, last, amount);
  }

  /** A line of an item at 1000.00 a month. */
  static BillLine line(String resource, String item, String category, String first, String last, String amount) {
    return BillLine.builder()
        .resource(ResourceId.of(resource))
        .workOrder(WorkOrderId.of("wo-" + resource))
        .contract(ContractId.of("contract-1"))
        .project(ProjectId.of("project-1"))
        .item(item)
        .category(category)
        .quantity(BigDecimal.ONE)
        .unitPrice(Money.of("1000.00"))
        .monthlyAmount(Money.of("1000.00"))
        .firstDay(LocalDate.parse(first))
        .lastDay(LocalDate.parse(last))
        .amount(Money.of(amount))
        .build();
  }

  @Test
  void daysUsedAndDaysInMonthAreDerivedFromTheDates() {
    BillLine line = line("vm-1", "2024-02-20", "2024-02-29", "344.83");
    assertThat(line.daysUsed()).isEqualTo(10);
    assertThat(line.daysInMonth()).isEqualTo(29);
    assertThat(line.month()).isEqualTo(YearMonth.of(2024, 2));
    assertThat(line("vm-1", "2025-10-31", "2025-10-31", "32.26").daysUsed()).isEqualTo(1);
  }

  @Test
  void aLineStaysInOneMonthWithDaysInOrder() {
    assertThatThrownBy(() -> line("vm-1", "2025-03-31", "2025-04-01", "10.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one month");
    assertThatThrownBy(() -> line("vm-1", "2025-03-10", "2025-03-09", "10.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before first day");
  }

  @Test
  void anAmountIsBetweenZeroAndTheMonthlyAmount() {
    assertThatThrownBy(() -> line("vm-1", "2025-03-01", "2025-03-31", "1000.01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000.01");
    assertThatThrownBy(() -> line("vm-1", "2025-03-01", "2025-03-31", "-0.01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.01");
  }

  @Test
  void everyAttributeIsRequired() {
    assertThatThrownBy(() -> BillLine.builder().resource(ResourceId.of("vm-1")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("workOrder");
    assertThatThrownBy(() -> BillLine.builder().resource(null)).isInstanceOf(NullPointerException.class);
  }
}
