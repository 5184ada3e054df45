package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.NotificationId;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads at once (a conflict is an error, never a lost update): threads incrementing a counter
 * with retry on conflict lose no increment; units that write disjoint aggregates never conflict; of
 * concurrent inserts of one id exactly one wins; a transfer between two aggregates keeps their sum; audit
 * sequences stay unique and increasing, and a reader following the trail misses none; notifications
 * committed while others dispatch are each delivered once.
 *
 * <p>The timeout is a watchdog against a store that deadlocks, not a speed requirement.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
public abstract class ConcurrencyContract extends StoreContractSupport {

  /** For subclasses. */
  protected ConcurrencyContract() {}

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  /** A contract whose trial days (one more than the count, as they must be positive) are the counter of these tests. */
  private static Contract counter(String id, int count) {
    return Samples.contract(ContractId.of(id), DepartmentId.of("dept-1"), ProviderId.of("provider-1"), count + 1, "计数", false);
  }

  private static int count(Contract counter) {
    return counter.trialDays() - 1;
  }

  /** Adds to a counter in a unit: load, add, update. */
  private static void add(UnitOfWork unit, String id, int amount) {
    Contract loaded = unit.contracts().find(ContractId.of(id)).orElseThrow();
    unit.contracts().update(counter(id, count(loaded) + amount).withVersion(loaded.version()));
  }

  private int load(String id) {
    return count(loadCounter(id));
  }

  private Contract loadCounter(String id) {
    return inUnit(unit -> unit.contracts().find(ContractId.of(id))).orElseThrow();
  }

  /** Runs a unit until it commits; returns how many times it conflicted. */
  private int untilCommitted(Consumer<UnitOfWork> work) {
    int conflicts = 0;
    while (true) {
      try {
        run(work);
        return conflicts;
      } catch (ConflictException e) {
        conflicts++;
      }
    }
  }

  @Test
  void threadsIncrementingOneAggregateWithRetryLoseNoIncrement() {
    run(unit -> unit.contracts().insert(counter("shared", 0)));
    List<Integer> conflicts = Threads.onThreads(THREADS, thread -> {
      int total = 0;
      for (int i = 0; i < ROUNDS; i++) {
        total += untilCommitted(unit -> add(unit, "shared", 1));
      }
      return total;
    });
    Contract shared = loadCounter("shared");
    assertThat(count(shared)).as("counter after %d committed increments (%d conflicts retried)", THREADS * ROUNDS, conflicts.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(THREADS * ROUNDS);
    assertThat(shared.version()).as("version after the increments").isEqualTo(1 + THREADS * ROUNDS);
  }

  @Test
  void unitsWritingDisjointAggregatesNeverConflict() {
    run(unit -> {
      for (int t = 0; t < THREADS; t++) {
        unit.contracts().insert(counter("own-" + t, 0));
      }
    });
    List<Integer> conflicts = Threads.onThreads(THREADS, thread -> {
      int total = 0;
      for (int i = 0; i < ROUNDS; i++) {
        total += untilCommitted(unit -> add(unit, "own-" + thread, 1));
      }
      return total;
    });
    assertThat(conflicts).as("conflicts between units writing different aggregates").containsOnly(0);
    for (int t = 0; t < THREADS; t++) {
      assertThat(load("own-" + t)).as("counter own-%d", t).isEqualTo(ROUNDS);
    }
  }

  @Test
  void unitsWritingASharedAndTheirOwnAggregateKeepBothCountsAndTheirRecordsAndNotifications() {
    run(unit -> {
      unit.contracts().insert(counter("shared", 0));
      for (int t = 0; t < THREADS; t++) {
        unit.contracts().insert(counter("own-" + t, 0));
      }
    });
    Threads.onThreads(THREADS, thread -> {
      for (int i = 0; i < ROUNDS; i++) {
        int round = i;
        untilCommitted(unit -> {
          add(unit, "own-" + thread, 1);
          unit.audit().append(Samples.accepted("contract", "own-" + thread, "第 " + round + " 次"));
          unit.enqueue(Samples.notification(NotificationId.of("n-" + thread + "-" + round), "通知", at(round)));
          add(unit, "shared", 1);
        });
      }
      return null;
    });
    assertThat(load("shared")).as("shared counter").isEqualTo(THREADS * ROUNDS);
    for (int t = 0; t < THREADS; t++) {
      assertThat(load("own-" + t)).as("counter own-%d", t).isEqualTo(ROUNDS);
      int thread = t;
      List<AuditRecord> records = inUnit(unit -> unit.audit().ofSubject("contract", "own-" + thread));
      assertThat(records).extracting(r -> r.actor().person()).as("records of own-%d, in commit order", t)
          .containsExactlyElementsOf(IntStream.range(0, ROUNDS).mapToObj(i -> "第 " + i + " 次").toList());
    }
    RecordingNotifier notifier = new RecordingNotifier();
    assertThat(store().dispatch(notifier)).as("notifications of the committed units").isEqualTo(THREADS * ROUNDS);
    assertThat(notifier.ids()).as("notifications delivered").doesNotHaveDuplicates();
  }

  @Test
  void ofConcurrentInsertsOfOneIdExactlyOneWins() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      for (int round = 0; round < 5; round++) {
        assertOneInsertWins(kind, "race-" + round);
      }
    }
  }

  private <I, A extends Aggregate<I, A>> void assertOneInsertWins(AggregateKind<I, A> kind, String value) {
    I id = kind.id(value);
    List<Boolean> won = Threads.onThreads(THREADS, thread -> {
      try {
        inUnit(unit -> kind.in(unit).insert(kind.sample(id, thread)));
        return true;
      } catch (ConflictException e) {
        return false;
      }
    });
    assertThat(won).as("%s %s: winners among %d concurrent inserts", kind, value, THREADS).containsOnlyOnce(true);
    A saved = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    assertThat(saved.version()).as("%s %s: version of the winner", kind, value).isEqualTo(1);
    kind.fields().assertSame(kind.sample(id, won.indexOf(true)), saved, kind + " " + value + ": the winner's state");
  }

  @Test
  void transfersBetweenTwoAggregatesKeepTheirSum() {
    run(unit -> {
      unit.contracts().insert(counter("left", 1000));
      unit.contracts().insert(counter("right", 1000));
    });
    List<Integer> net = Threads.onThreads(THREADS, thread -> {
      int movedRight = 0;
      for (int i = 0; i < ROUNDS; i++) {
        boolean toRight = (thread + i) % 3 != 0;
        untilCommitted(unit -> {
          add(unit, toRight ? "left" : "right", -1);
          add(unit, toRight ? "right" : "left", 1);
        });
        movedRight += toRight ? 1 : -1;
      }
      return movedRight;
    });
    int movedRight = net.stream().mapToInt(Integer::intValue).sum();
    assertThat(load("left")).as("left after the transfers").isEqualTo(1000 - movedRight);
    assertThat(load("right")).as("right after the transfers").isEqualTo(1000 + movedRight);
  }

  @Test
  void concurrentAppendsGetUniqueIncreasingSequencesInEachUnitsOrder() {
    Threads.onThreads(THREADS, thread -> {
      for (int i = 0; i < ROUNDS; i++) {
        int round = i;
        run(unit -> {
          unit.audit().append(Samples.accepted("resource", "t-" + thread, "第 " + round + " 次 甲"));
          unit.audit().append(Samples.accepted("resource", "t-" + thread, "第 " + round + " 次 乙"));
        });
      }
      return null;
    });
    List<AuditRecord> trail = inUnit(unit -> unit.audit().after(0, 100_000));
    assertThat(trail).as("records appended").hasSize(THREADS * ROUNDS * 2);
    for (int i = 1; i < trail.size(); i++) {
      assertThat(trail.get(i).sequence()).as("sequence #%d", i).isGreaterThan(trail.get(i - 1).sequence());
    }
    for (int t = 0; t < THREADS; t++) {
      String subject = "t-" + t;
      List<String> persons = trail.stream().filter(r -> r.subjectId().equals(subject)).map(r -> r.actor().person()).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < ROUNDS; i++) {
        expected.add("第 " + i + " 次 甲");
        expected.add("第 " + i + " 次 乙");
      }
      assertThat(persons).as("records of thread %d in its order", t).containsExactlyElementsOf(expected);
    }
  }

  /**
   * Units append records while a reader follows the trail, passing {@code after} the last sequence it
   * read: it reads every record once, in trail order, which holds only if no record becomes visible before
   * one numbered below it.
   */
  @Test
  void aReaderFollowingTheTrailWhileUnitsCommitReadsEveryRecordOnceInOrder() {
    int writers = THREADS - 1;
    AtomicInteger writing = new AtomicInteger(writers);
    List<List<Long>> read = Threads.onThreads(writers + 1, thread -> {
      if (thread < writers) {
        for (int i = 0; i < ROUNDS; i++) {
          run(unit -> {
            unit.audit().append(Samples.accepted("resource", "t-" + thread, "甲"));
            unit.audit().append(Samples.refused("resource", "t-" + thread, "乙"));
          });
        }
        writing.decrementAndGet();
        return List.of();
      }
      List<Long> sequences = new ArrayList<>();
      while (true) {
        boolean finished = writing.get() == 0;
        long cursor = sequences.isEmpty() ? 0 : sequences.get(sequences.size() - 1);
        List<AuditRecord> page = inUnit(unit -> unit.audit().after(cursor, 7));
        page.forEach(record -> sequences.add(record.sequence()));
        if (page.isEmpty()) {
          if (finished) {
            return sequences;
          }
          Thread.yield();
        }
      }
    });
    List<Long> trail = inUnit(unit -> unit.audit().after(0, 100_000)).stream().map(AuditRecord::sequence).toList();
    assertThat(trail).as("records appended").hasSize(writers * ROUNDS * 2);
    assertThat(read.get(writers)).as("sequences the follower read, page by page").containsExactlyElementsOf(trail);
  }

  @Test
  void notificationsCommittedWhileOthersDispatchAreEachDeliveredOnceInEachProducersOrder() {
    int producers = THREADS / 2;
    AtomicBoolean producing = new AtomicBoolean(true);
    AtomicInteger running = new AtomicInteger(producers);
    RecordingNotifier notifier = new RecordingNotifier();
    Threads.onThreads(producers + 2, thread -> {
      if (thread < producers) {
        for (int i = 0; i < ROUNDS; i++) {
          commitNotification(String.format("n-%d-%03d", thread, i));
        }
        if (running.decrementAndGet() == 0) {
          producing.set(false);
        }
      } else {
        while (producing.get()) {
          store().dispatch(notifier);
        }
      }
      return null;
    });
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("notifications delivered").hasSize(producers * ROUNDS).doesNotHaveDuplicates();
    assertThat(notifier.overlapping()).as("notifications delivered twice at once").isEmpty();
    for (int p = 0; p < producers; p++) {
      String prefix = "n-" + p + "-";
      List<String> ofProducer = notifier.ids().stream().filter(id -> id.startsWith(prefix)).toList();
      assertThat(ofProducer).as("notifications of producer %d, in its commit order", p).isSorted();
    }
  }

  private void commitNotification(String id) {
    run(unit -> unit.enqueue(Samples.notification(NotificationId.of(id), "通知 " + id, at(0))));
  }
}
