package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptanceViolations;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.acceptance.Rectifications;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.model.Actor;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.model.Article;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Platform;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.Violation;
import io.govcloud.spi.ConflictException;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Rectification by a deadline through the store (限期整改, Art. 42; rule R7): the municipal authority orders
 * a problem on a platform rectified by a day, and accepts the rectification or finds it still wanting;
 * {@link #sweep} lapses those not completed in time. A provider is suspended from new cloud services while
 * a rectification of its is overdue or rejected, and reinstated when the authority accepts the last of
 * them. The suspension is marked {@link Provider.Suspension.Cause#RECTIFICATION}; a suspension the
 * authority decided itself ({@link Provider.Suspension.Cause#MANUAL}) is left as it is.
 */
public final class RectificationCommands {

  private static final Actor SWEEP = Actor.system("sweep");

  private final ActionRunner runner;

  RectificationCommands(ActionRunner runner) {
    this.runner = runner;
  }

  /** The municipal authority orders a problem on a platform rectified by a day (Art. 42). */
  public Either<Violation, Rectification> order(Actor actor, RectificationOrder order) {
    return runner.change(actor, "ORDER_RECTIFICATION", "platform", order.platform().value(), tx -> {
      Optional<Violation> denied = AcceptanceCommands.municipal(tx, Article.of(42));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Optional<Platform> platform = tx.uow().platforms().find(order.platform());
      if (platform.isEmpty() || !order.orderedBy().equals(actor.party())) {
        return Either.left(tx.unknown());
      }
      if (tx.uow().rectifications().find(order.id()).isPresent()) {
        return Either.left(AcceptanceViolations.idTaken(order.id(), Article.of(42)));
      }
      Optional<Violation> unstorable = InputViolations.text("problem", order.problem(), Article.of(42));
      if (unstorable.isPresent()) {
        return Either.left(unstorable.get());
      }
      return Rectifications.order(order, platform.get(), tx.now()).map(rectification -> {
        Rectification saved = tx.uow().rectifications().insert(rectification);
        tx.subject("rectification", saved.id().value());
        tx.changedAttributes(null, saved, "");
        AcceptanceNotices.rectificationOrdered(tx, saved);
        return saved;
      });
    });
  }

  /** The municipal authority accepts a rectification; the last one accepted reinstates the provider (Art. 42). */
  public Either<Violation, Rectification> accept(Actor actor, RectificationId id, String note) {
    return review(actor, "ACCEPT_RECTIFICATION", id, (r, at) -> InputViolations.text("note", note, Article.of(42))
        .<Either<Violation, Rectification>>map(Either::left).orElseGet(() -> Rectifications.accept(r, at, note)));
  }

  /** The municipal authority finds a rectification still wanting: the provider is suspended (Art. 42). */
  public Either<Violation, Rectification> reject(Actor actor, RectificationId id, String reason) {
    return review(actor, "REJECT_RECTIFICATION", id, (r, at) -> InputViolations.text("reason", reason, Article.of(42))
        .<Either<Violation, Rectification>>map(Either::left).orElseGet(() -> Rectifications.reject(r, at, reason)));
  }

  /** The rectifications of a provider, to the provider, the municipal authority and auditors (rule R9). */
  public Either<Violation, List<Rectification>> rectifications(Actor actor, ProviderId provider) {
    return onProvider(runner, actor, "READ_RECTIFICATIONS", provider, (tx, p) -> tx.uow().rectifications().ofProvider(p.id()));
  }

  /**
   * Lapses every open rectification whose deadline expired by an instant, each in a unit of its own with
   * one audit record, suspending its provider (audited, notified); one that another unit lapsed, accepted
   * or rejected first is skipped.
   *
   * @param now the sweep's instant, not null
   * @return the rectifications lapsed by this call, by expiry
   */
  public List<Rectification> sweep(Instant now) {
    List<Rectification> due = runner.store().transact(uow -> uow.rectifications().openExpiringBy(now));
    List<Rectification> lapsed = new ArrayList<>();
    try {
      for (Rectification candidate : due) {
        try {
          runner.sweep(SWEEP, now, "LAPSE_RECTIFICATION", "rectification", candidate.id().value(), tx -> lapse(tx, candidate.id(), now))
              .ifPresent(lapsed::add);
        } catch (ConflictException another) {
          // another unit lapsed, accepted or rejected it between our read and our write
        }
      }
    } finally {
      runner.dispatch();
    }
    return List.copyOf(lapsed);
  }

  private static Optional<Rectification> lapse(Tx tx, RectificationId id, Instant now) {
    Optional<Rectification> current = tx.uow().rectifications().find(id);
    Optional<Rectification> lapsed = current.flatMap(r -> Rectifications.lapse(r, now));
    if (lapsed.isEmpty()) {
      return Optional.empty();
    }
    Rectification saved = tx.uow().rectifications().update(lapsed.get());
    tx.changedAttributes(current.get(), saved, "");
    AcceptanceNotices.rectificationOverdue(tx, saved);
    holdProvider(tx, saved.provider());
    return Optional.of(saved);
  }

  private Either<Violation, Rectification> review(
      Actor actor, String action, RectificationId id, BiFunction<Rectification, Instant, Either<Violation, Rectification>> step) {
    return runner.change(actor, action, "rectification", id.value(), tx -> {
      Optional<Violation> denied = AcceptanceCommands.municipal(tx, Article.of(42));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Optional<Rectification> current = tx.uow().rectifications().find(id);
      if (current.isEmpty()) {
        return Either.left(tx.unknown());
      }
      return step.apply(current.get(), tx.now()).map(reviewed -> {
        Rectification saved = tx.uow().rectifications().update(reviewed);
        tx.changedAttributes(current.get(), saved, "");
        AcceptanceNotices.rectificationReviewed(tx, saved);
        holdProvider(tx, saved.provider());
        return saved;
      });
    });
  }

  /**
   * Suspends or reinstates a provider as its rectifications now hold it (Art. 42): suspended from the
   * earliest lapse of those overdue or rejected, reinstated when none is; a suspension the authority
   * decided itself is left to the authority.
   */
  static void holdProvider(Tx tx, ProviderId id) {
    Provider provider = tx.uow().providers().find(id)
        .orElseThrow(() -> new IllegalStateException("provider " + id + " is referred to but not stored"));
    Optional<Provider.Suspension> current = provider.suspension();
    if (current.isPresent() && !current.get().byRectification()) {
      return;
    }
    Optional<Provider.Suspension> held = Rectifications.suspension(id, tx.uow().rectifications().ofProvider(id));
    if (held.equals(current)) {
      return;
    }
    Provider saved = tx.uow().providers().update(provider.withSuspension(held));
    tx.changedAttributes(provider, saved, "provider.");
    if (current.isEmpty() || held.isEmpty()) {
      Notices.suspension(tx, id, held.map(Provider.Suspension::reason));
    }
  }

  /** A read about a provider: the provider itself, the municipal authority, auditors of the municipality (rule R9). */
  static <T> Either<Violation, T> onProvider(ActionRunner runner, Actor actor, String action, ProviderId id, BiFunction<Tx, Provider, T> body) {
    return runner.read(actor, action, "provider", id.value(), tx -> {
      Optional<Provider> provider = tx.uow().providers().find(id);
      if (provider.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(AccessPolicy.Subject.of("provider", id.value(), List.of(), Jurisdiction.MUNICIPAL, Optional.of(id)));
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> Either.right(body.apply(tx, provider.get())));
    });
  }
}
