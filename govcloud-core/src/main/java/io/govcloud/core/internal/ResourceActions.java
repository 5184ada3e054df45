package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.catalog.AdaptationPolicies;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.lifecycle.Adaptations;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.lifecycle.LifecycleAction;
import io.govcloud.core.lifecycle.LifecycleViolations;
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
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the actions on cloud resources share (rules R5, R9): running an action on an existing resource
 * (the role checked before anything is loaded, an unknown resource refused like one out of reach), creating
 * one from a request (the applicant, the platform and the contract checked before any rule that could
 * tell another department's from a missing one; a request for a configuration then adapted to the catalog
 * item, Art. 27), saving, confirmations with their work orders, and the
 * applicant and project checks of Art. 19 and 28.
 */
public final class ResourceActions {

  private static final String RESOURCE = "resource";

  private final ActionRunner runner;
  private final DeadlineTracker deadlines;
  private final Supplier<CatalogHistory> catalog;
  private final AdaptationPolicies adaptation;
  private final CatalogAdapters adapters = new CatalogAdapters();

  /** Actions over a runner, a deadline tracker, the service catalog and the adaptation policy's versions. */
  public ResourceActions(ActionRunner runner, DeadlineTracker deadlines, Supplier<CatalogHistory> catalog, AdaptationPolicies adaptation) {
    this.runner = runner;
    this.deadlines = deadlines;
    this.catalog = catalog;
    this.adaptation = adaptation;
  }

  /** The body of an action that creates a resource, given the facts of the application and the request for an item. */
  @FunctionalInterface
  public interface Body<T> {
    /** Applies the body. */
    Either<Violation, T> apply(Tx tx, Applications.Facts facts, ResourceRequest request);
  }

  /** A step of an action on an existing resource, given the loaded resource and its platform. */
  @FunctionalInterface
  public interface Step<T> {
    /** Applies the step. */
    Either<Violation, T> apply(Tx tx, CloudResource resource, Platform platform);
  }

  /** The runner. */
  ActionRunner runner() {
    return runner;
  }

  /** The deadline tracker. */
  DeadlineTracker deadlines() {
    return deadlines;
  }

  /** The catalog history. */
  CatalogHistory catalog() {
    return catalog.get();
  }

  /** Runs an action on an existing resource: the role, then load, then reach, then the step. */
  <T> Either<Violation, T> onResource(Actor actor, LifecycleAction action, ResourceId id, Step<T> step) {
    return runner.change(actor, action.name(), RESOURCE, id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(action.role()), action.article());
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<CloudResource> resource = tx.uow().resources().find(id);
      if (resource.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(Subjects.of(tx.uow(), resource.get()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      return step.apply(tx, resource.get(), Subjects.platform(tx.uow(), resource.get().platform()));
    });
  }

  /**
   * Runs an action that creates a resource from a request: the role, the reach of the department the
   * resources are for, the applicant (Art. 19 2nd para), the platform and the contract; a request for a
   * configuration adapted to the catalog version and policy in force (Art. 27), the adaptation audited;
   * then the body with the facts of the application and the request for an item.
   */
  <T> Either<Violation, T> create(Actor actor, LifecycleAction action, ResourceRequest request, Body<T> body) {
    boolean department = actor.role() == Actor.Role.DEPARTMENT;
    DepartmentId userId = request.forDepartment().orElse(DepartmentId.of(department ? actor.subject() : "unknown"));
    return runner.change(actor, action.name(), "department", userId.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(action.role()), action.article());
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<Department> user = tx.uow().departments().find(userId);
      if (user.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(Subjects.ofDepartment(tx.uow(), user.get(), "department", userId.value()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Department applicant = Subjects.department(tx.uow(), DepartmentId.of(actor.subject()));
      Optional<Violation> throughParent = Applications.checkApplicant(applicant, action);
      if (throughParent.isPresent()) {
        return Either.left(throughParent.get());
      }
      Optional<Violation> unstorable = InputViolations.text("deploymentReason", request.deploymentReason(), action.article());
      if (unstorable.isPresent()) {
        return Either.left(unstorable.get());
      }
      Optional<Platform> platform = tx.uow().platforms().find(request.platform()).filter(p -> Applications.usable(p, user.get(), applicant));
      if (platform.isEmpty()) {
        return Either.left(LifecycleViolations.platformNotUsable(userId, request.platform()));
      }
      Optional<Contract> contract = tx.uow().contracts().find(request.contract())
          .filter(c -> Applications.usable(c, platform.get(), user.get(), applicant));
      if (contract.isEmpty()) {
        return Either.left(LifecycleViolations.contractNotUsable(userId, request.platform(), request.contract()));
      }
      Provider provider = tx.uow().providers().find(platform.get().provider())
          .orElseThrow(() -> new IllegalStateException("platform " + request.platform() + " names unknown provider " + platform.get().provider()));
      Optional<Project> project = request.project().flatMap(p -> tx.uow().projects().find(p));
      Applications.Facts facts = new Applications.Facts(applicant, user.get(), project, platform.get(), provider, contract.get(), catalog.get(), tx.now());
      return Adaptations.adapt(request, facts.catalog(), adaptation, facts.today(), adapters).flatMap(forItem -> {
        if (request.configuration().isPresent()) {
          AdaptationRequest asked = request.configuration().get();
          tx.changed("configuration", null, Map.of(
              "category", asked.category(), "configuration", asked.configuration().toString(), "instances", asked.instances()));
          tx.changed("adaptedTo", null, Map.of("item", forItem.item(), "quantity", forItem.quantity()));
        }
        return body.apply(tx, facts, forItem);
      });
    });
  }

  /**
   * A step refused, once the access checks passed and before it runs, when an input is outside the limits
   * of input (docs/rules.md#limits); else the step.
   */
  static <T> Step<T> unless(Optional<Violation> refused, Step<T> step) {
    return (tx, r, platform) -> refused.isPresent() ? Either.left(refused.get()) : step.apply(tx, r, platform);
  }

  /** Saves a resource's new state and records what changed. */
  static CloudResource save(Tx tx, CloudResource before, CloudResource after) {
    CloudResource saved = tx.uow().resources().update(after);
    tx.changedAttributes(before, saved, "");
    return saved;
  }

  /** Inserts a new resource and records it, naming it the subject of the audit record. */
  static CloudResource insert(Tx tx, CloudResource resource) {
    CloudResource saved = tx.uow().resources().insert(resource);
    tx.subject(RESOURCE, saved.id().value());
    tx.changedAttributes(null, saved, "");
    return saved;
  }

  /**
   * Saves a confirmation: the resource, its work order, and the notices to department and provider (Art.
   * 22); for a periodic demand (Art. 23), the date its next period must be configured by.
   */
  WorkOrder saveConfirmation(Tx tx, CloudResource before, Lifecycle.Confirmation confirmation, Platform platform) {
    CloudResource after = confirmation.resource();
    save(tx, before, after);
    if (!after.periods().isEmpty() && after.state() != ResourceState.TERMINATED) {
      deadlines.close(tx, Notices.PERIODIC_CHANGE, RESOURCE, after.id().value(), tx.now());
      LocalDate today = day(platform, tx.now());
      PeriodicDemand.nextChange(after.periods(), today, after.quantity()).ifPresent(change ->
          deadlines.openUntil(tx, Notices.PERIODIC_CHANGE, Article.of(23), RESOURCE, after.id().value(), platform,
              Party.department(after.applicant()), change.from().minusDays(1)));
    }
    WorkOrder order = confirmation.workOrder();
    tx.uow().workOrders().insertAll(List.of(order));
    tx.changed("workOrder", null, order);
    Notices.workOrderGenerated(tx, order);
    return order;
  }

  /** Checks the actor's department is not a subordinate unit and a cited project is in the list (Art. 19, 28). */
  static Optional<Violation> checkApplicant(Tx tx, CloudResource resource, ProjectId project, LocalDate today, LifecycleAction action) {
    Department applicant = Subjects.department(tx.uow(), DepartmentId.of(tx.actor().subject()));
    Optional<Violation> throughParent = Applications.checkApplicant(applicant, action);
    if (throughParent.isPresent()) {
      return Optional.of(throughParent.get().with("resource", resource.id()));
    }
    Department user = Subjects.department(tx.uow(), resource.department());
    return Applications.checkProject(project, tx.uow().projects().find(project), applicant, user, today);
  }

  /** The day of an instant in a platform's zone. */
  static LocalDate day(Platform platform, Instant at) {
    return at.atZone(platform.timeZone()).toLocalDate();
  }

  /** A new work order id. */
  static WorkOrderId newWorkOrderId(Tx tx) {
    return WorkOrderId.of(tx.newId("wo"));
  }

  /** The effective time of a resource's latest work order; its application time if it has none. */
  static Instant latestWorkOrderAt(Tx tx, CloudResource r) {
    return tx.uow().workOrders().ofResource(r.id()).stream().map(WorkOrder::effectiveAt).max(Instant::compareTo).orElse(r.appliedAt());
  }

  /** The provider of a stored resource. */
  static Provider provider(Tx tx, CloudResource r) {
    return tx.uow().providers().find(r.provider()).orElseThrow(() -> new IllegalStateException("unknown provider " + r.provider()));
  }

  /** The contract of a stored resource. */
  static Contract contract(Tx tx, CloudResource r) {
    return tx.uow().contracts().find(r.contract()).orElseThrow(() -> new IllegalStateException("unknown contract " + r.contract()));
  }
}
