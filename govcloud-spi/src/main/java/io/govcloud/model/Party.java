package io.govcloud.model;

import java.util.Objects;

/**
 * A party that acts or is notified: a role and its subject (a department id, a provider id or a
 * jurisdiction's code), without a person. Notifications are addressed to parties (docs/rules.md#r9).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the kind of party, not null
 * @param subject the department id, provider id or jurisdiction code, not blank
 */
public record Party(Actor.Role role, String subject) {

  /**
   * Checks the fields.
   *
   * @param role the kind of party, not null
   * @param subject the department id, provider id or jurisdiction code, not blank
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the subject is blank or too long
   */
  public Party {
    Objects.requireNonNull(role, "role");
    Ids.check(subject, "Party subject");
  }

  /**
   * A department.
   *
   * @param id the department's id, not null
   * @return the party, with role {@link Actor.Role#DEPARTMENT}
   * @throws NullPointerException if the id is null
   */
  public static Party department(DepartmentId id) {
    return new Party(Actor.Role.DEPARTMENT, id.value());
  }

  /**
   * The authority of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the party, with role {@link Actor.Role#AUTHORITY} and the jurisdiction's code as subject
   * @throws NullPointerException if the jurisdiction is null
   */
  public static Party authority(Jurisdiction jurisdiction) {
    return new Party(Actor.Role.AUTHORITY, jurisdiction.code());
  }

  /**
   * A provider.
   *
   * @param id the provider's id, not null
   * @return the party, with role {@link Actor.Role#PROVIDER}
   * @throws NullPointerException if the id is null
   */
  public static Party provider(ProviderId id) {
    return new Party(Actor.Role.PROVIDER, id.value());
  }

  @Override
  public String toString() {
    return role.name().toLowerCase(java.util.Locale.ROOT) + " " + subject;
  }
}
