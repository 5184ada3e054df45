package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.govcloud.model.Aggregate;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Optimistic versions (a stale write fails with a conflict, never overwrites), for every
 * repository: of two units that loaded one version and both update, one wins and the other gets a
 * {@link ConflictException}; an insert of an existing id and an update of a missing one conflict; a
 * conflict rolls the whole unit back, even when the body catches it.
 *
 * <p>Some tests let another unit commit on another thread while a unit is open; the open unit has only
 * read by then, so a store that locks what it writes does not deadlock. The timeout is a watchdog
 * against a store that blocks readers, not a speed requirement.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
public abstract class VersionConflictContract extends StoreContractSupport {

  /** For subclasses. */
  protected VersionConflictContract() {}

  @Test
  void ofTwoUnitsUpdatingTheVersionBothLoadedOneWinsAndOneConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertStaleUpdateConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertStaleUpdateConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("contested");
    inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    A loadedByFirst = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    A loadedBySecond = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    A winner = inUnit(unit -> kind.in(unit).update(kind.next(loadedByFirst, 1)));
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> kind.in(unit).update(kind.next(loadedBySecond, 2))));
    assertThat(conflict).as("%s: the second update of version 1", kind).isNotNull();
    assertThat(conflict.id()).as("%s: id in the conflict", kind).isEqualTo(String.valueOf(id));
    assertThat(conflict.expectedVersion()).as("%s: version the loser carried", kind).isEqualTo(1);
    assertThat(conflict.actualVersion()).as("%s: version saved by the winner", kind).isEqualTo(2);
    assertThat(conflict.aggregate()).as("%s: kind named in the conflict", kind).isNotBlank();
    assertCommitted(kind, id, 2, kind.sample(id, 1), "the winner's state");
    assertThat(winner.version()).as("%s: version returned to the winner", kind).isEqualTo(2);
  }

  @Test
  void anUpdateMadeStaleByAnotherUnitWhileThisOneWasOpenConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertStaleWhileOpenConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertStaleWhileOpenConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("raced");
    inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          A loaded = kind.in(unit).find(id).orElseThrow();
          inAnotherThread(() -> inUnit(other -> kind.in(other).update(kind.next(kind.in(other).find(id).orElseThrow(), 1))));
          return kind.in(unit).update(kind.next(loaded, 2));
        }));
    assertThat(conflict).as("%s: update of the version loaded before another unit committed", kind).isNotNull();
    assertThat(conflict.expectedVersion()).as("%s: version carried", kind).isEqualTo(1);
    assertCommitted(kind, id, 2, kind.sample(id, 1), "the other unit's state");
  }

  @Test
  void anInsertOfAnIdAnotherUnitCommittedWhileThisOneWasOpenConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertInsertRaceConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertInsertRaceConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("claimed");
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          assertThat(kind.in(unit).find(id)).as("%s before the other unit", kind).isEmpty();
          inAnotherThread(() -> inUnit(other -> kind.in(other).insert(kind.sample(id, 1))));
          return kind.in(unit).insert(kind.sample(id, 2));
        }));
    assertThat(conflict).as("%s: insert of an id another unit committed meanwhile", kind).isNotNull();
    assertThat(conflict.expectedVersion()).as("%s: an insert expects no version", kind).isZero();
    assertCommitted(kind, id, 1, kind.sample(id, 1), "the other unit's insert");
  }

  @Test
  void anInsertOfAnExistingIdConflictsAndKeepsNothingOfTheUnit() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertDuplicateInsertConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertDuplicateInsertConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("taken");
    I other = kind.id("bystander");
    A first = inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    inUnit(unit -> kind.in(unit).update(kind.next(first, 1)));
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          kind.in(unit).insert(kind.sample(other, 0));
          return kind.in(unit).insert(kind.sample(id, 2));
        }));
    assertThat(conflict).as("%s: insert of an existing id", kind).isNotNull();
    assertThat(conflict.id()).as("%s: id in the conflict", kind).isEqualTo(String.valueOf(id));
    assertThat(conflict.aggregate()).as("%s: kind named in the conflict", kind).isNotBlank();
    assertThat(conflict.expectedVersion()).as("%s: an insert expects no version", kind).isZero();
    assertThat(conflict.actualVersion()).as("%s: version saved (inserted, then updated once)", kind).isEqualTo(2);
    assertCommitted(kind, id, 2, kind.sample(id, 1), "the first insert and its update");
    assertAbsent(kind, other, "inserted in the unit that conflicted");
  }

  @Test
  void anInsertOfAnIdTheUnitInsertedConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertInsertTwiceConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertInsertTwiceConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("twice");
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          kind.in(unit).insert(kind.sample(id, 0));
          return kind.in(unit).insert(kind.sample(id, 1));
        }));
    assertThat(conflict).as("%s: second insert of one id in a unit", kind).isNotNull();
    assertAbsent(kind, id, "inserted twice in a unit that conflicted");
  }

  @Test
  void anUpdateOfAMissingIdConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertUpdateOfMissingConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertUpdateOfMissingConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("missing");
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> kind.in(unit).update(kind.sample(id, 1).withVersion(4))));
    assertThat(conflict).as("%s: update of a missing id", kind).isNotNull();
    assertThat(conflict.expectedVersion()).as("%s: version carried", kind).isEqualTo(4);
    assertThat(conflict.actualVersion()).as("%s: no version saved", kind).isZero();
    assertAbsent(kind, id, "updated without being saved");
  }

  @Test
  void anUpdateCarryingTheVersionBeforeTheUnitsOwnUpdateConflicts() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertOwnStaleUpdateConflicts(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertOwnStaleUpdateConflicts(AggregateKind<I, A> kind) {
    I id = kind.id("self-stale");
    A saved = inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          kind.in(unit).update(kind.next(saved, 1));
          return kind.in(unit).update(kind.next(saved, 2));
        }));
    assertThat(conflict).as("%s: second update carrying version 1 in one unit", kind).isNotNull();
    assertThat(conflict.actualVersion()).as("%s: version the unit saw", kind).isEqualTo(2);
    assertCommitted(kind, id, 1, kind.sample(id, 0), "the state before the unit");
  }

  @Test
  void aConflictCaughtByTheBodyStillRollsTheUnitBack() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertCaughtConflictRollsBack(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertCaughtConflictRollsBack(AggregateKind<I, A> kind) {
    I id = kind.id("caught");
    I other = kind.id("hopeful");
    A saved = inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    inUnit(unit -> kind.in(unit).update(kind.next(saved, 1)));
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> inUnit(unit -> {
          kind.in(unit).insert(kind.sample(other, 0));
          try {
            kind.in(unit).update(kind.next(saved, 2));
          } catch (ConflictException caught) {
            return "the body caught " + caught.getMessage();
          }
          return "the body saw no conflict";
        }));
    assertThat(conflict).as("%s: transact after the body caught a conflict", kind).isNotNull();
    assertAbsent(kind, other, "inserted by the unit whose body caught a conflict");
    assertCommitted(kind, id, 2, kind.sample(id, 1), "the state before the unit");
  }

  @Test
  void workOrdersOfAnExistingIdOrTwiceInABatchConflictAndKeepNothing() {
    WorkOrder first = workOrder("wo-1", 10);
    run(unit -> unit.workOrders().insertAll(List.of(first)));

    ConflictException existing =
        catchThrowableOfType(ConflictException.class, () -> run(unit -> unit.workOrders().insertAll(List.of(workOrder("wo-2", 20), workOrder("wo-1", 30)))));
    assertThat(existing).as("work order of an existing id").isNotNull();
    assertThat(existing.id()).as("id in the conflict").isEqualTo("wo-1");

    ConflictException twice =
        catchThrowableOfType(ConflictException.class, () -> run(unit -> unit.workOrders().insertAll(List.of(workOrder("wo-3", 40), workOrder("wo-3", 50)))));
    assertThat(twice).as("work order twice in a batch").isNotNull();

    ConflictException raced =
        catchThrowableOfType(ConflictException.class, () -> run(unit -> {
          assertThat(unit.workOrders().find(WorkOrderId.of("wo-4"))).as("work order before the other unit").isEmpty();
          inAnotherThread(() -> inUnit(other -> {
            other.workOrders().insertAll(List.of(workOrder("wo-4", 60)));
            return null;
          }));
          unit.workOrders().insertAll(List.of(workOrder("wo-4", 70)));
        }));
    assertThat(raced).as("work order of an id another unit committed meanwhile").isNotNull();

    List<WorkOrder> kept = inUnit(unit -> unit.workOrders().ofResource(ResourceId.of("r-1")));
    assertThat(kept).extracting(WorkOrder::id).as("work orders kept").containsExactly(WorkOrderId.of("wo-1"), WorkOrderId.of("wo-4"));
    Fields.WORK_ORDER.assertSameList(List.of(first, workOrder("wo-4", 60)), kept, "work orders kept");
  }

  private static WorkOrder workOrder(String id, long confirmedAfter) {
    return Samples.workOrder(WorkOrderId.of(id), ResourceId.of("r-1"), DepartmentId.of("dept-1"), at(confirmedAfter), "item-" + confirmedAfter, Optional.empty());
  }

  private <I, A extends Aggregate<I, A>> void assertCommitted(AggregateKind<I, A> kind, I id, long version, A expected, String what) {
    Optional<A> committed = inUnit(unit -> kind.in(unit).find(id));
    assertThat(committed).as("%s %s: %s", kind, id, what).isPresent();
    assertThat(committed.get().version()).as("%s %s: version of %s", kind, id, what).isEqualTo(version);
    kind.fields().assertSame(expected, committed.get(), kind + " " + id + ": " + what);
  }

  private <I, A extends Aggregate<I, A>> void assertAbsent(AggregateKind<I, A> kind, I id, String what) {
    Optional<A> found = inUnit(unit -> kind.in(unit).find(id));
    assertThat(found).as("%s %s, %s", kind, id, what).isEmpty();
  }
}
