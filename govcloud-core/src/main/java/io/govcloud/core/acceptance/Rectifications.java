package io.govcloud.core.acceptance;

import io.govcloud.model.Platform;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.Rectification.Status;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rectification by a deadline (限期整改, Art. 42; rule R7): the authority orders a problem rectified by a
 * day; a rectification not completed in time lapses (overdue) and one found still wanting after it is
 * rejected; either holds the provider suspended from new cloud services (暂缓提供新的云服务) until the
 * authority accepts it.
 *
 * <p>Decision: the deadline is the day the authority sets, ending at 24:00 in the platform's zone (rule R1);
 * it is a date, not a period counted, so it is not moved off a holiday. A rectification lapses at that
 * instant, and the suspension it holds dates from then.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Rectifications {

  /** The longest suspension reason a provider keeps. */
  private static final int MAX_REASON = 200;

  private Rectifications() {}

  /**
   * Orders a rectification.
   *
   * @param order what the authority orders, not null
   * @param platform the platform of the problem, not null; its provider must rectify
   * @param now the instant it is ordered, not null
   * @return the rectification, open and never saved, or {@link AcceptanceViolations#RECTIFICATION_DUE_PASSED}
   *     when the last day is before today in the platform's zone
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the order is of another platform, or not by an authority
   */
  public static Either<Violation, Rectification> order(RectificationOrder order, Platform platform, Instant now) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(now, "now");
    if (!order.platform().equals(platform.id())) {
      throw new IllegalArgumentException("rectification " + order.id() + " of platform " + order.platform() + " ordered on platform " + platform.id());
    }
    LocalDate today = LocalDate.ofInstant(now, platform.timeZone());
    if (order.dueOn().isBefore(today)) {
      return Either.left(AcceptanceViolations.rectificationDuePassed(order.id(), order.dueOn(), today));
    }
    Instant expiresAt = order.dueOn().plusDays(1).atStartOfDay(platform.timeZone()).toInstant();
    return Either.right(new Rectification(order.id(), platform.provider(), platform.id(), order.evaluation(), order.problem(), order.orderedBy(),
        now, order.dueOn(), expiresAt, Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0));
  }

  /**
   * The rectification as a sweep at an instant finds it: an open one whose deadline expired becomes
   * overdue, lapsed at its expiry.
   *
   * @param rectification the rectification, not null
   * @param now the instant, not null
   * @return the overdue rectification, or empty when it is not open or has not expired; not null
   */
  public static Optional<Rectification> lapse(Rectification rectification, Instant now) {
    Objects.requireNonNull(rectification, "rectification");
    Objects.requireNonNull(now, "now");
    if (rectification.status() != Status.OPEN || now.isBefore(rectification.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(rectification.with(Status.OVERDUE, Optional.of(rectification.expiresAt()), Optional.empty(), rectification.review()));
  }

  /**
   * The authority finds a rectification still wanting (整改后仍不符合要求): it holds the provider suspended
   * from then, or from when it lapsed if it was overdue or rejected already.
   *
   * @param rectification the rectification, not null
   * @param at the instant of the review, not null
   * @param reason why it is still wanting, not blank
   * @return the rejected rectification, or {@link AcceptanceViolations#RECTIFICATION_CLOSED} if it was accepted
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Either<Violation, Rectification> reject(Rectification rectification, Instant at, String reason) {
    Objects.requireNonNull(rectification, "rectification");
    Objects.requireNonNull(at, "at");
    requireText(reason, "reason");
    if (rectification.status() == Status.ACCEPTED) {
      return Either.left(AcceptanceViolations.rectificationClosed(rectification.id(), rectification.status()));
    }
    Instant lapsedAt = rectification.lapsedAt().orElse(at);
    return Either.right(rectification.with(Status.REJECTED, Optional.of(lapsedAt), Optional.empty(), Optional.of(reason)));
  }

  /**
   * The authority accepts a rectification: it no longer holds the provider suspended.
   *
   * @param rectification the rectification, not null
   * @param at the instant of acceptance, not null
   * @param note how it was accepted, not blank
   * @return the accepted rectification, or {@link AcceptanceViolations#RECTIFICATION_CLOSED} if it was accepted already
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the note is blank
   */
  public static Either<Violation, Rectification> accept(Rectification rectification, Instant at, String note) {
    Objects.requireNonNull(rectification, "rectification");
    Objects.requireNonNull(at, "at");
    requireText(note, "note");
    if (rectification.status() == Status.ACCEPTED) {
      return Either.left(AcceptanceViolations.rectificationClosed(rectification.id(), rectification.status()));
    }
    return Either.right(rectification.with(Status.ACCEPTED, rectification.lapsedAt(), Optional.of(at), Optional.of(note)));
  }

  /**
   * The suspension a provider's rectifications hold (Art. 42): from the earliest lapse of those overdue or
   * rejected, with a reason in Chinese naming them, marked {@link Provider.Suspension.Cause#RECTIFICATION};
   * empty when none holds it, and it may be reinstated.
   *
   * @param provider the provider, not null
   * @param rectifications the provider's rectifications, not null
   * @return the suspension, or empty; not null
   * @throws NullPointerException if an argument or a rectification is null
   * @throws IllegalArgumentException if a rectification is of another provider
   */
  public static Optional<Provider.Suspension> suspension(ProviderId provider, Collection<Rectification> rectifications) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(rectifications, "rectifications");
    for (Rectification rectification : rectifications) {
      if (!rectification.provider().equals(provider)) {
        throw new IllegalArgumentException("rectification " + rectification.id() + " is of " + rectification.provider() + ", not of " + provider);
      }
    }
    List<Rectification> holding = rectifications.stream()
        .filter(Rectification::holdsSuspension)
        .sorted(Comparator.comparing((Rectification r) -> r.lapsedAt().orElseThrow()).thenComparing(Rectification::id))
        .toList();
    if (holding.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder reason = new StringBuilder("逾期未完成整改或者整改后仍不符合要求：");
    for (int i = 0; i < holding.size(); i++) {
      String id = holding.get(i).id().value();
      String more = "等 " + holding.size() + " 项";
      if (reason.length() + id.length() + 1 + more.length() > MAX_REASON) {
        reason.append(more);
        break;
      }
      reason.append(i == 0 ? "" : "、").append(id);
    }
    return Optional.of(new Provider.Suspension(
        holding.get(0).lapsedAt().orElseThrow(), reason.toString(), Provider.Suspension.Cause.RECTIFICATION));
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException("the " + name + " of a review must not be blank");
    }
  }
}
