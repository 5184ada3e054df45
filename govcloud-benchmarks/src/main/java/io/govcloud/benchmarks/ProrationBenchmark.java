package io.govcloud.benchmarks;

import io.govcloud.core.billing.Proration;
import io.govcloud.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
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

/**
 * {@link Proration#charge} (Art. 30, docs/rules.md#r4) against the same cumulative half-up rule in plain
 * {@code long} fen arithmetic, without checks, on 1,024 random periods of 2024 and 2025 (within a month,
 * or clipped by it) at monthly amounts up to 10,000,000.00; the two agree on every one before timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ProrationBenchmark {

  private static final int CASES = 1024;

  private final Proration proration = Proration.standard();
  private Money[] amounts;
  private YearMonth[] months;
  private LocalDate[] firsts;
  private LocalDate[] lasts;
  private int next;

  /** Draws the periods and checks that both computations agree on each. */
  @Setup
  public void draw() {
    SplittableRandom random = new SplittableRandom(14);
    amounts = new Money[CASES];
    months = new YearMonth[CASES];
    firsts = new LocalDate[CASES];
    lasts = new LocalDate[CASES];
    for (int i = 0; i < CASES; i++) {
      YearMonth month = YearMonth.of(2024 + random.nextInt(2), 1 + random.nextInt(12));
      LocalDate first = month.atDay(1).plusDays(random.nextInt(-20, month.lengthOfMonth()));
      LocalDate last = first.plusDays(random.nextInt(0, 50));
      if (last.isBefore(month.atDay(1))) {
        last = month.atDay(1);
      }
      amounts[i] = Money.ofFen(random.nextLong(1, 1_000_000_000L));
      months[i] = month;
      firsts[i] = first;
      lasts[i] = last;
      long ours = proration.charge(amounts[i], month, first, last).toFen();
      long plain = plain(amounts[i], month, first, last);
      if (ours != plain) {
        throw new IllegalStateException("proration gives " + ours + " fen, plain arithmetic " + plain + " for " + first + ".." + last);
      }
    }
  }

  /** The rule in plain long arithmetic, for a period that overlaps the month: F(k) = (2·P·k + N) div 2N, charge = F(through) − F(before). */
  static long plain(Money amount, YearMonth month, LocalDate first, LocalDate last) {
    long fen = amount.toFen();
    int days = month.lengthOfMonth();
    int year = month.getYear();
    int monthValue = month.getMonthValue();
    boolean startsBefore = first.getYear() < year || (first.getYear() == year && first.getMonthValue() < monthValue);
    boolean endsAfter = last.getYear() > year || (last.getYear() == year && last.getMonthValue() > monthValue);
    int before = startsBefore ? 0 : first.getDayOfMonth() - 1;
    int through = endsAfter ? days : last.getDayOfMonth();
    return (2 * fen * through + days) / (2L * days) - (2 * fen * before + days) / (2L * days);
  }

  private int index() {
    next = (next + 1) & (CASES - 1);
    return next;
  }

  /** @return govcloud's charge */
  @Benchmark
  public Money govcloud() {
    int i = index();
    return proration.charge(amounts[i], months[i], firsts[i], lasts[i]);
  }

  /** @return the plain computation's charge in fen */
  @Benchmark
  public long plainLong() {
    int i = index();
    return plain(amounts[i], months[i], firsts[i], lasts[i]);
  }
}
