package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.EmergencyCommands;
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
 * Emergencies of one actor (rule R5.8; Art. 22, 25, 30): a department reports an emergency need, the
 * provider configures it within 24 hours, the department confirms it, records the supplementary
 * project's approval and backfills the application within 2 working days. Reached by {@code
 * gov.as(actor).emergencies()}.
 *
 * <p>Every method runs one unit of work and returns the result or the {@link Violation} that refused it
 * (audited): {@code ACCESS_DENIED} when the resource is out of the actor's reach or does not exist (the
 * two are indistinguishable), {@code ILLEGAL_TRANSITION}, or the rule's own code ({@link
 * io.govcloud.core.lifecycle.LifecycleViolations}). A lost race and a store fault throw a {@link
 * GovCloudException}; nothing of the unit is kept. Every argument is not null: a null is a caller's bug,
 * thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmergenciesFacet {

  private final Actor actor;
  private final EmergencyCommands commands;

  EmergenciesFacet(Actor actor, EmergencyCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * A department reports an emergency need to the authority; the provider has 24 hours (Art. 25). The
   * request cites no project ({@link ResourceRequest#emergency}): one is supplemented and the application
   * backfilled.
   *
   * @param request what is needed, without a project, not null
   * @return the resource reported, or the refusal
   * @throws IllegalArgumentException if the request cites a project
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> report(ResourceRequest request) {
    requireNonNull(request, "request");
    if (request.project().isPresent()) {
      throw new IllegalArgumentException("an emergency is reported without a project (ResourceRequest.emergency), not with "
          + request.project().get() + ": the project is supplemented afterwards (Art. 25)");
    }
    return commands.report(actor, request);
  }

  /**
   * The provider configured the emergency resources at a time, closing the 24-hour deadline (Art. 25).
   *
   * @param resource the resource reported, not null
   * @param provisionedAt when it was configured, between the report and now, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> provision(ResourceId resource, Instant provisionedAt) {
    return commands.provision(actor, requireNonNull(resource, "resource"), requireNonNull(provisionedAt, "provisionedAt"));
  }

  /**
   * The department confirms the emergency configuration's quantity and completion time (Art. 25, 30).
   *
   * @param resource the resource, not null
   * @param quantity the quantity configured, positive, at most the reported, not null
   * @param completedAt the completion, between the provisioning and now, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the resource after, or the refusal
   * @throws IllegalArgumentException if the quantity is not positive
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> confirm(ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return commands.confirm(actor, requireNonNull(resource, "resource"), requireNonNull(quantity, "quantity"),
        requireNonNull(completedAt, "completedAt"));
  }

  /**
   * The department records the supplementary project's approval; the 2-working-day backfill deadline
   * starts (Art. 25 3rd para).
   *
   * @param resource the resource, not null
   * @param project the supplementary project, of the annual list, not null
   * @param approvedAt when it was approved, between the report and now, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @return the resource after, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> recordSupplementApproval(ResourceId resource, ProjectId project, Instant approvedAt) {
    return commands.recordSupplementApproval(actor, requireNonNull(resource, "resource"), requireNonNull(project, "project"),
        requireNonNull(approvedAt, "approvedAt"));
  }

  /**
   * The department backfills the application: the resource becomes active and its work order is
   * generated from the confirmed completion (Art. 22, 25, 30).
   *
   * @param resource the resource, not null
   * @return the work order, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, WorkOrder> backfill(ResourceId resource) {
    return commands.backfill(actor, requireNonNull(resource, "resource"));
  }
}
