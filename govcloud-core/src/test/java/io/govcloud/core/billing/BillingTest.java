package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.BANDWIDTH;
import static io.govcloud.core.billing.BillingFixtures.CONTRACT;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.change;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.terminate;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BillingTest {

  private static MonthlyBill onlyBill(Billing billing, YearMonth month, WorkOrder... orders) {
    var bills = billing.bills(month, List.of(orders));
    assertThat(bills.isValid()).as("%s", bills).isTrue();
    assertThat(bills.get()).hasSize(1);
    return bills.get().get(0);
  }

  // ---------------------------------------------------------------- worked cases

  @Test
  void leapFebruaryBillsTenDaysOf29() {
    MonthlyBill bill = onlyBill(billing(), YearMonth.of(2024, 2), open("wo-1", "vm-1", VM, 1, "2024-02-20T10:00"));
    assertThat(bill.lines()).singleElement().satisfies(line -> {
      assertThat(line.daysUsed()).isEqualTo(10);
      assertThat(line.daysInMonth()).isEqualTo(29);
      assertThat(line.amount()).isEqualTo(yuan("344.83"));
      assertThat(line.workOrder().value()).isEqualTo("wo-1");
      assertThat(line.category()).isEqualTo("compute");
    });
    assertThat(bill.total()).isEqualTo(yuan("344.83"));
    assertThat(bill.proration()).isEqualTo("ACTUAL_DAYS");
  }

  @Test
  void commonFebruaryBillsNineDaysOf28() {
    MonthlyBill bill = onlyBill(billing(), YearMonth.of(2025, 2), open("wo-1", "vm-1", VM, 1, "2025-02-20T10:00"));
    assertThat(bill.lines()).extracting(BillLine::daysUsed, BillLine::daysInMonth, BillLine::amount)
        .containsExactly(tuple(9, 28, yuan("321.43")));
  }

  @Test
  void aResourceOpenedOnThe31stPaysOneDayThenTheFullNextMonth() {
    WorkOrder opened = open("wo-1", "vm-1", VM, 1, "2025-01-31T16:00");
    assertThat(onlyBill(billing(), YearMonth.of(2025, 1), opened).lines())
        .extracting(BillLine::firstDay, BillLine::daysUsed, BillLine::amount).containsExactly(tuple(d("2025-01-31"), 1, yuan("32.26")));
    assertThat(onlyBill(billing(), YearMonth.of(2025, 2), opened).lines())
        .extracting(BillLine::firstDay, BillLine::lastDay, BillLine::amount)
        .containsExactly(tuple(d("2025-02-01"), d("2025-02-28"), yuan("1000.00")));
  }

  @Test
  void aResourceOpenedAndTerminatedOnTheSameDayPaysOneDay() {
    // 10 Mbps at 31.00 = 310.00 a month; one day of October's 31: 10.00
    MonthlyBill bill = onlyBill(billing(), YearMonth.of(2025, 10),
        open("wo-1", "bw-1", BANDWIDTH, 10, "2025-10-31T08:00"), terminate("wo-2", "bw-1", BANDWIDTH, 10, "2025-10-31T20:00"));
    assertThat(bill.lines()).extracting(BillLine::monthlyAmount, BillLine::daysUsed, BillLine::amount)
        .containsExactly(tuple(yuan("310.00"), 1, yuan("10.00")));
    assertThat(billing().bills(YearMonth.of(2025, 11), List.of(
        open("wo-1", "bw-1", BANDWIDTH, 10, "2025-10-31T08:00"), terminate("wo-2", "bw-1", BANDWIDTH, 10, "2025-10-31T20:00"))).get()).isEmpty();
  }

  @Test
  void aQuantityChangeMidMonthSplitsTheMonthIntoTwoLines() {
    MonthlyBill bill = onlyBill(billing(), YearMonth.of(2025, 4),
        open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"), change("wo-2", "vm-1", VM, 2, "2025-04-16T11:00"));
    assertThat(bill.lines())
        .extracting(BillLine::workOrder, BillLine::quantity, BillLine::firstDay, BillLine::lastDay, BillLine::monthlyAmount, BillLine::amount)
        .containsExactly(
            tuple(io.govcloud.model.WorkOrderId.of("wo-1"), BigDecimal.ONE, d("2025-04-01"), d("2025-04-15"), yuan("1000.00"), yuan("500.00")),
            tuple(io.govcloud.model.WorkOrderId.of("wo-2"), BigDecimal.valueOf(2), d("2025-04-16"), d("2025-04-30"), yuan("2000.00"), yuan("1000.00")));
    assertThat(bill.total()).isEqualTo(yuan("1500.00"));
  }

  @Test
  void aPriceChangeAppliesFromItsEffectiveDate() {
    Billing billing = billing(ContractPrice.of(VM, yuan("900.00"), d("2025-05-10")));
    MonthlyBill bill = onlyBill(billing, YearMonth.of(2025, 5), open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"));
    // 1000·9/31 = 290.32 for 05-01..05-09; 900 − round(900·9/31) = 900 − 261.29 = 638.71 from 05-10
    assertThat(bill.lines()).extracting(BillLine::unitPrice, BillLine::firstDay, BillLine::daysUsed, BillLine::amount)
        .containsExactly(
            tuple(yuan("1000.00"), d("2025-05-01"), 9, yuan("290.32")),
            tuple(yuan("900.00"), d("2025-05-10"), 22, yuan("638.71")));
    assertThat(bill.total()).isEqualTo(yuan("929.03"));
  }

  @Test
  void aFractionalQuantityRoundsTheMonthlyAmountHalfUp() {
    Billing billing = billing(ContractPrice.of(DISK, yuan("0.33"), d("2025-01-01")));
    WorkOrder order = BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-1", "disk-1", DISK, new BigDecimal("2.5"), "2024-12-01T09:00",
        ACCOUNT, CONTRACT).build();
    MonthlyBill bill = onlyBill(billing, YearMonth.of(2025, 3), order);
    assertThat(bill.lines()).extracting(BillLine::monthlyAmount, BillLine::amount).containsExactly(tuple(yuan("0.83"), yuan("0.83")));
  }

  @Test
  void billsAreOnePerAccountWithTotalsByItemAndCategory() {
    BillingAccount other = BillingAccount.of(BillingFixtures.DEPARTMENT, BillingFixtures.PLATFORM, ProviderId.of("provider-b"));
    ContractId otherContract = ContractId.of("contract-b");
    PriceList otherPrices = PriceList.of(otherContract, other.provider(), List.of(ContractPrice.of(VM, yuan("800.00"), d("2024-01-01"))));
    Billing billing = Billing.of(PriceLists.of(BillingFixtures.prices(), otherPrices), BillingFixtures.catalog(), Proration.standard());
    var bills = billing.bills(YearMonth.of(2025, 6), List.of(
        open("wo-1", "vm-1", VM, 2, "2025-01-01T09:00"),
        open("wo-2", "disk-1", DISK, 500, "2025-01-01T09:00"),
        open("wo-3", "bw-1", BANDWIDTH, 20, "2025-06-16T09:00"),
        BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-4", "vm-9", VM, BigDecimal.ONE, "2025-01-01T09:00", other, otherContract).build())).get();
    assertThat(bills).extracting(MonthlyBill::account).containsExactly(ACCOUNT, other);
    MonthlyBill ours = bills.get(0);
    assertThat(ours.lines()).extracting(l -> l.resource().value()).containsExactly("bw-1", "disk-1", "vm-1");
    assertThat(ours.totalsByItem()).containsExactly(
        java.util.Map.entry(BANDWIDTH, yuan("310.00")), java.util.Map.entry(DISK, yuan("250.00")), java.util.Map.entry(VM, yuan("2000.00")));
    assertThat(ours.totalsByCategory()).containsExactly(
        java.util.Map.entry("compute", yuan("2000.00")), java.util.Map.entry("network", yuan("310.00")), java.util.Map.entry("storage", yuan("250.00")));
    assertThat(ours.total()).isEqualTo(yuan("2560.00"));
    assertThat(bills.get(1).total()).isEqualTo(yuan("800.00"));
  }

  @Test
  void aCategoryComesFromTheCatalogInForceAndOutlivesARevisionThatDropsTheItem() {
    CatalogHistory catalog = CatalogHistory.of(
        BillingFixtures.catalog().versions().get(0),
        ServiceCatalog.of("2025", d("2025-07-01"), List.of(BillingFixtures.catalog().versions().get(0).items().get(DISK))));
    Billing billing = Billing.of(PriceLists.of(BillingFixtures.prices()), catalog, Proration.standard());
    var bills = billing.bills(YearMonth.of(2025, 8), List.of(open("wo-1", "vm-1", VM, 1, "2025-01-01T09:00")));
    assertThat(bills.get().get(0).totalsByCategory()).containsOnlyKeys("compute");
  }

  // ---------------------------------------------------------------- refusals: nothing billed by guess

  @Test
  void aMonthWithoutAPriceInForceIsRefusedNamingResourceItemAndDate() {
    var bills = billing().bills(YearMonth.of(2023, 12), List.of(
        open("wo-1", "vm-1", VM, 1, "2023-12-20T09:00"), open("wo-2", "vm-2", VM, 1, "2023-11-01T09:00")));
    assertThat(bills.isInvalid()).isTrue();
    assertThat(bills.getError()).extracting(Violation::code).containsOnly(BillingViolations.PRICE_MISSING);
    assertThat(bills.getError()).extracting(v -> v.facts().get("resource") + "@" + v.facts().get("date"))
        .containsExactly("vm-1@2023-12-20", "vm-2@2023-12-01");
    assertThat(bills.getError().get(0).english()).contains("vm-1", VM, "2023-12-20");
  }

  @Test
  void anItemNoCatalogListsIsRefused() {
    Billing billing = billing(ContractPrice.of("gpu-a100", yuan("9000.00"), d("2024-01-01")));
    var bills = billing.bills(YearMonth.of(2025, 3), List.of(open("wo-1", "gpu-1", "gpu-a100", 1, "2025-03-01T09:00")));
    assertThat(bills.getError()).extracting(Violation::code).containsExactly(BillingViolations.ITEM_NOT_IN_CATALOG);
    assertThat(bills.getError().get(0).facts()).containsEntry("item", "gpu-a100").containsEntry("date", "2025-03-01");
  }

  // ---------------------------------------------------------------- properties

  @Test
  void aBillsTotalIsTheSumOfItsLinesAndOfItsTotalsByItemAndCategory() {
    qt().forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12), integers().between(1, 8))
        .checkAssert((codes, monthValue) -> {
          YearMonth month = YearMonth.of(2025, monthValue);
          for (MonthlyBill bill : billing().bills(month, Scenarios.resources(codes)).get()) {
            long sum = bill.lines().stream().mapToLong(l -> l.amount().toFen()).sum();
            assertThat(bill.total().toFen()).isEqualTo(sum);
            assertThat(bill.totalsByItem().values().stream().mapToLong(Money::toFen).sum()).isEqualTo(sum);
            assertThat(bill.totalsByCategory().values().stream().mapToLong(Money::toFen).sum()).isEqualTo(sum);
          }
        });
  }

  @Test
  void eachResourceMonthEqualsTheDayByDayOracle() {
    Billing billing = billing(ContractPrice.of(VM, yuan("1234.56"), d("2025-03-17")), ContractPrice.of(DISK, yuan("0.45"), d("2025-05-01")));
    qt().forAll(integers().between(0, Integer.MAX_VALUE), integers().between(1, 8))
        .checkAssert((code, monthValue) -> {
          YearMonth month = YearMonth.of(2025, monthValue);
          List<WorkOrder> orders = Scenarios.resource(0, code);
          long billed = billing.bills(month, orders).get().stream().mapToLong(b -> b.total().toFen()).sum();
          assertThat(billed).as("%s in %s", orders, month).isEqualTo(Scenarios.dayByDayFen(orders, month, billing));
        });
  }

  @Test
  void everyLineIsTheStandardProrationOfItsMonthlyAmount() {
    qt().forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6), integers().between(1, 8))
        .checkAssert((codes, monthValue) -> {
          YearMonth month = YearMonth.of(2025, monthValue);
          List<BillLine> lines = billing().bills(month, Scenarios.resources(codes)).get().stream()
              .flatMap(b -> b.lines().stream()).collect(Collectors.toList());
          for (BillLine line : lines) {
            assertThat(line.amount()).isEqualTo(Proration.standard().charge(line.monthlyAmount(), month, line.firstDay(), line.lastDay()));
            assertThat(line.monthlyAmount()).isEqualTo(line.unitPrice().times(line.quantity()));
          }
        });
  }
}
