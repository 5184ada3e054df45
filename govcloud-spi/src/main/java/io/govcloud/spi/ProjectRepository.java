package io.govcloud.spi;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import java.util.List;

/** The projects of the annual project lists (Art. 28, 29). */
public interface ProjectRepository extends Repository<ProjectId, Project> {

  /**
   * A department's projects in a year's list, ordered by id.
   *
   * @param department the department, not null
   * @param year the year of the annual list
   * @return its projects of that year, possibly empty; not null
   */
  List<Project> ofDepartment(DepartmentId department, int year);
}
