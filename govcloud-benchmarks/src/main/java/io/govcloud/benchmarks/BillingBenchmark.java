package io.govcloud.benchmarks;

import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Issuance;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Violation;
import io.vavr.control.Validation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Billing a city's month (Art. 30, docs/rules.md#r4), {@link CityWorkload#month(int)}: the draft bills ({@code
 * Billing.bills}) and issuing the first month of a ledger ({@code BillingLedger.issue}) against {@link
 * PlainBilling}'s loop over the same orders; the three agree on every account's and every resource's
 * amount before timing (each fork checks the one it times against the plain loop; the plain loop's fork
 * checks it against the draft bills, so that it runs where issuing a million resources does not fit the
 * heap). One call is one whole month; the fork's heap is limited to 1 GiB. {@link PlainLines}, the plain loop
 * building the same lines and bills as the draft bills (checked equal before timing), shows what making
 * the result costs by itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class BillingBenchmark {

  /** The number of resources billed. */
  @Param({"100000", "1000000"})
  public int resources;

  private CityWorkload city;
  private PlainBilling plain;
  private PlainLines plainLines;

  /**
   * Generates the city and checks that the computation timed in this fork agrees with the other ones.
   *
   * @param params the benchmark of this fork
   */
  @Setup
  public void agree(BenchmarkParams params) {
    city = CityWorkload.month(resources);
    plain = PlainBilling.of(city);
    PlainBilling.Amounts amounts = plain.bill(CityWorkload.MONTH, city.orders(), city.resources());
    String timed = params.getBenchmark();
    if (!timed.endsWith(".issueFirstMonth")) {
      List<MonthlyBill> drafts = Agreement.valid(city.billing().bills(CityWorkload.MONTH, city.orders()));
      Agreement.check("draft bills", drafts, amounts, city.orders());
      if (timed.endsWith(".plainLoopWithLines")) {
        plainLines = new PlainLines(city);
        if (!plainLines.bills(CityWorkload.MONTH, city.orders()).equals(drafts)) {
          throw new IllegalStateException("the plain loop's lines and bills differ from the draft bills");
        }
      }
    }
    if (timed.endsWith(".issueFirstMonth")) {
      List<MonthlyBill> issued = Agreement.valid(issueFirstMonth()).bills();
      Agreement.check("issued bills", issued, amounts, city.orders());
    }
  }

  /** @return the draft bills of the month */
  @Benchmark
  public Validation<List<Violation>, List<MonthlyBill>> bills() {
    return city.billing().bills(CityWorkload.MONTH, city.orders());
  }

  /** @return the first month of a new ledger, issued */
  @Benchmark
  public Validation<List<Violation>, Issuance> issueFirstMonth() {
    return BillingLedger.startingAt(CityWorkload.MONTH, Proration.standard()).issue(CityWorkload.MONTH, city.orders(), city.billing());
  }

  /** @return the plain loop's bills: the same lines and bills as the draft bills, built without checks of the input */
  @Benchmark
  public List<MonthlyBill> plainLoopWithLines() {
    return plainLines.bills(CityWorkload.MONTH, city.orders());
  }

  /** @return the plain loop's amounts */
  @Benchmark
  public PlainBilling.Amounts plainLoop() {
    return plain.bill(CityWorkload.MONTH, city.orders(), city.resources());
  }
}
