package io.govcloud.core.reallocation;

import io.govcloud.model.CloudResource;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One resource the authority reduces in a forced reduction (Art. 17: 由本级大数据主管部门予以调减): the
 * resource as loaded, its new quantity, and the id of the change work order that will confirm it, so that
 * billing follows (Art. 22, 30) and the case names it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource, not null
 * @param newQuantity its quantity after the reduction, not null
 * @param workOrder the id of the change work order to be generated, not null
 */
public record Cut(CloudResource resource, BigDecimal newQuantity, WorkOrderId workOrder) {

  /**
   * Checks the fields are present.
   *
   * @param resource the resource, not null
   * @param newQuantity its quantity after the reduction, not null
   * @param workOrder the id of the change work order to be generated, not null
   * @throws NullPointerException if a field is null
   */
  public Cut {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(newQuantity, "newQuantity");
    Objects.requireNonNull(workOrder, "workOrder");
  }
}
