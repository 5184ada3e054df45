package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.CONTRACT;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.PLATFORM;
import static io.govcloud.core.billing.BillingFixtures.PROVIDER;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.change;
import static io.govcloud.core.billing.BillingFixtures.correction;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.resource;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A ledger resumed from the record of its last issuance (issue 14; docs/rules.md#r4) reads back the issued
 * charges of only the resources it recomputes (changed orders, new, withheld; every one when the billing
 * changed) and issues exactly what the ledger restored from every bill issues.
 */
class LedgerResumptionTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final YearMonth MAY = YearMonth.of(2025, 5);
  private static final YearMonth JUNE = YearMonth.of(2025, 6);
  private static final Jurisdiction CITY = Jurisdiction.MUNICIPAL;

  private final WorkOrder vm1 = open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00");
  private final WorkOrder vm2 = open("wo-2", "vm-2", VM, 2, "2025-03-05T09:00");
  private final WorkOrder disk = open("wo-3", "disk-1", DISK, 100, "2025-03-10T09:00");
  /** The resources each call of a loader asked for. */
  private final List<Set<ResourceId>> asked = new ArrayList<>();

  private static List<MonthlyBill> every(BillingLedger ledger) {
    List<MonthlyBill> bills = new ArrayList<>();
    ledger.issuedMonths().forEach(month -> bills.addAll(ledger.bills(month)));
    return bills;
  }

  private static BillingLedger restored(BillingLedger ledger) {
    return BillingLedger.restore(ledger.firstMonth(), ledger.proration(), ledger.issuedMonths(), every(ledger));
  }

  /** The ledger resumed from another's record and bills, its loader recording what it is asked. */
  private BillingLedger resumed(BillingLedger ledger) {
    LedgerFingerprints record = ledger.fingerprints(CITY).orElseThrow();
    List<MonthlyBill> bills = every(ledger);
    return BillingLedger.resume(ledger.firstMonth(), ledger.proration(), ledger.issuedMonths(), record, resources -> {
      asked.add(new TreeSet<>(resources));
      List<MonthlyBill> reduced = new ArrayList<>();
      for (MonthlyBill bill : bills) {
        var lines = bill.lines().stream().filter(l -> resources.contains(l.resource())).toList();
        var adjustments = bill.adjustments().stream().filter(a -> resources.contains(a.resource())).toList();
        if (!lines.isEmpty() || !adjustments.isEmpty()) {
          reduced.add(MonthlyBill.builder().account(bill.account()).month(bill.month()).proration(bill.proration())
              .addAllLines(lines).addAllAdjustments(adjustments).build());
        }
      }
      return reduced;
    });
  }

  private static Issuance issue(BillingLedger ledger, YearMonth month, Billing billing, List<WorkOrder> orders) {
    return BillingLedgerTest.issue(ledger, month, billing, orders);
  }

  private BillingLedger marchAndApril() {
    BillingLedger march = issue(BillingLedger.startingAt(MARCH, Proration.standard()), MARCH, billing(), List.of(vm1, vm2, disk)).ledger();
    return issue(march, APRIL, billing(), List.of(vm1, vm2, disk)).ledger();
  }

  @Test
  void aResumedLedgerReadsBackOnlyTheResourcesThatChangedAndIssuesWhatTheRestoredOneIssues() {
    BillingLedger april = marchAndApril();
    // confirmed in May: vm-2 had changed to 1 unit on 16 April, a month issued
    WorkOrder late = change("wo-2b", "vm-2", VM, 1, "2025-04-16T00:00");
    List<WorkOrder> may = List.of(vm1, vm2, disk, late);
    Issuance full = issue(restored(april), MAY, billing(), may);
    Issuance resumed = issue(resumed(april), MAY, billing(), may);
    assertThat(resumed.bills()).isEqualTo(full.bills());
    assertThat(resumed.bills().get(0).adjustments()).singleElement().satisfies(a -> assertThat(a.resource()).isEqualTo(resource("vm-2")));
    assertThat(asked).containsExactly(Set.of(resource("vm-2")));
    assertThat(resumed.ledger().fingerprints(CITY)).isEqualTo(full.ledger().fingerprints(CITY));

    // the resumed ledger issues on: a correction of vm-1's opening reads back vm-1 only, once
    WorkOrder corrected = correction("wo-1c", vm1, 2, "2025-03-01T09:00");
    List<WorkOrder> june = List.of(vm1, vm2, disk, late, corrected);
    Issuance fullJune = issue(full.ledger(), JUNE, billing(), june);
    Issuance resumedJune = issue(resumed.ledger(), JUNE, billing(), june);
    assertThat(resumedJune.bills()).isEqualTo(fullJune.bills());
    assertThat(resumedJune.bills().get(0).adjustments()).extracting(a -> a.correctedMonth()).containsExactly(MARCH, APRIL, MAY);
    assertThat(asked).containsExactly(Set.of(resource("vm-2")), Set.of(resource("vm-1")));
  }

  @Test
  void nothingChangedReadsNothingBackAndANewResourceReadsBackItselfOnly() {
    BillingLedger april = marchAndApril();
    WorkOrder added = open("wo-4", "vm-4", VM, 1, "2025-05-02T09:00");
    Issuance full = issue(restored(april), MAY, billing(), List.of(vm1, vm2, disk, added));
    Issuance resumed = issue(resumed(april), MAY, billing(), List.of(vm1, vm2, disk, added));
    assertThat(resumed.bills()).isEqualTo(full.bills());
    assertThat(asked).containsExactly(Set.of(resource("vm-4")));
    asked.clear();
    Issuance again = issue(resumed(resumed.ledger()), JUNE, billing(), List.of(vm1, vm2, disk, added));
    assertThat(again.bills()).isEqualTo(issue(full.ledger(), JUNE, billing(), List.of(vm1, vm2, disk, added)).bills());
    assertThat(asked).as("no resource changed: the loader is not called").isEmpty();
  }

  @Test
  void aPriceChangeRecomputesEveryResource() {
    BillingLedger april = marchAndApril();
    // the contract's price of the VM is corrected from 10 April, a month issued
    Billing corrected = billing(ContractPrice.of(VM, yuan("900.00"), d("2025-04-10")));
    Issuance full = issue(restored(april), MAY, corrected, List.of(vm1, vm2, disk));
    Issuance resumed = issue(resumed(april), MAY, corrected, List.of(vm1, vm2, disk));
    assertThat(resumed.bills()).isEqualTo(full.bills());
    assertThat(resumed.bills().get(0).adjustments()).extracting(a -> a.resource().value()).containsExactly("vm-1", "vm-2");
    assertThat(asked).containsExactly(Set.of(resource("vm-1"), resource("vm-2"), resource("disk-1")));
  }

  @Test
  void aWithheldAccountIsReadBackWhenItIsRepairedAndAdjustedExactly() {
    BillingAccount other = BillingAccount.of(DepartmentId.of("cq-health"), PLATFORM, PROVIDER);
    WorkOrder orphan = BillingFixtures.builder(WorkOrder.Kind.CHANGE, "wo-h1", "vm-h", VM, BigDecimal.valueOf(2), "2025-03-11T09:00",
        other, CONTRACT).build();
    Issuance march = issue(BillingLedger.startingAt(MARCH, Proration.standard()), MARCH, billing(), List.of(vm1, orphan));
    assertThat(march.withheld()).containsOnlyKeys(other);
    assertThat(march.ledger().fingerprints(CITY).orElseThrow().resources()).as("the withheld resource is not recorded")
        .containsOnlyKeys(resource("vm-1"));
    Issuance aprilFull = issue(restored(march.ledger()), APRIL, billing(), List.of(vm1, orphan));
    Issuance april = issue(resumed(march.ledger()), APRIL, billing(), List.of(vm1, orphan));
    assertThat(april.bills()).isEqualTo(aprilFull.bills());
    assertThat(april.withheld()).isEqualTo(aprilFull.withheld()).containsOnlyKeys(other);
    assertThat(asked).containsExactly(Set.of(resource("vm-h")));
    assertThat(april.ledger().fingerprints(CITY)).isEqualTo(aprilFull.ledger().fingerprints(CITY));
    asked.clear();

    // the department confirms the opening it had missed: May carries March and April for the account
    WorkOrder opening = BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-h0", "vm-h", VM, BigDecimal.ONE, "2025-03-01T09:00",
        other, CONTRACT).build();
    // (a resumed ledger holds the bills of its own months only: both ledgers start from every bill)
    Issuance mayFull = issue(restored(aprilFull.ledger()), MAY, billing(), List.of(vm1, orphan, opening));
    Issuance may = issue(resumed(aprilFull.ledger()), MAY, billing(), List.of(vm1, orphan, opening));
    assertThat(may.withheld()).isEmpty();
    assertThat(may.bills()).isEqualTo(mayFull.bills());
    assertThat(may.bills()).filteredOn(b -> b.account().equals(other)).singleElement()
        .satisfies(b -> assertThat(b.adjustments()).extracting(a -> a.correctedMonth()).containsExactly(MARCH, APRIL));
    assertThat(asked).containsExactly(Set.of(resource("vm-h")));
    assertThat(may.ledger().fingerprints(CITY).orElseThrow().resources()).containsOnlyKeys(resource("vm-1"), resource("vm-h"));
  }

  @Test
  void aRecordOfAnotherMonthOrALoaderGivingOtherResourcesIsRefused() {
    BillingLedger april = marchAndApril();
    LedgerFingerprints record = april.fingerprints(CITY).orElseThrow();
    assertThatThrownBy(() -> BillingLedger.resume(MARCH, Proration.standard(), List.of(MARCH), record, r -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-04");
    assertThatThrownBy(() -> BillingLedger.resume(MARCH, Proration.standard(), List.of(MARCH, MAY), record, r -> List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consecutive");
    BillingLedger greedy = BillingLedger.resume(MARCH, Proration.standard(), april.issuedMonths(), record, r -> every(april));
    WorkOrder late = change("wo-2b", "vm-2", VM, 1, "2025-04-16T00:00");
    assertThatThrownBy(() -> greedy.issue(MAY, List.of(vm1, vm2, disk, late), billing()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not asked for");
    assertThat(BillingLedger.startingAt(MARCH, Proration.standard()).fingerprints(CITY)).isEmpty();
    assertThat(restored(april).fingerprints(CITY)).as("a restored ledger knows no record").isEmpty();
  }

  @Test
  void theFingerprintsAreOfTheOrdersContentsInAnyOrderAndOfTheBilling() {
    Fingerprints digests = new Fingerprints();
    String both = digests.ofOrders(List.of(vm1, change("wo-1b", "vm-1", VM, 2, "2025-03-20T09:00")));
    assertThat(digests.ofOrders(List.of(change("wo-1b", "vm-1", VM, 2, "2025-03-20T09:00"), open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"))))
        .isEqualTo(both).matches("[0-9a-f]{32}");
    assertThat(digests.ofOrders(List.of(vm1, change("wo-1b", "vm-1", VM, 3, "2025-03-20T09:00")))).isNotEqualTo(both);
    assertThat(digests.ofOrders(List.of(vm1, change("wo-1b", "vm-1", VM, 2, "2025-03-21T09:00")))).isNotEqualTo(both);
    assertThat(digests.ofOrders(List.of(vm1))).isNotEqualTo(both);
    assertThat(digests.ofBilling(billing())).isEqualTo(new Fingerprints().ofBilling(billing()))
        .isNotEqualTo(digests.ofBilling(billing(ContractPrice.of(VM, yuan("900.00"), d("2025-04-10")))))
        .isNotEqualTo(digests.ofBilling(Billing.of(billing().prices(), billing().catalog(), Proration.thirtyDayMonth())));
  }
}
