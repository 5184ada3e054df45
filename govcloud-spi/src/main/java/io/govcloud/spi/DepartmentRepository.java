package io.govcloud.spi;

import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import java.util.List;

/** The departments (Art. 3, 19). */
public interface DepartmentRepository extends Repository<DepartmentId, Department> {

  /**
   * The direct subordinate units of a department, ordered by id.
   *
   * @param parent the parent department, not null
   * @return the departments whose parent it is (not their own subordinates), possibly empty
   */
  List<Department> childrenOf(DepartmentId parent);
}
