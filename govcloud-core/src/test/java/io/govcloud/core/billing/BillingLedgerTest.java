package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.correction;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.resource;
import static io.govcloud.core.billing.BillingFixtures.terminate;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PriceList;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingLedgerTest {

  static final YearMonth MARCH = YearMonth.of(2025, 3);
  static final YearMonth APRIL = YearMonth.of(2025, 4);
  static final YearMonth MAY = YearMonth.of(2025, 5);

  private final BillingLedger empty = BillingLedger.startingAt(MARCH, Proration.standard());
  private final WorkOrder vm1 = open("wo-1", "vm-1", VM, 1, "2025-01-01T09:00");

  static Issuance issue(BillingLedger ledger, YearMonth month, Billing billing, List<WorkOrder> orders) {
    var result = ledger.issue(month, orders, billing);
    assertThat(result.isValid()).as("%s", result).isTrue();
    return result.get();
  }

  static Issuance issue(BillingLedger ledger, YearMonth month, List<WorkOrder> orders) {
    return issue(ledger, month, billing(), orders);
  }

  private static MonthlyBill only(Issuance issuance) {
    assertThat(issuance.bills()).hasSize(1);
    return issuance.bills().get(0);
  }

  // ---------------------------------------------------------------- issuing

  @Test
  void issuingFreezesAMonthAndOpensTheNext() {
    Issuance march = issue(empty, MARCH, List.of(vm1));
    assertThat(only(march).total()).isEqualTo(yuan("1000.00"));
    assertThat(march.ledger().issuedMonths()).containsExactly(MARCH);
    assertThat(march.ledger().nextOpenMonth()).isEqualTo(APRIL);
    assertThat(march.ledger().bill(ACCOUNT, MARCH)).contains(only(march));
    assertThat(empty.issuedMonths()).isEmpty();
  }

  @Test
  void issuingAnIssuedMonthAgainGivesTheSameBillEvenWithNewOrders() {
    BillingLedger ledger = issue(empty, MARCH, List.of(vm1)).ledger();
    Issuance again = issue(ledger, MARCH, List.of(vm1, open("wo-2", "vm-2", VM, 1, "2025-03-20T09:00")));
    assertThat(again.ledger()).isSameAs(ledger);
    assertThat(again.bills()).containsExactlyElementsOf(ledger.bills(MARCH));
  }

  @Test
  void onlyTheNextOpenMonthCanBeIssued() {
    var skipped = empty.issue(MAY, List.of(vm1), billing());
    assertThat(skipped.getError()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.MONTH_NOT_OPEN);
      assertThat(v.facts()).containsEntry("month", "2025-05").containsEntry("nextOpenMonth", "2025-03");
    });
    assertThat(empty.issue(YearMonth.of(2025, 2), List.of(vm1), billing()).getError())
        .extracting(Violation::code).containsExactly(BillingViolations.MONTH_NOT_OPEN);
  }

  // ---------------------------------------------------------------- adjustments

  @Test
  void aRetroactiveConfirmationOfAnIssuedMonthBecomesAnAdjustmentInTheNextOpenMonth() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    // confirmed in April: vm-2 was configured on March 20th
    List<WorkOrder> orders = List.of(vm1, open("wo-2", "vm-2", VM, 1, "2025-03-20T09:00"));
    Issuance april = issue(afterMarch, APRIL, orders);
    MonthlyBill bill = only(april);
    assertThat(bill.lines()).extracting(l -> l.resource().value(), BillLine::amount)
        .containsExactly(tuple("vm-1", yuan("1000.00")), tuple("vm-2", yuan("1000.00")));
    // 1000 − round(1000·19/31) = 1000.00 − 612.90
    assertThat(bill.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.resource()).isEqualTo(resource("vm-2"));
      assertThat(a.correctedMonth()).isEqualTo(MARCH);
      assertThat(a.recomputed()).isEqualTo(yuan("387.10"));
      assertThat(a.issued()).isEqualTo(Money.ZERO);
      assertThat(a.previouslyAdjusted()).isEqualTo(Money.ZERO);
      assertThat(a.amount()).isEqualTo(yuan("387.10"));
      assertThat(a.recomputedLines()).extracting(BillLine::firstDay, BillLine::daysUsed).containsExactly(tuple(d("2025-03-20"), 12));
    });
    assertThat(bill.total()).isEqualTo(yuan("2387.10"));
    // March stays as issued, and May does not adjust March again
    assertThat(april.ledger().bill(ACCOUNT, MARCH)).contains(afterMarch.bill(ACCOUNT, MARCH).orElseThrow());
    assertThat(only(issue(april.ledger(), MAY, orders)).adjustments()).isEmpty();
  }

  @Test
  void aLateTerminationCreditsTheDaysNoLongerUsed() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    Issuance april = issue(afterMarch, APRIL, List.of(vm1, terminate("wo-9", "vm-1", VM, 1, "2025-03-10T18:00")));
    MonthlyBill bill = only(april);
    assertThat(bill.lines()).isEmpty();
    // round(1000·10/31) − 1000 = 322.58 − 1000.00
    assertThat(bill.adjustments()).extracting(BillAdjustment::issued, BillAdjustment::amount)
        .containsExactly(tuple(yuan("1000.00"), yuan("-677.42")));
    assertThat(bill.total()).isEqualTo(yuan("-677.42"));
  }

  @Test
  void aSecondCorrectionOfTheSameMonthAdjustsOnlyWhatIsLeft() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    WorkOrder vm2 = open("wo-2", "vm-2", VM, 1, "2025-03-20T09:00");
    BillingLedger afterApril = issue(afterMarch, APRIL, List.of(vm1, vm2)).ledger();
    // in May the department corrects vm-2's configuration time to March 25th
    WorkOrder corrected = correction("wo-2c", vm2, 1, "2025-03-25T09:00");
    MonthlyBill may = only(issue(afterApril, MAY, List.of(vm1, vm2, corrected)));
    // recomputed 1000 − round(1000·24/31) = 225.81; issued 0; already adjusted 387.10
    assertThat(may.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.correctedMonth()).isEqualTo(MARCH);
      assertThat(a.recomputed()).isEqualTo(yuan("225.81"));
      assertThat(a.previouslyAdjusted()).isEqualTo(yuan("387.10"));
      assertThat(a.amount()).isEqualTo(yuan("-161.29"));
      assertThat(a.recomputedLines()).extracting(l -> l.workOrder().value()).containsExactly("wo-2c");
    });
    assertThat(may.lines()).extracting(l -> l.workOrder().value()).containsExactly("wo-1", "wo-2c");
  }

  @Test
  void aCorrectionThatMovesTheOpeningOutOfAnIssuedMonthReversesItsCharge() {
    WorkOrder vm2 = open("wo-2", "vm-2", VM, 1, "2025-03-20T09:00");
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1, vm2)).ledger();
    WorkOrder corrected = correction("wo-2c", vm2, 1, "2025-04-05T09:00");
    MonthlyBill april = only(issue(afterMarch, APRIL, List.of(vm1, vm2, corrected)));
    assertThat(april.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.resource()).isEqualTo(resource("vm-2"));
      assertThat(a.recomputedLines()).isEmpty();
      assertThat(a.issued()).isEqualTo(yuan("387.10"));
      assertThat(a.amount()).isEqualTo(yuan("-387.10"));
    });
    // 1000 − round(1000·4/30) = 1000.00 − 133.33
    assertThat(april.lines()).extracting(l -> l.resource().value(), BillLine::amount)
        .containsExactly(tuple("vm-1", yuan("1000.00")), tuple("vm-2", yuan("866.67")));
  }

  @Test
  void aRetroactivePriceCorrectionIsAdjustedToo() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    Billing corrected = billing(ContractPrice.of(VM, yuan("900.00"), d("2025-03-01")));
    MonthlyBill april = only(issue(afterMarch, APRIL, corrected, List.of(vm1)));
    assertThat(april.adjustments()).extracting(BillAdjustment::correctedMonth, BillAdjustment::amount)
        .containsExactly(tuple(MARCH, yuan("-100.00")));
  }

  @Test
  void aRetroactiveOrderWithoutAPriceInTheIssuedMonthWithholdsItsAccountAndIssuesTheMonthForTheOthers() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    ContractId renewed = ContractId.of("contract-2025-04");
    PriceList fromApril = PriceList.of(renewed, BillingFixtures.PROVIDER, List.of(ContractPrice.of(VM, yuan("950.00"), d("2025-04-01"))));
    Billing billing = Billing.of(PriceLists.of(BillingFixtures.prices(), fromApril), BillingFixtures.catalog(), Proration.standard());
    WorkOrder late = BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-7", "vm-7", VM, BigDecimal.ONE, "2025-03-25T09:00", ACCOUNT, renewed).build();
    Issuance april = issue(afterMarch, APRIL, billing, List.of(vm1, late));
    assertThat(april.bills()).isEmpty();
    assertThat(april.withheld()).containsOnlyKeys(ACCOUNT);
    assertThat(april.withheld().get(ACCOUNT)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.PRICE_MISSING);
      assertThat(v.facts()).containsEntry("resource", "vm-7").containsEntry("item", VM).containsEntry("date", "2025-03-25")
          .containsEntry("account", ACCOUNT.toString());
    });
    assertThat(april.ledger().issuedMonths()).containsExactly(MARCH, APRIL);
    assertThat(afterMarch.issuedMonths()).containsExactly(MARCH);
  }

  // ---------------------------------------------------------------- caller bugs

  @Test
  void workOrdersMissingFromTheInputAreRefusedRatherThanReversed() {
    BillingLedger afterMarch = issue(empty, MARCH, List.of(vm1)).ledger();
    assertThatThrownBy(() -> afterMarch.issue(APRIL, List.of(), billing()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wo-1").hasMessageContaining("vm-1");
  }

  @Test
  void theBillingsPolicyMustBeTheLedgers() {
    Billing thirty = Billing.of(PriceLists.of(BillingFixtures.prices()), BillingFixtures.catalog(), Proration.thirtyDayMonth());
    assertThatThrownBy(() -> empty.issue(MARCH, List.of(vm1), thirty))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("THIRTY_DAY_MONTH");
    assertThatThrownBy(() -> empty.issue(null, List.of(vm1), billing())).isInstanceOf(NullPointerException.class).hasMessage("month");
  }

  // ---------------------------------------------------------------- restoring from a store

  @Test
  void aRestoredLedgerEqualsTheOriginalAndIssuesTheSameNextMonth() {
    WorkOrder vm2 = open("wo-2", "vm-2", VM, 1, "2025-03-20T09:00");
    BillingLedger ledger = issue(issue(empty, MARCH, List.of(vm1)).ledger(), APRIL, List.of(vm1, vm2)).ledger();
    List<MonthlyBill> saved = new ArrayList<>(ledger.bills(MARCH));
    saved.addAll(ledger.bills(APRIL));
    BillingLedger restored = BillingLedger.restore(MARCH, Proration.named("ACTUAL_DAYS"), ledger.issuedMonths(), saved);
    assertThat(restored).isEqualTo(ledger).hasSameHashCodeAs(ledger);
    List<WorkOrder> orders = List.of(vm1, vm2, terminate("wo-3", "vm-2", VM, 1, "2025-04-10T09:00"));
    assertThat(issue(restored, MAY, orders).bills()).isEqualTo(issue(ledger, MAY, orders).bills());
  }

  @Test
  void restoringInconsistentDataIsRefused() {
    BillingLedger ledger = issue(empty, MARCH, List.of(vm1)).ledger();
    assertThatThrownBy(() -> BillingLedger.restore(MARCH, Proration.standard(), List.of(MARCH, MAY), ledger.bills(MARCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-04 is missing");
    assertThatThrownBy(() -> BillingLedger.restore(MARCH, Proration.standard(), List.of(), ledger.bills(MARCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not issued");
    assertThatThrownBy(() -> BillingLedger.restore(MARCH, Proration.thirtyDayMonth(), List.of(MARCH), ledger.bills(MARCH)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACTUAL_DAYS");
    List<MonthlyBill> twice = List.of(ledger.bills(MARCH).get(0), ledger.bills(MARCH).get(0));
    assertThatThrownBy(() -> BillingLedger.restore(MARCH, Proration.standard(), List.of(MARCH), twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two bills");
  }
}
