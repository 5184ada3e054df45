package io.govcloud.inmemory;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UtilizationRepository;
import io.vavr.collection.TreeMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The utilization records within a unit of work: append-only; new ones are buffered until commit, where
 * their ids are checked again against the latest committed state.
 *
 * <p>Not thread-safe: used by the one thread running its unit.
 */
final class UtilizationLog implements UtilizationRepository {

  private static final String KIND = "utilization record";
  private static final Comparator<UtilizationRecord> BY_MEASUREMENT =
      Comparator.comparing(UtilizationRecord::measuredAt).thenComparing(UtilizationRecord::id);

  private final Unit unit;
  private final TreeMap<UtilizationRecordId, UtilizationRecord> committed;
  private final Map<UtilizationRecordId, UtilizationRecord> added = new LinkedHashMap<>();

  UtilizationLog(Unit unit) {
    this.unit = unit;
    this.committed = unit.base().utilization();
  }

  @Override
  public Optional<UtilizationRecord> find(UtilizationRecordId id) {
    Objects.requireNonNull(id, "id");
    unit.checkOpen();
    UtilizationRecord own = added.get(id);
    return own != null ? Optional.of(own) : committed.get(id).toJavaOptional();
  }

  @Override
  public void insert(UtilizationRecord record) {
    Objects.requireNonNull(record, "record");
    unit.checkOpen();
    if (find(record.id()).isPresent()) {
      throw unit.conflict(new ConflictException(KIND, record.id().value(), 0, 1));
    }
    added.put(record.id(), record);
  }

  @Override
  public Optional<UtilizationRecord> latest(DepartmentId department, PlatformId platform, Dimension dimension) {
    List<UtilizationRecord> series = series(department, platform, dimension);
    return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
  }

  @Override
  public List<UtilizationRecord> series(DepartmentId department, PlatformId platform, Dimension dimension) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    return select(r -> r.isOfSeries(department, platform, dimension));
  }

  @Override
  public List<UtilizationRecord> ofDepartment(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return select(r -> r.department().equals(department));
  }

  private List<UtilizationRecord> select(Predicate<UtilizationRecord> filter) {
    unit.checkOpen();
    List<UtilizationRecord> selected = new ArrayList<>();
    committed.values().filter(filter).forEach(selected::add);
    added.values().stream().filter(filter).forEach(selected::add);
    selected.sort(BY_MEASUREMENT);
    return List.copyOf(selected);
  }

  /**
   * Checks that no other unit committed a record of one of these ids.
   *
   * @throws ConflictException for the first that one did
   */
  void validate(Snapshot latest) {
    for (UtilizationRecordId id : added.keySet()) {
      if (latest.utilization().containsKey(id)) {
        throw new ConflictException(KIND, id.value(), 0, 1);
      }
    }
  }

  /** The latest committed state with these records added; call after {@link #validate}. */
  Snapshot apply(Snapshot latest) {
    return added.isEmpty() ? latest : latest.withUtilization(added.values());
  }

  /** Whether the unit added none. */
  boolean isUnchanged() {
    return added.isEmpty();
  }
}
