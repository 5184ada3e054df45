package io.govcloud.core.access;

import io.govcloud.core.internal.Chinese;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.Violation;
import java.util.Locale;
import java.util.Objects;

/**
 * The refusals of the access rules (rule R9; Art. 5, 12, 15, 19, 33, 44): one stable code, {@link
 * #ACCESS_DENIED}, with the article, a Chinese and an English message, and the offending values as facts
 * ({@code actor}, {@code action}, {@code subject}).
 *
 * <p>No refusal tells a subject that exists from one that does not (Art. 33: information is used within
 * one's remit): an actor asking for an id it may not reach and an actor asking for an id that does not
 * exist get the same violation, word for word, and neither names the real subject's department,
 * jurisdiction or provider.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccessViolations {

  /**
   * The actor may not take the action on the subject, or the subject does not exist: the two are
   * indistinguishable. Facts: {@code actor}, {@code action}, {@code subject} (its kind and id, as given).
   */
  public static final String ACCESS_DENIED = "ACCESS_DENIED";

  private AccessViolations() {}

  /**
   * An auditor asked to change something: it reads and changes nothing (Art. 44).
   *
   * @param actor the auditor, not null
   * @param action the action's code, not null
   * @param subjectType the kind of subject, not null
   * @param subjectId the subject's id as given, not null
   * @return the violation, not null
   */
  public static Violation readOnly(Actor actor, String action, String subjectType, String subjectId) {
    return denied(actor, action, subjectType, subjectId, Article.of(44), "审计机关只能查阅，不能变更", "an auditor reads and changes nothing");
  }

  /**
   * An actor of another role than the action's asked to take it.
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param subjectType the kind of subject, not null
   * @param subjectId the subject's id as given, not null
   * @param role the role the action is for, not null
   * @param article the article that gives the action to that role, not null
   * @return the violation, not null
   */
  public static Violation roleRequired(Actor actor, String action, String subjectType, String subjectId, Actor.Role role, Article article) {
    return denied(actor, action, subjectType, subjectId, article, "该操作只能由" + Chinese.of(role) + "进行",
        "this action is for the " + english(role) + " role");
  }

  /**
   * The subject is outside the actor's reach, or does not exist; the text depends on the actor's role
   * only: a department reaches its own and its subordinate units' matters (Art. 33), an authority its own
   * jurisdiction (Art. 5), an auditor reads within its jurisdiction (Art. 44), a provider its own contracts
   * and the resources it serves (Art. 12), and the host system acts for no party (Art. 15).
   *
   * @param actor who acts, not null
   * @param action the action's code, not null
   * @param subjectType the kind of subject, not null
   * @param subjectId the subject's id as given, not null
   * @return the violation, not null
   */
  public static Violation outOfReach(Actor actor, String action, String subjectType, String subjectId) {
    return switch (actor.role()) {
      case DEPARTMENT -> denied(actor, action, subjectType, subjectId, Article.of(33),
          "政务部门只能对本部门及下级部门的事项进行操作，或者该对象不存在",
          "a department acts only on its own and its subordinate units' matters, or the subject does not exist");
      case AUTHORITY -> denied(actor, action, subjectType, subjectId, Article.of(5),
          "大数据主管部门只能在本级管辖范围内操作，或者该对象不存在",
          "an authority acts only within its own jurisdiction, or the subject does not exist");
      case AUDITOR -> denied(actor, action, subjectType, subjectId, Article.of(44),
          "审计机关只能查阅本级管辖范围内的事项，或者该对象不存在",
          "an auditor reads only within its own jurisdiction, or the subject does not exist");
      case PROVIDER -> denied(actor, action, subjectType, subjectId, Article.of(12),
          "政务云服务商只能对本服务商的合同和所服务的云资源进行操作，或者该对象不存在",
          "a provider acts only on its own contracts and the resources it serves, or the subject does not exist");
      case SYSTEM -> denied(actor, action, subjectType, subjectId, Article.of(15),
          "多云管理系统自身不能代替当事方操作", "the host system cannot act for a party");
    };
  }

  private static String english(Actor.Role role) {
    return switch (role) {
      case AUTHORITY -> "big-data authority";
      case PROVIDER -> "cloud service provider";
      case SYSTEM -> "host system";
      case DEPARTMENT, AUDITOR -> role.name().toLowerCase(Locale.ROOT);
    };
  }

  private static Violation denied(
      Actor actor, String action, String subjectType, String subjectId, Article article, String chinese, String english) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    return Violation.of(
            ACCESS_DENIED,
            article,
            Chinese.of(actor) + "不能对" + Chinese.subject(subjectType) + subjectId + "进行此项操作：" + chinese,
            actor + " may not " + action + " on " + subjectType + " " + subjectId + ": " + english)
        .with("actor", actor)
        .with("action", action)
        .with("subject", subjectType + " " + subjectId);
  }
}
