package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.access.AccessViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import io.govcloud.model.Violation;
import io.govcloud.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One action in progress inside a unit of work: who acts, when, on what subject, what changed (as the
 * JSON text of {@link AuditJson}), and the notifications it raises. Built by {@link ActionRunner}; used
 * by one thread.
 */
public final class Tx {

  private final UnitOfWork uow;
  private final Actor actor;
  private final Instant now;
  private final Supplier<String> ids;
  private final String action;
  private String subjectType;
  private String subjectId;
  private final List<FieldChange> changes = new ArrayList<>();

  Tx(UnitOfWork uow, Actor actor, Instant now, Supplier<String> ids, String action, String subjectType, String subjectId) {
    this.uow = uow;
    this.actor = actor;
    this.now = now;
    this.ids = ids;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
  }

  /** The unit of work. */
  public UnitOfWork uow() {
    return uow;
  }

  /** Who acts. */
  public Actor actor() {
    return actor;
  }

  /** When, by the host's clock. */
  public Instant now() {
    return now;
  }

  /** A new unique id with a prefix, e.g. {@code wo-...}. */
  public String newId(String prefix) {
    return prefix + "-" + ids.get();
  }

  /** Names the subject of the audit record, once it is known (e.g. a resource just created). */
  public void subject(String type, String id) {
    this.subjectType = Objects.requireNonNull(type, "type");
    this.subjectId = Objects.requireNonNull(id, "id");
  }

  String subjectType() {
    return subjectType;
  }

  /** The action's code, e.g. {@code SUPERVISE_REDUCTION}. */
  String action() {
    return action;
  }

  String subjectId() {
    return subjectId;
  }

  /** Records the changed attributes from one state of a model value to the next (either may be null). */
  public void changedAttributes(Object before, Object after, String prefix) {
    changes.addAll(Snapshots.diff(before, after, prefix));
  }

  /** Records one changed field; each value is written as the JSON of {@link AuditJson}, null for none. */
  public void changed(String field, Object before, Object after) {
    changes.add(new FieldChange(field, Snapshots.text(before), Snapshots.text(after)));
  }

  List<FieldChange> changes() {
    return changes;
  }

  /**
   * Checks what can be checked before the subject is loaded: the auditor and the role (rule R9).
   *
   * @return the refusal, or empty
   */
  public Optional<Violation> checkRole(AccessPolicy.Kind kind, Optional<Actor.Role> role, Article article) {
    return AccessPolicy.checkRole(actor, action, kind, role, article, subjectType, subjectId);
  }

  /**
   * Checks the loaded subject is within the actor's reach (rule R9).
   *
   * @return the refusal, or empty
   */
  public Optional<Violation> checkReach(AccessPolicy.Subject subject) {
    return AccessPolicy.checkReach(actor, action, subject);
  }

  /**
   * Checks the role, then the reach of a loaded subject (rule R9).
   *
   * @return the refusal, or empty
   */
  public Optional<Violation> access(AccessPolicy.Kind kind, Optional<Actor.Role> role, Article article, AccessPolicy.Subject subject) {
    return AccessPolicy.check(actor, action, kind, role, article, subject);
  }

  /**
   * The refusal of a subject that does not exist: the same as of one out of the actor's reach (rule R9,
   * Art. 33), naming the subject as the caller gave it.
   *
   * @return the violation, not null
   */
  public Violation unknown() {
    return AccessViolations.outOfReach(actor, action, subjectType, subjectId);
  }

  /** Queues a notification, sent after commit (rule R9); its type is a constant of {@code NotificationTypes}. */
  public void notify(
      String type, Party recipient, Article article, String chinese, String english, Map<String, String> data) {
    uow.enqueue(
        new Notification(
            NotificationId.of(newId("n")), type, recipient, subjectType, subjectId, article, chinese, english, data, now));
  }
}
