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

/**
 * The audit sequences of {@link JdbcStore}, which promises more than the port (whose sequences need only
 * increase): numbered at commit under a row lock on a counter, they are consecutive, without the gap a
 * rolled-back unit or a database sequence would leave, even while units commit concurrently. Run on each
 * database by its {@code *JdbcTest}.
 */
abstract class JdbcAuditSequenceTest extends JdbcTestCase {

  /** The sequence of the last committed record, 0 if none. */
  private long last() {
    List<AuditRecord> all = tx(u -> u.audit().after(0, Integer.MAX_VALUE));
    return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
  }

  @Test
  void aRolledBackUnitLeavesNoGap() {
    long before = last();
    assertThatThrownBy(() -> run(u -> {
      u.audit().append(Samples.accepted(id("r"), at(1)));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    String subject = id("r");
    run(u -> u.audit().append(Samples.accepted(subject, at(2))));
    assertListed(u -> u.audit().after(before, 10)).extracting(AuditRecord::sequence).containsExactly(before + 1);
  }

  /**
   * Writers commit concurrently while a reader follows the trail with {@code after}: the reader gets
   * exactly the next sequences, without gaps or repeats.
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
