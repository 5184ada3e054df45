package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.Quantities;
import io.govcloud.core.lifecycle.WorkOrderCorrections;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Corrections of confirmed work orders through the store (rule R4; Art. 22, 30): the department that may
 * confirm a resource's work orders asks to correct one, the provider of the resource acknowledges or
 * declines it; each step checks access (rule R9), applies {@link WorkOrderCorrections}, saves the resource
 * (and, acknowledged, the new work order), is audited on the work order corrected and notifies the other
 * party.
 */
public final class CorrectionCommands {

  private static final String WORK_ORDER = "work-order";

  private final ActionRunner runner;
  private final CatalogHistory catalog;

  /** Commands over a runner, with the catalog whose items say which quantities are whole (docs/rules.md#limits). */
  CorrectionCommands(ActionRunner runner, CatalogHistory catalog) {
    this.runner = runner;
    this.catalog = catalog;
  }

  /** What a step does once the work order and its resource are loaded and reached. */
  @FunctionalInterface
  private interface Step<T> {
    Either<Violation, T> apply(Tx tx, WorkOrder order, CloudResource resource, List<WorkOrder> orders);
  }

  /**
   * The department asks to correct a work order's quantity, time or both, stating why (Art. 22); an
   * absent value stays as confirmed.
   */
  public Either<Violation, CloudResource> correct(
      Actor actor, WorkOrderId id, Optional<BigDecimal> quantity, Optional<Instant> effectiveAt, String reason) {
    return on(actor, "CORRECT_WORK_ORDER", Actor.Role.DEPARTMENT, id, (tx, order, resource, orders) -> {
      Optional<Violation> refused = quantity.flatMap(q -> Quantities.check(order.item(), q, catalog, order.serviceDate()))
          .or(() -> effectiveAt.flatMap(at -> InputViolations.instant("effectiveAt", at, Article.of(22))))
          .or(() -> InputViolations.text("reason", reason, Article.of(22)));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return WorkOrderCorrections.request(resource, orders, order, quantity.orElse(order.quantity()), effectiveAt.orElse(order.effectiveAt()),
                reason, tx.now(), ResourceActions.newWorkOrderId(tx))
            .map(after -> {
              CloudResource saved = ResourceActions.save(tx, resource, after);
              tx.changed("reason", null, reason);
              CorrectionNotices.requested(tx, saved, saved.pendingCorrection().orElseThrow());
              return saved;
            });
    });
  }

  /** The provider acknowledges the correction: a new work order supersedes the one corrected (Art. 22). */
  public Either<Violation, WorkOrder> acknowledge(Actor actor, WorkOrderId id) {
    return on(actor, "ACKNOWLEDGE_CORRECTION", Actor.Role.PROVIDER, id, (tx, order, resource, orders) ->
        WorkOrderCorrections.acknowledge(resource, orders, order, tx.now(), ResourceActions.newWorkOrderId(tx))
            .map(confirmation -> {
              CloudResource.PendingCorrection correction = resource.pendingCorrection().orElseThrow();
              CloudResource saved = ResourceActions.save(tx, resource, confirmation.resource());
              WorkOrder corrected = confirmation.workOrder();
              tx.uow().workOrders().insertAll(List.of(corrected));
              tx.changed("workOrder", null, corrected);
              CorrectionNotices.acknowledged(tx, saved, correction);
              Notices.workOrderGenerated(tx, corrected);
              return corrected;
            }));
  }

  /** The provider declines the correction, stating why; the work order stands (Art. 22). */
  public Either<Violation, CloudResource> decline(Actor actor, WorkOrderId id, String reason) {
    return on(actor, "DECLINE_CORRECTION", Actor.Role.PROVIDER, id, (tx, order, resource, orders) ->
        InputViolations.text("reason", reason, Article.of(22)).<Either<Violation, CloudResource>>map(Either::left).orElseGet(() ->
        WorkOrderCorrections.decline(resource, order.id()).map(after -> {
          CloudResource.PendingCorrection correction = resource.pendingCorrection().orElseThrow();
          CloudResource saved = ResourceActions.save(tx, resource, after);
          tx.changed("declined", null, reason);
          CorrectionNotices.declined(tx, saved, correction, reason);
          return saved;
        })));
  }

  /**
   * Runs a step on a work order: the role, then load, then the reach of its resource, then the step. A work
   * order out of reach is refused as one that does not exist, naming the work order as given (rule R9).
   */
  private <T> Either<Violation, T> on(Actor actor, String action, Actor.Role role, WorkOrderId id, Step<T> step) {
    return runner.change(actor, action, WORK_ORDER, id.value(), tx -> {
      Optional<Violation> denied = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(role), Article.of(22));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Optional<WorkOrder> order = tx.uow().workOrders().find(id);
      Optional<CloudResource> resource = order.flatMap(o -> tx.uow().resources().find(o.resource()));
      if (resource.isEmpty()) {
        return Either.left(tx.unknown());
      }
      if (tx.checkReach(Subjects.of(tx.uow(), resource.get())).isPresent()) {
        return Either.left(tx.unknown()); // word for word the refusal of a work order that does not exist (Art. 33)
      }
      return step.apply(tx, order.get(), resource.get(), tx.uow().workOrders().ofResource(resource.get().id()));
    });
  }
}
