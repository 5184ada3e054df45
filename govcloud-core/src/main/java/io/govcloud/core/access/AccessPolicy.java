package io.govcloud.core.access;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may act on what (rule R9; Art. 5, 12, 19, 33, 44): a department on its own matters and its
 * subordinates'; an authority within its level; a provider on its own contracts and the resources it
 * serves; an auditor reads everything within its jurisdiction and changes nothing. Anything else is
 * refused with an {@link AccessViolations#ACCESS_DENIED} violation; the entry point audits the refusal.
 *
 * <p>The check comes in two steps so that nothing about a subject leaks before the actor may know it:
 * {@link #checkRole} needs only the action (an auditor changing, a wrong role), and {@link #checkReach}
 * the subject; a subject that does not exist is refused with {@link AccessViolations#outOfReach}, the
 * same violation as a subject out of reach.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Whether an action reads or changes. */
  public enum Kind {
    /** Reads only: auditors may. */
    READ,
    /** Changes something: auditors may not (Art. 44). */
    CHANGE
  }

  /**
   * What an action touches, as far as access is concerned.
   *
   * @param type the kind of subject, e.g. {@code resource}, not null
   * @param id the subject's id, not null
   * @param departments the department the subject belongs to followed by its ancestors (nearest first);
   *     empty if it belongs to no department
   * @param jurisdiction the level the subject belongs to; empty if it belongs to none known (then no
   *     authority or auditor reaches it)
   * @param provider the provider that serves it, if any
   */
  public record Subject(
      String type, String id, List<DepartmentId> departments, Optional<Jurisdiction> jurisdiction, Optional<ProviderId> provider) {
    /**
     * Checks and copies the fields.
     *
     * @param type the kind of subject, e.g. {@code resource}, not null
     * @param id the subject's id, not null
     * @param departments the department the subject belongs to followed by its ancestors (nearest first);
     *     empty if it belongs to no department
     * @param jurisdiction the level the subject belongs to; empty if it belongs to none known (then no
     *     authority or auditor reaches it)
     * @param provider the provider that serves it, if any
     */
    public Subject {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
      departments = List.copyOf(departments);
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      Objects.requireNonNull(provider, "provider");
    }

    /**
     * A subject of a known jurisdiction.
     *
     * @param type the kind of subject, e.g. {@code resource}, not null
     * @param id the subject's id, not null
     * @param departments the department the subject belongs to followed by its ancestors (nearest first);
     *     empty if it belongs to no department
     * @param jurisdiction the level the subject belongs to; empty if it belongs to none known (then no
     *     authority or auditor reaches it)
     * @param provider the provider that serves it, if any
     * @return the subject, not null
     */
    public static Subject of(String type, String id, List<DepartmentId> departments, Jurisdiction jurisdiction, Optional<ProviderId> provider) {
      return new Subject(type, id, departments, Optional.of(jurisdiction), provider);
    }
  }

  /**
   * Checks what can be checked before the subject is loaded: an auditor never changes (Art. 44), and an
   * action for one role is refused to the others, citing the article that gives it to that role.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param kind whether it reads or changes, not null
   * @param role the role the action needs, or empty if any role may take it
   * @param roleArticle the article that gives the action to that role, not null
   * @param subjectType the kind of subject, as given, not null
   * @param subjectId the subject's id, as given, not null
   * @return the refusal, or empty if the role may
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> checkRole(
      Actor actor, String action, Kind kind, Optional<Actor.Role> role, Article roleArticle, String subjectType, String subjectId) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(roleArticle, "roleArticle");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    if (actor.role() == Actor.Role.AUDITOR && kind == Kind.CHANGE) {
      return Optional.of(AccessViolations.readOnly(actor, action, subjectType, subjectId));
    }
    if (role.isPresent() && role.get() != actor.role() && !(kind == Kind.READ && actor.role() == Actor.Role.AUDITOR)) {
      return Optional.of(AccessViolations.roleRequired(actor, action, subjectType, subjectId, role.get(), roleArticle));
    }
    return Optional.empty();
  }

  /**
   * Checks a loaded subject is within the actor's reach.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param subject what it touches, not null
   * @return the refusal ({@link AccessViolations#outOfReach}), or empty if the actor reaches it
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> checkReach(Actor actor, String action, Subject subject) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    boolean reaches = switch (actor.role()) {
      case DEPARTMENT -> subject.departments().contains(DepartmentId.of(actor.subject()));
      case AUTHORITY, AUDITOR -> subject.jurisdiction().filter(j -> j.code().equals(actor.subject())).isPresent();
      case PROVIDER -> subject.provider().filter(p -> p.value().equals(actor.subject())).isPresent();
      case SYSTEM -> false;
    };
    return reaches ? Optional.empty() : Optional.of(AccessViolations.outOfReach(actor, action, subject.type(), subject.id()));
  }

  /**
   * Checks an actor may take an action on a loaded subject: {@link #checkRole}, then {@link #checkReach}.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param kind whether it reads or changes, not null
   * @param role the role the action needs, or empty if any role may take it
   * @param roleArticle the article that gives the action to that role, not null
   * @param subject what it touches, not null
   * @return the refusal, or empty if the actor may
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> check(
      Actor actor, String action, Kind kind, Optional<Actor.Role> role, Article roleArticle, Subject subject) {
    Objects.requireNonNull(subject, "subject");
    return checkRole(actor, action, kind, role, roleArticle, subject.type(), subject.id())
        .or(() -> checkReach(actor, action, subject));
  }

  /**
   * Checks an actor may take an action on a loaded subject; a wrong role is refused citing Art. 19.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param kind whether it reads or changes, not null
   * @param role the role the action needs, or empty if any role may take it
   * @param subject what it touches, not null
   * @return the refusal, or empty if the actor may
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Violation> check(Actor actor, String action, Kind kind, Optional<Actor.Role> role, Subject subject) {
    return check(actor, action, kind, role, Article.of(19), subject);
  }
}
