package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.lifecycle.LifecycleAction;
import io.govcloud.core.lifecycle.PeriodicDemand;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle actions of the entry point (RULES.md R5): each loads what it needs, checks access
 * (R9), applies the pure rule of {@link Applications} or {@link Lifecycle}, saves, watches or closes its
 * deadlines, and queues its notifications, all through {@link Executor}.
 */
public final class LifecycleCommands {

  private static final String RESOURCE = "resource";

  private final Executor executor;
  private final DeadlineTracker deadlines;
  private final CatalogHistory catalog;

  /** Commands over an executor, a deadline tracker and the service catalog. */
  public LifecycleCommands(Executor executor, DeadlineTracker deadlines, CatalogHistory catalog) {
    this.executor = executor;
    this.deadlines = deadlines;
    this.catalog = catalog;
  }

  /** A step of an action on an existing resource, given the loaded resource and its platform. */
  @FunctionalInterface
  public interface Step<T> {
    /** Applies the step. */
    Either<Violation, T> apply(Tx tx, CloudResource resource, Platform platform);
  }

  /** Runs an action on an existing resource: load, check access and the role, then the step. */
  public <T> Either<Violation, T> onResource(Actor actor, LifecycleAction action, ResourceId id, Step<T> step) {
    return executor.change(actor, action.name(), RESOURCE, id.value(), tx -> {
      CloudResource resource = Subjects.resource(tx.uow(), id);
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, action.role(), action.article(), Subjects.of(tx.uow(), resource));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      return step.apply(tx, resource, Subjects.platform(tx.uow(), resource.platform()));
    });
  }

  /** Saves a resource's new state and records what changed. */
  public static CloudResource save(Tx tx, CloudResource before, CloudResource after) {
    CloudResource saved = tx.uow().resources().update(after);
    tx.changed(CloudResource.class, before, saved, "");
    return saved;
  }

  /** The kind of the tracked date by which a periodic demand's next period must be configured (Art. 23). */
  public static final String PERIODIC_CHANGE = "PERIODIC_CHANGE";

  /**
   * Saves a confirmation: the resource, its work order, and the notices to department and provider (Art.
   * 22); for a periodic demand (Art. 23), the date its next period must be configured by.
   */
  public WorkOrder saveConfirmation(Tx tx, CloudResource before, Lifecycle.Confirmation confirmation, Platform platform) {
    CloudResource after = confirmation.resource();
    save(tx, before, after);
    if (!after.periods().isEmpty() && after.state() != io.govcloud.model.ResourceState.TERMINATED) {
      deadlines.close(tx, PERIODIC_CHANGE, RESOURCE, after.id().value(), tx.now());
      LocalDate today = day(platform, tx.now());
      PeriodicDemand.nextChange(after.periods(), today, after.quantity()).ifPresent(change ->
          deadlines.openUntil(tx, PERIODIC_CHANGE, Article.of(23), RESOURCE, after.id().value(), platform,
              Party.department(after.applicant()), change.from().minusDays(1)));
    }
    WorkOrder order = confirmation.workOrder();
    tx.uow().workOrders().insertAll(List.of(order));
    tx.changed("workOrder", null, order.id() + " " + order.kind() + " " + order.item() + " x " + order.quantity().toPlainString()
        + " from " + order.effectiveAt());
    Map<String, String> data = Map.of("workOrder", order.id().value(), "kind", order.kind().name(), "item", order.item(),
        "quantity", order.quantity().toPlainString(), "effectiveAt", order.effectiveAt().toString());
    String zh = "已生成服务工单" + order.id() + "（" + order.kind() + "），作为支付服务费用的参考";
    String en = "work order " + order.id() + " (" + order.kind() + ") generated, the reference for payment";
    tx.notify("WORK_ORDER_GENERATED", Party.department(order.department()), Article.of(22), zh, en, data);
    tx.notify("WORK_ORDER_GENERATED", Party.provider(order.provider()), Article.of(22), zh, en, data);
    return order;
  }

  /** Applies to open resources (Art. 18, 19, 20, 28). */
  public Either<Violation, Applications.Outcome> apply(Actor actor, ResourceRequest request) {
    return create(actor, LifecycleAction.APPLY_OPEN, request, (tx, facts) -> {
      ResourceId id = ResourceId.of(tx.newId("res"));
      return Applications.apply(request, facts, id).map(outcome -> {
        if (outcome.resource().isEmpty()) {
          tx.subject("department", facts.user().id().value());
          tx.changed("metFromRedundancy", null, outcome.fromRedundancy().toPlainString() + " of " + request.item());
          return outcome;
        }
        CloudResource saved = tx.uow().resources().insert(outcome.resource().get());
        tx.subject(RESOURCE, saved.id().value());
        tx.changed(CloudResource.class, null, saved, "");
        Party authority = Party.authority(facts.platform().jurisdiction());
        deadlines.open(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, saved.id().value(), facts.platform(), authority, tx.now());
        tx.notify("APPLICATION_RECEIVED", authority, Article.of(20),
            "收到部门" + saved.department() + "的云资源开通申请" + saved.id() + "，应当在2个工作日内通知服务商提供试用环境",
            "application " + saved.id() + " from department " + saved.department()
                + " received: notify the provider to offer a trial environment within 2 working days",
            Map.of("resource", saved.id().value(), "item", saved.item(), "quantity", saved.quantity().toPlainString()));
        return new Applications.Outcome(Optional.of(saved), outcome.fromRedundancy(), outcome.shortfall());
      });
    });
  }

  /** Reports an emergency (Art. 25): the provider has 24 hours. */
  public Either<Violation, CloudResource> reportEmergency(Actor actor, ResourceRequest request) {
    return create(actor, LifecycleAction.REPORT_EMERGENCY, request, (tx, facts) -> {
      ResourceId id = ResourceId.of(tx.newId("res"));
      return Applications.reportEmergency(request, facts, id).map(resource -> {
        CloudResource saved = tx.uow().resources().insert(resource);
        tx.subject(RESOURCE, saved.id().value());
        tx.changed(CloudResource.class, null, saved, "");
        deadlines.open(tx, StatutoryDeadline.EMERGENCY_PROVISIONING, RESOURCE, saved.id().value(), facts.platform(),
            Party.provider(saved.provider()), tx.now());
        Map<String, String> data = Map.of("resource", saved.id().value(), "item", saved.item(), "quantity", saved.quantity().toPlainString());
        tx.notify("EMERGENCY_REPORTED", Party.authority(facts.platform().jurisdiction()), Article.of(25),
            "部门" + saved.department() + "报备紧急云资源需求" + saved.id(), "department " + saved.department() + " reported emergency need " + saved.id(), data);
        tx.notify("EMERGENCY_REPORTED", Party.provider(saved.provider()), Article.of(25),
            "请在24小时内配置紧急云资源" + saved.id(), "configure emergency resources " + saved.id() + " within 24 hours", data);
        return saved;
      });
    });
  }

  /** Checks the applicant and loads the facts of an application, then runs the creation. */
  private <T> Either<Violation, T> create(
      Actor actor, LifecycleAction action, ResourceRequest request, java.util.function.BiFunction<Tx, Applications.Facts, Either<Violation, T>> body) {
    String applicantId = actor.role() == Actor.Role.DEPARTMENT ? actor.subject() : "unknown";
    return executor.change(actor, action.name(), "department", request.forDepartment().map(DepartmentId::value).orElse(applicantId), tx -> {
      Platform platform = Subjects.platform(tx.uow(), request.platform());
      DepartmentId userId = request.forDepartment().orElse(actor.role() == Actor.Role.DEPARTMENT ? DepartmentId.of(actor.subject()) : null);
      List<DepartmentId> line = userId == null ? List.of() : Subjects.lineOf(tx.uow(), userId);
      AccessPolicy.Subject subject = new AccessPolicy.Subject(
          "department", userId == null ? request.platform().value() : userId.value(), line, platform.jurisdiction(), Optional.empty());
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, action.role(), action.article(), subject);
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Department applicant = Subjects.department(tx.uow(), DepartmentId.of(actor.subject()));
      Department user = Subjects.department(tx.uow(), userId);
      Provider provider = tx.uow().providers().find(platform.provider())
          .orElseThrow(() -> new IllegalStateException("platform " + platform.id() + " names unknown provider " + platform.provider()));
      Contract contract = tx.uow().contracts().find(request.contract())
          .orElseThrow(() -> new IllegalArgumentException("no contract " + request.contract() + " is registered"));
      Optional<Project> project = request.project().flatMap(p -> tx.uow().projects().find(p));
      Applications.Facts facts = new Applications.Facts(applicant, user, project, platform, provider, contract, catalog, tx.now());
      return body.apply(tx, facts);
    });
  }

  /** Checks an applicant is not a subordinate unit and a cited project is in the list (Art. 19, 28). */
  public static Optional<Violation> checkApplicant(Tx tx, CloudResource resource, ProjectId project, LocalDate today, LifecycleAction action) {
    Department applicant = Subjects.department(tx.uow(), DepartmentId.of(tx.actor().subject()));
    Optional<Violation> throughParent = Applications.checkApplicant(applicant, action);
    if (throughParent.isPresent()) {
      return Optional.of(throughParent.get().with("resource", resource.id()));
    }
    Department user = Subjects.department(tx.uow(), resource.department());
    return Applications.checkProject(project, tx.uow().projects().find(project), applicant, user, today);
  }

  /** The day of an instant in a platform's zone. */
  public static LocalDate day(Platform platform, Instant at) {
    return at.atZone(platform.timeZone()).toLocalDate();
  }

  /** A new work order id. */
  public static WorkOrderId newWorkOrderId(Tx tx) {
    return WorkOrderId.of(tx.newId("wo"));
  }

  /** The catalog history. */
  public CatalogHistory catalog() {
    return catalog;
  }

  /** The deadline tracker. */
  public DeadlineTracker deadlines() {
    return deadlines;
  }
}
