package io.govcloud.core.internal;

import io.govcloud.core.reallocation.ReductionCases;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.spi.ConflictException;
import java.time.Instant;
import io.govcloud.model.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves the reduction cases whose period ended (Art. 17; rule R6): the reminder's month lapsing, so that
 * the authority supervises; the supervision's five working days lapsing, so that the authority may
 * reduce. Each case is moved in a unit of its own, audited and notified once ({@link
 * ReductionCases#advance} adds each lapse once); a case another unit moved first is skipped, so that
 * racing sweeps record and notify each step once.
 */
public final class ReductionCaseSweep {

  private static final Actor SWEEP = Actor.system("sweep");
  private static final String ACTION = "ADVANCE_REDUCTION_CASE";

  private final ActionRunner runner;

  /** A sweep over a runner. */
  public ReductionCaseSweep(ActionRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /**
   * Moves every case whose running period ended before an instant, then delivers the notices.
   *
   * @param sweptAt the host's current time, not null
   * @return the cases moved, as saved, in the order of their periods' ends
   */
  public List<ReductionCase> sweep(Instant sweptAt) {
    Instant now = Limits.toPrecision(Objects.requireNonNull(sweptAt, "now"));
    List<ReductionCase> due = runner.store().transact(uow -> uow.reductionCases().periodEndingBy(now));
    List<ReductionCase> moved = new ArrayList<>();
    try {
      for (ReductionCase candidate : due) {
        try {
          advance(candidate.id(), now).ifPresent(moved::add);
        } catch (ConflictException another) {
          // another unit moved this case between our read and our write: it recorded and notified the step
        }
      }
    } finally {
      runner.dispatch();
    }
    return moved;
  }

  private Optional<ReductionCase> advance(ReductionCaseId id, Instant now) {
    return runner.store().transact(uow -> {
      Optional<ReductionCase> current = uow.reductionCases().find(id);
      if (current.isEmpty() || !current.get().isOpen() || now.isBefore(current.get().lastStep().at())) {
        return Optional.<ReductionCase>empty();
      }
      ReductionCases.Transition transition = ReductionCases.advance(current.get(), SWEEP, now);
      if (transition.added().isEmpty()) {
        return Optional.<ReductionCase>empty();
      }
      Tx tx = runner.tx(uow, SWEEP, now, ACTION, Notices.REDUCTION_CASE, id.value());
      ReductionCase saved = CaseSteps.save(tx, current, transition, Subjects.platform(uow, current.get().platform()));
      uow.audit().append(AuditRecord.accepted(now, SWEEP, ACTION, Notices.REDUCTION_CASE, id.value(), tx.changes()));
      return Optional.of(saved);
    });
  }
}
