package io.govcloud.core.billing;

import static io.govcloud.core.billing.LeanBillingPropertiesTest.city;
import static io.govcloud.core.billing.LeanBillingPropertiesTest.cityBilling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incremental ledger (issue 14) issues exactly what recomputing every issued month issues: each month
 * of random cities, with the orders confirmed by the 3rd of the next month (late confirmations,
 * corrections, terminations, changes mid-month, withheld accounts), is issued on the ledger as it came
 * out of the previous issuance (which skips the resources billed in full from equal orders) and on the
 * same ledger restored from its bills (which knows no fingerprint and recomputes every resource), and the
 * two give the same bills and the same accounts withheld.
 */
class IncrementalLedgerPropertiesTest {

  private static final YearMonth JANUARY = YearMonth.of(2025, 1);

  private static List<WorkOrder> confirmedBy(List<WorkOrder> orders, YearMonth issued) {
    Instant at = issued.plusMonths(1).atDay(3).atStartOfDay(BillingFixtures.ZONE).toInstant();
    return orders.stream().filter(o -> !o.confirmedAt().isAfter(at)).toList();
  }

  private static BillingLedger restored(BillingLedger ledger) {
    List<MonthlyBill> bills = new ArrayList<>();
    ledger.issuedMonths().forEach(month -> bills.addAll(ledger.bills(month)));
    return BillingLedger.restore(ledger.firstMonth(), ledger.proration(), ledger.issuedMonths(), bills);
  }

  /** Issues seven months both ways; returns the number of adjustments issued. */
  private static int issueBothWays(long seed) {
    List<WorkOrder> all = city(seed, 10);
    Billing billing = cityBilling();
    BillingLedger ledger = BillingLedger.startingAt(JANUARY, Proration.standard());
    int adjustments = 0;
    for (int m = 0; m < 7; m++) {
      YearMonth month = JANUARY.plusMonths(m);
      List<WorkOrder> given = confirmedBy(all, month);
      Validation<List<Violation>, Issuance> full = restored(ledger).issue(month, given, billing);
      Validation<List<Violation>, Issuance> incremental = ledger.issue(month, given, billing);
      assertThat(incremental.isValid()).isEqualTo(full.isValid());
      assertThat(incremental.get().bills()).as("%s of seed %s", month, seed).isEqualTo(full.get().bills());
      assertThat(incremental.get().withheld()).isEqualTo(full.get().withheld());
      assertThat(incremental.get().ledger()).isEqualTo(full.get().ledger());
      adjustments += incremental.get().bills().stream().mapToInt(b -> b.adjustments().size()).sum();
      ledger = incremental.get().ledger();
    }
    return adjustments;
  }

  @Test
  void theIncrementalLedgerIssuesWhatRecomputingEveryMonthIssues() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(IncrementalLedgerPropertiesTest::issueBothWays);
  }

  @Test
  void theRandomCitiesHaveLateConfirmationsToAdjust() {
    int adjustments = 0;
    for (long seed = 0; seed < 60; seed++) {
      adjustments += issueBothWays(seed);
    }
    assertThat(adjustments).isGreaterThan(30);
  }
}
