package io.govcloud.core.internal;

import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.lifecycle.LifecycleAction;
import io.govcloud.core.lifecycle.Quantities;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.reallocation.Redundancy;
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
import java.util.Map;
import java.util.Optional;

/**
 * The resource lifecycle through the store (rule R5; Art. 13, 18–24, 27, 28, 42): each action checks
 * access (rule R9), applies the pure rule of {@link Applications} or {@link Lifecycle}, saves, watches or
 * closes its deadlines, and queues its {@link Notices}.
 */
public final class LifecycleCommands {

  private static final String RESOURCE = "resource";

  private final ResourceActions actions;
  private final DeadlineTracker deadlines;
  private final IdleCapacities idle;
  private final CaseSteps cases;
  private final CorrectionCommands corrections;

  /** Commands over the shared resource actions, the recorded idle capacity (Art. 18) and the reduction cases (Art. 17). */
  LifecycleCommands(ResourceActions actions, IdleCapacities idle, CaseSteps cases) {
    this.actions = actions;
    this.deadlines = actions.deadlines();
    this.idle = idle;
    this.cases = cases;
    this.corrections = new CorrectionCommands(actions.runner(), actions.catalog());
  }

  /** The corrections of confirmed work orders (rule R4; Art. 22). */
  public CorrectionCommands corrections() {
    return corrections;
  }

  /**
   * Applies to open resources; a configuration is adapted to the catalog first (Art. 27), then the
   * department's recorded idle capacity on the platform meets it (Art. 18, 19, 20, 28).
   */
  public Either<Violation, Applications.Outcome> apply(Actor actor, ResourceRequest asked) {
    return actions.create(actor, LifecycleAction.APPLY_OPEN, asked, (tx, facts, request) -> {
      Redundancy redundancy = idle.of(tx.uow(), facts.user().id(), facts.platform(), request.item(), facts.today(), tx.now());
      return Applications.apply(request, facts, redundancy.units(), ResourceId.of(tx.newId("res"))).map(outcome -> {
        if (outcome.fromRedundancy().signum() > 0) {
          tx.changed("redundancy", null, redundancy);
        }
        if (outcome.resource().isEmpty()) {
          tx.changed("metFromRedundancy", null, Map.of("item", request.item(), "quantity", outcome.fromRedundancy()));
          return outcome;
        }
        CloudResource saved = ResourceActions.insert(tx, outcome.resource().get());
        Party authority = Party.authority(facts.platform().jurisdiction());
        deadlines.open(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, saved.id().value(), facts.platform(), authority, tx.now());
        Notices.applicationReceived(tx, authority, saved);
        return new Applications.Outcome(Optional.of(saved), outcome.fromRedundancy(), outcome.shortfall());
      });
    });
  }

  /** The authority approves and notifies the provider (Art. 13, 20). */
  public Either<Violation, CloudResource> approve(Actor actor, ResourceId resource) {
    return actions.onResource(actor, LifecycleAction.APPROVE, resource, (tx, r, platform) ->
        Lifecycle.approve(r, ResourceActions.provider(tx, r)).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          deadlines.close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, r.id().value(), tx.now());
          Notices.trialRequested(tx, saved);
          return saved;
        }));
  }

  /** The authority rejects an application. */
  public Either<Violation, CloudResource> reject(Actor actor, ResourceId resource, String reason) {
    return actions.onResource(actor, LifecycleAction.REJECT, resource, ResourceActions.unless(reason(reason, LifecycleAction.REJECT),
        (tx, r, platform) -> Lifecycle.reject(r).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          tx.changed("rejection", null, reason);
          deadlines.cancelAll(tx, RESOURCE, r.id().value());
          Notices.applicationRejected(tx, saved, reason);
          return saved;
        })));
  }

  /** The provider opens the trial environment (Art. 13, 20). */
  public Either<Violation, CloudResource> openTrial(Actor actor, ResourceId resource, Instant openedAt, boolean integrated) {
    return actions.onResource(actor, LifecycleAction.OPEN_TRIAL, resource, ResourceActions.unless(
        InputViolations.instant("openedAt", openedAt, LifecycleAction.OPEN_TRIAL.article()), (tx, r, platform) ->
        Lifecycle.openTrial(r, ResourceActions.provider(tx, r), ResourceActions.contract(tx, r), platform, openedAt, integrated, tx.now())
            .map(after -> {
              CloudResource saved = ResourceActions.save(tx, r, after);
              Notices.trialOpened(tx, saved);
              return saved;
            })));
  }

  /** The department extends the trial under a supplementary contract (Art. 20). */
  public Either<Violation, CloudResource> extendTrial(Actor actor, ResourceId resource, String supplementReference) {
    return actions.onResource(actor, LifecycleAction.EXTEND_TRIAL, resource, ResourceActions.unless(
        InputViolations.text("supplementReference", supplementReference, LifecycleAction.EXTEND_TRIAL.article()), (tx, r, platform) ->
        Lifecycle.extendTrial(r, ResourceActions.contract(tx, r), platform, supplementReference)
            .map(after -> ResourceActions.save(tx, r, after))));
  }

  /** The department records its test (Art. 21). */
  public Either<Violation, CloudResource> recordTest(Actor actor, ResourceId resource, boolean passed, String notes) {
    return actions.onResource(actor, LifecycleAction.RECORD_TEST, resource, ResourceActions.unless(
        InputViolations.text("notes", notes, LifecycleAction.RECORD_TEST.article()), (tx, r, platform) ->
        Lifecycle.recordTest(r, passed, notes, tx.now(), ResourceActions.day(platform, tx.now()))
            .map(after -> ResourceActions.save(tx, r, after))));
  }

  /** The department confirms the resources opened; a work order is generated (Art. 22). */
  public Either<Violation, WorkOrder> confirmOpen(Actor actor, ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return actions.onResource(actor, LifecycleAction.CONFIRM_OPEN, resource, (tx, r, platform) -> {
      Optional<Violation> refused = Quantities.check(r.item(), quantity, actions.catalog(), ResourceActions.day(platform, tx.now()))
          .or(() -> InputViolations.instant("completedAt", completedAt, LifecycleAction.CONFIRM_OPEN.article()));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.confirmOpen(r, quantity, completedAt, tx.now(), platform, ResourceActions.newWorkOrderId(tx))
          .map(c -> actions.saveConfirmation(tx, r, c, platform));
    });
  }

  /** The department applies for a change, citing a project (Art. 19, 27, 28). */
  public Either<Violation, CloudResource> applyChange(Actor actor, ResourceId resource, String item, BigDecimal quantity, ProjectId project) {
    return actions.onResource(actor, LifecycleAction.APPLY_CHANGE, resource, (tx, r, platform) -> {
      Optional<Violation> refused = ResourceActions.checkApplicant(tx, r, project, ResourceActions.day(platform, tx.now()),
              LifecycleAction.APPLY_CHANGE)
          .or(() -> Applications.checkItem(item, actions.catalog(), ResourceActions.contract(tx, r), ResourceActions.day(platform, tx.now())))
          .or(() -> Quantities.check(item, quantity, actions.catalog(), ResourceActions.day(platform, tx.now())));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.applyChange(r, item, quantity, project, tx.now()).map(after -> {
        CloudResource saved = ResourceActions.save(tx, r, after);
        Party authority = Party.authority(platform.jurisdiction());
        deadlines.open(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, r.id().value(), platform, authority, tx.now());
        Notices.changeApplied(tx, authority, saved);
        return saved;
      });
    });
  }

  /** The authority approves a change (Art. 20, 42). */
  public Either<Violation, CloudResource> approveChange(Actor actor, ResourceId resource) {
    return actions.onResource(actor, LifecycleAction.APPROVE_CHANGE, resource, (tx, r, platform) ->
        Lifecycle.approveChange(r, ResourceActions.provider(tx, r)).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          deadlines.close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, r.id().value(), tx.now());
          Notices.changeApproved(tx, saved);
          return saved;
        }));
  }

  /** The authority rejects a change (Art. 19). */
  public Either<Violation, CloudResource> rejectChange(Actor actor, ResourceId resource, String reason) {
    return actions.onResource(actor, LifecycleAction.REJECT_CHANGE, resource, ResourceActions.unless(
        reason(reason, LifecycleAction.REJECT_CHANGE), (tx, r, platform) -> Lifecycle.rejectChange(r).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          tx.changed("rejection", null, reason);
          deadlines.close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, RESOURCE, r.id().value(), tx.now());
          Notices.changeRejected(tx, saved, reason);
          return saved;
        })));
  }

  /**
   * The department confirms a change; a work order is generated (Art. 22); what it takes away counts
   * toward the department's open reduction cases on the platform (Art. 17).
   */
  public Either<Violation, WorkOrder> confirmChange(Actor actor, ResourceId resource, BigDecimal quantity, Instant effectiveAt) {
    return actions.onResource(actor, LifecycleAction.CONFIRM_CHANGE, resource, (tx, r, platform) -> {
      String item = r.pendingChange().map(CloudResource.PendingChange::item).orElse(r.item());
      Optional<Violation> refused = Quantities.check(item, quantity, actions.catalog(), ResourceActions.day(platform, tx.now()))
          .or(() -> InputViolations.instant("effectiveAt", effectiveAt, LifecycleAction.CONFIRM_CHANGE.article()));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.confirmChange(r, quantity, effectiveAt, ResourceActions.latestWorkOrderAt(tx, r), tx.now(), platform,
                ResourceActions.newWorkOrderId(tx))
            .map(c -> {
              WorkOrder order = actions.saveConfirmation(tx, r, c, platform);
              cases.count(tx, order, platform);
              return order;
            });
    });
  }

  /** The department applies for termination, citing a project (Art. 19). */
  public Either<Violation, CloudResource> applyTermination(Actor actor, ResourceId resource, ProjectId project) {
    return actions.onResource(actor, LifecycleAction.APPLY_TERMINATION, resource, (tx, r, platform) -> {
      Optional<Violation> refused = ResourceActions.checkApplicant(tx, r, project, ResourceActions.day(platform, tx.now()),
          LifecycleAction.APPLY_TERMINATION);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.applyTermination(r, project, tx.now()).map(after -> {
        CloudResource saved = ResourceActions.save(tx, r, after);
        Notices.terminationApplied(tx, Party.authority(platform.jurisdiction()), saved);
        return saved;
      });
    });
  }

  /** The authority approves a termination (Art. 24). */
  public Either<Violation, CloudResource> approveTermination(Actor actor, ResourceId resource) {
    return actions.onResource(actor, LifecycleAction.APPROVE_TERMINATION, resource, (tx, r, platform) ->
        Lifecycle.approveTermination(r).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          Notices.terminationApproved(tx, saved);
          return saved;
        }));
  }

  /** The authority rejects a termination (Art. 19). */
  public Either<Violation, CloudResource> rejectTermination(Actor actor, ResourceId resource, String reason) {
    return actions.onResource(actor, LifecycleAction.REJECT_TERMINATION, resource, ResourceActions.unless(
        reason(reason, LifecycleAction.REJECT_TERMINATION), (tx, r, platform) -> Lifecycle.rejectTermination(r).map(after -> {
          CloudResource saved = ResourceActions.save(tx, r, after);
          tx.changed("rejection", null, reason);
          Notices.terminationRejected(tx, saved, reason);
          return saved;
        })));
  }

  /** The department records a step of the termination checklist (Art. 24). */
  public Either<Violation, CloudResource> recordTerminationStep(Actor actor, ResourceId resource, CloudResource.TerminationStep step) {
    return actions.onResource(actor, LifecycleAction.RECORD_TERMINATION_STEP, resource, (tx, r, platform) ->
        Lifecycle.recordTerminationStep(r, step).map(after -> ResourceActions.save(tx, r, after)));
  }

  /**
   * The department confirms the termination; a work order is generated (Art. 24); what it takes away
   * counts toward the department's open reduction cases on the platform (Art. 17).
   */
  public Either<Violation, WorkOrder> confirmTermination(Actor actor, ResourceId resource, Instant endedAt) {
    return actions.onResource(actor, LifecycleAction.CONFIRM_TERMINATION, resource, ResourceActions.unless(
        InputViolations.instant("endedAt", endedAt, LifecycleAction.CONFIRM_TERMINATION.article()), (tx, r, platform) ->
        Lifecycle.confirmTermination(r, endedAt, ResourceActions.latestWorkOrderAt(tx, r), tx.now(), platform,
                ResourceActions.newWorkOrderId(tx))
            .map(c -> {
              WorkOrder order = actions.saveConfirmation(tx, r, c, platform);
              deadlines.cancelAll(tx, RESOURCE, r.id().value());
              cases.count(tx, order, platform);
              return order;
            })));
  }

  /** The check of a reason stated for a refusal where it enters (docs/rules.md#limits). */
  private static Optional<Violation> reason(String reason, LifecycleAction action) {
    return InputViolations.text("reason", reason, action.article());
  }
}
