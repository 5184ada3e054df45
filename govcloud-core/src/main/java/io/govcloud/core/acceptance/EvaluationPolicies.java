package io.govcloud.core.acceptance;

import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The versions of the evaluation policy (Art. 40; rule R7), each in force from its year until the next
 * one's. The library ships none ({@link #none()}): without a policy in force for a year nothing is
 * evaluated.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationPolicies {

  private static final EvaluationPolicies NONE = new EvaluationPolicies(YearVersions.of(List.of(), EvaluationPolicy::effectiveFrom, "policies"));

  private final YearVersions<EvaluationPolicy> versions;

  private EvaluationPolicies(YearVersions<EvaluationPolicy> versions) {
    this.versions = versions;
  }

  /**
   * No policy: what the library ships.
   *
   * @return the empty history, not null
   */
  public static EvaluationPolicies none() {
    return NONE;
  }

  /**
   * The versions given, in any order.
   *
   * @param policies the policies, not null
   * @return the history, not null
   * @throws NullPointerException if the list or a policy is null
   * @throws IllegalArgumentException if two take effect in the same year
   */
  public static EvaluationPolicies of(List<EvaluationPolicy> policies) {
    return new EvaluationPolicies(YearVersions.of(policies, EvaluationPolicy::effectiveFrom, "evaluation policies"));
  }

  /**
   * The policy in force for a year of service, if any.
   *
   * @param year the year, not null
   * @return the policy, or empty; not null
   */
  public Optional<EvaluationPolicy> inForce(Year year) {
    return versions.inForce(year);
  }

  /**
   * The policy in force for a year of service, or the refusal to evaluate without one.
   *
   * @param year the year, not null
   * @return the policy, or {@link AcceptanceViolations#POLICY_NOT_IN_FORCE}
   */
  public Either<Violation, EvaluationPolicy> forYear(Year year) {
    return inForce(year).<Either<Violation, EvaluationPolicy>>map(Either::right)
        .orElseGet(() -> Either.left(AcceptanceViolations.policyNotInForce(year)));
  }

  /** {@return every version, by effective year; not null} */
  public List<EvaluationPolicy> all() {
    return versions.all();
  }
}
