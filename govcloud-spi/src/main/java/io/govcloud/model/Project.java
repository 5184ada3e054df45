package io.govcloud.model;

import java.util.Objects;

/**
 * An e-government IT project (政务信息化项目) of a year's annual project list (年度项目清单). Resources are
 * only configured for a project of the list (Art. 28); its type says how it is declared (Art. 29): stock
 * resources as operations, a new build's resources with it until accepted (then as operations), a
 * renovation's stock as operations and its increment as new build.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param department the department whose project it is, not null
 * @param year the year of the annual list it is in
 * @param type its type, not null
 * @param accepted whether a new build has passed acceptance (then it is declared as operations)
 * @param version the optimistic version, 0 if never saved
 */
public record Project(ProjectId id, String name, DepartmentId department, int year, Type type, boolean accepted, long version)
    implements Aggregate<ProjectId, Project> {

  /** The project types of Art. 29. */
  public enum Type {
    /** 新建项目. */
    NEW_BUILD,
    /** 运维项目. */
    OPERATIONS,
    /** 改扩建项目. */
    RENOVATION
  }

  /**
   * Checks the fields.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param department the department whose project it is, not null
   * @param year the year of the annual list it is in
   * @param type its type, not null
   * @param accepted whether a new build has passed acceptance (then it is declared as operations)
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the name is blank, the year outside 2000–2999 or the version negative
   */
  public Project {
    Objects.requireNonNull(id, "id");
    Texts.requireName(name, "project " + id);
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(type, "type");
    if (year < 2000 || year > 2999) {
      throw new IllegalArgumentException("project " + id + ": year must be 2000-2999, not " + year);
    }
    Texts.requireVersion(version);
  }

  /**
   * A project of a year's list, not accepted, never saved.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param department the department whose project it is, not null
   * @param year the year of the annual list it is in
   * @param type its type, not null
   * @return the project, not accepted, at version 0
   */
  public static Project of(ProjectId id, String name, DepartmentId department, int year, Type type) {
    return new Project(id, name, department, year, type, false, 0);
  }

  /**
   * How the project's resources are declared now (Art. 29): a new build that passed acceptance is
   * declared as operations.
   *
   * @return {@link Type#OPERATIONS} for an accepted new build, else {@link #type()}
   */
  public Type declaredAs() {
    return type == Type.NEW_BUILD && accepted ? Type.OPERATIONS : type;
  }

  /**
   * This project marked accepted.
   *
   * @param accepted whether a new build has passed acceptance (then it is declared as operations)
   * @return a copy of this project with that flag
   */
  public Project withAccepted(boolean accepted) {
    return new Project(id, name, department, year, type, accepted, version);
  }

  @Override
  public Project withVersion(long version) {
    return new Project(id, name, department, year, type, accepted, version);
  }
}
