package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The annual evaluation result of a provider for a year (年度评价结果, Art. 40, 3rd para; rule R7): the
 * municipal authority combines the evaluations of the municipal departments and district authorities,
 * each weighted by the year's fees billed on the platform it evaluated, with a score of the provider's
 * day-to-day operations (日常运行保障情况). It keeps every figure it was made of, and the document of the
 * evaluation policy whose weights and thresholds were applied.
 *
 * <p>The score is {@code (1 − operationsWeight) × evaluationsScore + operationsWeight × operationsScore},
 * rounded as the combining rule states; the result is never {@link AcceptanceResult#PASS} when a platform
 * failed a security gate (Art. 32, 36).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param provider the provider, not null
 * @param year the year of service, not null
 * @param decidedOn the date the authority combined the results, in or after {@code year}, not null
 * @param shares the evaluations combined, each with its weight's fees, at least one, of distinct
 *     evaluations; not null
 * @param evaluationsScore the evaluations' score weighted by fees, 0 to 100 with at most two decimals
 * @param operationsScore the day-to-day operations score, 0 to 100 with at most two decimals
 * @param operationsWeight the weight of the operations score, 0 to 1
 * @param score the annual score, 0 to 100 with at most two decimals
 * @param result the annual result, not null
 * @param gateFailures the security gates failed by the platforms evaluated, not null
 * @param policy the document of the evaluation policy applied, not blank, at most 200 characters
 * @param decidedAt when it was recorded, not null
 * @param version the optimistic version, 0 if never saved
 */
public record AnnualResult(
    AnnualResultId id,
    ProviderId provider,
    Year year,
    LocalDate decidedOn,
    List<Share> shares,
    BigDecimal evaluationsScore,
    BigDecimal operationsScore,
    BigDecimal operationsWeight,
    BigDecimal score,
    AcceptanceResult result,
    List<GateFailure> gateFailures,
    String policy,
    Instant decidedAt,
    long version)
    implements Aggregate<AnnualResultId, AnnualResult> {

  /**
   * One evaluation in an annual result: who evaluated which platform, the score and result it gave, and
   * the fees billed on that platform to the provider in the year, which weigh it.
   *
   * @param evaluation the evaluation, not null
   * @param evaluator the department or district authority that evaluated, not null
   * @param platform the platform evaluated, not null
   * @param fees the year's fees billed on the platform to the provider, not negative
   * @param score the evaluation's score, 0 to 100 with at most two decimals
   * @param result the evaluation's result, not null
   */
  public record Share(EvaluationId evaluation, Party evaluator, PlatformId platform, Money fees, BigDecimal score, AcceptanceResult result) {

    /**
     * Checks the fields.
     *
     * @param evaluation the evaluation, not null
     * @param evaluator the department or district authority that evaluated, not null
     * @param platform the platform evaluated, not null
     * @param fees the year's fees billed on the platform to the provider, not negative
     * @param score the evaluation's score, 0 to 100 with at most two decimals
     * @param result the evaluation's result, not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the fees are negative or the score outside 0 to 100 or too precise
     */
    public Share {
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(evaluator, "evaluator");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(fees, "fees");
      Scores.requireScore(score, "score of evaluation " + evaluation);
      Objects.requireNonNull(result, "result");
      if (fees.isNegative()) {
        throw new IllegalArgumentException("the fees weighing evaluation " + evaluation + " must not be negative, not " + fees);
      }
    }
  }

  /**
   * Checks and copies the fields.
   *
   * @param id the identifier, not null
   * @param provider the provider, not null
   * @param year the year of service, not null
   * @param decidedOn the date the authority combined the results, in or after {@code year}, not null
   * @param shares the evaluations combined, each with its weight's fees, at least one, of distinct
   *     evaluations; not null
   * @param evaluationsScore the evaluations' score weighted by fees, 0 to 100 with at most two decimals
   * @param operationsScore the day-to-day operations score, 0 to 100 with at most two decimals
   * @param operationsWeight the weight of the operations score, 0 to 1
   * @param score the annual score, 0 to 100 with at most two decimals
   * @param result the annual result, not null
   * @param gateFailures the security gates failed by the platforms evaluated, not null
   * @param policy the document of the evaluation policy applied, not blank, at most 200 characters
   * @param decidedAt when it was recorded, not null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field or an element is null
   * @throws IllegalArgumentException if there is no share or an evaluation is in two, a score is outside 0 to
   *     100 or too precise, the weight outside 0 to 1, the decision date before the year, a result with a
   *     failed gate is a pass, the policy blank or too long, or the version negative
   */
  public AnnualResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(decidedOn, "decidedOn");
    shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
    Scores.requireScore(evaluationsScore, "evaluations score of annual result " + id);
    Scores.requireScore(operationsScore, "operations score of annual result " + id);
    Scores.requireFraction(operationsWeight, "operations weight of annual result " + id);
    Scores.requireScore(score, "score of annual result " + id);
    Objects.requireNonNull(result, "result");
    gateFailures = List.copyOf(Objects.requireNonNull(gateFailures, "gateFailures"));
    Texts.requireName(policy, "annual result " + id + " policy");
    Limits.requireInstant(decidedAt, "decidedAt");
    Texts.requireVersion(version);
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("annual result " + id + " combines no evaluation");
    }
    Set<EvaluationId> seen = new HashSet<>();
    for (Share share : shares) {
      if (!seen.add(share.evaluation())) {
        throw new IllegalArgumentException("annual result " + id + " combines evaluation " + share.evaluation() + " twice");
      }
    }
    if (decidedOn.getYear() < year.getValue()) {
      throw new IllegalArgumentException("annual result " + id + " of " + year + " cannot be decided on " + decidedOn + ", before the year");
    }
    if (!gateFailures.isEmpty() && result == AcceptanceResult.PASS) {
      throw new IllegalArgumentException("annual result " + id + ": a platform failed a security gate, so it cannot pass (Art. 32, 36)");
    }
  }

  /** {@return the fees that weigh the evaluations: the sum of the shares' fees; not null} */
  public Money fees() {
    long fen = 0;
    for (Share share : shares) {
      fen = Math.addExact(fen, share.fees().toFen());
    }
    return Money.ofFen(fen);
  }

  @Override
  public AnnualResult withVersion(long version) {
    return new AnnualResult(id, provider, year, decidedOn, shares, evaluationsScore, operationsScore, operationsWeight, score, result,
        gateFailures, policy, decidedAt, version);
  }
}
