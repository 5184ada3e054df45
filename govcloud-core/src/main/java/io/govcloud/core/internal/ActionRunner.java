package io.govcloud.core.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.Violation;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import io.govcloud.model.Limits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every action the same way: in one unit of work, check access, load, apply the pure rule, save
 * with optimistic versions, append exactly one audit record of the action's subject, queue
 * notifications; commit; then deliver the notifications. An action that also changes other subjects
 * (a reduction case opened by a recording, the resources of a forced reduction) appends one record for
 * each of them in the same unit. A refusal rolls the unit back and is audited in a unit of its own, one
 * record per violation (rule R9, Art. 16, 44).
 *
 * <p>This class is immutable and thread-safe, as long as the store and notifier are.
 */
public final class ActionRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ActionRunner.class);

  private final Store store;
  private final Clock clock;
  private final Notifier notifier;
  private final Supplier<String> ids;

  /**
   * A runner over a store, a clock, the host's notifier and an id source.
   *
   * @throws NullPointerException if an argument is null
   */
  public ActionRunner(Store store, Clock clock, Notifier notifier, Supplier<String> ids) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** The store. */
  public Store store() {
    return store;
  }

  /**
   * The host clock's instant, cut to the microsecond: the finest precision every supported store keeps,
   * so that what is saved reads back equal.
   */
  public Instant now() {
    return Limits.toPrecision(clock.instant());
  }

  /** A new unique id with a prefix. */
  public String newId(String prefix) {
    return prefix + "-" + ids.get();
  }

  /**
   * Runs an action that changes state: accepted, it commits with one audit record; refused, nothing of
   * it is kept but the audit record of the refusal.
   *
   * @param body the action, returning its result or the refusal
   * @return the result or the refusal
   */
  public <T> Either<Violation, T> change(
      Actor actor, String action, String subjectType, String subjectId, Function<Tx, Either<Violation, T>> body) {
    return run(actor, action, subjectType, subjectId, tx -> body.apply(tx).mapLeft(List::of), true).mapLeft(all -> all.get(0));
  }

  /**
   * Runs an action that changes state and may be refused for several reasons at once: accepted, it
   * commits with one audit record; refused, nothing of it is kept but one audit record per violation.
   *
   * @param body the action, returning its result or every violation, not empty
   * @return the result or the violations
   */
  public <T> Either<List<Violation>, T> changeAll(
      Actor actor, String action, String subjectType, String subjectId, Function<Tx, Either<List<Violation>, T>> body) {
    return run(actor, action, subjectType, subjectId, body, true);
  }

  /**
   * Runs an action that only reads: accepted, nothing is written; refused, the refusal is audited.
   *
   * @param body the read, returning its result or the refusal
   * @return the result or the refusal
   */
  public <T> Either<Violation, T> read(
      Actor actor, String action, String subjectType, String subjectId, Function<Tx, Either<Violation, T>> body) {
    return run(actor, action, subjectType, subjectId, tx -> body.apply(tx).mapLeft(List::of), false).mapLeft(all -> all.get(0));
  }

  /**
   * Runs a change a sweep found due at an instant, as a system actor: when the body returns a result,
   * the unit commits with one audit record stamped with that instant and the notifications it queued;
   * when it returns empty (nothing is due any more, e.g. another unit got there first), nothing is
   * written. The caller delivers the notifications with {@link #dispatch()}.
   *
   * @param at the sweep's instant, not null
   * @param body the change, returning its result or empty
   * @return the result, or empty
   */
  public <T> Optional<T> sweep(
      Actor actor, Instant at, String action, String subjectType, String subjectId, Function<Tx, Optional<T>> body) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    return store.transact(uow -> {
      Tx tx = new Tx(uow, actor, at, ids, action, subjectType, subjectId);
      Optional<T> result = body.apply(tx);
      result.ifPresent(r -> uow.audit().append(AuditRecord.accepted(at, actor, action, tx.subjectType(), tx.subjectId(), tx.changes())));
      return result;
    });
  }

  private <T> Either<List<Violation>, T> run(
      Actor actor, String action, String subjectType, String subjectId, Function<Tx, Either<List<Violation>, T>> body,
      boolean audited) {
    Objects.requireNonNull(actor, "actor");
    Instant now = now();
    String[] subject = {subjectType, subjectId};
    try {
      T result =
          store.transact(
              uow -> {
                Tx tx = new Tx(uow, actor, now, ids, action, subjectType, subjectId);
                Either<List<Violation>, T> outcome = body.apply(tx);
                subject[0] = tx.subjectType();
                subject[1] = tx.subjectId();
                if (outcome.isLeft()) {
                  throw new Refused(outcome.getLeft());
                }
                if (audited) {
                  uow.audit().append(AuditRecord.accepted(now, actor, action, tx.subjectType(), tx.subjectId(), tx.changes()));
                }
                return outcome.get();
              });
      if (audited) {
        dispatch();
      }
      return Either.right(result);
    } catch (Refused refused) {
      store.transact(
          uow -> {
            refused.violations.forEach(v -> uow.audit().append(AuditRecord.refused(now, actor, action, subject[0], subject[1], v)));
            return null;
          });
      return Either.left(refused.violations);
    }
  }

  /**
   * An action of the host's own inside a unit of work it runs itself (a sweep's, at the sweep's instant),
   * whose changes and audit record the caller writes: what {@link #change} does around the body.
   */
  Tx tx(UnitOfWork uow, Actor actor, Instant at, String action, String subjectType, String subjectId) {
    return new Tx(uow, actor, at, ids, action, subjectType, subjectId);
  }

  /** Delivers committed notifications; a failing notifier leaves them for the next call. */
  public int dispatch() {
    try {
      return store.dispatch(notifier);
    } catch (RuntimeException e) {
      LOG.warn("Delivering notifications failed; they stay in the outbox for the next dispatch", e);
      return 0;
    }
  }

  /** Unwinds a unit of work whose action was refused, so that it rolls back. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    Refused(List<Violation> violations) {
      super(violations.get(0).code(), null, false, false);
      this.violations = List.copyOf(violations);
    }
  }
}
