package io.govcloud.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs govcloud's benchmarks with their peers through JMH and prints one table: for each figure, govcloud's
 * time, the peer's or baseline's in the same run, and their ratio (govcloud ÷ peer: below 1, govcloud is
 * faster), with the memory each allocates per operation; then how often ObjectLab Kit's working days differ
 * from the official calendar's (rule R1, docs/rules.md#r1). See the README, "Performance".
 *
 * <p>Arguments: an optional regular expression of the benchmarks to run (JMH's include), all by default;
 * then {@code restored} to time {@link StoreIssueBenchmark} on ledgers restored from every bill too.
 * The PostgreSQL benchmark runs when {@code GOVCLOUD_TEST_PG_URL} is set.
 */
public final class BenchmarkTable {

  /** A figure of the table: govcloud's method and the peer's in one benchmark class. */
  record Row(String benchmark, String ours, String theirs, String what, String peer) {}

  static final List<Row> ROWS = List.of(
      new Row("WorkingDaysBenchmark", "govcloud", "objectLab", "addWorkingDays", "ObjectLab Kit moveByBusinessDays"),
      new Row("WorkingDaysBenchmark", "govcloud", "dayByDayLoop", "addWorkingDays", "day-by-day loop"),
      new Row("ProrationBenchmark", "govcloud", "plainLong", "Proration.charge", "plain long fen arithmetic"),
      new Row("AdaptationBenchmark", "govcloud", "plainScan", "CatalogAdapter.adapt, 1,000 items", "scan of long arrays"),
      new Row("BillingBenchmark", "bills", "plainLoop", "Billing.bills, one month", "plain loop"),
      new Row("BillingBenchmark", "bills", "plainLoopWithLines", "Billing.bills, one month",
          "plain loop building the same lines and bills"),
      new Row("BillingBenchmark", "issueFirstMonth", "plainLoop", "BillingLedger.issue, first month", "plain loop"),
      new Row("LedgerYearBenchmark", "issueYear", "billMonthsOneByOne", "a year issued month by month, 100,000 resources",
          "the months' drafts one by one"),
      new Row("LedgerYearBenchmark", "issueYear", "plainLoopMonths", "a year issued month by month, 100,000 resources",
          "plain loop, 12 months"),
      new Row("LedgerYearBenchmark", "issueTwelfthMonth", "issueFirstMonth", "issuing December after 11 months",
          "issuing January on a new ledger"),
      new Row("StoreIssueBenchmark", "issueDecember", "issueJanuary", "issuing December after 11 months through GovCloud, 20,000 resources",
          "issuing January on a new store"),
      new Row("StoreWriteBenchmark", "jdbcStore", "rawBatches", "a month's 100,000 bill lines through JdbcStore",
          "raw batched JDBC"));

  private BenchmarkTable() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args an optional regular expression of the benchmarks to run, and {@code restored} to time
   *     issuing through a store on a ledger restored from every bill too
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    String include = args.length > 0 && !args[0].isBlank() ? args[0] : BenchmarkTable.class.getPackageName() + ".*";
    ChainedOptionsBuilder options = new OptionsBuilder().include(include).addProfiler(GCProfiler.class);
    boolean postgres = System.getenv(StoreWriteBenchmark.PG_URL) != null;
    options.param("database", postgres ? new String[] {"h2", "postgresql"} : new String[] {"h2"});
    // issuing through a store on a ledger restored from every bill (before issue 14) only when asked
    boolean restored = args.length > 1 && "restored".equals(args[1]);
    options.param("ledger", restored ? new String[] {"resumed", "restored"} : new String[] {"resumed"});
    long started = System.nanoTime();
    Collection<RunResult> results = new Runner(options.build()).run();
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.println();
    System.out.println(header(seconds, postgres));
    System.out.println(table(results));
    if (include.contains("WorkingDays") || include.endsWith(".*")) {
      WorkingDayPeers peers = new WorkingDayPeers();
      System.out.println("How often ObjectLab Kit differs from the official calendar, on every trigger from "
          + WorkingDayPeers.FIRST + " whose answer is on or before " + WorkingDayPeers.LAST + ":");
      for (int n : new int[] {1, 5, 22, 250}) {
        System.out.println("- " + peers.compare(n));
      }
    }
  }

  private static String header(long seconds, boolean postgres) {
    String cpu = "unknown CPU";
    String load = "unknown";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
      load = Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      // not Linux: the table goes without these
    }
    return String.format(Locale.ROOT,
        "govcloud benchmarks, %s, %d cores (%s), Java %s, load average %s; JMH fork 1, %d s in all%s",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"), load, seconds,
        postgres ? "" : "; PostgreSQL not run (GOVCLOUD_TEST_PG_URL not set)");
  }

  /** The table of the rows whose two benchmarks both ran, one line per parameter set. */
  static String table(Collection<RunResult> results) {
    Map<String, RunResult> byKey = new LinkedHashMap<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      byKey.put(key(params.getBenchmark(), parameters(params)), result);
    }
    StringBuilder out = new StringBuilder();
    out.append("| figure | parameters | govcloud | peer or baseline | peer | govcloud ÷ peer | allocated per op, govcloud / peer |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Row row : ROWS) {
      for (RunResult ours : results) {
        BenchmarkParams params = ours.getParams();
        String prefix = BenchmarkTable.class.getPackageName() + "." + row.benchmark() + ".";
        if (!params.getBenchmark().equals(prefix + row.ours())) {
          continue;
        }
        String parameters = parameters(params);
        RunResult theirs = byKey.get(key(prefix + row.theirs(), parameters));
        if (theirs == null) {
          continue;
        }
        Result<?> a = ours.getPrimaryResult();
        Result<?> b = theirs.getPrimaryResult();
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s / %s |%n",
            row.what(), parameters.isEmpty() ? "" : parameters, score(a), row.peer(), score(b),
            String.format(Locale.ROOT, "%.2f", a.getScore() / b.getScore()), allocated(ours), allocated(theirs)));
      }
    }
    return out.toString();
  }

  private static String key(String benchmark, String parameters) {
    return benchmark + "|" + parameters;
  }

  private static String parameters(BenchmarkParams params) {
    Map<String, String> sorted = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      sorted.put(key, params.getParam(key));
    }
    List<String> parts = new ArrayList<>();
    sorted.forEach((k, v) -> parts.add(k + " = " + v));
    return String.join(", ", parts);
  }

  private static String score(Result<?> result) {
    double score = result.getScore();
    double error = result.getScoreError();
    String unit = result.getScoreUnit().replace("/op", "");
    String format = score >= 100 ? "%.0f" : score >= 10 ? "%.1f" : "%.2f";
    String value = String.format(Locale.ROOT, format, score);
    return Double.isNaN(error) ? value + " " + unit
        : value + " ± " + String.format(Locale.ROOT, format, error) + " " + unit;
  }

  private static String allocated(RunResult result) {
    for (String label : result.getSecondaryResults().keySet()) {
      if (label.endsWith("gc.alloc.rate.norm")) {
        Result<?> allocation = result.getSecondaryResults().get(label);
        return bytes(allocation.getScore());
      }
    }
    return "?";
  }

  private static String bytes(double bytes) {
    if (bytes >= 1e9) {
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
    if (bytes >= 1e6) {
      return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
    if (bytes >= 1e3) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
