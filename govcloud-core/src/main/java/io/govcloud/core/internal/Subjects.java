package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.spi.UnitOfWork;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Loads what access checks and rules need to know about a subject (rule R9). What the store must hold
 * because other aggregates refer to it (a resource's platform, a department's parent) is an {@link
 * IllegalStateException} when missing; what a caller names is looked up with {@code find} and its absence
 * is refused like a subject out of reach.
 */
public final class Subjects {

  /** Deeper department trees than this are taken as a cycle in the data. */
  private static final int MAX_DEPTH = 32;

  private Subjects() {}

  /** A department followed by its ancestors, nearest first; an unknown department is a line of itself. */
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

  /** A department and every unit below it, breadth first: whose matters the department reaches (Art. 19, 33). */
  public static List<DepartmentId> withSubordinates(UnitOfWork uow, DepartmentId department) {
    List<DepartmentId> found = new ArrayList<>();
    Deque<DepartmentId> pending = new ArrayDeque<>(List.of(department));
    while (!pending.isEmpty()) {
      DepartmentId next = pending.poll();
      if (!found.contains(next)) {
        found.add(next);
        uow.departments().childrenOf(next).forEach(child -> pending.add(child.id()));
      }
    }
    return found;
  }

  /** A department the store must hold, because something saved refers to it. */
  public static Department department(UnitOfWork uow, DepartmentId id) {
    return uow.departments().find(id).orElseThrow(() -> new IllegalStateException("department " + id + " is referred to but not stored"));
  }

  /** The top-level ancestor of a stored department (itself if it has no parent). */
  public static Department top(UnitOfWork uow, DepartmentId id) {
    List<DepartmentId> line = lineOf(uow, id);
    return department(uow, line.get(line.size() - 1));
  }

  /** A platform the store must hold, because something saved refers to it. */
  public static Platform platform(UnitOfWork uow, PlatformId id) {
    return uow.platforms().find(id).orElseThrow(() -> new IllegalStateException("platform " + id + " is referred to but not stored"));
  }

  /** A resource as an access subject: its department's line (and its applicant), its platform's jurisdiction, its provider. */
  public static AccessPolicy.Subject of(UnitOfWork uow, CloudResource resource) {
    List<DepartmentId> line = new ArrayList<>(lineOf(uow, resource.department()));
    if (!line.contains(resource.applicant())) {
      line.add(resource.applicant());
    }
    return AccessPolicy.Subject.of(
        "resource", resource.id().value(), line, platform(uow, resource.platform()).jurisdiction(), Optional.of(resource.provider()));
  }

  /**
   * A billing account as an access subject: its department's line, its platform's jurisdiction (none if
   * the platform is not registered, so that no authority reaches it), its provider.
   */
  public static AccessPolicy.Subject of(UnitOfWork uow, BillingAccount account) {
    Optional<Jurisdiction> jurisdiction = uow.platforms().find(account.platform()).map(Platform::jurisdiction);
    return new AccessPolicy.Subject("account", account.auditId(), lineOf(uow, account.department()), jurisdiction,
        Optional.of(account.provider()));
  }

  /**
   * A department's matter as an access subject (its contracts, its applications): the department's line
   * and jurisdiction.
   */
  public static AccessPolicy.Subject ofDepartment(UnitOfWork uow, Department department, String type, String id) {
    return AccessPolicy.Subject.of(type, id, lineOf(uow, department.id()), department.jurisdiction(), Optional.empty());
  }

  /** A matter of a jurisdiction (a registration, a billing month) as an access subject. */
  public static AccessPolicy.Subject ofJurisdiction(Jurisdiction jurisdiction, String type, String id) {
    return AccessPolicy.Subject.of(type, id, List.of(), jurisdiction, Optional.empty());
  }
}
