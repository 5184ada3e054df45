package io.govcloud.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A government department (政务部门, Art. 3) of a jurisdiction, possibly a subordinate unit of a parent
 * department. A subordinate unit's applications are filed by its parent (Art. 19, 2nd para), and a
 * department acts on its own resources and its subordinates' (docs/rules.md#r9).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param jurisdiction the level it belongs to, not null
 * @param parent the parent department, if it is a subordinate unit; not null
 * @param version the optimistic version, 0 if never saved
 */
public record Department(DepartmentId id, String name, Jurisdiction jurisdiction, Optional<DepartmentId> parent, long version)
    implements Aggregate<DepartmentId, Department> {

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param jurisdiction the level it belongs to, not null
   * @param parent the parent department, if it is a subordinate unit; not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the name is blank, the version negative or the department its own parent
   */
  public Department {
    Objects.requireNonNull(id, "id");
    Texts.requireName(name, "department " + id);
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(parent, "parent");
    Texts.requireVersion(version);
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("department " + id + " cannot be its own parent");
    }
  }

  /**
   * A top-level department, never saved.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param jurisdiction the level it belongs to, not null
   * @return the department, without parent, at version 0
   */
  public static Department of(DepartmentId id, String name, Jurisdiction jurisdiction) {
    return new Department(id, name, jurisdiction, Optional.empty(), 0);
  }

  /**
   * A subordinate unit of a parent department, never saved.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param jurisdiction the level it belongs to, not null
   * @param parent the parent department, not null, not {@code id}
   * @return the department, at version 0
   */
  public static Department subordinate(DepartmentId id, String name, Jurisdiction jurisdiction, DepartmentId parent) {
    return new Department(id, name, jurisdiction, Optional.of(parent), 0);
  }

  @Override
  public Department withVersion(long version) {
    return new Department(id, name, jurisdiction, parent, version);
  }
}
