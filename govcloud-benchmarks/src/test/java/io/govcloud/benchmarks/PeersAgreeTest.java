package io.govcloud.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Issuance;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.WorkOrder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' peers and baselines compute what govcloud computes, on small workloads: what the
 * benchmarks check before timing, kept from drifting by the test command (the benchmarks themselves are
 * not run by it).
 */
class PeersAgreeTest {

  @Test
  void thePlainLoopBillsAMonthAsGovcloudDoes() {
    CityWorkload city = CityWorkload.month(3_000);
    PlainBilling.Amounts amounts = PlainBilling.of(city).bill(CityWorkload.MONTH, city.orders(), city.resources());
    List<MonthlyBill> bills = Agreement.valid(city.billing().bills(CityWorkload.MONTH, city.orders()));
    Agreement.check("drafts", bills, amounts, city.orders());
    assertThat(amounts.resources()).isEqualTo(3_000);
    assertThat(bills).hasSizeGreaterThan(100);
  }

  @Test
  void thePlainLoopWithLinesMakesTheDraftBills() {
    CityWorkload city = CityWorkload.month(3_000);
    List<MonthlyBill> bills = Agreement.valid(city.billing().bills(CityWorkload.MONTH, city.orders()));
    assertThat(new PlainLines(city).bills(CityWorkload.MONTH, city.orders())).isEqualTo(bills);
  }

  @Test
  void agreementFailsWhenAnAmountDiffers() {
    CityWorkload city = CityWorkload.month(500);
    PlainBilling.Amounts amounts = PlainBilling.of(city).bill(CityWorkload.MONTH, city.orders(), city.resources());
    amounts.byResource[7] += 1;
    List<MonthlyBill> bills = Agreement.valid(city.billing().bills(CityWorkload.MONTH, city.orders()));
    assertThatThrownBy(() -> Agreement.check("drafts", bills, amounts, city.orders()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theLedgersLinesAgreeWithThePlainLoopEveryMonthOfTheYearAndLateOrdersAreAdjusted() {
    CityWorkload city = CityWorkload.year(3_000);
    PlainBilling plain = PlainBilling.of(city);
    BillingLedger ledger = BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard());
    int adjustments = 0;
    for (int m = 0; m < 12; m++) {
      YearMonth month = CityWorkload.JANUARY.plusMonths(m);
      List<WorkOrder> confirmed = city.confirmedWhenIssuing(month);
      Issuance issuance = Agreement.valid(ledger.issue(month, confirmed, city.billing()));
      ledger = issuance.ledger();
      Agreement.check("ledger " + month, issuance.bills(), plain.bill(month, confirmed, city.resources()), confirmed);
      adjustments += issuance.bills().stream().mapToInt(b -> b.adjustments().size()).sum();
    }
    assertThat(adjustments).isPositive();
  }

  @Test
  void thePlainScanAdaptsAsGovcloudDoes() {
    for (int categories : new int[] {20, 1}) {
      AdaptationBenchmark benchmark = new AdaptationBenchmark();
      benchmark.categories = categories;
      benchmark.agree(); // throws if any of its 256 requests is adapted differently
      assertThat(benchmark.govcloud()).isNotNull();
    }
  }

  @Test
  void objectLabDiffersOnlyByTheStartRuleAndMakeupDays() {
    WorkingDayPeers peers = new WorkingDayPeers();
    List<WorkingDayPeers.Comparison> comparisons = new ArrayList<>();
    for (int n : new int[] {1, 5, 22, 250}) {
      comparisons.add(peers.compare(n));
    }
    assertThat(comparisons).allSatisfy(c -> {
      assertThat(c.total()).isGreaterThan(2_500);
      assertThat(c.differingOffWorkTrigger()).isPositive();
      assertThat(c.differingMakeupDay()).isPositive();
      assertThat(c.differingOther()).isZero();
    });
    // every 250 working days of the official years hold a makeup day; the years counted provisionally have none
    assertThat(comparisons.subList(0, 3)).allSatisfy(c -> assertThat(c.differing()).isLessThan(c.total()));
    assertThat(comparisons.get(3).differing()).isEqualTo(comparisons.get(3).total());
    assertThat(peers.agreeingTriggers(250, 1024)).hasSize(1024).allSatisfy(t -> assertThat(peers.govcloud(t, 250)).isAfter(WorkingDayPeers.LAST));
  }

  @Test
  void theWorkingDayBenchmarkChecksItsTriggers() {
    WorkingDaysBenchmark benchmark = new WorkingDaysBenchmark();
    benchmark.n = 22;
    benchmark.agree(); // throws if the three disagree on one of its triggers
    assertThat(benchmark.govcloud()).isAfter(WorkingDayPeers.FIRST);
  }

  @Test
  void theProrationBenchmarkChecksItsPeriods() {
    ProrationBenchmark benchmark = new ProrationBenchmark();
    benchmark.draw();
    assertThat(benchmark.govcloud()).isNotNull();
  }
}
