package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.Evaluation;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual evaluation result of a provider (年度评价结果, Art. 40, 3rd para; rule R7): the municipal
 * authority combines the results of the municipal departments and district authorities with the
 * provider's day-to-day operations.
 *
 * <p>Each evaluation weighs by the year's fees billed on the platform it evaluated to the provider: the
 * totals (lines and adjustments) of the issued bills of the year whose account is of that platform and
 * provider. Decisions: a platform billed the provider no fees, or a net credit, in the year weighs nothing;
 * a platform billed but not evaluated takes no part. The evaluations' score is {@code Σ fees × score / Σ
 * fees}; the annual score is {@code (1 − w) × evaluations' score + w × operations score}, {@code w} the
 * policy's {@link EvaluationPolicy#operationsWeight() operations weight}. Arithmetic: both are computed
 * exactly from the fees and rounded to two decimals half-up (四舍五入) once each, the annual score from the
 * exact evaluations' score, not from the rounded one. The result comes from the policy's thresholds; it is
 * never a pass when an evaluation combined failed a security gate (Art. 32, 36): it is then a failure, as
 * that evaluation is.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AnnualResults {

  /** The decimals a displayed weight is rounded to (half-up); the scores use the exact fees, not these. */
  public static final int WEIGHT_DECIMALS = 10;

  private AnnualResults() {}

  /**
   * Combines a provider's evaluations of a year into its annual result.
   *
   * @param request what the authority submits, not null
   * @param evaluations the provider's evaluations of the year, not null
   * @param bills the issued bills of the year (of any account; the others are ignored), not null
   * @param existing the provider's annual results already recorded, not null
   * @param policy the acceptance configuration, not null
   * @param decidedAt when it is recorded, not null
   * @return the annual result, never saved, or the first refusal: {@link
   *     AcceptanceViolations#DATED_BEFORE_YEAR}, {@link AcceptanceViolations#SCORE_OUT_OF_RANGE}, {@link
   *     AcceptanceViolations#SCORE_TOO_PRECISE}, {@link AcceptanceViolations#ANNUAL_RESULT_EXISTS}, {@link
   *     AcceptanceViolations#NO_EVALUATIONS}, {@link AcceptanceViolations#POLICY_NOT_IN_FORCE} or {@link
   *     AcceptanceViolations#NO_FEES_TO_WEIGH}
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an evaluation is of another provider or year, or an existing result
   *     of another provider
   */
  public static Either<Violation, AnnualResult> combine(
      AnnualResultRequest request, Collection<Evaluation> evaluations, Collection<MonthlyBill> bills, Collection<AnnualResult> existing,
      AcceptancePolicy policy, Instant decidedAt) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(evaluations, "evaluations");
    Objects.requireNonNull(bills, "bills");
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    for (Evaluation evaluation : evaluations) {
      if (!evaluation.provider().equals(request.provider()) || !evaluation.year().equals(request.year())) {
        throw new IllegalArgumentException("evaluation " + evaluation.id() + " of " + evaluation.provider() + " for " + evaluation.year()
            + " cannot be combined into the annual result of " + request.provider() + " for " + request.year());
      }
    }
    if (request.decidedOn().getYear() < request.year().getValue()) {
      return Either.left(AcceptanceViolations.datedBeforeYear(request.year(), request.decidedOn()));
    }
    Optional<Violation> badScore = ScoreChecks.refusal("日常运行保障情况", "operations", request.operationsScore());
    if (badScore.isPresent()) {
      return Either.left(badScore.get());
    }
    for (AnnualResult other : existing) {
      if (!other.provider().equals(request.provider())) {
        throw new IllegalArgumentException("annual result " + other.id() + " of " + other.provider() + " is not of " + request.provider());
      }
      if (other.year().equals(request.year())) {
        return Either.left(AcceptanceViolations.annualResultExists(request.provider(), request.year(), other.id()));
      }
    }
    if (evaluations.isEmpty()) {
      return Either.left(AcceptanceViolations.noEvaluations(request.provider(), request.year()));
    }
    return policy.evaluation().forYear(request.year()).flatMap(evaluationPolicy -> combine(request, evaluations, bills, evaluationPolicy, decidedAt));
  }

  private static Either<Violation, AnnualResult> combine(
      AnnualResultRequest request, Collection<Evaluation> evaluations, Collection<MonthlyBill> bills, EvaluationPolicy policy, Instant decidedAt) {
    List<AnnualResult.Share> shares = new ArrayList<>();
    List<GateFailure> gates = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    long totalFen = 0;
    for (Evaluation evaluation : evaluations) {
      Money fees = Money.max(Money.ZERO, feesOn(evaluation, bills));
      shares.add(new AnnualResult.Share(evaluation.id(), evaluation.evaluator(), evaluation.platform(), fees, evaluation.score(), evaluation.result()));
      gates.addAll(evaluation.gateFailures());
      weighted = weighted.add(BigDecimal.valueOf(fees.toFen()).multiply(evaluation.score()));
      totalFen = Math.addExact(totalFen, fees.toFen());
    }
    if (totalFen == 0) {
      return Either.left(AcceptanceViolations.noFeesToWeigh(request.provider(), request.year()));
    }
    BigDecimal total = BigDecimal.valueOf(totalFen);
    BigDecimal w = policy.operationsWeight();
    BigDecimal evaluationsScore = weighted.divide(total, ScoreChecks.DECIMALS, RoundingMode.HALF_UP);
    // (1 − w) × weighted / total + w × operations = ((1 − w) × weighted + w × operations × total) / total, rounded once
    BigDecimal annual = BigDecimal.ONE.subtract(w).multiply(weighted).add(w.multiply(request.operationsScore()).multiply(total))
        .divide(total, ScoreChecks.DECIMALS, RoundingMode.HALF_UP);
    AcceptanceResult result = Evaluations.gated(policy.resultOf(annual), gates);
    return Either.right(new AnnualResult(request.id(), request.provider(), request.year(), request.decidedOn(), shares, evaluationsScore,
        request.operationsScore(), w, annual, result, gates, policy.document(), decidedAt, 0));
  }

  /** The year's fees billed on an evaluation's platform to its provider. */
  private static Money feesOn(Evaluation evaluation, Collection<MonthlyBill> bills) {
    long fen = 0;
    for (MonthlyBill bill : bills) {
      if (bill.month().getYear() == evaluation.year().getValue()
          && bill.account().platform().equals(evaluation.platform())
          && bill.account().provider().equals(evaluation.provider())) {
        fen = Math.addExact(fen, bill.total().toFen());
      }
    }
    return Money.ofFen(fen);
  }

  /**
   * The weight of one evaluation in an annual result, for display: its fees over the fees of all, rounded
   * half-up to {@value #WEIGHT_DECIMALS} decimals, trailing zeros dropped ({@code 0.75} for 300,000.00 of
   * 400,000.00). The scores are computed from the fees exactly, not from these weights.
   *
   * @param result the annual result, not null
   * @param share one of its shares, not null
   * @return the weight, 0 to 1; not null
   * @throws IllegalArgumentException if the share is not one of the result's
   */
  public static BigDecimal weight(AnnualResult result, AnnualResult.Share share) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(share, "share");
    if (!result.shares().contains(share)) {
      throw new IllegalArgumentException("evaluation " + share.evaluation() + " is not combined in annual result " + result.id());
    }
    BigDecimal total = result.fees().amount();
    if (total.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal weight = share.fees().amount().divide(total, WEIGHT_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return weight.signum() == 0 ? BigDecimal.ZERO : weight;
  }
}
