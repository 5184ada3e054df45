package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers of the acceptance and evaluation system the municipal authority sets (云服务验收和评价制度,
 * Art. 40; rule R7): the weight of each criterion, the thresholds that turn a score into a result, and the
 * weight of the day-to-day operations score in the annual result; in force from a year, citing its
 * document. The measures fix none of these numbers, so the library ships no policy.
 *
 * <p>Weights are between 0 and 1 and sum to exactly 1. A score of at least {@link #passFrom()} passes
 * (通过); of at least {@link #deferredFrom()} is deferred (暂缓通过); below it fails (不通过).
 *
 * <p>Arithmetic: the weighted score {@code Σ weight × score} is exact, then rounded to two decimals half-up
 * (四舍五入), once; the rounded score is compared with the thresholds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationPolicy {

  private final Year effectiveFrom;
  private final String document;
  private final Map<EvaluationCriterion, BigDecimal> weights;
  private final BigDecimal passFrom;
  private final BigDecimal deferredFrom;
  private final BigDecimal operationsWeight;

  private EvaluationPolicy(
      Year effectiveFrom, String document, Map<EvaluationCriterion, BigDecimal> weights, BigDecimal passFrom, BigDecimal deferredFrom,
      BigDecimal operationsWeight) {
    this.effectiveFrom = effectiveFrom;
    this.document = document;
    this.weights = weights;
    this.passFrom = passFrom;
    this.deferredFrom = deferredFrom;
    this.operationsWeight = operationsWeight;
  }

  /**
   * A policy, checked.
   *
   * @param effectiveFrom the first year of service it applies to, not null
   * @param document the document that sets it, not blank, at most 200 characters
   * @param weights the weight of every criterion, 0 to 1, summing to exactly 1; not null
   * @param passFrom the lowest score that passes, 0 to 100, at most two decimals
   * @param deferredFrom the lowest score that is deferred rather than failed, 0 to {@code passFrom}, at most
   *     two decimals
   * @param operationsWeight the weight of the day-to-day operations score in the annual result, 0 to 1
   *     (Art. 40, 3rd para)
   * @return the policy, or the first refusal: {@link AcceptanceViolations#WEIGHT_MISSING}, {@link
   *     AcceptanceViolations#WEIGHT_OUT_OF_RANGE}, {@link AcceptanceViolations#WEIGHTS_NOT_ONE}, {@link
   *     AcceptanceViolations#SCORE_OUT_OF_RANGE}, {@link AcceptanceViolations#SCORE_TOO_PRECISE} or {@link
   *     AcceptanceViolations#THRESHOLDS_OUT_OF_ORDER}
   * @throws NullPointerException if an argument or a weight is null
   * @throws IllegalArgumentException if the document is blank or longer than 200 characters
   */
  public static Either<Violation, EvaluationPolicy> of(
      Year effectiveFrom, String document, Map<EvaluationCriterion, BigDecimal> weights, BigDecimal passFrom, BigDecimal deferredFrom,
      BigDecimal operationsWeight) {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    requireDocument(document, "an evaluation policy");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(passFrom, "passFrom");
    Objects.requireNonNull(deferredFrom, "deferredFrom");
    Objects.requireNonNull(operationsWeight, "operationsWeight");
    Map<EvaluationCriterion, BigDecimal> ordered = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      BigDecimal weight = weights.get(criterion);
      if (weight == null) {
        return Either.left(AcceptanceViolations.weightMissing(criterion.chinese(), criterion.english()));
      }
      Optional<Violation> refused = ScoreChecks.weightRefusal(criterion.chinese(), criterion.english(), weight);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      ordered.put(criterion, weight);
      sum = sum.add(weight);
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      return Either.left(AcceptanceViolations.weightsNotOne(sum, describe(ordered)));
    }
    Optional<Violation> refused = ScoreChecks.refusal("通过分数线", "pass threshold", passFrom)
        .or(() -> ScoreChecks.refusal("暂缓通过分数线", "deferred threshold", deferredFrom))
        .or(() -> ScoreChecks.weightRefusal("日常运行保障情况", "the operations score", operationsWeight));
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    if (deferredFrom.compareTo(passFrom) > 0) {
      return Either.left(AcceptanceViolations.thresholdsOutOfOrder(passFrom, deferredFrom));
    }
    Map<EvaluationCriterion, BigDecimal> copy = new EnumMap<>(EvaluationCriterion.class);
    copy.putAll(ordered);
    return Either.right(new EvaluationPolicy(
        effectiveFrom, document, Collections.unmodifiableMap(copy), passFrom, deferredFrom, operationsWeight));
  }

  static void requireDocument(String document, String owner) {
    Objects.requireNonNull(document, "document");
    if (document.isBlank() || document.length() > 200) {
      throw new IllegalArgumentException(owner + " must cite its document in 1 to 200 characters, not '" + document + "'");
    }
  }

  private static String describe(Map<EvaluationCriterion, BigDecimal> weights) {
    StringBuilder text = new StringBuilder();
    weights.forEach((criterion, weight) -> text.append(text.length() == 0 ? "" : ", ").append(criterion).append('=').append(weight.toPlainString()));
    return text.toString();
  }

  /** {@return the first year of service it applies to; not null} */
  public Year effectiveFrom() {
    return effectiveFrom;
  }

  /** {@return the document that sets it; not blank} */
  public String document() {
    return document;
  }

  /** {@return the weight of every criterion, in the order of {@link EvaluationCriterion}; unmodifiable, not null} */
  public Map<EvaluationCriterion, BigDecimal> weights() {
    return weights;
  }

  /** {@return the lowest score that passes; not null} */
  public BigDecimal passFrom() {
    return passFrom;
  }

  /** {@return the lowest score that is deferred rather than failed; not null} */
  public BigDecimal deferredFrom() {
    return deferredFrom;
  }

  /** {@return the weight of the day-to-day operations score in the annual result, 0 to 1; not null} */
  public BigDecimal operationsWeight() {
    return operationsWeight;
  }

  /**
   * The weighted score of checked scores: {@code Σ weight × score}, exact, rounded to two decimals half-up.
   *
   * @param scores the score of every criterion, each 0 to 100, not null
   * @return the score, 0 to 100, scale 2; not null
   * @throws NullPointerException if the scores or one of them is null
   * @throws IllegalArgumentException if a criterion has no score
   */
  public BigDecimal score(Map<EvaluationCriterion, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<EvaluationCriterion, BigDecimal> weight : weights.entrySet()) {
      BigDecimal score = scores.get(weight.getKey());
      if (score == null) {
        throw new IllegalArgumentException("no score for " + weight.getKey());
      }
      sum = sum.add(weight.getValue().multiply(score));
    }
    return sum.setScale(ScoreChecks.DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * The result of a score by the thresholds.
   *
   * @param score the score, not null
   * @return {@link AcceptanceResult#PASS} from {@link #passFrom()}, {@link AcceptanceResult#DEFERRED} from
   *     {@link #deferredFrom()}, {@link AcceptanceResult#FAIL} below; not null
   */
  public AcceptanceResult resultOf(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    if (score.compareTo(passFrom) >= 0) {
      return AcceptanceResult.PASS;
    }
    return score.compareTo(deferredFrom) >= 0 ? AcceptanceResult.DEFERRED : AcceptanceResult.FAIL;
  }

  @Override
  public String toString() {
    return "EvaluationPolicy[" + document + ", from " + effectiveFrom + ", weights " + describe(weights) + ", pass from "
        + passFrom.toPlainString() + ", deferred from " + deferredFrom.toPlainString() + ", operations weight "
        + operationsWeight.toPlainString() + "]";
  }
}
