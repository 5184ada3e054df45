package io.govcloud.core.reallocation;

import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.RedundancyRatio;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a platform's redundancy ratio (Art. 15; rule R6): which new versions are accepted, and
 * which ratio applies to a measurement.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A ratio is an exact decimal, at least 0 and less than 1, and cites the document that set it (the
 *       municipal authority's 弹性调配管理制度).
 *   <li>A new version takes effect neither before the day it is set nor on or before the latest version's
 *       effective date: an assessment already made, a reminder already sent, keeps the ratio it was made
 *       with. To change a ratio, set a new version from a later day.
 *   <li>The version in force on a measurement's date (in the platform's zone) applies to it. Before the
 *       first version there is no ratio, and idle capacity is not assessed: nobody is reminded on a
 *       guessed ratio ({@link ReallocationViolations#RATIO_NOT_SET}).
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RedundancyPolicies {

  private RedundancyPolicies() {}

  /**
   * Checks a new version of a platform's ratio and, if it is accepted, the policy with it.
   *
   * @param current the platform's policy, if it has one
   * @param platform the platform, not null
   * @param ratio the ratio, not null
   * @param effectiveFrom the first day it is in force, not null
   * @param document the document that sets it, not null; at most 200 characters
   * @param today the day it is set, in the platform's zone; not null
   * @return the policy with the new version (never saved, or with the current one's optimistic version),
   *     or the violation refusing it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the current policy is of another platform, or the document is longer
   *     than 200 characters
   */
  public static Either<Violation, RedundancyPolicy> amend(
      Optional<RedundancyPolicy> current, PlatformId platform, BigDecimal ratio, LocalDate effectiveFrom, String document, LocalDate today) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(today, "today");
    current.ifPresent(policy -> {
      if (!policy.id().equals(platform)) {
        throw new IllegalArgumentException("the policy of platform " + policy.id() + " cannot take a ratio of platform " + platform);
      }
    });
    if (!RedundancyRatio.isValidRatio(ratio)) {
      return Either.left(ReallocationViolations.ratioOutOfRange(platform, ratio));
    }
    if (document.isBlank()) {
      return Either.left(ReallocationViolations.ratioDocumentRequired(platform, effectiveFrom));
    }
    Optional<LocalDate> latest = current.map(policy -> policy.latest().effectiveFrom());
    if (effectiveFrom.isBefore(today) || latest.filter(d -> !effectiveFrom.isAfter(d)).isPresent()) {
      return Either.left(ReallocationViolations.ratioRetroactive(platform, effectiveFrom, today, latest));
    }
    RedundancyRatio version = new RedundancyRatio(ratio, effectiveFrom, document);
    return Either.right(current.map(policy -> policy.with(version)).orElseGet(() -> RedundancyPolicy.of(platform, version)));
  }

  /**
   * The ratio in force on a date.
   *
   * @param policy the platform's policy, if it has one
   * @param platform the platform, not null
   * @param date the date, in the platform's zone; not null
   * @return the ratio, or {@link ReallocationViolations#RATIO_NOT_SET} when none is in force
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the policy is of another platform
   */
  public static Either<Violation, RedundancyRatio> inForce(Optional<RedundancyPolicy> policy, PlatformId platform, LocalDate date) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(date, "date");
    policy.ifPresent(p -> {
      if (!p.id().equals(platform)) {
        throw new IllegalArgumentException("the policy of platform " + p.id() + " is not that of platform " + platform);
      }
    });
    return policy.flatMap(p -> p.ratioOn(date))
        .<Either<Violation, RedundancyRatio>>map(Either::right)
        .orElseGet(() -> Either.left(ReallocationViolations.ratioNotSet(platform, date)));
  }
}
