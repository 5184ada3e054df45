package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluator's yearly acceptance and evaluation of the cloud services a provider gave on one platform
 * (Art. 40; rule R7): a municipal department evaluates its own platform, a district authority its
 * district's (Art. 40, 2nd para). It keeps the scores given, and what the rules made of them when it was
 * recorded: the weighted score, the result, the security gates failed (Art. 32, 36) and the document of
 * the evaluation policy applied, so that the record explains itself whatever policy is configured later.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param year the year of service evaluated, not null
 * @param platform the platform, not null
 * @param provider the provider evaluated, not null
 * @param evaluator the department or district authority that evaluated, not null
 * @param evaluatedOn the acceptance date, in or after {@code year}, not null
 * @param scores the score of every criterion, 0 to 100 with at most two decimals; not null; kept in the
 *     order of {@link EvaluationCriterion}
 * @param score the weighted score, 0 to 100 with at most two decimals, not null
 * @param result the result, not null; never {@link AcceptanceResult#PASS} when a gate failed
 * @param gateFailures the security gates the platform failed on {@code evaluatedOn}, of this platform, not
 *     null
 * @param policy the document of the evaluation policy applied, not blank, at most 200 characters
 * @param recordedAt when it was recorded, not null
 * @param version the optimistic version, 0 if never saved
 */
public record Evaluation(
    EvaluationId id,
    Year year,
    PlatformId platform,
    ProviderId provider,
    Party evaluator,
    LocalDate evaluatedOn,
    Map<EvaluationCriterion, BigDecimal> scores,
    BigDecimal score,
    AcceptanceResult result,
    List<GateFailure> gateFailures,
    String policy,
    Instant recordedAt,
    long version)
    implements Aggregate<EvaluationId, Evaluation> {

  /**
   * Checks and copies the fields.
   *
   * @param id the identifier, not null
   * @param year the year of service evaluated, not null
   * @param platform the platform, not null
   * @param provider the provider evaluated, not null
   * @param evaluator the department or district authority that evaluated, not null
   * @param evaluatedOn the acceptance date, in or after {@code year}, not null
   * @param scores the score of every criterion, 0 to 100 with at most two decimals; not null; kept in the
   *     order of {@link EvaluationCriterion}
   * @param score the weighted score, 0 to 100 with at most two decimals, not null
   * @param result the result, not null; never {@link AcceptanceResult#PASS} when a gate failed
   * @param gateFailures the security gates the platform failed on {@code evaluatedOn}, of this platform, not
   *     null
   * @param policy the document of the evaluation policy applied, not blank, at most 200 characters
   * @param recordedAt when it was recorded, not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field, a score or a gate failure is null
   * @throws IllegalArgumentException if a criterion has no score, a score is outside 0 to 100 or too precise,
   *     the evaluator is neither a department nor an authority, the acceptance date is before the year, a
   *     gate failure is of another platform, a result with a failed gate is a pass, the policy is blank or
   *     too long, or the version negative
   */
  public Evaluation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    scores = criteria(scores, "evaluation " + id);
    Scores.requireScore(score, "score of evaluation " + id);
    Objects.requireNonNull(result, "result");
    gateFailures = List.copyOf(Objects.requireNonNull(gateFailures, "gateFailures"));
    Texts.requireName(policy, "evaluation " + id + " policy");
    Limits.requireInstant(recordedAt, "recordedAt");
    Texts.requireVersion(version);
    if (evaluator.role() != Actor.Role.DEPARTMENT && evaluator.role() != Actor.Role.AUTHORITY) {
      throw new IllegalArgumentException("evaluation " + id + ": evaluated by a department or an authority, not by " + evaluator);
    }
    if (evaluatedOn.getYear() < year.getValue()) {
      throw new IllegalArgumentException("evaluation " + id + " of " + year + " cannot be dated " + evaluatedOn + ", before the year");
    }
    for (GateFailure failure : gateFailures) {
      if (!failure.platform().equals(platform)) {
        throw new IllegalArgumentException("evaluation " + id + " of platform " + platform + " cannot hold a gate failure of " + failure.platform());
      }
    }
    if (!gateFailures.isEmpty() && result == AcceptanceResult.PASS) {
      throw new IllegalArgumentException("evaluation " + id + " failed a security gate, so it cannot pass (Art. 32, 36)");
    }
  }

  /**
   * The scores of every criterion, checked and copied in the order of the criteria.
   *
   * @throws IllegalArgumentException if a criterion has no score, or a score is outside 0 to 100 or too precise
   */
  static Map<EvaluationCriterion, BigDecimal> criteria(Map<EvaluationCriterion, BigDecimal> scores, String owner) {
    Objects.requireNonNull(scores, "scores");
    Map<EvaluationCriterion, BigDecimal> ordered = new EnumMap<>(EvaluationCriterion.class);
    scores.forEach((criterion, value) -> ordered.put(Objects.requireNonNull(criterion, "criterion"), value));
    Map<EvaluationCriterion, BigDecimal> copy = new LinkedHashMap<>();
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      BigDecimal value = ordered.get(criterion);
      if (value == null) {
        throw new IllegalArgumentException(owner + " has no score for " + criterion);
      }
      copy.put(criterion, Scores.requireScore(value, owner + " score for " + criterion));
    }
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public Evaluation withVersion(long version) {
    return new Evaluation(
        id, year, platform, provider, evaluator, evaluatedOn, scores, score, result, gateFailures, policy, recordedAt, version);
  }
}
