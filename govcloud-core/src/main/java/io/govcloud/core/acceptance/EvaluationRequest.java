package io.govcloud.core.acceptance;

import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an evaluator submits for a platform's year (Art. 40): the scores it gives, unchecked; {@link
 * Evaluations#evaluate} checks them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the evaluation's id, not null
 * @param year the year of service evaluated, not null
 * @param platform the platform, not null
 * @param evaluator the department or district authority evaluating, not null
 * @param evaluatedOn the acceptance date, not null
 * @param scores the scores by criterion, as given; not null, no null key or value
 */
public record EvaluationRequest(
    EvaluationId id, Year year, PlatformId platform, Party evaluator, LocalDate evaluatedOn, Map<EvaluationCriterion, BigDecimal> scores) {

  /**
   * Checks and copies the fields.
   *
   * @param id the evaluation's id, not null
   * @param year the year of service evaluated, not null
   * @param platform the platform, not null
   * @param evaluator the department or district authority evaluating, not null
   * @param evaluatedOn the acceptance date, not null
   * @param scores the scores by criterion, as given; not null, no null key or value
   * @throws NullPointerException if a field, a criterion or a score is null
   */
  public EvaluationRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(scores, "scores");
    Map<EvaluationCriterion, BigDecimal> copy = new EnumMap<>(EvaluationCriterion.class);
    scores.forEach((criterion, score) -> copy.put(Objects.requireNonNull(criterion, "criterion"), Objects.requireNonNull(score, "score of " + criterion)));
    scores = Collections.unmodifiableMap(copy);
  }
}
