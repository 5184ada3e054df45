package io.govcloud.core.internal;

import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.lifecycle.LifecycleAction;
import io.govcloud.core.lifecycle.Quantities;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Party;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Emergencies through the store (rule R5.8; Art. 22, 25, 30): reported, provisioned within 24 hours,
 * confirmed, the supplementary project's approval recorded, the application backfilled within 2 working
 * days; each action checks access (rule R9), applies the pure rule, saves, watches its deadlines and
 * queues its {@link Notices}.
 */
public final class EmergencyCommands {

  private static final String RESOURCE = "resource";

  private final ResourceActions actions;
  private final DeadlineTracker deadlines;

  /** Commands over the shared resource actions. */
  public EmergencyCommands(ResourceActions actions) {
    this.actions = actions;
    this.deadlines = actions.deadlines();
  }

  /** Reports an emergency (Art. 25): the provider has 24 hours. */
  public Either<Violation, CloudResource> report(Actor actor, ResourceRequest asked) {
    return actions.create(actor, LifecycleAction.REPORT_EMERGENCY, asked, (tx, facts, request) ->
        Applications.reportEmergency(request, facts, ResourceId.of(tx.newId("res"))).map(resource -> {
          CloudResource saved = ResourceActions.insert(tx, resource);
          deadlines.open(tx, StatutoryDeadline.EMERGENCY_PROVISIONING, RESOURCE, saved.id().value(), facts.platform(),
              Party.provider(saved.provider()), tx.now());
          Notices.emergencyReported(tx, facts.platform().jurisdiction(), saved);
          return saved;
        }));
  }

  /** The provider configured the emergency resources, closing the 24-hour deadline (Art. 25). */
  public Either<Violation, CloudResource> provision(Actor actor, ResourceId resource, Instant provisionedAt) {
    return actions.onResource(actor, LifecycleAction.PROVISION_EMERGENCY, resource, ResourceActions.unless(
        InputViolations.instant("provisionedAt", provisionedAt, LifecycleAction.PROVISION_EMERGENCY.article()), (tx, r, platform) ->
        Lifecycle.provisionEmergency(r, provisionedAt, tx.now()).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          deadlines.close(tx, StatutoryDeadline.EMERGENCY_PROVISIONING, RESOURCE, r.id().value(), provisionedAt);
          Notices.emergencyProvisioned(tx, saved);
          return saved;
        })));
  }

  /** The department confirms the emergency configuration (Art. 25, 30). */
  public Either<Violation, CloudResource> confirm(Actor actor, ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return actions.onResource(actor, LifecycleAction.CONFIRM_EMERGENCY, resource, (tx, r, platform) -> {
      Optional<Violation> refused = Quantities.check(r.item(), quantity, actions.catalog(), ResourceActions.day(platform, tx.now()))
          .or(() -> InputViolations.instant("completedAt", completedAt, LifecycleAction.CONFIRM_EMERGENCY.article()));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.confirmEmergency(r, quantity, completedAt, tx.now()).map(after -> ResourceActions.save(tx, r, after));
    });
  }

  /** The department records the supplementary project's approval; the backfill deadline starts (Art. 25). */
  public Either<Violation, CloudResource> recordSupplementApproval(Actor actor, ResourceId resource, ProjectId project, Instant approvedAt) {
    return actions.onResource(actor, LifecycleAction.RECORD_SUPPLEMENT_APPROVAL, resource, (tx, r, platform) -> {
      Optional<Violation> refused = ResourceActions.checkApplicant(tx, r, project, ResourceActions.day(platform, tx.now()),
          LifecycleAction.RECORD_SUPPLEMENT_APPROVAL)
          .or(() -> InputViolations.instant("approvedAt", approvedAt, LifecycleAction.RECORD_SUPPLEMENT_APPROVAL.article()));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.recordSupplementApproval(r, project, approvedAt, tx.now()).map(after -> {
        CloudResource saved = ResourceActions.save(tx, r, after);
        deadlines.open(tx, StatutoryDeadline.EMERGENCY_BACKFILL, RESOURCE, r.id().value(), platform, Party.department(r.applicant()), approvedAt);
        return saved;
      });
    });
  }

  /** The department backfills the application; the work order is generated (Art. 22, 25). */
  public Either<Violation, WorkOrder> backfill(Actor actor, ResourceId resource) {
    return actions.onResource(actor, LifecycleAction.BACKFILL, resource, (tx, r, platform) -> {
      Optional<Violation> refused = r.project().isEmpty() ? Optional.empty()
          : ResourceActions.checkApplicant(tx, r, r.project().get(), ResourceActions.day(platform, tx.now()), LifecycleAction.BACKFILL);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.backfill(r, tx.now(), platform, ResourceActions.newWorkOrderId(tx)).map(c -> {
        WorkOrder order = actions.saveConfirmation(tx, r, c, platform);
        deadlines.close(tx, StatutoryDeadline.EMERGENCY_BACKFILL, RESOURCE, r.id().value(), tx.now());
        Notices.backfilled(tx, platform.jurisdiction(), c.resource());
        return order;
      });
    });
  }
}
