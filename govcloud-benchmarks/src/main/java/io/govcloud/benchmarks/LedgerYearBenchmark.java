package io.govcloud.benchmarks;

import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Issuance;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Validation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A year of 100,000 resources issued month by month (Art. 30, 31, docs/rules.md#r4), {@link
 * CityWorkload#year(int)}, each month with the orders confirmed by the 3rd of the next: the ledger's year
 * against the same months billed one by one as drafts (no ledger, no adjustments) and against {@link
 * PlainBilling}'s loop; and issuing December on a ledger with eleven months issued against issuing
 * January on a new one. Before timing, each fork checks that what it times agrees with the plain loop,
 * account by account and resource by resource.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class LedgerYearBenchmark {

  static final int RESOURCES = 100_000;
  private static final YearMonth DECEMBER = CityWorkload.JANUARY.plusMonths(11);

  private CityWorkload city;
  private PlainBilling plain;
  private final List<List<WorkOrder>> confirmed = new ArrayList<>();

  /**
   * Generates the year and checks that the computation timed in this fork agrees with the plain loop,
   * month by month and account by account (the issued months' lines; their adjustments come on top).
   *
   * @param params the benchmark of this fork
   */
  @Setup
  public void agree(BenchmarkParams params) {
    city = CityWorkload.year(RESOURCES);
    plain = PlainBilling.of(city);
    for (int m = 0; m < 12; m++) {
      confirmed.add(city.confirmedWhenIssuing(CityWorkload.JANUARY.plusMonths(m)));
    }
    String timed = params.getBenchmark();
    if (timed.endsWith(".issueYear")) {
      BillingLedger ledger = BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard());
      int adjusted = 0;
      for (int m = 0; m < 12; m++) {
        Issuance issuance = Agreement.valid(ledger.issue(CityWorkload.JANUARY.plusMonths(m), confirmed.get(m), city.billing()));
        ledger = issuance.ledger();
        check("the ledger's", m, issuance.bills());
        adjusted += issuance.bills().stream().mapToInt(b -> b.adjustments().size()).sum();
      }
      if (adjusted == 0) {
        throw new IllegalStateException("the year has no adjustment: the workload is not representative");
      }
    } else if (timed.endsWith(".issueFirstMonth")) {
      check("the first month's", 0, Agreement.valid(issueFirstMonth()).bills());
    } else if (!timed.endsWith(".issueTwelfthMonth")) {
      for (int m = 0; m < 12; m++) {
        check("the drafts of", m, Agreement.valid(city.billing().bills(CityWorkload.JANUARY.plusMonths(m), confirmed.get(m))));
      }
    }
  }

  void check(String what, int m, List<MonthlyBill> bills) {
    YearMonth month = CityWorkload.JANUARY.plusMonths(m);
    Agreement.check(what + " " + month, bills, plain.bill(month, confirmed.get(m), city.resources()), confirmed.get(m));
  }

  /** @return the ledger with the twelve months issued */
  @Benchmark
  public BillingLedger issueYear() {
    BillingLedger ledger = BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard());
    for (int m = 0; m < 12; m++) {
      ledger = ledger.issue(CityWorkload.JANUARY.plusMonths(m), confirmed.get(m), city.billing()).get().ledger();
    }
    return ledger;
  }

  /** @return the twelve months' draft bills */
  @Benchmark
  public List<List<MonthlyBill>> billMonthsOneByOne() {
    List<List<MonthlyBill>> months = new ArrayList<>(12);
    for (int m = 0; m < 12; m++) {
      months.add(city.billing().bills(CityWorkload.JANUARY.plusMonths(m), confirmed.get(m)).get());
    }
    return months;
  }

  /** @return the plain loop's amounts of the twelve months */
  @Benchmark
  public List<PlainBilling.Amounts> plainLoopMonths() {
    List<PlainBilling.Amounts> months = new ArrayList<>(12);
    for (int m = 0; m < 12; m++) {
      months.add(plain.bill(CityWorkload.JANUARY.plusMonths(m), confirmed.get(m), city.resources()));
    }
    return months;
  }

  /** @return January issued on a new ledger */
  @Benchmark
  public Validation<List<Violation>, Issuance> issueFirstMonth() {
    return BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard())
        .issue(CityWorkload.JANUARY, confirmed.get(0), city.billing());
  }

  /**
   * @param eleven the ledger with January to November issued
   * @return December issued
   */
  @Benchmark
  public Validation<List<Violation>, Issuance> issueTwelfthMonth(ElevenMonths eleven) {
    return eleven.ledger.issue(DECEMBER, confirmed.get(11), city.billing());
  }

  /** A ledger with January to November issued, built once per fork that needs it. */
  @State(Scope.Benchmark)
  public static class ElevenMonths {
    BillingLedger ledger;

    /**
     * Issues January to November.
     *
     * @param year the year's workload, set up first
     */
    @Setup
    public void issue(LedgerYearBenchmark year) {
      ledger = BillingLedger.startingAt(CityWorkload.JANUARY, Proration.standard());
      for (int m = 0; m < 11; m++) {
        ledger = ledger.issue(CityWorkload.JANUARY.plusMonths(m), year.confirmed.get(m), year.city.billing()).get().ledger();
      }
      year.check("December on eleven issued months:", 11,
          Agreement.valid(ledger.issue(DECEMBER, year.confirmed.get(11), year.city.billing())).bills());
    }
  }
}
