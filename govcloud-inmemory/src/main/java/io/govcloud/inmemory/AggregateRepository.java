package io.govcloud.inmemory;

import io.govcloud.model.Aggregate;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.Repository;
import io.vavr.collection.TreeMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The repository of one kind of aggregate within a unit of work: reads the state the unit started from,
 * overlaid with the unit's own writes, which it buffers until commit.
 *
 * <p>A write is checked at once against what the unit reads (an insert of an id it can see, an update
 * carrying another version than the one it sees: {@link ConflictException}), and checked again at commit
 * against the latest committed state, where another unit may have saved the aggregate in the meantime.
 *
 * <p>Not thread-safe: used by the one thread running its unit.
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type
 */
abstract class AggregateRepository<I extends Comparable<? super I>, A extends Aggregate<I, A>>
    implements Repository<I, A> {

  private final Unit unit;
  private final Kind<I, A> kind;
  private final TreeMap<I, A> committed;
  /** The unit's writes: the latest state of each aggregate it wrote. */
  private final Map<I, A> written = new LinkedHashMap<>();
  /** The committed version each written aggregate was loaded at: 0 for one the unit inserted. */
  private final Map<I, Long> loadedVersion = new LinkedHashMap<>();

  AggregateRepository(Unit unit, Kind<I, A> kind) {
    this.unit = unit;
    this.kind = kind;
    this.committed = unit.base().table(kind);
  }

  @Override
  public final Optional<A> find(I id) {
    Objects.requireNonNull(id, "id");
    unit.checkOpen();
    A own = written.get(id);
    return own != null ? Optional.of(own) : committed.get(id).toJavaOptional();
  }

  @Override
  public final A insert(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    if (aggregate.version() != 0) {
      throw new IllegalArgumentException(
          "insert " + kind + " " + aggregate.id() + ": a new aggregate has version 0, not " + aggregate.version()
              + "; use update to save a loaded one");
    }
    Optional<A> existing = find(aggregate.id());
    if (existing.isPresent()) {
      throw unit.conflict(new ConflictException(kind.name(), aggregate.id().toString(), 0, existing.get().version()));
    }
    checkInsert(aggregate);
    A saved = aggregate.withVersion(1);
    written.put(saved.id(), saved);
    loadedVersion.putIfAbsent(saved.id(), 0L);
    return saved;
  }

  /**
   * Checks a rule of the port beyond versions before an insert (one open reduction case per department,
   * platform and dimension); nothing by default.
   *
   * @throws ConflictException through {@link Unit#conflict}, if the insert breaks it
   */
  void checkInsert(A aggregate) {}

  /**
   * Checks the same rule at commit against the latest committed state; nothing by default.
   *
   * @throws ConflictException if the unit's writes break it
   */
  void checkCommit(Snapshot latest) {}

  /** The unit itself, for the checks of subclasses. */
  final Unit unit() {
    return unit;
  }

  /** The aggregates this unit wrote, in their latest state. */
  final Map<I, A> written() {
    return Collections.unmodifiableMap(written);
  }

  @Override
  public final A update(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    long carried = aggregate.version();
    if (carried == 0) {
      throw new IllegalArgumentException(
          "update " + kind + " " + aggregate.id() + ": version 0 was never saved; use insert for a new aggregate");
    }
    long seen = find(aggregate.id()).map(Aggregate::version).orElse(0L);
    if (seen != carried) {
      throw unit.conflict(new ConflictException(kind.name(), aggregate.id().toString(), carried, seen));
    }
    A saved = aggregate.withVersion(carried + 1);
    written.put(saved.id(), saved);
    loadedVersion.putIfAbsent(saved.id(), carried);
    return saved;
  }

  @Override
  public final List<A> all() {
    return select(a -> true, Comparator.comparing(Aggregate::id));
  }

  /** The aggregates the unit sees that match, in the given order. */
  final List<A> select(Predicate<? super A> filter, Comparator<? super A> order) {
    unit.checkOpen();
    List<A> selected = new ArrayList<>();
    for (A aggregate : committed.values()) {
      if (!written.containsKey(aggregate.id()) && filter.test(aggregate)) {
        selected.add(aggregate);
      }
    }
    for (A aggregate : written.values()) {
      if (filter.test(aggregate)) {
        selected.add(aggregate);
      }
    }
    selected.sort(order);
    return List.copyOf(selected);
  }

  /** The aggregates the unit sees that match, ordered by id. */
  final List<A> select(Predicate<? super A> filter) {
    return select(filter, Comparator.comparing(Aggregate::id));
  }

  /**
   * Checks the unit's writes against the latest committed state: every aggregate it wrote must still be
   * at the version the unit loaded it at (or still absent, for one it inserted).
   *
   * @throws ConflictException for the first that is not
   */
  final void validate(Snapshot latest) {
    TreeMap<I, A> table = latest.table(kind);
    loadedVersion.forEach(
        (id, loaded) -> {
          long saved = table.get(id).map(Aggregate::version).getOrElse(0L);
          if (saved != loaded) {
            throw new ConflictException(kind.name(), id.toString(), loaded, saved);
          }
        });
    checkCommit(latest);
  }

  /** The latest committed state with the unit's writes applied; call after {@link #validate}. */
  final Snapshot apply(Snapshot latest) {
    if (written.isEmpty()) {
      return latest;
    }
    TreeMap<I, A> table = latest.table(kind);
    for (A aggregate : written.values()) {
      table = table.put(aggregate.id(), aggregate);
    }
    return latest.withTable(kind, table);
  }

  /** Whether the unit wrote nothing here. */
  final boolean isUnchanged() {
    return written.isEmpty();
  }
}
