package io.govcloud.spi;

import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import java.util.List;

/** The cloud resources (docs/rules.md#r5). */
public interface ResourceRepository extends Repository<ResourceId, CloudResource> {

  /**
   * The resources a department uses, ordered by id.
   *
   * @param department the department that uses and pays for them, not null
   * @return its resources in every state, possibly empty; not null
   */
  List<CloudResource> ofDepartment(DepartmentId department);

  /**
   * The resources on a platform, ordered by id.
   *
   * @param platform the platform, not null
   * @return its resources in every state, possibly empty; not null
   */
  List<CloudResource> onPlatform(PlatformId platform);

  /**
   * The resources a provider serves, ordered by id.
   *
   * @param provider the provider, not null
   * @return its resources in every state, possibly empty; not null
   */
  List<CloudResource> ofProvider(ProviderId provider);
}
