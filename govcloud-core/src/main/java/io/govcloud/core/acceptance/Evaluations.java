package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly acceptance and evaluation of a provider's services on a platform (Art. 40; rule R7), with the
 * security gates of Art. 32 and 36.
 *
 * <p>The municipal department that runs a municipal platform evaluates it, and a district's authority its
 * district's platforms (Art. 40, 2nd para); the provider evaluated is the one running the platform. The
 * scores are weighted by the evaluation policy in force for the year ({@link EvaluationPolicy#score}); the
 * result comes from its thresholds; a platform that fails a security gate on the acceptance date fails
 * (不通过), whatever its score. Decision: "不予通过验收" (Art. 32) is read as the result 不通过, not 暂缓通过.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Evaluations {

  private Evaluations() {}

  /**
   * Evaluates a platform's provider for a year.
   *
   * @param request what the evaluator submits, not null
   * @param platform the platform evaluated, not null
   * @param existing the evaluations already recorded of the platform's provider for the year, not null
   * @param attestations the platform's security attestations, not null
   * @param policy the acceptance configuration, not null
   * @param recordedAt when it is recorded, not null
   * @return the evaluation, never saved, or the first refusal: {@link AcceptanceViolations#WRONG_EVALUATOR},
   *     {@link AcceptanceViolations#DATED_BEFORE_YEAR}, {@link AcceptanceViolations#SCORE_MISSING}, {@link
   *     AcceptanceViolations#SCORE_OUT_OF_RANGE}, {@link AcceptanceViolations#SCORE_TOO_PRECISE}, {@link
   *     AcceptanceViolations#EVALUATION_EXISTS}, {@link AcceptanceViolations#POLICY_NOT_IN_FORCE} or {@link
   *     AcceptanceViolations#VALIDITY_NOT_CONFIGURED}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request is of another platform, or an attestation is
   */
  public static Either<Violation, Evaluation> evaluate(
      EvaluationRequest request, Platform platform, Collection<Evaluation> existing, Collection<SecurityAttestation> attestations,
      AcceptancePolicy policy, Instant recordedAt) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(attestations, "attestations");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (!request.platform().equals(platform.id())) {
      throw new IllegalArgumentException("the evaluation of platform " + request.platform() + " cannot be made on platform " + platform.id());
    }
    Party expected = evaluatorOf(platform);
    if (!request.evaluator().equals(expected)) {
      return Either.left(AcceptanceViolations.wrongEvaluator(platform.id(), request.evaluator(), expected));
    }
    if (request.evaluatedOn().getYear() < request.year().getValue()) {
      return Either.left(AcceptanceViolations.datedBeforeYear(request.year(), request.evaluatedOn()));
    }
    Optional<Violation> badScore = scoreRefusal(request);
    if (badScore.isPresent()) {
      return Either.left(badScore.get());
    }
    for (Evaluation other : existing) {
      if (other.platform().equals(platform.id()) && other.provider().equals(platform.provider()) && other.year().equals(request.year())) {
        return Either.left(AcceptanceViolations.evaluationExists(platform.id(), platform.provider(), request.year(), other.id()));
      }
    }
    return policy.evaluation().forYear(request.year()).flatMap(evaluationPolicy ->
        SecurityGates.check(platform.id(), request.evaluatedOn(), attestations, policy.validity()).map(failures -> {
          BigDecimal score = evaluationPolicy.score(request.scores());
          AcceptanceResult result = gated(evaluationPolicy.resultOf(score), failures);
          return new Evaluation(request.id(), request.year(), platform.id(), platform.provider(), request.evaluator(), request.evaluatedOn(),
              request.scores(), score, result, failures, evaluationPolicy.document(), recordedAt, 0);
        }));
  }

  /**
   * Who evaluates a platform (Art. 40, 2nd para): the municipal department that runs a municipal
   * platform, the district's authority for a district's.
   *
   * @param platform the platform, not null
   * @return the evaluator, not null
   */
  public static Party evaluatorOf(Platform platform) {
    Objects.requireNonNull(platform, "platform");
    return platform.owner().map(Party::department).orElseGet(() -> Party.authority(platform.jurisdiction()));
  }

  /** The result a failed gate leaves: never a pass (Art. 32, 36). */
  static AcceptanceResult gated(AcceptanceResult byScore, List<GateFailure> failures) {
    return failures.isEmpty() ? byScore : AcceptanceResult.FAIL;
  }

  private static Optional<Violation> scoreRefusal(EvaluationRequest request) {
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      BigDecimal score = request.scores().get(criterion);
      if (score == null) {
        return Optional.of(AcceptanceViolations.scoreMissing(criterion.chinese(), criterion.english()));
      }
      Optional<Violation> refused = ScoreChecks.refusal(criterion.chinese(), criterion.english(), score);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }
}
