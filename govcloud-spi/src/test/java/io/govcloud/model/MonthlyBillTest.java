package io.govcloud.model;

import static io.govcloud.model.BillLineTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyBillTest {

  static final BillingAccount ACCOUNT =
      BillingAccount.of(DepartmentId.of("cq-finance"), PlatformId.of("cq-finance-cloud"), ProviderId.of("provider-a"));
  private static final YearMonth APRIL = YearMonth.of(2025, 4);

  @Test
  void theTotalIsTheLinesPlusTheAdjustmentsAndTotalsBreakDownTheLines() {
    BillLine vm = line("vm-1", "2025-04-01", "2025-04-30", "1000.00");
    BillLine storage = line("disk-1", "ebs-gb", "storage", "2025-04-16", "2025-04-30", "500.00");
    MonthlyBill bill = MonthlyBill.builder()
        .account(ACCOUNT)
        .month(APRIL)
        .proration("ACTUAL_DAYS")
        .addLines(vm, storage)
        .addAdjustments(new BillAdjustment(ResourceId.of("vm-2"), YearMonth.of(2025, 3), List.of(), Money.of("100.00"), Money.ZERO))
        .build();
    assertThat(bill.linesTotal()).isEqualTo(Money.of("1500.00"));
    assertThat(bill.adjustmentsTotal()).isEqualTo(Money.of("-100.00"));
    assertThat(bill.total()).isEqualTo(Money.of("1400.00"));
    assertThat(bill.totalsByItem()).containsExactly(Map.entry("ebs-gb", Money.of("500.00")), Map.entry("ecs-4c8g", Money.of("1000.00")));
    assertThat(bill.totalsByCategory()).containsExactly(Map.entry("compute", Money.of("1000.00")), Map.entry("storage", Money.of("500.00")));
  }

  @Test
  void aBillHoldsOnlyItsMonthsLinesAndAdjustsEachEarlierMonthOnce() {
    MonthlyBill.Builder wrongMonth = MonthlyBill.builder().account(ACCOUNT).month(APRIL).proration("ACTUAL_DAYS");
    wrongMonth.addLines(line("vm-1", "2025-03-01", "2025-03-31", "1000.00"));
    assertThatThrownBy(wrongMonth::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03");
    BillAdjustment adjustment = new BillAdjustment(ResourceId.of("vm-2"), YearMonth.of(2025, 3), List.of(), Money.of("1.00"), Money.ZERO);
    MonthlyBill.Builder twice = MonthlyBill.builder().account(ACCOUNT).month(APRIL).proration("ACTUAL_DAYS");
    twice.addAdjustments(adjustment, adjustment);
    assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    MonthlyBill.Builder later = MonthlyBill.builder().account(ACCOUNT).month(YearMonth.of(2025, 3)).proration("ACTUAL_DAYS");
    later.addAdjustments(adjustment);
    assertThatThrownBy(later::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier months");
  }

  @Test
  void aBillsTotalEqualsTheSumOfItsLines() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 30))
        .checkAssert(fens -> {
          List<BillLine> lines = new ArrayList<>();
          long sum = 0;
          for (int i = 0; i < fens.size(); i++) {
            lines.add(BillLine.builder()
                .resource(ResourceId.of("r" + i)).workOrder(WorkOrderId.of("wo-" + i)).contract(ContractId.of("c"))
                .project(ProjectId.of("p")).item("item-" + i % 3).category("cat-" + i % 2).quantity(BigDecimal.ONE)
                .unitPrice(Money.ofFen(100_000)).monthlyAmount(Money.ofFen(100_000))
                .firstDay(LocalDate.of(2025, 4, 1)).lastDay(LocalDate.of(2025, 4, 1 + i % 30)).amount(Money.ofFen(fens.get(i)))
                .build());
            sum += fens.get(i);
          }
          MonthlyBill bill = MonthlyBill.builder().account(ACCOUNT).month(APRIL).proration("ACTUAL_DAYS").addAllLines(lines).build();
          assertThat(bill.total().toFen()).isEqualTo(sum);
          assertThat(bill.totalsByItem().values().stream().mapToLong(Money::toFen).sum()).isEqualTo(sum);
          assertThat(bill.totalsByCategory().values().stream().mapToLong(Money::toFen).sum()).isEqualTo(sum);
        });
  }
}
