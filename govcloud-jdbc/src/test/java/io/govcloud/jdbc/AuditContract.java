package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The audit trail: append-only, every field kept, numbered in commit order without gaps. */
abstract class AuditContract extends StoreFixture {

  /** The sequence of the last committed record, 0 if none. */
  private long last() {
    List<AuditRecord> all = tx(u -> u.audit().after(0, Integer.MAX_VALUE));
    return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
  }

  @Test
  void recordsKeepEveryFieldAndAreNumberedAtCommit() {
    String subject = id("r");
    long before = last();
    AuditRecord accepted = Samples.accepted(subject, at(1));
    AuditRecord refused = Samples.refused(subject, at(2)).withSequence(0);
    AuditRecord refusedOfSubject = new AuditRecord(0, refused.at(), refused.actor(), refused.action(), "resource", subject,
        refused.refusal(), refused.changes());
    List<AuditRecord> inUnit = tx(u -> {
      u.audit().append(accepted);
      u.audit().append(refusedOfSubject);
      return u.audit().ofSubject("resource", subject);
    });
    assertThat(inUnit).containsExactly(accepted, refusedOfSubject);
    assertListed(u -> u.audit().ofSubject("resource", subject))
        .containsExactly(accepted.withSequence(before + 1), refusedOfSubject.withSequence(before + 2));
    assertListed(u -> u.audit().after(before, 10))
        .containsExactly(accepted.withSequence(before + 1), refusedOfSubject.withSequence(before + 2));
    assertListed(u -> u.audit().after(before, 1)).containsExactly(accepted.withSequence(before + 1));
    assertListed(u -> u.audit().after(before + 2, 10)).isEmpty();
    assertListed(u -> u.audit().after(before, 0)).isEmpty();
    AuditRecord read = tx(u -> u.audit().ofSubject("resource", subject)).get(1);
    assertThat(List.copyOf(read.refusal().orElseThrow().facts().keySet())).containsExactly("price", "cap", "键 'k'");
  }

  @Test
  void aUnitSeesItsOwnRecordsAfterTheCommittedOnesButAfterShowsOnlyCommitted() {
    String subject = id("r");
    run(u -> u.audit().append(Samples.accepted(subject, at(1))));
    long committed = last();
    List<List<AuditRecord>> seen = tx(u -> {
      u.audit().append(Samples.accepted(subject, at(2)));
      return List.of(u.audit().ofSubject("resource", subject), u.audit().after(committed - 1, 10));
    });
    assertThat(seen.get(0)).extracting(AuditRecord::sequence).containsExactly(committed, 0L);
    assertThat(seen.get(1)).extracting(AuditRecord::sequence).containsExactly(committed);
  }

  @Test
  void aRolledBackUnitLeavesNoRecordAndNoGap() {
    long before = last();
    assertThatThrownBy(() -> run(u -> {
      u.audit().append(Samples.accepted(id("r"), at(1)));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    String subject = id("r");
    run(u -> u.audit().append(Samples.accepted(subject, at(2))));
    assertListed(u -> u.audit().after(before, 10)).extracting(AuditRecord::sequence).containsExactly(before + 1);
  }

  @Test
  void aNegativeSequenceOrLimitIsRefused() {
    assertThatThrownBy(() -> tx(u -> u.audit().after(-1, 10))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tx(u -> u.audit().after(0, -1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberedRecordCannotBeAppended() {
    assertThatThrownBy(() -> run(u -> u.audit().append(Samples.accepted(id("r"), at(1)).withSequence(7))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Writers commit concurrently while a reader follows the trail with {@code after}: every page the reader
   * gets continues exactly where the previous one ended, which holds only if sequences become visible in
   * commit order, and the sequences are exactly the next ones, without gaps or repeats.
   */
  @Test
  void sequencesFollowCommitOrderWithoutGaps() throws Exception {
    long before = last();
    int writers = 4;
    int units = 25;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      Callable<List<Long>> reader = () -> {
        List<Long> read = new ArrayList<>();
        while (true) {
          boolean finished = !writing.get();
          long cursor = read.isEmpty() ? before : read.get(read.size() - 1);
          List<AuditRecord> page = tx(u -> u.audit().after(cursor, 7));
          page.forEach(record -> read.add(record.sequence()));
          if (finished && page.isEmpty()) {
            return read;
          }
        }
      };
      Future<List<Long>> readSequences = pool.submit(reader);
      List<Callable<Void>> writerTasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        writerTasks.add(() -> {
          for (int i = 0; i < units; i++) {
            String subject = id("r");
            run(u -> {
              u.audit().append(Samples.accepted(subject, at(1)));
              u.audit().append(Samples.refused(subject, at(2)));
            });
          }
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(writerTasks)) {
        done.get();
      }
      writing.set(false);
      assertThat(readSequences.get()).containsExactlyElementsOf(
          LongStream.rangeClosed(before + 1, before + writers * units * 2L).boxed().toList());
    } finally {
      writing.set(false);
      pool.shutdown();
    }
  }
}
