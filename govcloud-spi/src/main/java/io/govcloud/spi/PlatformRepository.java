package io.govcloud.spi;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import java.util.List;

/** The platforms (Art. 9, 10). */
public interface PlatformRepository extends Repository<PlatformId, Platform> {

  /**
   * The platforms a department runs, ordered by id (at most one, Art. 10, once the rule has been applied).
   *
   * @param department the department, not null
   * @return the platforms it owns, possibly empty; not null
   */
  List<Platform> ownedBy(DepartmentId department);
}
