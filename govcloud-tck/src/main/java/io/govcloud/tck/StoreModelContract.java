package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.Aggregate;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.Repository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of units of work (inserts, updates, stale updates; bodies that fail, bodies that
 * catch a conflict) against every repository, checked after each unit against a model: a sorted map from
 * id to the generation and version saved. A unit commits all of its writes, or, on a conflict or an
 * exception, none. The append-only repositories (issued months and their bills, work orders) are checked
 * the same way against a model of their own ({@link AppendModel}).
 */
public abstract class StoreModelContract extends StoreContractSupport {

  /** For subclasses. */
  protected StoreModelContract() {}

  /** What a write of the plan does. */
  enum Action {
    /** Insert a new aggregate. */
    INSERT,
    /** Update carrying the version the unit sees. */
    UPDATE,
    /** Update carrying a version one ahead of the one the unit sees. */
    STALE_UPDATE
  }

  /** One write of a planned unit: the action, on which of four ids. */
  record Write(Action action, int key) {
    @Override
    public String toString() {
      return action + " #" + key;
    }
  }

  /** How a planned unit's body ends. */
  enum Ending {
    /** It returns normally. */
    RETURN,
    /** It throws after its writes. */
    THROW,
    /** It catches every conflict of its writes, goes on, and returns normally. */
    CATCH_CONFLICTS
  }

  /** A planned unit: its writes, and how its body ends. */
  record PlannedUnit(List<Write> writes, Ending ending) {}

  /**
   * One append of a plan of the append-only repositories: a month issued (the ledger's next month, the
   * month before it or the month after it, by key {@code keys[0]}, see {@link AppendModel}; with one bill
   * per further key), or a batch of work orders (one per key, a key twice being a duplicate).
   */
  record Append(boolean issue, List<Integer> keys) {
    @Override
    public String toString() {
      return (issue ? "ISSUE month #" + keys.get(0) + " with " + (keys.size() - 1) + " bills" : "WORK ORDERS " + keys);
    }
  }

  /** A planned unit of appends, and how its body ends. */
  record PlannedAppends(List<Append> appends, Ending ending) {}

  /** The model's entry: the generation of the sample saved, and its version. */
  private record Saved(int generation, long version) {}

  @Test
  void everyUnitCommitsAllOfItsWritesOrNone() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(60).withShrinkCycles(50)
        .forAll(Generate.pick(AggregateKind.ALL), plans())
        .checkAssert((kind, plan) -> check(kind, plan, "e" + example.incrementAndGet() + "-"));
  }

  @Test
  void everyUnitIssuesAllOfItsMonthsAndWorkOrdersOrNone() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(40).withShrinkCycles(40)
        .forAll(appendPlans())
        .checkAssert(plan -> new AppendModel(this, example.incrementAndGet()).check(plan));
  }

  private static Gen<List<PlannedAppends>> appendPlans() {
    Gen<Append> append = Generate.booleans().zip(lists().of(integers().between(0, 3)).ofSizeBetween(1, 3), Append::new);
    return lists().of(lists().of(append).ofSizeBetween(1, 3).zip(endings(), PlannedAppends::new)).ofSizeBetween(1, 8);
  }

  private static Gen<Ending> endings() {
    return Generate.frequency(
        Pair.of(6, Generate.constant(Ending.RETURN)),
        Pair.of(2, Generate.constant(Ending.THROW)),
        Pair.of(2, Generate.constant(Ending.CATCH_CONFLICTS)));
  }

  private static Gen<List<PlannedUnit>> plans() {
    Gen<Write> write = Generate.enumValues(Action.class).zip(integers().between(0, 3), Write::new);
    Gen<PlannedUnit> unit = lists().of(write).ofSizeBetween(1, 4).zip(endings(), PlannedUnit::new);
    return lists().of(unit).ofSizeBetween(1, 12);
  }

  private <I, A extends Aggregate<I, A>> void check(AggregateKind<I, A> kind, List<PlannedUnit> plan, String prefix) {
    Map<String, Saved> model = new TreeMap<>();
    int generations = 0;
    for (int u = 0; u < plan.size(); u++) {
      PlannedUnit planned = plan.get(u);
      int firstGeneration = generations + 1;
      generations += planned.writes().size();
      Map<String, Saved> expected = new TreeMap<>(model);
      boolean conflicted = false;
      for (int w = 0; w < planned.writes().size(); w++) {
        Write write = planned.writes().get(w);
        String key = prefix + write.key();
        Saved seen = expected.get(key);
        boolean ok = switch (write.action()) {
          case INSERT -> seen == null;
          case UPDATE -> seen != null;
          case STALE_UPDATE -> false;
        };
        if (ok) {
          expected.put(key, new Saved(firstGeneration + w, seen == null ? 1 : seen.version() + 1));
        } else {
          conflicted = true;
        }
      }
      Throwable thrown = catchThrowable(() -> run(unit -> execute(kind, kind.in(unit), planned, prefix, firstGeneration)));
      String context = kind + ", unit #" + u + " " + planned;
      if (committed(thrown, conflicted, planned.ending(), context)) {
        model = expected;
      }
      assertMatches(kind, model, prefix, context);
    }
  }

  /** Asserts how a planned unit ended, from whether one of its writes conflicted and how its body ends; returns whether it committed. */
  static boolean committed(Throwable thrown, boolean conflicted, Ending ending, String context) {
    if (conflicted && ending == Ending.THROW) {
      // the conflict may be reported by the write, or at commit, which the failing body never reaches
      assertThat(thrown).as("%s: outcome", context).isInstanceOfAny(ConflictException.class, PlannedFailure.class);
    } else if (conflicted) {
      assertThat(thrown).as("%s: outcome", context).isInstanceOf(ConflictException.class);
    } else if (ending == Ending.THROW) {
      assertThat(thrown).as("%s: outcome", context).isInstanceOf(PlannedFailure.class);
    } else {
      assertThat(thrown).as("%s: outcome", context).isNull();
      return true;
    }
    return false;
  }

  /** What a planned body throws when it ends by throwing. */
  static final class PlannedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlannedFailure() {
      super("the planned body failed");
    }
  }

  private static <I, A extends Aggregate<I, A>> void execute(
      AggregateKind<I, A> kind, Repository<I, A> repository, PlannedUnit planned, String prefix, int firstGeneration) {
    int generation = firstGeneration;
    for (Write write : planned.writes()) {
      int g = generation++;
      I id = kind.id(prefix + write.key());
      Runnable action = switch (write.action()) {
        case INSERT -> () -> repository.insert(kind.sample(id, g));
        case UPDATE -> () -> {
          long version = repository.find(id).map(Aggregate::version).orElse(1L);
          repository.update(kind.sample(id, g).withVersion(version));
        };
        case STALE_UPDATE -> () -> {
          long version = repository.find(id).map(Aggregate::version).orElse(1L);
          repository.update(kind.sample(id, g).withVersion(version + 1));
        };
      };
      if (planned.ending() == Ending.CATCH_CONFLICTS) {
        try {
          action.run();
        } catch (ConflictException caught) {
          // the plan goes on: the unit must roll back all the same
        }
      } else {
        action.run();
      }
    }
    if (planned.ending() == Ending.THROW) {
      throw new PlannedFailure();
    }
  }

  private <I, A extends Aggregate<I, A>> void assertMatches(AggregateKind<I, A> kind, Map<String, Saved> model, String prefix, String context) {
    for (int key = 0; key < 4; key++) {
      I id = kind.id(prefix + key);
      Optional<A> found = inUnit(unit -> kind.in(unit).find(id));
      Saved saved = model.get(prefix + key);
      if (saved == null) {
        assertThat(found).as("%s: %s after the unit", context, id).isEmpty();
      } else {
        assertThat(found).as("%s: %s after the unit", context, id).isPresent();
        assertThat(found.get().version()).as("%s: version of %s", context, id).isEqualTo(saved.version());
        kind.fields().assertSame(kind.sample(id, saved.generation()), found.get(), context + ": " + id);
      }
    }
    List<String> listed = inUnit(unit -> kind.in(unit).all()).stream()
        .map(a -> String.valueOf(a.id()))
        .filter(id -> id.startsWith(prefix))
        .toList();
    assertThat(listed).as("%s: all() of this plan's ids", context).containsExactlyElementsOf(model.keySet());
  }
}
