package io.govcloud.tck;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.UnitOfWork;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The bills the contract tests issue: a full one (lines of several quantities and scales, extreme and
 * negative amounts, an adjustment explained by recomputed lines and one by none), a bill with neither
 * lines nor adjustments, and plain ones; texts and ids given by the test, so that hostile ones reach every
 * text of a bill.
 */
final class BillSamples {

  /** The quantities of the full bill's lines, by value: a scale of 2 with a trailing zero, a fraction, a power of ten. */
  static final List<String> QUANTITIES = List.of("2.50", "0.001", "1E+3");

  private BillSamples() {}

  /** An account of a department on the first platform and provider. */
  static BillingAccount account(String department) {
    return BillingAccount.of(DepartmentId.of(department), PlatformId.of("platform-1"), ProviderId.of("provider-1"));
  }

  /**
   * The month a unit may issue next: the ledger's first month when none is issued, else the month after
   * the last issued.
   *
   * @throws IllegalStateException if the unit sees no start of the ledger
   */
  static YearMonth nextMonth(UnitOfWork unit) {
    LedgerStart start = unit.bills().ledgerStart().orElseThrow(() -> new IllegalStateException("the ledger is not started"));
    List<IssuedMonth> months = unit.bills().issuedMonths();
    return months.isEmpty() ? start.firstMonth() : months.get(months.size() - 1).month().plusMonths(1);
  }

  /** Starts the ledger of a store at a month, in a unit of its own. */
  static void startLedger(StoreContractSupport contract, YearMonth firstMonth) {
    contract.run(unit -> unit.bills().startLedger(new LedgerStart(firstMonth, Samples.T0)));
  }

  /** A month issued under the standard proration, at an instant with microseconds. */
  static IssuedMonth issued(YearMonth month) {
    return issued(month, "ACTUAL_DAYS");
  }

  /** A month issued under a proration policy of the name given (an identifier). */
  static IssuedMonth issued(YearMonth month, String proration) {
    return new IssuedMonth(month, proration, Samples.at(3600L * month.getMonthValue()));
  }

  /** A line of a resource for days {@code first} to {@code last} of a month; its other ids follow the resource's. */
  static BillLine line(
      String resource, YearMonth month, int first, int last, String item, String category, String quantity, Money unitPrice, Money monthly, Money amount) {
    return BillLine.builder()
        .resource(ResourceId.of(resource))
        .workOrder(WorkOrderId.of("wo-" + first + "-" + resource.length()))
        .contract(ContractId.of("contract-" + resource.length()))
        .project(ProjectId.of("project-" + first))
        .item(item)
        .category(category)
        .quantity(new BigDecimal(quantity))
        .unitPrice(unitPrice)
        .monthlyAmount(monthly)
        .firstDay(month.atDay(first))
        .lastDay(month.atDay(last))
        .amount(amount)
        .build();
  }

  /** A line of a resource for the whole month. */
  static BillLine line(String resource, YearMonth month) {
    return line(resource, month, 1, month.lengthOfMonth(), "ecs-4c8g", "计算", "1", Money.of("250.00"), Money.of("250.00"), Money.of("250.00"));
  }

  /** A bill of some whole-month lines, of resources named after the account's department. */
  static MonthlyBill plain(BillingAccount account, YearMonth month, int lines) {
    List<BillLine> all = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      all.add(line("r-" + i + "-" + account.department().value().length(), month));
    }
    return MonthlyBill.builder().account(account).month(month).proration("ACTUAL_DAYS").addAllLines(all).build();
  }

  /** A bill with neither lines nor adjustments. */
  static MonthlyBill empty(BillingAccount account, YearMonth month) {
    return MonthlyBill.builder().account(account).month(month).proration("ACTUAL_DAYS").build();
  }

  /**
   * A bill with every part: three lines (quantities {@link #QUANTITIES}, a zero amount, the largest unit
   * price there is), and two adjustments of earlier months, one explained by two recomputed lines and
   * with a negative previous adjustment, one (a termination) by none.
   *
   * @param text a name: the bill's proration policy and the categories
   * @param id an identifier: a resource, the items
   */
  static MonthlyBill full(BillingAccount account, YearMonth month, String text, String id) {
    YearMonth before = month.minusMonths(1);
    YearMonth earlier = month.minusMonths(3);
    Money largest = Money.ofFen(Long.MAX_VALUE);
    return MonthlyBill.builder()
        .account(account)
        .month(month)
        .proration(text)
        .addLines(
            line(id, month, 3, month.lengthOfMonth(), id, text, QUANTITIES.get(0), Money.of("1234.56"), Money.of("3086.40"), Money.of("2887.30")),
            line("r-disk", month, 1, 1, "evs-ssd", "块存储", QUANTITIES.get(1), Money.ZERO, Money.ZERO, Money.ZERO),
            line("r-huge", month, 10, 20, id, text, QUANTITIES.get(2), largest, largest, Money.of("0.01")))
        .addAdjustments(
            new BillAdjustment(ResourceId.of(id), before,
                List.of(
                    line(id, before, 1, 15, id, text, "1.0", Money.of("250.00"), Money.of("250.00"), Money.of("125.00")),
                    line(id, before, 16, before.lengthOfMonth(), "ecs-8c16g", "计算", "12345678.123456",
                        Money.of("500.00"), Money.of("500.00"), Money.of("250.00"))),
                Money.of("250.00"), Money.of("-20.05")),
            new BillAdjustment(ResourceId.of("r-gone"), earlier, List.of(), Money.of("55.55"), Money.ZERO))
        .build();
  }
}
