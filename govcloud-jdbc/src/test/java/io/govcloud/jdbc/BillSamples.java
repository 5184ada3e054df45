package io.govcloud.jdbc;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Bills for the JDBC-specific tests: one with quantities of several scales and extreme amounts, and plain ones. */
final class BillSamples {

  private BillSamples() {}

  static BillingAccount account(String department) {
    return BillingAccount.of(DepartmentId.of(department), PlatformId.of("p-1"), ProviderId.of("pr-1"));
  }

  static IssuedMonth issued(YearMonth month) {
    return new IssuedMonth(month, "ACTUAL_DAYS", Samples.at(month.getMonthValue()));
  }

  /** A line of a resource for days {@code first} to {@code last} of a month. */
  static BillLine line(String resource, YearMonth month, int first, int last, String item, String category,
      BigDecimal quantity, Money unitPrice, Money monthly, Money amount) {
    return BillLine.builder()
        .resource(ResourceId.of(resource))
        .workOrder(WorkOrderId.of("wo-" + resource + "-" + first))
        .contract(ContractId.of("c-" + resource))
        .project(ProjectId.of("pj-" + resource))
        .item(item)
        .category(category)
        .quantity(quantity)
        .unitPrice(unitPrice)
        .monthlyAmount(monthly)
        .firstDay(month.atDay(first))
        .lastDay(month.atDay(last))
        .amount(amount)
        .build();
  }

  /** A plain line of a resource for the whole month. */
  static BillLine line(String resource, YearMonth month) {
    return line(resource, month, 1, month.lengthOfMonth(), "ecs.c2m4", "compute", BigDecimal.ONE,
        Money.of("250.00"), Money.of("250.00"), Money.of("250.00"));
  }

  /** A bill with {@code lines} plain lines of resources named after the account. */
  static MonthlyBill plain(BillingAccount account, YearMonth month, int lines) {
    List<BillLine> all = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      all.add(line(account.department().value() + "-r" + i, month));
    }
    return MonthlyBill.builder().account(account).month(month).proration("ACTUAL_DAYS").addAllLines(all).build();
  }

  /**
   * A bill with quantities of several scales (down to {@code 1E-18}, up to 20 digits before the point),
   * extreme amounts, and two adjustments: one explained by two recomputed lines, one (a termination) by
   * none.
   */
  static MonthlyBill full(BillingAccount account, YearMonth month) {
    YearMonth before = month.minusMonths(1);
    YearMonth earlier = month.minusMonths(3);
    String vm = "r-vm";
    return MonthlyBill.builder()
        .account(account)
        .month(month)
        .proration("ACTUAL_DAYS")
        .addLines(
            line(vm, month, 3, month.lengthOfMonth(), vm, "compute", new BigDecimal("2.50"),
                Money.of("1234.56"), Money.of("3086.40"), Money.of("2887.30")),
            line("r-disk", month, 1, 1, "evs.ssd", "block-storage 块存储", new BigDecimal("1E+3"),
                Money.ZERO, Money.ZERO, Money.ZERO),
            line("r-tiny", month, 10, 20, "oss.gb", "storage", new BigDecimal("0.000000000000000001"),
                Money.ofFen(Long.MAX_VALUE / 4), Money.ofFen(Long.MAX_VALUE / 4), Money.of("0.01")))
        .addAdjustments(
            new BillAdjustment(ResourceId.of(vm), before,
                List.of(
                    line(vm, before, 1, 15, vm, "compute", new BigDecimal("1.0"),
                        Money.of("250.00"), Money.of("250.00"), Money.of("125.00")),
                    line(vm, before, 16, before.lengthOfMonth(), "ecs.c4m8", "compute", new BigDecimal("12345678901234567890.5"),
                        Money.of("500.00"), Money.of("500.00"), Money.of("250.00"))),
                Money.of("250.00"), Money.of("-20.05")),
            new BillAdjustment(ResourceId.of("r-gone"), earlier, List.of(), Money.of("55.55"), Money.ZERO))
        .build();
  }
}
