package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The append-only audit trail (rule R9): records come back field by field, numbered by the store with
 * positive sequences strictly increasing in commit order; {@code ofSubject} lists one subject's records in
 * trail order (then the unit's own); {@code after} pages through the committed trail; records of a unit
 * that rolled back never appear; times never go back along the trail (a unit's record is kept no earlier
 * than the last record when it commits).
 */
public abstract class AuditTrailContract extends StoreContractSupport {

  /** For subclasses. */
  protected AuditTrailContract() {}

  private static final int ALL = 100_000;

  private List<AuditRecord> trail() {
    return inUnit(unit -> unit.audit().after(0, ALL));
  }

  private void append(AuditRecord... records) {
    run(unit -> {
      for (AuditRecord record : records) {
        unit.audit().append(record);
      }
    });
  }

  @Test
  void recordsRoundTripFieldByFieldWithASequenceSetByTheStore() {
    List<AuditRecord> appended = new ArrayList<>();
    List<String> texts = Samples.HOSTILE_TEXTS;
    Actor.Role[] roles = Actor.Role.values();
    for (int i = 0; i < texts.size(); i++) {
      Actor actor = new Actor(roles[i % roles.length], "actor-" + i, texts.get(i));
      appended.add(by(actor, Samples.accepted("resource", "r-" + i, texts.get(i))));
      appended.add(Samples.refused("contract", "c-" + i, texts.get(i)));
    }
    append(appended.toArray(AuditRecord[]::new));
    List<AuditRecord> loaded = trail();
    Fields.AUDIT_RECORD.assertSameList(appended, loaded, "audit trail");
    assertThat(loaded).extracting(AuditRecord::sequence).as("sequences").allMatch(s -> s > 0);
  }

  /** A record as taken by another actor. */
  private static AuditRecord by(Actor actor, AuditRecord record) {
    return new AuditRecord(
        record.sequence(), record.at(), actor, record.action(), record.subjectType(), record.subjectId(), record.refusal(), record.changes());
  }

  @Test
  void sequencesIncreaseStrictlyInCommitOrderAcrossUnitsAndRollbacks() {
    append(Samples.accepted("resource", "r-1", "一"), Samples.accepted("resource", "r-2", "二"));
    catchThrowable(() -> run(unit -> {
      unit.audit().append(Samples.accepted("resource", "r-rolled-back", "回滚"));
      throw new IllegalStateException("the body failed");
    }));
    append(Samples.refused("resource", "r-3", "三"));
    append(Samples.accepted("resource", "r-4", "四"), Samples.accepted("resource", "r-5", "五"));
    List<AuditRecord> trail = trail();
    assertThat(trail).extracting(AuditRecord::subjectId).as("subjects in trail order").containsExactly("r-1", "r-2", "r-3", "r-4", "r-5");
    assertStrictlyIncreasing(trail);
  }

  private static void assertStrictlyIncreasing(List<AuditRecord> records) {
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).sequence()).as("sequence #%d", i).isPositive();
      if (i > 0) {
        assertThat(records.get(i).sequence()).as("sequence #%d after #%d", i, i - 1).isGreaterThan(records.get(i - 1).sequence());
      }
    }
  }

  @Test
  void theStoreRefusesARecordAlreadyNumbered() {
    assertThatThrownBy(() -> append(Samples.accepted("resource", "r-1", "一").withSequence(7)))
        .as("append of a record with sequence 7")
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(trail()).as("trail after the refused append").isEmpty();
  }

  @Test
  void ofSubjectListsExactlyThatSubjectInTrailOrder() {
    append(
        Samples.accepted("resource", "r-1", "甲"),
        Samples.accepted("resource", "r-10", "乙"),
        Samples.accepted("contract", "r-1", "丙"),
        Samples.refused("resource", "r-1", "丁"));
    append(Samples.accepted("resource", "R-1", "戊"), Samples.accepted("resource", "r-%", "己"), Samples.accepted("resource", "r-1", "庚"));
    List<AuditRecord> ofR1 = inUnit(unit -> unit.audit().ofSubject("resource", "r-1"));
    assertThat(ofR1).extracting(AuditRecord::subjectType, AuditRecord::subjectId).as("subjects").containsOnly(tuple("resource", "r-1"));
    assertThat(ofR1).extracting(r -> r.actor().person()).as("records of resource r-1 in trail order").containsExactly("甲", "丁", "庚");
    assertStrictlyIncreasing(ofR1);
    List<AuditRecord> ofPattern = inUnit(unit -> unit.audit().ofSubject("resource", "r-%"));
    assertThat(ofPattern).extracting(r -> r.actor().person()).as("records of resource «r-%»").containsExactly("己");
    List<AuditRecord> ofNone = inUnit(unit -> unit.audit().ofSubject("project", "r-1"));
    assertThat(ofNone).as("records of a subject without any").isEmpty();
  }

  @Test
  void withinAUnitOfSubjectListsTheCommittedRecordsThenTheUnitsOwn() {
    append(Samples.accepted("resource", "r-1", "甲"), Samples.accepted("resource", "r-1", "乙"));
    run(unit -> {
      unit.audit().append(Samples.accepted("contract", "r-1", "别类"));
      unit.audit().append(Samples.accepted("resource", "r-1", "丙"));
      unit.audit().append(Samples.accepted("resource", "r-10", "别号"));
      List<AuditRecord> ofSubject = unit.audit().ofSubject("resource", "r-1");
      assertThat(ofSubject).extracting(r -> r.actor().person()).as("records in the unit").containsExactly("甲", "乙", "丙");
      assertThat(ofSubject.get(0).sequence()).as("committed record's sequence").isPositive();
      assertThat(ofSubject.get(2).sequence()).as("the unit's own record's sequence").isZero();
      assertThat(unit.audit().after(0, ALL)).extracting(r -> r.actor().person()).as("after() in the unit: committed only").containsExactly("甲", "乙");
    });
    assertThat(trail()).extracting(r -> r.actor().person()).as("trail after the unit").containsExactly("甲", "乙", "别类", "丙", "别号");
  }

  @Test
  void earlierRecordsStayAsTheyWereWhenMoreAreAppended() {
    append(Samples.accepted("resource", "r-1", "甲"), Samples.refused("resource", "r-1", "乙"));
    List<AuditRecord> before = trail();
    for (int i = 0; i < 5; i++) {
      append(Samples.accepted("resource", "r-1", "后 " + i));
    }
    List<AuditRecord> after = trail();
    Fields.AUDIT_RECORD.assertSameList(before, after.subList(0, 2), "records appended first");
    assertThat(after.subList(0, 2)).extracting(AuditRecord::sequence).as("their sequences")
        .containsExactlyElementsOf(before.stream().map(AuditRecord::sequence).toList());
  }

  @Test
  void afterReturnsTheRecordsPastASequenceAndRefusesNegativeArguments() {
    append(Samples.accepted("resource", "r-1", "甲"));
    assertThatThrownBy(() -> inUnit(unit -> unit.audit().after(-1, 10))).as("after(-1, 10)").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> inUnit(unit -> unit.audit().after(0, -1))).as("after(0, -1)").isInstanceOf(IllegalArgumentException.class);
    List<AuditRecord> none = inUnit(unit -> unit.audit().after(0, 0));
    assertThat(none).as("after(0, 0)").isEmpty();
    append(Samples.accepted("resource", "r-2", "乙"));
    List<AuditRecord> trail = trail();
    long first = trail.get(0).sequence();
    List<AuditRecord> afterFirst = inUnit(unit -> unit.audit().after(first, 10));
    assertThat(afterFirst).extracting(AuditRecord::subjectId).as("after the first sequence").containsExactly("r-2");
    long last = trail.get(1).sequence();
    List<AuditRecord> afterLast = inUnit(unit -> unit.audit().after(last, 10));
    assertThat(afterLast).as("after the last sequence").isEmpty();
  }

  /**
   * Times follow commit order (docs/rules.md#r9): a unit's record whose time is before the last record of the
   * trail is kept at that record's time, the rest of it unchanged; within a unit each record keeps its own.
   */
  @Test
  void timesNeverGoBackFromOneUnitToTheNext() {
    AuditRecord late = at(Samples.accepted("resource", "r-late", "晚"), 500);
    AuditRecord early = at(Samples.accepted("resource", "r-early", "早"), 300);
    AuditRecord later = at(Samples.refused("resource", "r-later", "更晚"), 700);
    AuditRecord between = at(Samples.accepted("resource", "r-between", "中"), 600);
    append(late);
    append(early, later, between);
    List<AuditRecord> trail = trail();
    assertThat(trail).extracting(AuditRecord::subjectId).containsExactly("r-late", "r-early", "r-later", "r-between");
    assertThat(trail).extracting(r -> r.at().getEpochSecond() - Samples.at(0).getEpochSecond())
        .as("seconds: the early record at the late one's time, the others at their own").containsExactly(500L, 500L, 700L, 600L);
    Fields.AUDIT_RECORD.assertSameList(List.of(late, at(early, 500), later, between), trail, "records but for the time moved");
  }

  /** Units racing on threads with clocks of their own: along the trail, times never go back. */
  @Test
  void racingUnitsLeaveTimesInCommitOrder() {
    int threads = 4;
    int rounds = 15;
    Threads.onThreads(threads, thread -> {
      for (int round = 0; round < rounds; round++) {
        // each thread's clock runs on its own, some ahead of the others
        AuditRecord record = at(Samples.accepted("resource", "race-" + thread + "-" + round, "竞"), 1_000 + round * 10L + thread * 37L);
        append(record);
      }
      return null;
    });
    List<AuditRecord> trail = trail();
    assertThat(trail).hasSize(threads * rounds);
    for (int i = 1; i < trail.size(); i++) {
      assertThat(trail.get(i).at()).as("time of record #%d", i).isAfterOrEqualTo(trail.get(i - 1).at());
    }
    for (AuditRecord record : trail) {
      String[] parts = record.subjectId().split("-");
      long own = 1_000 + Long.parseLong(parts[2]) * 10L + Long.parseLong(parts[1]) * 37L;
      assertThat(record.at()).as("%s never earlier than its own time", record.subjectId()).isAfterOrEqualTo(Samples.at(own));
    }
  }

  /** A record at another time, seconds from the samples' origin. */
  private static AuditRecord at(AuditRecord record, long seconds) {
    return new AuditRecord(record.sequence(), Samples.at(seconds), record.actor(), record.action(), record.subjectType(),
        record.subjectId(), record.refusal(), record.changes());
  }

  @Test
  void pagingWithAnyLimitReadsTheCommittedTrailOnceInOrder() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(30).withShrinkCycles(30).forAll(units(), integers().between(1, 7)).checkAssert((plan, limit) -> {
      String prefix = "e" + example.incrementAndGet() + "-";
      List<AuditRecord> before = trail();
      long start = before.isEmpty() ? 0 : before.get(before.size() - 1).sequence();
      List<String> expected = new ArrayList<>();
      for (int u = 0; u < plan.size(); u++) {
        List<Integer> subjects = plan.get(u).subjects();
        List<String> ids = subjects.stream().map(s -> prefix + s).toList();
        boolean rollBack = plan.get(u).rollBack();
        catchThrowable(() -> run(unit -> {
          ids.forEach(id -> unit.audit().append(Samples.accepted("resource", id, "记录")));
          if (rollBack) {
            throw new IllegalStateException("the body failed");
          }
        }));
        if (!rollBack) {
          expected.addAll(ids);
        }
      }
      List<AuditRecord> paged = new ArrayList<>();
      long last = start;
      while (true) {
        long from = last;
        List<AuditRecord> page = inUnit(unit -> unit.audit().after(from, limit));
        assertThat(page.size()).as("page after %d with limit %d", from, limit).isLessThanOrEqualTo(limit);
        assertThat(page).extracting(AuditRecord::sequence).as("sequences of the page after %d", from).allMatch(s -> s > from);
        if (page.isEmpty()) {
          break;
        }
        paged.addAll(page);
        last = page.get(page.size() - 1).sequence();
      }
      assertThat(paged).extracting(AuditRecord::subjectId).as("records paged with limit %d", limit).containsExactlyElementsOf(expected);
      assertStrictlyIncreasing(paged);
      for (String id : expected.stream().distinct().toList()) {
        List<AuditRecord> ofSubject = inUnit(unit -> unit.audit().ofSubject("resource", id));
        assertThat(ofSubject).as("records of %s", id).containsExactlyElementsOf(paged.stream().filter(r -> r.subjectId().equals(id)).toList());
      }
    });
  }

  /** A unit of the plan: the subjects it appends a record for, and whether its body then fails. */
  private record PlannedUnit(List<Integer> subjects, boolean rollBack) {}

  private static Gen<List<PlannedUnit>> units() {
    Gen<PlannedUnit> unit =
        lists().of(integers().between(0, 3)).ofSizeBetween(0, 4).zip(booleans().all(), PlannedUnit::new);
    return lists().of(unit).ofSizeBetween(1, 6);
  }
}
