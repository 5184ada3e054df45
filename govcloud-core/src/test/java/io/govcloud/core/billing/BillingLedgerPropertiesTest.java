package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.correction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.WorkOrder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of issuing: idempotence, and adjustments that make every month right exactly once. */
class BillingLedgerPropertiesTest {

  private static final YearMonth JANUARY = YearMonth.of(2025, 1);

  private static BillingLedger issueThrough(BillingLedger ledger, YearMonth last, List<WorkOrder> orders) {
    BillingLedger current = ledger;
    for (YearMonth month = current.nextOpenMonth(); !month.isAfter(last); month = month.plusMonths(1)) {
      current = BillingLedgerTest.issue(current, month, orders).ledger();
    }
    return current;
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

  /** What each resource and month costs from scratch, by draft bills of the final orders. */
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

  @Test
  void reissuingAnyIssuedMonthIsIdempotent() {
    qt().withExamples(300).forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 4),
            integers().between(1, 6))
        .checkAssert((codes, laterCodes, monthValue) -> {
          List<WorkOrder> orders = Scenarios.resources(codes);
          BillingLedger ledger = issueThrough(BillingLedger.startingAt(JANUARY, Proration.standard()), YearMonth.of(2025, 6), orders);
          YearMonth month = YearMonth.of(2025, monthValue);
          List<MonthlyBill> issued = ledger.bills(month);
          List<WorkOrder> more = new ArrayList<>(orders);
          for (int i = 0; i < laterCodes.size(); i++) {
            more.addAll(Scenarios.resource(100 + i, laterCodes.get(i)));
          }
          Issuance again = BillingLedgerTest.issue(ledger, month, more);
          assertThat(again.bills()).isEqualTo(issued);
          assertThat(again.ledger()).isSameAs(ledger);
          // and issuing from the same ledger and orders twice gives equal results
          assertThat(BillingLedgerTest.issue(ledger, YearMonth.of(2025, 7), more))
              .isEqualTo(BillingLedgerTest.issue(ledger, YearMonth.of(2025, 7), more));
        });
  }

  @Test
  void lateOrdersAreAdjustedSoEveryMonthEndsRightAndNeverTwice() {
    qt().withExamples(300).forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 4),
            integers().between(0, 6))
        .checkAssert((codes, laterCodes, shift) -> {
          List<WorkOrder> orders = Scenarios.resources(codes);
          BillingLedger ledger = issueThrough(BillingLedger.startingAt(JANUARY, Proration.standard()), YearMonth.of(2025, 5), orders);
          // later: new resources confirmed retroactively, and r0's opening corrected to a few days earlier
          List<WorkOrder> later = new ArrayList<>(orders);
          for (int i = 0; i < laterCodes.size(); i++) {
            later.addAll(Scenarios.resource(100 + i, laterCodes.get(i)));
          }
          WorkOrder r0Open = orders.get(0);
          later.add(correction("r0-open-c", r0Open, r0Open.quantity().longValueExact(),
              r0Open.serviceDate().minusDays(shift) + "T09:00"));
          BillingLedger adjusted = issueThrough(ledger, YearMonth.of(2025, 6), later);
          assertThat(charged(adjusted)).isEqualTo(recomputed(adjusted.issuedMonths(), later));
          // a further month adds no adjustment: nothing is adjusted twice
          Issuance july = BillingLedgerTest.issue(adjusted, YearMonth.of(2025, 7), later);
          assertThat(july.bills()).allSatisfy(bill -> assertThat(bill.adjustments()).isEmpty());
        });
  }

  @Test
  void everyIssuedBillsTotalIsItsLinesPlusItsAdjustments() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 4))
        .checkAssert((codes, laterCodes) -> {
          List<WorkOrder> orders = Scenarios.resources(codes);
          BillingLedger ledger = issueThrough(BillingLedger.startingAt(JANUARY, Proration.standard()), YearMonth.of(2025, 3), orders);
          List<WorkOrder> later = new ArrayList<>(orders);
          for (int i = 0; i < laterCodes.size(); i++) {
            later.addAll(Scenarios.resource(100 + i, laterCodes.get(i)));
          }
          for (MonthlyBill bill : BillingLedgerTest.issue(ledger, YearMonth.of(2025, 4), later).bills()) {
            long lines = bill.lines().stream().mapToLong(l -> l.amount().toFen()).sum();
            long adjustments = bill.adjustments().stream().mapToLong(a -> a.amount().toFen()).sum();
            assertThat(bill.total().toFen()).isEqualTo(lines + adjustments);
          }
        });
  }
}
