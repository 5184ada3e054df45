package io.govcloud.core.internal;

import io.govcloud.core.reallocation.Capacity;
import io.govcloud.core.reallocation.ReductionCases;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Platform;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Saves the steps of reduction cases inside a unit of work (Art. 17; rule R6, R9): the case inserted or
 * updated with its optimistic version, its change audited under the case's own subject, and one notice
 * per step it took ({@link Notices#reductionSteps}); and the department's own confirmed changes and
 * terminations counted toward its open cases on the platform.
 */
final class CaseSteps {

  private final Supplier<CatalogHistory> catalog;

  CaseSteps(Supplier<CatalogHistory> catalog) {
    this.catalog = catalog;
  }

  /**
   * Saves a case after a transition: inserted when it is new ({@code before} empty), updated otherwise;
   * audited (in the unit's own record when the unit's subject is the case, in a record of the case's
   * otherwise); each step added notified once.
   *
   * @return the case as saved
   */
  static ReductionCase save(Tx tx, Optional<ReductionCase> before, ReductionCases.Transition transition, Platform platform) {
    UnitOfWork uow = tx.uow();
    ReductionCase saved = before.isPresent()
        ? uow.reductionCases().update(transition.reductionCase())
        : uow.reductionCases().insert(transition.reductionCase());
    String id = saved.id().value();
    if (Notices.REDUCTION_CASE.equals(tx.subjectType()) && id.equals(tx.subjectId())) {
      tx.changedAttributes(before.orElse(null), saved, "");
    } else {
      uow.audit().append(AuditRecord.accepted(tx.now(), tx.actor(), tx.action(), Notices.REDUCTION_CASE, id,
          Snapshots.diff(before.orElse(null), saved, "")));
    }
    Notices.reductionSteps(tx, saved, transition.added(), platform);
    return saved;
  }

  /**
   * Counts a confirmed change or termination toward the open cases of its department on its platform
   * (Art. 17: 主动调减): for each, what it took away in the case's dimension, from the catalog items'
   * configurations ({@link Capacity#reduction}); a case whose idle ratio it brings to the ratio or below
   * is closed. Call after the work order is saved. A work order whose item no catalog in force on its
   * date lists counts nothing (it could not be weighed).
   *
   * @param tx the confirming unit, not null
   * @param confirmed the work order just confirmed, not null
   * @param platform its platform, not null
   */
  void count(Tx tx, WorkOrder confirmed, Platform platform) {
    if (confirmed.kind() == WorkOrder.Kind.OPEN) {
      return;
    }
    UnitOfWork uow = tx.uow();
    List<ReductionCase> open = uow.reductionCases().ofDepartment(confirmed.department()).stream()
        .filter(c -> c.isOpen() && c.platform().equals(confirmed.platform()))
        .toList();
    if (open.isEmpty()) {
      return;
    }
    Optional<WorkOrder> previous = uow.workOrders().ofResource(confirmed.resource()).stream()
        .filter(o -> !o.id().equals(confirmed.id()))
        .max(Comparator.comparing(WorkOrder::effectiveAt).thenComparing(WorkOrder::confirmedAt));
    for (ReductionCase reductionCase : open) {
      Either<Violation, Optional<ResourceReduction>> reduction = Capacity.reduction(catalog.get(), previous, confirmed, reductionCase.dimension());
      if (reduction.isLeft() || reduction.get().isEmpty() || tx.now().isBefore(reductionCase.lastStep().at())) {
        continue;
      }
      Either<Violation, ReductionCases.Transition> counted = ReductionCases.count(reductionCase, reduction.get().get(), tx.actor(), tx.now());
      if (counted.isRight() && !counted.get().reductionCase().equals(reductionCase)) {
        save(tx, Optional.of(reductionCase), counted.get(), platform);
      }
    }
  }
}
