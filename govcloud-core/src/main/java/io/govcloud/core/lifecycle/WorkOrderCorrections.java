package io.govcloud.core.lifecycle;

import io.govcloud.core.billing.BillingHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ResourceState;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections of confirmed work orders (docs/rules.md#r4; Art. 22, 30): the department asks to correct
 * the quantity or the time a work order confirmed, stating why; the provider acknowledges it, and only
 * then a new work order supersedes the one corrected, or declines it. A bill already issued never
 * changes: the next month issued carries the difference as adjustments.
 *
 * <ul>
 *   <li>Only the latest of a chain of corrections may be corrected, and one correction of a resource at a
 *       time awaits acknowledgement.
 *   <li>The corrected time lies between the resource's application and now; a correction must change
 *       something; with it, the resource's work orders must still form a service history (a termination
 *       ends the configuration in force, a change follows the opening).
 *   <li>An acknowledged correction of the configuration in force (the latest opening or change of a
 *       resource in service) also corrects the resource's quantity.
 * </ul>
 *
 * <p>Pure functions; this class is stateless and thread-safe.
 */
public final class WorkOrderCorrections {

  private static final Comparator<WorkOrder> LATEST =
      Comparator.comparing(WorkOrder::effectiveAt).thenComparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id);

  private WorkOrderCorrections() {}

  /**
   * The department asks to correct a work order: the resource with the correction pending.
   *
   * @param resource the resource of the work order, not null
   * @param orders every work order of the resource, corrected ones included, not null
   * @param order the work order corrected, one of {@code orders}, not null
   * @param quantity the quantity it should have confirmed, positive, not null
   * @param effectiveAt the time it should have confirmed, not null
   * @param reason why, not blank
   * @param now the time of the request, not null
   * @param candidate an id to check the corrected work order under, not among {@code orders}, not null
   * @return the resource with the correction pending, or the refusal ({@link CorrectionViolations})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the quantity is not positive or the reason blank
   */
  public static Either<Violation, CloudResource> request(
      CloudResource resource, List<WorkOrder> orders, WorkOrder order, BigDecimal quantity, Instant effectiveAt, String reason,
      Instant now, WorkOrderId candidate) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(now, "now");
    CloudResource.PendingCorrection correction = new CloudResource.PendingCorrection(order.id(), quantity, effectiveAt, reason, now);
    if (resource.pendingCorrection().isPresent()) {
      return Either.left(CorrectionViolations.pending(resource));
    }
    Optional<Violation> refused = check(resource, orders, order, correction, now, candidate);
    return refused.isPresent() ? Either.left(refused.get()) : Either.right(resource.withPendingCorrection(Optional.of(correction)));
  }

  /**
   * The provider acknowledges the correction pending of a work order: the new work order, which supersedes
   * it, and the resource without the correction pending (and with the corrected quantity, when the order
   * corrected is the configuration in force).
   *
   * @param resource the resource of the work order, not null
   * @param orders every work order of the resource, corrected ones included, not null
   * @param order the work order whose correction is acknowledged, not null
   * @param now the time of the acknowledgement: the new work order's confirmation time, not null
   * @param id the new work order's id, not among {@code orders}, not null
   * @return the resource after and the new work order, or the refusal ({@link CorrectionViolations})
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, Lifecycle.Confirmation> acknowledge(
      CloudResource resource, List<WorkOrder> orders, WorkOrder order, Instant now, WorkOrderId id) {
    Optional<CloudResource.PendingCorrection> pending = pendingOf(resource, order.id());
    if (pending.isEmpty()) {
      return Either.left(CorrectionViolations.notPending(order.id()));
    }
    CloudResource.PendingCorrection correction = pending.get();
    Optional<Violation> refused = check(resource, orders, order, correction, now, id);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    WorkOrder corrected = corrected(order, correction, now, id);
    CloudResource after = resource.withPendingCorrection(Optional.empty());
    List<WorkOrder> effective = effective(orders, corrected);
    WorkOrder latest = effective.stream().max(LATEST).orElseThrow();
    if (latest == corrected && corrected.kind() != WorkOrder.Kind.TERMINATE && resource.state() != ResourceState.TERMINATED) {
      after = after.withQuantity(corrected.quantity());
    }
    return Either.right(new Lifecycle.Confirmation(after, corrected));
  }

  /**
   * The provider declines the correction pending of a work order: the resource without it.
   *
   * @param resource the resource of the work order, not null
   * @param order the work order whose correction is declined, not null
   * @return the resource after, or {@link CorrectionViolations#NOT_PENDING}
   * @throws NullPointerException if an argument is null
   */
  public static Either<Violation, CloudResource> decline(CloudResource resource, WorkOrderId order) {
    return pendingOf(resource, order).isEmpty()
        ? Either.left(CorrectionViolations.notPending(order))
        : Either.right(resource.withPendingCorrection(Optional.empty()));
  }

  private static Optional<CloudResource.PendingCorrection> pendingOf(CloudResource resource, WorkOrderId order) {
    Objects.requireNonNull(order, "order");
    return resource.pendingCorrection().filter(c -> c.workOrder().equals(order));
  }

  private static Optional<Violation> check(
      CloudResource resource, List<WorkOrder> orders, WorkOrder order, CloudResource.PendingCorrection correction, Instant now,
      WorkOrderId candidate) {
    for (WorkOrder other : orders) {
      if (other.supersedes().filter(order.id()::equals).isPresent()) {
        return Optional.of(CorrectionViolations.superseded(order.id(), other.id()));
      }
    }
    if (correction.quantity().compareTo(order.quantity()) == 0 && correction.effectiveAt().equals(order.effectiveAt())) {
      return Optional.of(CorrectionViolations.unchanged(order));
    }
    if (correction.effectiveAt().isAfter(now) || correction.effectiveAt().isBefore(resource.appliedAt())) {
      return Optional.of(CorrectionViolations.timeOutOfRange(order, correction.effectiveAt(), resource.appliedAt(), now));
    }
    WorkOrder corrected = corrected(order, correction, now, candidate);
    Set<Violation> before = new HashSet<>(BillingHistory.of(resource.id(), orders).fold(v -> v, h -> List.of()));
    List<WorkOrder> with = new ArrayList<>(orders);
    with.add(corrected);
    for (Violation problem : BillingHistory.of(resource.id(), with).fold(v -> v, h -> List.<Violation>of())) {
      if (!before.contains(problem)) {
        return Optional.of(CorrectionViolations.inconsistent(order, problem));
      }
    }
    return Optional.empty();
  }

  private static WorkOrder corrected(WorkOrder order, CloudResource.PendingCorrection correction, Instant now, WorkOrderId id) {
    return WorkOrder.builder()
        .id(Objects.requireNonNull(id, "id"))
        .resource(order.resource())
        .kind(order.kind())
        .department(order.department())
        .platform(order.platform())
        .provider(order.provider())
        .contract(order.contract())
        .project(order.project())
        .item(order.item())
        .quantity(correction.quantity())
        .effectiveAt(correction.effectiveAt())
        .zone(order.zone())
        .confirmedAt(now)
        .supersedes(order.id())
        .build();
  }

  private static List<WorkOrder> effective(List<WorkOrder> orders, WorkOrder corrected) {
    Set<WorkOrderId> superseded = new HashSet<>();
    List<WorkOrder> all = new ArrayList<>(orders);
    all.add(corrected);
    all.forEach(o -> o.supersedes().ifPresent(superseded::add));
    return all.stream().filter(o -> !superseded.contains(o.id())).toList();
  }
}
