package io.govcloud.core.lifecycle;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Platform;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The transitions of a cloud resource's lifecycle after it is applied for (docs/rules.md#r5; Art. 13, 20–25,
 * 42), as pure functions: the resource before, the facts, and the resource after (with the work order a
 * confirmation generates), or the violation that refuses the action, naming the state, the action and
 * the article.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Lifecycle {

  private Lifecycle() {}

  /**
   * A confirmation's result: the resource after it and the work order it generated (Art. 22).
   *
   * @param resource the resource after the confirmation
   * @param workOrder the work order generated
   */
  public record Confirmation(CloudResource resource, WorkOrder workOrder) {}

  /**
   * The authority approves an application and notifies the provider to offer a trial (Art. 13, 20, 42).
   *
   * @param resource the resource before, not null
   * @param provider the resource's provider, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code PROVIDER_SUSPENDED} (Art. 42) for a suspended provider
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> approve(CloudResource resource, Provider provider) {
    return inState(resource, LifecycleAction.APPROVE)
        .flatMap(r -> notSuspended(provider, r))
        .map(r -> r.withState(ResourceState.TRIAL_NOTIFIED).withDeploymentConsented(r.deploymentMode().needsConsent()));
  }

  /**
   * The authority rejects an application.
   *
   * @param resource the resource before, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in ({@link ResourceState#REJECTED} after)
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> reject(CloudResource resource) {
    return inState(resource, LifecycleAction.REJECT).map(r -> r.withState(ResourceState.REJECTED));
  }

  /**
   * The provider opens the trial environment (Art. 20); a dedicated or hosted platform must be
   * integrated first (Art. 13 3rd para). The trial's last day is the opening day plus the contract's
   * trial days (Civil Code Art. 201: the opening day is not counted); only a supplementary contract
   * signed for this trial extends it ({@link #extendTrial}). The opening time lies between the
   * application and now.
   *
   * @param resource the resource before, not null
   * @param provider the resource's provider, not null
   * @param contract the contract the resource's price comes from, for its trial days, not null
   * @param platform the resource's platform, for its zone, not null
   * @param openedAt when the trial environment was opened, not null
   * @param integrated whether the data interface is open and the management software installed
   * @param now the current time, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code PROVIDER_SUSPENDED}, {@code CONFIRMATION_MISMATCH} for an opening time before the
   *     application or after now, {@code INTEGRATION_REQUIRED} (Art. 13) for a dedicated or hosted resource
   *     not integrated
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> openTrial(
      CloudResource resource, Provider provider, Contract contract, Platform platform, Instant openedAt, boolean integrated, Instant now) {
    Objects.requireNonNull(openedAt, "openedAt");
    return inState(resource, LifecycleAction.OPEN_TRIAL)
        .flatMap(r -> notSuspended(provider, r))
        .flatMap(r -> Windows.between(r, openedAt, r.appliedAt(), Windows.Since.APPLICATION, now))
        .flatMap(
            r -> r.deploymentMode().needsIntegration() && !integrated
                ? Either.left(LifecycleViolations.integrationRequired(r))
                : Either.right(r))
        .map(
            r -> {
              LocalDate opened = openedAt.atZone(platform.timeZone()).toLocalDate();
              return r.withState(ResourceState.IN_TRIAL)
                  .withIntegrated(integrated)
                  .withTrialOpenedAt(openedAt)
                  .withTrialEndsOn(opened.plusDays(contract.trialDays()));
            });
  }

  /**
   * The department extends the trial under a supplementary contract registered on its contract (Art. 20
   * 2nd para): the trial then lasts the contract's days plus the days of every supplement signed since
   * the trial opened (a supplement signed before serves earlier trials, not this one). Extending twice
   * under one supplement changes nothing.
   *
   * @param resource the resource before, not null
   * @param contract the resource's contract, with its supplements, not null
   * @param platform the resource's platform, for its zone, not null
   * @param supplementReference the reference of the supplementary contract, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code SUPPLEMENTARY_CONTRACT_REQUIRED} when the contract has no supplement of that
   *     reference signed since the trial opened
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> extendTrial(
      CloudResource resource, Contract contract, Platform platform, String supplementReference) {
    Objects.requireNonNull(supplementReference, "supplementReference");
    return inState(resource, LifecycleAction.EXTEND_TRIAL)
        .flatMap(
            r -> contract.supplements().stream().anyMatch(
                    s -> s.reference().equals(supplementReference) && !s.signedAt().isBefore(r.trialOpenedAt().orElseThrow()))
                ? Either.right(r)
                : Either.left(LifecycleViolations.supplementRequired(r, supplementReference)))
        .map(
            r -> {
              Instant openedAt = r.trialOpenedAt().orElseThrow();
              LocalDate opened = openedAt.atZone(platform.timeZone()).toLocalDate();
              return r.withTrialEndsOn(opened.plusDays(contract.trialDaysOfTrialOpenedAt(openedAt)));
            });
  }

  /**
   * The department records its test (Art. 21); only within the trial (Art. 20).
   *
   * @param resource the resource before, not null
   * @param passed whether the test passed
   * @param notes what was tested, not null
   * @param now the current time, not null
   * @param today the current date in the platform's zone, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code TRIAL_ENDED} after the trial's last day
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> recordTest(
      CloudResource resource, boolean passed, String notes, Instant now, LocalDate today) {
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(now, "now");
    return inState(resource, LifecycleAction.RECORD_TEST)
        .flatMap(
            r -> r.trialEndsOn().isPresent() && today.isAfter(r.trialEndsOn().get())
                ? Either.left(LifecycleViolations.trialEnded(r, r.trialEndsOn().get(), today))
                : Either.right(r))
        .map(
            r -> r.withState(passed ? ResourceState.TEST_PASSED : ResourceState.TEST_FAILED)
                .withTest(new CloudResource.TestResult(passed, now, notes)));
  }

  /**
   * The department confirms the resources opened: the quantity (at most the approved) and the
   * configuration-completion time, between the trial's opening and now (nothing is billed for the time
   * before the trial); a work order of kind OPEN is generated (Art. 22, 30).
   *
   * @param resource the resource before, not null
   * @param quantity the quantity opened, positive, at most the approved
   * @param completedAt the configuration-completion time the department confirms, not null
   * @param now the current time, not null
   * @param platform the resource's platform, whose zone the work order carries, not null
   * @param workOrder the id of the work order generated, not null
   * @return the resource after and its work order, or the refusal: {@code ILLEGAL_TRANSITION} in a state the
   *     action is not allowed in, {@code CONFIRMATION_MISMATCH} for a quantity above the approved or a time
   *     outside its window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the quantity is not positive
   */
  public static Either<Violation, Confirmation> confirmOpen(
      CloudResource resource, BigDecimal quantity, Instant completedAt, Instant now, Platform platform, WorkOrderId workOrder) {
    Objects.requireNonNull(completedAt, "completedAt");
    return inState(resource, LifecycleAction.CONFIRM_OPEN)
        .flatMap(r -> Windows.checkConfirmation(r, quantity, completedAt, r.trialOpenedAt().orElse(r.appliedAt()), Windows.Since.TRIAL_OPENING, now))
        .map(
            r -> {
              CloudResource after = r.withState(ResourceState.ACTIVE).withQuantity(quantity);
              return new Confirmation(after, workOrder(after, WorkOrder.Kind.OPEN, completedAt, now, platform, workOrder));
            });
  }

  /**
   * The department applies for a change of item or quantity, citing a project (Art. 19, 28).
   *
   * @param resource the resource before, not null
   * @param item the item wanted, not blank
   * @param quantity the quantity wanted, positive
   * @param project the project of the annual list cited, not null
   * @param now the time of the application, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the item is blank or the quantity not positive
   */
  public static Either<Violation, CloudResource> applyChange(
      CloudResource resource, String item, BigDecimal quantity, ProjectId project, Instant now) {
    CloudResource.PendingChange change = new CloudResource.PendingChange(item, quantity, project, now);
    return inState(resource, LifecycleAction.APPLY_CHANGE)
        .map(r -> r.withState(ResourceState.CHANGE_REQUESTED).withPendingChange(Optional.of(change)));
  }

  /**
   * The authority approves a change; one that adds resources is refused for a suspended provider (Art. 42).
   *
   * @param resource the resource before, not null
   * @param provider the resource's provider, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code PROVIDER_SUSPENDED} (Art. 42) for a change that adds resources of a suspended
   *     provider
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> approveChange(CloudResource resource, Provider provider) {
    return inState(resource, LifecycleAction.APPROVE_CHANGE)
        .flatMap(
            r -> {
              CloudResource.PendingChange change = r.pendingChange().orElseThrow();
              boolean adds = !change.item().equals(r.item()) || change.quantity().compareTo(r.quantity()) > 0;
              return adds ? notSuspended(provider, r) : Either.right(r);
            })
        .map(r -> r.withState(ResourceState.CHANGE_APPROVED));
  }

  /**
   * The department confirms the change's quantity (at most the approved) and effective time, which lies
   * between the resource's latest work order and now; a work order of kind CHANGE is generated (Art. 22).
   *
   * @param resource the resource before, not null
   * @param quantity the quantity after the change, positive, at most the approved
   * @param effectiveAt when the change took effect, not null
   * @param latestWorkOrder the effective time of the resource's latest work order, not null
   * @param now the current time, not null
   * @param platform the resource's platform, whose zone the work order carries, not null
   * @param workOrder the id of the work order generated, not null
   * @return the resource after and its work order, or the refusal: {@code ILLEGAL_TRANSITION} in a state the
   *     action is not allowed in, {@code CONFIRMATION_MISMATCH} for a quantity above the approved or a time
   *     outside its window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the quantity is not positive
   */
  public static Either<Violation, Confirmation> confirmChange(
      CloudResource resource, BigDecimal quantity, Instant effectiveAt, Instant latestWorkOrder, Instant now, Platform platform,
      WorkOrderId workOrder) {
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    Objects.requireNonNull(latestWorkOrder, "latestWorkOrder");
    return inState(resource, LifecycleAction.CONFIRM_CHANGE)
        .flatMap(r -> Windows.checkConfirmation(r, quantity, effectiveAt, latestWorkOrder, Windows.Since.LATEST_WORK_ORDER, now))
        .map(
            r -> {
              CloudResource.PendingChange change = r.pendingChange().orElseThrow();
              CloudResource after =
                  r.withState(ResourceState.ACTIVE)
                      .withItem(change.item())
                      .withQuantity(quantity)
                      .withProject(change.project())
                      .withPendingChange(Optional.empty());
              return new Confirmation(after, workOrder(after, WorkOrder.Kind.CHANGE, effectiveAt, now, platform, workOrder));
            });
  }

  /**
   * The authority of the same level reduces an active resource of a department that did not reduce its
   * idle capacity (Art. 17: 由本级大数据主管部门予以调减): the resource keeps its item at a smaller
   * quantity from now on, and a work order of kind CHANGE is generated at once, so that billing follows
   * (Art. 22, 30). The rules of the reduction itself (which resources, how much) are those of {@code
   * io.govcloud.core.reallocation.ReductionCases#reduce}.
   *
   * @param resource the resource, {@link ResourceState#ACTIVE}; not null
   * @param quantity its new quantity, positive and below its quantity; not null
   * @param now when, the work order's effective and confirmation time; not null
   * @param platform the resource's platform, for its zone; not null
   * @param workOrder the id of the work order, not null
   * @return the resource after and its work order, not null
   * @throws IllegalArgumentException if the resource is not active or the quantity is not a reduction
   */
  public static Confirmation reduceByAuthority(
      CloudResource resource, BigDecimal quantity, Instant now, Platform platform, WorkOrderId workOrder) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(now, "now");
    if (resource.state() != ResourceState.ACTIVE || quantity.signum() <= 0 || quantity.compareTo(resource.quantity()) >= 0) {
      throw new IllegalArgumentException("resource " + resource.id() + " (" + resource.state() + ", quantity "
          + resource.quantity().toPlainString() + ") cannot be reduced to " + quantity.toPlainString());
    }
    CloudResource after = resource.withQuantity(quantity);
    return new Confirmation(after, workOrder(after, WorkOrder.Kind.CHANGE, now, now, platform, workOrder));
  }

  /**
   * The authority refuses a change applied for: the resource stays active as it was (Art. 19).
   *
   * @param resource the resource before, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> rejectChange(CloudResource resource) {
    return inState(resource, LifecycleAction.REJECT_CHANGE)
        .map(r -> r.withState(ResourceState.ACTIVE).withPendingChange(Optional.empty()));
  }

  /**
   * The authority refuses a termination applied for: the resource stays in service (Art. 19).
   *
   * @param resource the resource before, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> rejectTermination(CloudResource resource) {
    return inState(resource, LifecycleAction.REJECT_TERMINATION)
        .map(r -> r.withState(ResourceState.ACTIVE).withTermination(Optional.empty()));
  }

  /**
   * The department applies for termination, citing a project (Art. 19).
   *
   * @param resource the resource before, not null
   * @param project the project of the annual list cited, not null
   * @param now the time of the application, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> applyTermination(CloudResource resource, ProjectId project, Instant now) {
    CloudResource.Termination termination = new CloudResource.Termination(now, project, Set.of());
    return inState(resource, LifecycleAction.APPLY_TERMINATION)
        .map(r -> r.withState(ResourceState.TERMINATION_REQUESTED).withTermination(termination));
  }

  /**
   * The authority approves a termination.
   *
   * @param resource the resource before, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> approveTermination(CloudResource resource) {
    return inState(resource, LifecycleAction.APPROVE_TERMINATION)
        .map(r -> r.withState(ResourceState.TERMINATION_APPROVED));
  }

  /**
   * A step of the termination checklist is done (Art. 24).
   *
   * @param resource the resource before, not null
   * @param step the step done, not null; recording one twice changes nothing
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> recordTerminationStep(CloudResource resource, CloudResource.TerminationStep step) {
    Objects.requireNonNull(step, "step");
    return inState(resource, LifecycleAction.RECORD_TERMINATION_STEP)
        .map(
            r -> {
              CloudResource.Termination t = r.termination().orElseThrow();
              Set<CloudResource.TerminationStep> done = new HashSet<>(t.done());
              done.add(step);
              return r.withTermination(new CloudResource.Termination(t.requestedAt(), t.project(), done));
            });
  }

  /**
   * The department confirms the termination's time, between the resource's latest work order and now,
   * once the checklist is done (Art. 24); a work order of kind TERMINATE is generated, and the end day is
   * billed (docs/rules.md#r4).
   *
   * @param resource the resource before, not null
   * @param endedAt when the resource stopped serving, not null
   * @param latestWorkOrder the effective time of the resource's latest work order, not null
   * @param now the current time, not null
   * @param platform the resource's platform, whose zone the work order carries, not null
   * @param workOrder the id of the work order generated, not null
   * @return the resource after and its work order, or the refusal: {@code ILLEGAL_TRANSITION} in a state the
   *     action is not allowed in, {@code TERMINATION_CHECKLIST_INCOMPLETE} (Art. 24) naming the steps not
   *     done, {@code CONFIRMATION_MISMATCH} for a time outside its window
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, Confirmation> confirmTermination(
      CloudResource resource, Instant endedAt, Instant latestWorkOrder, Instant now, Platform platform, WorkOrderId workOrder) {
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(latestWorkOrder, "latestWorkOrder");
    return inState(resource, LifecycleAction.CONFIRM_TERMINATION)
        .flatMap(
            r -> {
              Set<CloudResource.TerminationStep> missing = EnumSet.allOf(CloudResource.TerminationStep.class);
              missing.removeAll(r.termination().orElseThrow().done());
              return missing.isEmpty() ? Either.right(r) : Either.left(LifecycleViolations.terminationIncomplete(r, missing));
            })
        .flatMap(r -> Windows.checkConfirmation(r, r.quantity(), endedAt, latestWorkOrder, Windows.Since.LATEST_WORK_ORDER, now))
        .map(
            r -> {
              CloudResource after = r.withState(ResourceState.TERMINATED);
              return new Confirmation(after, workOrder(after, WorkOrder.Kind.TERMINATE, endedAt, now, platform, workOrder));
            });
  }

  /**
   * The provider configured the emergency resources (Art. 25), at a time between the report and now.
   *
   * @param resource the resource before, not null
   * @param provisionedAt when the provider configured the resources, not null
   * @param now the current time, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code CONFIRMATION_MISMATCH} for a time before the report or after now
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> provisionEmergency(CloudResource resource, Instant provisionedAt, Instant now) {
    Objects.requireNonNull(provisionedAt, "provisionedAt");
    return inState(resource, LifecycleAction.PROVISION_EMERGENCY)
        .flatMap(r -> Windows.between(r, provisionedAt, r.emergency().orElseThrow().reportedAt(), Windows.Since.REPORT, now))
        .map(
            r -> {
              CloudResource.Emergency e = r.emergency().orElseThrow();
              return r.withState(ResourceState.EMERGENCY_PROVISIONED)
                  .withEmergency(new CloudResource.Emergency(e.reportedAt(), Optional.of(provisionedAt), e.completedAt(),
                      e.supplementApprovedAt(), e.backfilledAt()));
            });
  }

  /**
   * The department confirms the emergency configuration's quantity and completion time, between the
   * provider's provisioning and now (Art. 25, 30).
   *
   * @param resource the resource before, not null
   * @param quantity the quantity configured, positive, at most the reported
   * @param completedAt the configuration-completion time the department confirms, not null
   * @param now the current time, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code CONFIRMATION_MISMATCH} for a quantity above the reported or a time outside its
   *     window
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the quantity is not positive
   */
  public static Either<Violation, CloudResource> confirmEmergency(
      CloudResource resource, BigDecimal quantity, Instant completedAt, Instant now) {
    Objects.requireNonNull(completedAt, "completedAt");
    return inState(resource, LifecycleAction.CONFIRM_EMERGENCY)
        .flatMap(r -> Windows.checkConfirmation(r, quantity, completedAt,
            r.emergency().orElseThrow().provisionedAt().orElse(r.appliedAt()), Windows.Since.PROVISIONING, now))
        .map(
            r -> {
              CloudResource.Emergency e = r.emergency().orElseThrow();
              return r.withState(ResourceState.EMERGENCY_CONFIRMED)
                  .withQuantity(quantity)
                  .withEmergency(new CloudResource.Emergency(e.reportedAt(), e.provisionedAt(), Optional.of(completedAt),
                      e.supplementApprovedAt(), e.backfilledAt()));
            });
  }

  /**
   * The supplementary project was approved (Art. 25 3rd para): the backfill deadline starts.
   *
   * @param resource the resource before, not null
   * @param project the supplementary project approved, which the resource then cites, not null
   * @param approvedAt when it was approved, not null
   * @param now the current time, not null
   * @return the resource after, or the refusal: {@code ILLEGAL_TRANSITION} in a state the action is not
   *     allowed in, {@code SUPPLEMENT_ALREADY_RECORDED} for a second approval, {@code CONFIRMATION_MISMATCH}
   *     for a time before the report or after now
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> recordSupplementApproval(
      CloudResource resource, ProjectId project, Instant approvedAt, Instant now) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(approvedAt, "approvedAt");
    return inState(resource, LifecycleAction.RECORD_SUPPLEMENT_APPROVAL)
        .flatMap(
            r -> r.emergency().orElseThrow().supplementApprovedAt().isPresent()
                ? Either.left(LifecycleViolations.supplementAlreadyRecorded(r, r.emergency().get().supplementApprovedAt().get()))
                : Either.right(r))
        .flatMap(r -> Windows.between(r, approvedAt, r.emergency().orElseThrow().reportedAt(), Windows.Since.REPORT, now))
        .map(
            r -> {
              CloudResource.Emergency e = r.emergency().orElseThrow();
              return r.withProject(project)
                  .withEmergency(new CloudResource.Emergency(e.reportedAt(), e.provisionedAt(), e.completedAt(),
                      Optional.of(approvedAt), e.backfilledAt()));
            });
  }

  /**
   * The department backfills the application once the supplementary project is approved (Art. 25 3rd
   * para): the resource becomes active and the work order is generated from the confirmed completion
   * time (Art. 22, 30).
   *
   * @param resource the resource before, not null
   * @param now the time of the backfill, not null
   * @param platform the resource's platform, whose zone the work order carries, not null
   * @param workOrder the id of the work order generated, not null
   * @return the resource after and its work order, or the refusal: {@code ILLEGAL_TRANSITION} in a state the
   *     action is not allowed in, {@code SUPPLEMENT_NOT_APPROVED} before the supplementary project is approved
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, Confirmation> backfill(CloudResource resource, Instant now, Platform platform, WorkOrderId workOrder) {
    return inState(resource, LifecycleAction.BACKFILL)
        .flatMap(
            r -> r.emergency().orElseThrow().supplementApprovedAt().isPresent()
                ? Either.right(r)
                : Either.left(LifecycleViolations.supplementNotApproved(r)))
        .map(
            r -> {
              CloudResource.Emergency e = r.emergency().orElseThrow();
              CloudResource after =
                  r.withState(ResourceState.ACTIVE)
                      .withEmergency(new CloudResource.Emergency(e.reportedAt(), e.provisionedAt(), e.completedAt(),
                          e.supplementApprovedAt(), Optional.of(now)));
              return new Confirmation(after, workOrder(after, WorkOrder.Kind.OPEN, e.completedAt().orElseThrow(), now, platform, workOrder));
            });
  }

  private static Either<Violation, CloudResource> inState(CloudResource resource, LifecycleAction action) {
    Objects.requireNonNull(resource, "resource");
    return action.allowedIn(resource.state())
        ? Either.right(resource)
        : Either.left(LifecycleViolations.illegalTransition(resource, action));
  }

  private static Either<Violation, CloudResource> notSuspended(Provider provider, CloudResource resource) {
    Objects.requireNonNull(provider, "provider");
    return provider.isSuspended()
        ? Either.left(LifecycleViolations.providerSuspended(provider.id(), provider.suspension().get().reason()).with("resource", resource.id()))
        : Either.right(resource);
  }

  private static WorkOrder workOrder(
      CloudResource r, WorkOrder.Kind kind, Instant effectiveAt, Instant now, Platform platform, WorkOrderId id) {
    return WorkOrder.builder()
        .id(Objects.requireNonNull(id, "workOrder"))
        .resource(r.id())
        .kind(kind)
        .department(r.department())
        .platform(r.platform())
        .provider(r.provider())
        .contract(r.contract())
        .project(r.project().orElseThrow())
        .item(r.item())
        .quantity(r.quantity())
        .effectiveAt(effectiveAt)
        .zone(platform.timeZone())
        .confirmedAt(now)
        .build();
  }
}
