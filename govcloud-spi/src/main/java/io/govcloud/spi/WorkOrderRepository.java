package io.govcloud.spi;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The work orders (Art. 22): append-only, never changed once saved; a correction is a new work order
 * that supersedes an earlier one.
 */
public interface WorkOrderRepository {

  /**
   * The work order of an id.
   *
   * @param id the work order's id, not null
   * @return the work order, or empty if none has that id
   */
  Optional<WorkOrder> find(WorkOrderId id);

  /**
   * Saves new work orders, in one batch: all of them, or none if one conflicts.
   *
   * @param workOrders the work orders, not null
   * @throws ConflictException if one of their ids exists, or appears twice in the batch
   */
  void insertAll(Collection<WorkOrder> workOrders);

  /**
   * The work orders of a resource, ordered by confirmation time, then id.
   *
   * @param resource the resource, not null
   * @return its work orders, possibly empty; not null
   */
  List<WorkOrder> ofResource(ResourceId resource);

  /**
   * The work orders of a department, ordered by confirmation time, then id.
   *
   * @param department the department, not null
   * @return its work orders, possibly empty; not null
   */
  List<WorkOrder> ofDepartment(DepartmentId department);

  /** {@return every work order, ordered by confirmation time, then id: the input of billing a month} */
  List<WorkOrder> all();
}
