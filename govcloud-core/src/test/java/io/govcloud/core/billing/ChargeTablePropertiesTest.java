package io.govcloud.core.billing;

import static io.govcloud.core.billing.LeanBillingPropertiesTest.city;
import static io.govcloud.core.billing.LeanBillingPropertiesTest.cityBilling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The issued charges kept in arrays (issue 14, {@link ChargeTable}) are what a straightforward map of
 * lists per resource gives from the same bills: for random cities issued month by month (late
 * confirmations, so adjustments), every resource's entries (month, account, fen issued and adjusted, in
 * their order) and work orders, whether the bills are added month by month, all at once, or shuffled,
 * and whether their resources are sorted by comparison or counted into the order of those walked.
 */
class ChargeTablePropertiesTest {

  private static final YearMonth JANUARY = YearMonth.of(2025, 1);

  /** The bills of each month of a random city issued for a few months. */
  private static List<List<MonthlyBill>> issuedMonths(long seed, int months) {
    List<WorkOrder> all = city(seed, 12);
    Billing billing = cityBilling();
    BillingLedger ledger = BillingLedger.startingAt(JANUARY, Proration.standard());
    List<List<MonthlyBill>> issued = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      YearMonth month = JANUARY.plusMonths(m);
      Instant at = month.plusMonths(1).atDay(3).atStartOfDay(BillingFixtures.ZONE).toInstant();
      Issuance issuance = ledger.issue(month, all.stream().filter(o -> !o.confirmedAt().isAfter(at)).toList(), billing).get();
      issued.add(issuance.bills());
      ledger = issuance.ledger();
    }
    return issued;
  }

  /** The reference: each resource's entries and orders in lists, added to as each line and adjustment comes. */
  private static final class Reference {
    final Map<ResourceId, List<ResourceCharges.Entry>> entries = new TreeMap<>();
    final Map<ResourceId, List<WorkOrderId>> orders = new TreeMap<>();

    void add(MonthlyBill bill) {
      for (BillLine line : bill.lines()) {
        add(line.resource(), bill.month(), bill.account(), line.amount().toFen(), 0);
        order(line.resource(), line.workOrder());
      }
      for (BillAdjustment adjustment : bill.adjustments()) {
        add(adjustment.resource(), adjustment.correctedMonth(), bill.account(), 0, adjustment.amount().toFen());
        adjustment.recomputedLines().forEach(line -> order(adjustment.resource(), line.workOrder()));
      }
    }

    private void add(ResourceId resource, YearMonth month, BillingAccount account, long issued, long adjusted) {
      List<ResourceCharges.Entry> list = entries.computeIfAbsent(resource, r -> new ArrayList<>());
      orders.computeIfAbsent(resource, r -> new ArrayList<>());
      for (int i = 0; i < list.size(); i++) {
        ResourceCharges.Entry entry = list.get(i);
        if (entry.month().equals(month) && entry.account().equals(account)) {
          list.set(i, new ResourceCharges.Entry(month, account, entry.issuedFen() + issued, entry.adjustedFen() + adjusted));
          return;
        }
      }
      int at = 0; // after every entry of the same or an earlier month
      while (at < list.size() && !list.get(at).month().isAfter(month)) {
        at++;
      }
      list.add(at, new ResourceCharges.Entry(month, account, issued, adjusted));
    }

    private void order(ResourceId resource, WorkOrderId order) {
      List<WorkOrderId> list = orders.computeIfAbsent(resource, r -> new ArrayList<>());
      if (!list.contains(order)) {
        list.add(order);
      }
    }
  }

  private static void assertSame(IssuedCharges charges, Reference reference) {
    assertThat(new ArrayList<>(charges.resources())).isEqualTo(new ArrayList<>(reference.entries.keySet()));
    reference.entries.forEach((resource, entries) -> {
      ResourceCharges of = charges.of(resource);
      List<ResourceCharges.Entry> actual = new ArrayList<>();
      for (int i = 0; i < of.size(); i++) {
        actual.add(of.entry(i));
      }
      assertThat(actual).as("%s", resource).isEqualTo(entries);
      assertThat(of.orders()).as("%s", resource).isEqualTo(reference.orders.get(resource));
    });
    assertThat(charges.of(ResourceId.of("never-charged"))).isNull();
  }

  @Test
  void theArraysHoldWhatListsPerResourceHold() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, months) -> {
      List<List<MonthlyBill>> issued = issuedMonths(seed, months);
      Reference reference = new Reference();
      IssuedCharges monthByMonth = IssuedCharges.NONE;
      List<MonthlyBill> all = new ArrayList<>();
      for (List<MonthlyBill> bills : issued) {
        bills.forEach(reference::add);
        monthByMonth = monthByMonth.plus(bills);
        all.addAll(bills);
      }
      assertSame(monthByMonth, reference);
      assertSame(IssuedCharges.NONE.plus(all), reference);
      // with the resources an issuance walked (a superset, sorted): counted in order, not compared
      List<ResourceId> walked = new ArrayList<>(reference.entries.keySet());
      walked.add(ResourceId.of("zz-walked-but-not-charged"));
      assertSame(IssuedCharges.NONE.plus(issued.get(0)).plus(all.subList(issued.get(0).size(), all.size()), walked), reference);
      assertSame(IssuedCharges.NONE.plus(all, walked), reference);
      // a list that misses a resource charged is not used
      assertSame(IssuedCharges.NONE.plus(all, walked.subList(1, walked.size())), reference);
      Collections.shuffle(all, new Random(seed));
      Reference shuffled = new Reference();
      all.forEach(shuffled::add);
      assertSame(IssuedCharges.NONE.plus(all), shuffled);
    });
  }

  @Test
  void aResourceMovedToAnotherAccountMidMonthHasTwoEntriesOfTheMonthInTheOrderCharged() {
    BillingAccount other = BillingAccount.of(DepartmentId.of("cq-health"), BillingFixtures.PLATFORM, BillingFixtures.PROVIDER);
    List<WorkOrder> orders = List.of(
        BillingFixtures.open("wo-1", "vm-1", BillingFixtures.VM, 2, "2025-01-05T10:00"),
        BillingFixtures.builder(WorkOrder.Kind.CHANGE, "wo-2", "vm-1", BillingFixtures.VM, BigDecimal.ONE, "2025-01-20T10:00",
            other, BillingFixtures.CONTRACT).build(),
        BillingFixtures.open("wo-3", "vm-0", BillingFixtures.VM, 1, "2025-02-03T10:00"));
    Billing billing = BillingFixtures.billing();
    Issuance january = BillingLedger.startingAt(JANUARY, Proration.standard()).issue(JANUARY, orders, billing).get();
    Issuance february = january.ledger().issue(JANUARY.plusMonths(1), orders, billing).get();
    List<MonthlyBill> all = new ArrayList<>(february.bills());
    all.addAll(january.bills());
    Reference reference = new Reference();
    all.forEach(reference::add);
    assertThat(reference.entries.get(ResourceId.of("vm-1"))).hasSize(3);
    assertSame(IssuedCharges.NONE.plus(all), reference);
    assertSame(IssuedCharges.NONE.plus(all, List.of(ResourceId.of("vm-0"), ResourceId.of("vm-1"))), reference);
  }

  @Test
  void theRandomCitiesHaveAdjustmentsToKeep() {
    int adjustments = 0;
    for (long seed = 0; seed < 20; seed++) {
      adjustments += issuedMonths(seed, 6).stream().flatMap(List::stream).mapToInt(bill -> bill.adjustments().size()).sum();
    }
    assertThat(adjustments).isGreaterThan(10);
  }
}
