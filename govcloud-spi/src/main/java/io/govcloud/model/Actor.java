package io.govcloud.model;

import java.util.Objects;

/**
 * Who takes an action (docs/rules.md#r9: every action names its actor): a department, the authority of a
 * level, a provider, an auditor (审计机关, Art. 44), or the host system itself (for sweeps). {@link
 * #subject()} is the department's or provider's id, or the jurisdiction's code; {@link #person()} names
 * the person or account for the audit trail.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the kind of actor, not null
 * @param subject the department id, provider id or jurisdiction code, not blank
 * @param person the person or account acting: one line of printable text, not blank, at most {@link
 *     Limits#MAX_NAME_LENGTH} chars (docs/rules.md#limits)
 */
public record Actor(Role role, String subject, String person) {

  /** The kinds of actor. */
  public enum Role {
    /** A government department (政务部门). */
    DEPARTMENT,
    /** The big-data authority (大数据主管部门) of a jurisdiction. */
    AUTHORITY,
    /** A cloud service provider (政务云服务商). */
    PROVIDER,
    /** An audit office (审计机关): reads within its jurisdiction, changes nothing (Art. 44). */
    AUDITOR,
    /** The host system (多云管理系统) acting on its own, e.g. when sweeping deadlines. */
    SYSTEM
  }

  /**
   * Checks the fields.
   *
   * @param role the kind of actor, not null
   * @param subject the department id, provider id or jurisdiction code, not blank
   * @param person the person or account acting, not blank
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank or too long, the subject is not an identifier or
   *     the person is not one line of printable text (docs/rules.md#limits)
   */
  public Actor {
    Objects.requireNonNull(role, "role");
    Ids.check(subject, "Actor subject");
    Objects.requireNonNull(person, "person");
    if (person.isBlank()) {
      throw new IllegalArgumentException("an actor must name the person acting");
    }
    Texts.requireLine(person, "an actor's person");
  }

  /**
   * A department's person.
   *
   * @param department the department the person acts for, not null
   * @param person the person or account acting, not blank
   * @return the actor, with role {@link Role#DEPARTMENT}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person is blank or too long
   */
  public static Actor department(DepartmentId department, String person) {
    return new Actor(Role.DEPARTMENT, department.value(), person);
  }

  /**
   * A person of the authority of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction whose authority the person acts for, not null
   * @param person the person or account acting, not blank
   * @return the actor, with role {@link Role#AUTHORITY}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person is blank or too long
   */
  public static Actor authority(Jurisdiction jurisdiction, String person) {
    return new Actor(Role.AUTHORITY, jurisdiction.code(), person);
  }

  /**
   * A provider's person.
   *
   * @param provider the provider the person acts for, not null
   * @param person the person or account acting, not blank
   * @return the actor, with role {@link Role#PROVIDER}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person is blank or too long
   */
  public static Actor provider(ProviderId provider, String person) {
    return new Actor(Role.PROVIDER, provider.value(), person);
  }

  /**
   * An auditor of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction whose records the auditor may read, not null
   * @param person the person or account acting, not blank
   * @return the actor, with role {@link Role#AUDITOR}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person is blank or too long
   */
  public static Actor auditor(Jurisdiction jurisdiction, String person) {
    return new Actor(Role.AUDITOR, jurisdiction.code(), person);
  }

  /**
   * The host system, under a name such as {@code sweep}.
   *
   * @param name the name of the job or component acting, not blank
   * @return the actor, with role {@link Role#SYSTEM} and subject {@code system}
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static Actor system(String name) {
    return new Actor(Role.SYSTEM, "system", name);
  }

  /** {@return the party acting, without the person} */
  public Party party() {
    return new Party(role, subject);
  }

  @Override
  public String toString() {
    return role.name().toLowerCase(java.util.Locale.ROOT) + " " + subject + " (" + person + ")";
  }
}
