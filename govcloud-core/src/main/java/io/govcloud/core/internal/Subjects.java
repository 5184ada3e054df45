package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ResourceId;
import io.govcloud.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads what access checks and rules need to know about a subject. */
public final class Subjects {

  /** Deeper department trees than this are taken as a cycle in the data. */
  private static final int MAX_DEPTH = 32;

  private Subjects() {}

  /** A department followed by its ancestors, nearest first. */
  public static List<DepartmentId> lineOf(UnitOfWork uow, DepartmentId department) {
    List<DepartmentId> line = new ArrayList<>();
    Optional<DepartmentId> current = Optional.of(department);
    while (current.isPresent()) {
      if (line.size() == MAX_DEPTH || line.contains(current.get())) {
        throw new IllegalStateException("the departments above " + department + " form a cycle or are deeper than " + MAX_DEPTH);
      }
      line.add(current.get());
      current = uow.departments().find(current.get()).flatMap(Department::parent);
    }
    return line;
  }

  /** The department of an id, which must exist. */
  public static Department department(UnitOfWork uow, DepartmentId id) {
    return uow.departments().find(id).orElseThrow(() -> new IllegalArgumentException("no department " + id + " is registered"));
  }

  /** The top-level ancestor of a department (itself if it has no parent). */
  public static Department top(UnitOfWork uow, DepartmentId id) {
    List<DepartmentId> line = lineOf(uow, id);
    return department(uow, line.get(line.size() - 1));
  }

  /** The platform of an id, which must exist. */
  public static Platform platform(UnitOfWork uow, PlatformId id) {
    return uow.platforms().find(id).orElseThrow(() -> new IllegalArgumentException("no platform " + id + " is registered"));
  }

  /** The resource of an id, which must exist. */
  public static CloudResource resource(UnitOfWork uow, ResourceId id) {
    return uow.resources().find(id).orElseThrow(() -> new IllegalArgumentException("no resource " + id + " exists"));
  }

  /** A resource as an access subject: its department's line, its platform's jurisdiction, its provider. */
  public static AccessPolicy.Subject of(UnitOfWork uow, CloudResource resource) {
    List<DepartmentId> line = new ArrayList<>(lineOf(uow, resource.department()));
    if (!line.contains(resource.applicant())) {
      line.add(resource.applicant());
    }
    return new AccessPolicy.Subject(
        "resource", resource.id().value(), line, platform(uow, resource.platform()).jurisdiction(), Optional.of(resource.provider()));
  }
}
