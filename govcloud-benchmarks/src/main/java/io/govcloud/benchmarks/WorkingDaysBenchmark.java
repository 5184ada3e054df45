package io.govcloud.benchmarks;

import java.time.LocalDate;
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

/**
 * {@code addWorkingDays} (rule R1, docs/rules.md#r1) against ObjectLab Kit's {@code moveByBusinessDays} and a
 * day-by-day loop, on 1,024 triggers spread over 2019 to 2040 on which all three agree (checked before
 * timing; see {@link WorkingDayPeers}); each call takes the next trigger.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WorkingDaysBenchmark {

  private static final int TRIGGERS = 1024;

  /** The number of working days added. */
  @Param({"1", "5", "22", "250"})
  public int n;

  private WorkingDayPeers peers;
  private LocalDate[] triggers;
  private int next;

  /** Chooses triggers on which the three agree, and checks that they do. */
  @Setup
  public void agree() {
    peers = new WorkingDayPeers();
    List<LocalDate> agreeing = peers.agreeingTriggers(n, TRIGGERS);
    if (agreeing.size() != TRIGGERS) {
      throw new IllegalStateException("only " + agreeing.size() + " triggers agree for n = " + n);
    }
    triggers = agreeing.toArray(new LocalDate[0]);
    for (LocalDate trigger : triggers) {
      LocalDate ours = peers.govcloud(trigger, n);
      if (!ours.equals(peers.objectLab(trigger, n)) || !ours.equals(peers.dayByDay(trigger, n))) {
        throw new IllegalStateException("the peers disagree on " + trigger + " + " + n);
      }
    }
  }

  private LocalDate trigger() {
    next = (next + 1) & (TRIGGERS - 1);
    return triggers[next];
  }

  /** @return govcloud's answer */
  @Benchmark
  public LocalDate govcloud() {
    return peers.govcloud(trigger(), n);
  }

  /** @return ObjectLab Kit's answer */
  @Benchmark
  public LocalDate objectLab() {
    return peers.objectLab(trigger(), n);
  }

  /** @return the day-by-day loop's answer */
  @Benchmark
  public LocalDate dayByDayLoop() {
    return peers.dayByDay(trigger(), n);
  }
}
