package io.govcloud.inmemory;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.WorkOrderRepository;
import io.vavr.collection.TreeMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The work orders within a unit of work: append-only; new ones are buffered until commit, where their ids
 * are checked again against the latest committed state.
 *
 * <p>Not thread-safe: used by the one thread running its unit.
 */
final class WorkOrderLog implements WorkOrderRepository {

  private static final String KIND = "work order";
  private static final Comparator<WorkOrder> BY_CONFIRMATION =
      Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id);

  private final Unit unit;
  private final TreeMap<WorkOrderId, WorkOrder> committed;
  private final Map<WorkOrderId, WorkOrder> added = new LinkedHashMap<>();

  WorkOrderLog(Unit unit) {
    this.unit = unit;
    this.committed = unit.base().workOrders();
  }

  @Override
  public Optional<WorkOrder> find(WorkOrderId id) {
    Objects.requireNonNull(id, "id");
    unit.checkOpen();
    WorkOrder own = added.get(id);
    return own != null ? Optional.of(own) : committed.get(id).toJavaOptional();
  }

  /** {@inheritDoc} All or none of the batch is added: a conflict adds none. */
  @Override
  public void insertAll(Collection<WorkOrder> workOrders) {
    Objects.requireNonNull(workOrders, "workOrders");
    unit.checkOpen();
    Map<WorkOrderId, WorkOrder> batch = new LinkedHashMap<>();
    for (WorkOrder workOrder : workOrders) {
      Objects.requireNonNull(workOrder, "work order");
      if (batch.putIfAbsent(workOrder.id(), workOrder) != null || find(workOrder.id()).isPresent()) {
        throw unit.conflict(new ConflictException(KIND, workOrder.id().value(), 0, 1));
      }
    }
    added.putAll(batch);
  }

  @Override
  public List<WorkOrder> ofResource(ResourceId resource) {
    Objects.requireNonNull(resource, "resource");
    return select(w -> w.resource().equals(resource));
  }

  @Override
  public List<WorkOrder> ofDepartment(DepartmentId department) {
    Objects.requireNonNull(department, "department");
    return select(w -> w.department().equals(department));
  }

  private List<WorkOrder> select(Predicate<WorkOrder> filter) {
    unit.checkOpen();
    List<WorkOrder> selected = new ArrayList<>();
    committed.values().filter(filter).forEach(selected::add);
    added.values().stream().filter(filter).forEach(selected::add);
    selected.sort(BY_CONFIRMATION);
    return List.copyOf(selected);
  }

  /**
   * Checks that no other unit committed a work order of one of these ids.
   *
   * @throws ConflictException for the first that one did
   */
  void validate(Snapshot latest) {
    for (WorkOrderId id : added.keySet()) {
      if (latest.workOrders().containsKey(id)) {
        throw new ConflictException(KIND, id.value(), 0, 1);
      }
    }
  }

  /** The latest committed state with these work orders added; call after {@link #validate}. */
  Snapshot apply(Snapshot latest) {
    return added.isEmpty() ? latest : latest.withWorkOrders(added.values());
  }

  /** Whether the unit added none. */
  boolean isUnchanged() {
    return added.isEmpty();
  }
}
