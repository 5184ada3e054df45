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
 * Who may act on what (RULES.md R9; Art. 5, 12, 19, 33, 44): a department on its own resources and its
 * subordinates'; an authority within its level; a provider on its own contracts and the resources it
 * serves; an auditor reads everything within its jurisdiction and changes nothing. Anything else is
 * refused with a {@link #ACCESS_DENIED} violation naming actor, action and article; the entry point
 * audits the refusal.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccessPolicy {

  /** The code of every access refusal. */
  public static final String ACCESS_DENIED = "ACCESS_DENIED";

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
   * @param type the kind of subject, e.g. {@code resource}, not blank
   * @param id the subject's id, not blank
   * @param departments the department the subject belongs to followed by its ancestors (nearest first);
   *     empty if it belongs to no department
   * @param jurisdiction the level the subject belongs to, not null
   * @param provider the provider that serves it, if any
   */
  public record Subject(String type, String id, List<DepartmentId> departments, Jurisdiction jurisdiction, Optional<ProviderId> provider) {
    /** Checks and copies the fields. */
    public Subject {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
      departments = List.copyOf(departments);
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      Objects.requireNonNull(provider, "provider");
    }
  }

  /**
   * Checks an actor may take an action on a subject.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param kind whether it reads or changes, not null
   * @param role the role the action needs, or empty if any role may take it (subject to the rules above)
   * @param subject what it touches, not null
   * @return the refusal, or empty if the actor may
   */
  public static Optional<Violation> check(Actor actor, String action, Kind kind, Optional<Actor.Role> role, Subject subject) {
    return check(actor, action, kind, role, Article.of(19), subject);
  }

  /**
   * Checks an actor may take an action on a subject; a wrong role is refused citing the action's article.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param kind whether it reads or changes, not null
   * @param role the role the action needs, or empty if any role may take it (subject to the rules above)
   * @param roleArticle the article that gives the action to that role, not null
   * @param subject what it touches, not null
   * @return the refusal, or empty if the actor may
   */
  public static Optional<Violation> check(
      Actor actor, String action, Kind kind, Optional<Actor.Role> role, Article roleArticle, Subject subject) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(roleArticle, "roleArticle");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(subject, "subject");
    if (actor.role() == Actor.Role.AUDITOR && kind == Kind.CHANGE) {
      return Optional.of(denied(actor, action, subject, Article.of(44), "审计机关只能查阅，不能变更", "an auditor reads and changes nothing"));
    }
    if (role.isPresent() && role.get() != actor.role() && !(kind == Kind.READ && actor.role() == Actor.Role.AUDITOR)) {
      return Optional.of(denied(actor, action, subject, roleArticle,
          "该操作只能由" + chinese(role.get()) + "进行", "this action is for the " + role.get() + " role"));
    }
    return switch (actor.role()) {
      case DEPARTMENT -> subject.departments().contains(DepartmentId.of(actor.subject()))
          ? Optional.empty()
          : Optional.of(denied(actor, action, subject, Article.of(33),
              "部门只能对本部门及下级部门的云资源进行操作", "a department acts only on its own and its subordinate units' resources"));
      case AUTHORITY, AUDITOR -> subject.jurisdiction().code().equals(actor.subject())
          ? Optional.empty()
          : Optional.of(denied(actor, action, subject, actor.role() == Actor.Role.AUDITOR ? Article.of(44) : Article.of(5),
              "只能在本级管辖范围内操作（" + subject.jurisdiction() + "）", "acts only within its own jurisdiction, not " + subject.jurisdiction()));
      case PROVIDER -> subject.provider().map(ProviderId::value).filter(actor.subject()::equals).isPresent()
          ? Optional.empty()
          : Optional.of(denied(actor, action, subject, Article.of(12),
              "服务商只能对本服务商服务的合同和云资源进行操作", "a provider acts only on its own contracts and the resources it serves"));
      case SYSTEM -> role.filter(r -> r == Actor.Role.SYSTEM).isPresent()
          ? Optional.empty()
          : Optional.of(denied(actor, action, subject, Article.of(15),
              "多云管理系统自身不能代替当事方操作", "the host system cannot act for a party"));
    };
  }

  private static String chinese(Actor.Role role) {
    return switch (role) {
      case DEPARTMENT -> "政务部门";
      case AUTHORITY -> "大数据主管部门";
      case PROVIDER -> "政务云服务商";
      case AUDITOR -> "审计机关";
      case SYSTEM -> "多云管理系统";
    };
  }

  private static Violation denied(Actor actor, String action, Subject subject, Article article, String chinese, String english) {
    return Violation.of(
            ACCESS_DENIED,
            article,
            actor + "无权对" + subject.type() + " " + subject.id() + "执行" + action + "：" + chinese,
            actor + " may not " + action + " on " + subject.type() + " " + subject.id() + ": " + english)
        .with("actor", actor)
        .with("action", action)
        .with("subject", subject.type() + " " + subject.id());
  }
}
