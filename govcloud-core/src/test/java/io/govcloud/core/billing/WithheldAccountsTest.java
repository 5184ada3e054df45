package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.CONTRACT;
import static io.govcloud.core.billing.BillingFixtures.PLATFORM;
import static io.govcloud.core.billing.BillingFixtures.PROVIDER;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.correction;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Limits;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PriceList;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A resource the ledger cannot bill blocks only its own account (docs/rules.md#r4, issues 10 and 11): the
 * month is issued for every other account, the account is left out with a violation naming the resource
 * and the account, and the next month issued once it can be billed carries what was left out.
 */
class WithheldAccountsTest {

  private static final YearMonth JANUARY = YearMonth.of(2025, 1);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final BillingAccount OTHER = BillingAccount.of(DepartmentId.of("cq-health"), PLATFORM, PROVIDER);

  private final BillingLedger empty = BillingLedger.startingAt(MARCH, Proration.standard());
  private final WorkOrder vm1 = open("wo-1", "vm-1", VM, 1, "2025-01-01T09:00");

  private static WorkOrder of(BillingAccount account, WorkOrder.Kind kind, String id, String resource, long quantity, String at) {
    return BillingFixtures.builder(kind, id, resource, VM, BigDecimal.valueOf(quantity), at, account, CONTRACT).build();
  }

  @Test
  void aWorkOrderOutOfSequenceWithholdsOnlyItsAccountUntilItIsRepairedAndTheNextMonthCarriesIt() {
    WorkOrder orphan = of(OTHER, WorkOrder.Kind.CHANGE, "wo-h1", "vm-h", 2, "2025-03-11T09:00");
    Issuance march = BillingLedgerTest.issue(empty, MARCH, List.of(vm1, orphan));
    assertThat(march.bills()).extracting(MonthlyBill::account).containsExactly(ACCOUNT);
    assertThat(march.bills().get(0).total()).isEqualTo(yuan("1000.00"));
    assertThat(march.withheld()).containsOnlyKeys(OTHER);
    assertThat(march.withheld().get(OTHER)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.WORK_ORDER_SEQUENCE);
      assertThat(v.article().number()).isEqualTo(22);
      assertThat(v.facts()).containsEntry("resource", "vm-h").containsEntry("workOrder", "wo-h1").containsEntry("account", OTHER.toString());
    });
    assertThat(march.ledger().issuedMonths()).containsExactly(MARCH);

    // the department confirms the opening it had missed: April carries March for the account left out
    WorkOrder opening = of(OTHER, WorkOrder.Kind.OPEN, "wo-h0", "vm-h", 1, "2025-03-01T09:00");
    Issuance april = BillingLedgerTest.issue(march.ledger(), APRIL, List.of(vm1, orphan, opening));
    assertThat(april.withheld()).isEmpty();
    MonthlyBill other = april.ledger().bill(OTHER, APRIL).orElseThrow();
    // March: days 1–10 at 1 unit (10/31 of 1000 = 322.58), days 11–31 at 2 units (2000 − round(2000·10/31) = 2000 − 645.16)
    assertThat(other.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.correctedMonth()).isEqualTo(MARCH);
      assertThat(a.issued()).isEqualTo(yuan("0.00"));
      assertThat(a.amount()).isEqualTo(yuan("1677.42"));
    });
    assertThat(other.lines()).extracting(BillLine::amount).containsExactly(yuan("2000.00"));
    assertThat(april.ledger().bill(ACCOUNT, APRIL).orElseThrow().adjustments()).isEmpty();
    assertThat(march.ledger().bills(MARCH)).extracting(MonthlyBill::account).containsExactly(ACCOUNT);
  }

  @Test
  void anAmountBeyondWhatTheLedgerComputesExactlyCannotBeEnteredAndTheLargestIsBilledExactly() {
    // issue 11, finding 3: the limits of input (docs/rules.md#limits) keep one resource's month within 10^14 fen
    assertThatThrownBy(() -> ContractPrice.of(VM, yuan("1000000000000000.00"), d("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest unit price");
    ContractId dear = ContractId.of("contract-dear");
    PriceList prices = PriceList.of(dear, PROVIDER, List.of(ContractPrice.of(VM, Limits.MAX_UNIT_PRICE, d("2024-01-01"))));
    Billing billing = Billing.of(PriceLists.of(BillingFixtures.prices(), prices), BillingFixtures.catalog(), Proration.standard());
    WorkOrder big = BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-big", "vm-big", VM, Limits.MAX_QUANTITY, "2025-03-01T09:00", OTHER, dear)
        .build();
    Issuance march = BillingLedgerTest.issue(empty, MARCH, billing, List.of(vm1, big));
    assertThat(march.bills()).extracting(MonthlyBill::account, MonthlyBill::total)
        .containsExactlyInAnyOrder(tuple(ACCOUNT, yuan("1000.00")), tuple(OTHER, yuan("1000000000000.00")));
    assertThat(march.withheld()).isEmpty();
  }

  @Test
  void aBillWhoseTotalLeavesTheRangeIsWithheldAndTheOthersIssued() {
    ContractId dear = ContractId.of("contract-dear");
    // at the limits a resource-month is 10^14 fen: 92,234 of them pass a long (docs/rules.md#limits)
    PriceList prices = PriceList.of(dear, PROVIDER, List.of(ContractPrice.of(VM, Limits.MAX_UNIT_PRICE, d("2024-01-01"))));
    Billing billing = Billing.of(PriceLists.of(BillingFixtures.prices(), prices), BillingFixtures.catalog(), Proration.standard());
    List<WorkOrder> orders = new ArrayList<>(List.of(vm1));
    for (int r = 0; r < 92_234; r++) {
      orders.add(BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-dear-" + r, "vm-dear-" + r, VM, Limits.MAX_QUANTITY, "2025-03-01T09:00", OTHER, dear)
          .build());
    }
    Issuance march = BillingLedgerTest.issue(empty, MARCH, billing, orders);
    assertThat(march.bills()).extracting(MonthlyBill::account).containsExactly(ACCOUNT);
    assertThat(march.withheld().get(OTHER)).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.AMOUNT_OUT_OF_RANGE);
      assertThat(v.facts()).containsEntry("account", OTHER.toString()).containsEntry("month", "2025-03");
    });
  }

  @Test
  void twoCorrectionsOfOneOrderWithholdTheirAccountAndNameTheOrders() {
    WorkOrder opened = of(OTHER, WorkOrder.Kind.OPEN, "wo-h1", "vm-h", 1, "2025-03-02T09:00");
    WorkOrder first = correction("wo-h2", opened, 2, "2025-03-02T09:00");
    WorkOrder second = correction("wo-h3", opened, 3, "2025-03-02T09:00");
    Issuance march = BillingLedgerTest.issue(empty, MARCH, List.of(vm1, opened, first, second));
    assertThat(march.bills()).extracting(MonthlyBill::account).containsExactly(ACCOUNT);
    assertThat(march.withheld().get(OTHER)).isNotEmpty().allSatisfy(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.CORRECTIONS_INCONSISTENT);
      assertThat(v.facts()).containsEntry("resource", "vm-h").containsEntry("account", OTHER.toString());
      assertThat(v.facts().get("workOrders")).contains("wo-h2", "wo-h3");
    });
  }

  @Test
  void withheldAccountsNeverChangeTheBillsOfTheOthersAndTheLedgerCatchesUpOnceRepaired() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 5))
        .checkAssert(codes -> {
          List<WorkOrder> healthy = new ArrayList<>();
          List<WorkOrder> all = new ArrayList<>();
          List<WorkOrder> repairs = new ArrayList<>();
          Set<BillingAccount> broken = new TreeSet<>();
          for (int k = 0; k < codes.size(); k++) {
            int c = codes.get(k);
            LocalDate day = LocalDate.of(2025, 1 + c % 3, 1 + (c / 3) % 28);
            long quantity = 1 + (c / 84) % 5;
            BillingAccount account = BillingAccount.of(DepartmentId.of("dept-" + k), PLATFORM, PROVIDER);
            String at = day + "T09:00";
            if ((c / 420) % 2 == 1) {
              broken.add(account);
              all.add(of(account, WorkOrder.Kind.CHANGE, "wo-c" + k, "vm-" + k, quantity + 1, at));
              repairs.add(of(account, WorkOrder.Kind.OPEN, "wo-o" + k, "vm-" + k, quantity, day.minusDays(1) + "T09:00"));
            } else {
              WorkOrder order = of(account, WorkOrder.Kind.OPEN, "wo-o" + k, "vm-" + k, quantity, at);
              healthy.add(order);
              all.add(order);
            }
          }
          BillingLedger ledger = BillingLedger.startingAt(JANUARY, Proration.standard());
          BillingLedger alone = ledger;
          for (YearMonth month = JANUARY; !month.isAfter(MARCH); month = month.plusMonths(1)) {
            Issuance issued = BillingLedgerTest.issue(ledger, month, all);
            Issuance healthyOnly = BillingLedgerTest.issue(alone, month, healthy);
            assertThat(issued.bills()).isEqualTo(healthyOnly.bills());
            assertThat(issued.withheld().keySet()).isEqualTo(broken);
            issued.withheld().forEach((account, why) -> assertThat(why).allSatisfy(v ->
                assertThat(v.facts()).containsEntry("account", account.toString()).containsKey("resource")));
            ledger = issued.ledger();
            alone = healthyOnly.ledger();
          }
          List<WorkOrder> repaired = new ArrayList<>(all);
          repaired.addAll(repairs);
          Issuance april = BillingLedgerTest.issue(ledger, APRIL, repaired);
          assertThat(april.withheld()).isEmpty();
          assertThat(charged(april.ledger())).isEqualTo(recomputed(List.of(JANUARY, YearMonth.of(2025, 2), MARCH, APRIL), repaired));
        });
  }

  /** What the ledger charged per resource and month: issued lines plus every adjustment since. */
  private static Map<String, Long> charged(BillingLedger ledger) {
    Map<String, Long> charged = new HashMap<>();
    for (YearMonth month : ledger.issuedMonths()) {
      for (MonthlyBill bill : ledger.bills(month)) {
        for (BillLine line : bill.lines()) {
          charged.merge(line.resource() + "@" + month, line.amount().toFen(), Long::sum);
        }
        for (BillAdjustment adjustment : bill.adjustments()) {
          charged.merge(adjustment.resource() + "@" + adjustment.correctedMonth(), adjustment.amount().toFen(), Long::sum);
        }
      }
    }
    charged.values().removeIf(fen -> fen == 0);
    return charged;
  }

  /** What each resource and month costs from scratch. */
  private static Map<String, Long> recomputed(List<YearMonth> months, List<WorkOrder> orders) {
    Map<String, Long> recomputed = new HashMap<>();
    for (YearMonth month : months) {
      for (MonthlyBill bill : billing().bills(month, orders).get()) {
        for (BillLine line : bill.lines()) {
          recomputed.merge(line.resource() + "@" + month, line.amount().toFen(), Long::sum);
        }
      }
    }
    recomputed.values().removeIf(fen -> fen == 0);
    return recomputed;
  }
}
