package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.LifecycleCommands;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The resource lifecycle of one actor (rule R5; Art. 13, 18–24, 27, 28, 42): apply, approve or reject,
 * trial, test, confirm; change; terminate. Reached by {@code gov.as(actor).resources()}.
 *
 * <p>Every method runs one unit of work and returns the result or the {@link Violation} that refused it
 * (audited): {@code ACCESS_DENIED} when the resource is out of the actor's reach or does not exist (the
 * two are indistinguishable), {@code ILLEGAL_TRANSITION} naming the state, the action and the article,
 * or the rule's own code ({@link io.govcloud.core.lifecycle.LifecycleViolations}). A lost race ({@link
 * io.govcloud.spi.ConflictException}) and a store fault throw a {@link GovCloudException}; nothing of the
 * unit is kept. Arguments are not null (a null is a caller's bug: a {@link NullPointerException} naming
 * it). This class is immutable and thread-safe.
 */
public final class ResourcesFacet {

  private final Actor actor;
  private final LifecycleCommands commands;

  ResourcesFacet(Actor actor, LifecycleCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * A department applies to open resources for itself or a subordinate unit, citing a project of the annual
   * list; its redundancy meets the request first; the authority has 2 working days (Art. 18–20, 27, 28).
   *
   * @param request what is applied for, not null
   * @return the outcome (the resource applied for, if redundancy did not meet it all), or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Applications.Outcome> apply(ResourceRequest request) {
    return commands.apply(actor, requireNonNull(request, "request"));
  }

  /**
   * The authority approves an application and notifies the provider to offer a trial (Art. 13, 20, 42).
   *
   * @param resource the resource applied for, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> approve(ResourceId resource) {
    return commands.approve(actor, requireNonNull(resource, "resource"));
  }

  /**
   * The authority rejects an application, stating why (Art. 20).
   *
   * @param resource the resource applied for, not null
   * @param reason why, not blank
   * @return the resource after, or the refusal
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> reject(ResourceId resource, String reason) {
    return commands.reject(actor, requireNonNull(resource, "resource"), Reasons.require(reason));
  }

  /**
   * The provider opens the trial environment; dedicated and hosted platforms must be integrated (Art. 13, 20).
   *
   * @param resource the resource, not null
   * @param openedAt when it opened, between the application and now, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @param integrated whether the data interface is open and the management software installed
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> openTrial(ResourceId resource, Instant openedAt, boolean integrated) {
    return commands.openTrial(actor, requireNonNull(resource, "resource"), requireNonNull(openedAt, "openedAt"), integrated);
  }

  /**
   * The department extends the trial under a supplementary contract signed since the trial opened (Art. 20).
   *
   * @param resource the resource, not null
   * @param supplementReference the supplement's reference, as registered on the contract, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> extendTrial(ResourceId resource, String supplementReference) {
    return commands.extendTrial(actor, requireNonNull(resource,
        "resource"), requireNonNull(supplementReference, "supplementReference"));
  }

  /**
   * The department records its test within the trial; only a passed test allows opening (Art. 20, 21).
   *
   * @param resource the resource, not null
   * @param passed whether the test passed
   * @param notes what was tested, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> recordTest(ResourceId resource, boolean passed, String notes) {
    return commands.recordTest(actor, requireNonNull(resource, "resource"), passed, requireNonNull(notes, "notes"));
  }

  /**
   * The department confirms the resources opened: quantity (at most the approved) and completion time; a
   * work order is generated, the reference for payment (Art. 22, 30).
   *
   * @param resource the resource, not null
   * @param quantity the quantity opened, positive, not null
   * @param completedAt the configuration's completion, between the trial's opening and now, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the work order, or the refusal
   * @throws IllegalArgumentException if the quantity is not positive
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, WorkOrder> confirmOpen(ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return commands.confirmOpen(actor, requireNonNull(resource,
        "resource"), requireNonNull(quantity, "quantity"), requireNonNull(completedAt, "completedAt"));
  }

  /**
   * The department (not a subordinate unit) applies for a change, citing a project (Art. 19, 27, 28).
   *
   * @param resource the resource, not null
   * @param item the catalog item after the change, not null
   * @param quantity the quantity after the change, not null
   * @param project the project of the annual list cited, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> applyChange(ResourceId resource, String item, BigDecimal quantity, ProjectId project) {
    return commands.applyChange(actor, requireNonNull(resource,
        "resource"), requireNonNull(item, "item"), requireNonNull(quantity, "quantity"), requireNonNull(project, "project"));
  }

  /**
   * The authority approves a change and notifies the provider; not one adding to a suspended provider (Art. 20, 42).
   *
   * @param resource the resource, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> approveChange(ResourceId resource) {
    return commands.approveChange(actor, requireNonNull(resource, "resource"));
  }

  /**
   * The authority refuses a change applied for, stating why; the resource stays as it was (Art. 19).
   *
   * @param resource the resource, not null
   * @param reason why, not blank
   * @return the resource after, or the refusal
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> rejectChange(ResourceId resource, String reason) {
    return commands.rejectChange(actor, requireNonNull(resource, "resource"), Reasons.require(reason));
  }

  /**
   * The department confirms the change: quantity (at most the approved) and effective time, not before the
   * resource's latest work order; a work order is generated (Art. 22).
   *
   * @param resource the resource, not null
   * @param quantity the quantity, positive, not null
   * @param effectiveAt when the change took effect, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the work order, or the refusal
   * @throws IllegalArgumentException if the quantity is not positive
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, WorkOrder> confirmChange(ResourceId resource, BigDecimal quantity, Instant effectiveAt) {
    return commands.confirmChange(actor, requireNonNull(resource,
        "resource"), requireNonNull(quantity, "quantity"), requireNonNull(effectiveAt, "effectiveAt"));
  }

  /**
   * The department (not a subordinate unit) applies for termination, citing a project (Art. 19).
   *
   * @param resource the resource, not null
   * @param project the project of the annual list cited, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> applyTermination(ResourceId resource, ProjectId project) {
    return commands.applyTermination(actor, requireNonNull(resource, "resource"), requireNonNull(project, "project"));
  }

  /**
   * The authority approves a termination; the provider is asked to hand over the documents (Art. 24).
   *
   * @param resource the resource, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> approveTermination(ResourceId resource) {
    return commands.approveTermination(actor, requireNonNull(resource, "resource"));
  }

  /**
   * The authority refuses a termination applied for, stating why; the resource stays in service (Art. 19).
   *
   * @param resource the resource, not null
   * @param reason why, not blank
   * @return the resource after, or the refusal
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> rejectTermination(ResourceId resource, String reason) {
    return commands.rejectTermination(actor, requireNonNull(resource, "resource"), Reasons.require(reason));
  }

  /**
   * The department records a step of the termination checklist (Art. 24).
   *
   * @param resource the resource, not null
   * @param step the step done, not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> recordTerminationStep(ResourceId resource, CloudResource.TerminationStep step) {
    return commands.recordTerminationStep(actor, requireNonNull(resource, "resource"), requireNonNull(step, "step"));
  }

  /**
   * The department confirms the termination's time, not before the latest work order, once the checklist
   * is done; a work order is generated and the end day is billed (Art. 24, 30).
   *
   * @param resource the resource, not null
   * @param endedAt when the service ended, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the work order, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, WorkOrder> confirmTermination(ResourceId resource, Instant endedAt) {
    return commands.confirmTermination(actor, requireNonNull(resource, "resource"), requireNonNull(endedAt, "endedAt"));
  }
}
