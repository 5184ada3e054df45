package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.POLICY_2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.scores;
import static io.govcloud.core.acceptance.AcceptanceFixtures.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationPolicyTest {

  private static Violation refusal(Map<EvaluationCriterion, BigDecimal> weights, String passFrom, String deferredFrom, String operations) {
    return EvaluationPolicy.of(Y2026, "示例", weights, new BigDecimal(passFrom), new BigDecimal(deferredFrom), new BigDecimal(operations)).getLeft();
  }

  private static final Map<EvaluationCriterion, BigDecimal> GOOD = weights("0.20", "0.25", "0.15", "0.25", "0.15");

  @Test
  void theWeightedScoreIsExactThenRoundedHalfUpToTwoDecimals() {
    // 0.20 × 85.5 + 0.25 × 90.25 + 0.15 × 77.75 + 0.25 × 88.33 + 0.15 × 91.01 = 87.059
    assertThat(POLICY_2026.score(scores("85.5", "90.25", "77.75", "88.33", "91.01"))).isEqualTo(new BigDecimal("87.06"));
    // 0.75 × 80 + 0.25 × 80.02 = 80.005: half-up gives 80.01 (half-even would give 80.00)
    assertThat(POLICY_2026.score(scores("80", "80", "80", "80.02", "80"))).isEqualTo(new BigDecimal("80.01"));
    assertThat(POLICY_2026.score(scores("100", "100", "100", "100", "100"))).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void thresholdsTurnAScoreIntoPassDeferredOrFail() {
    assertThat(POLICY_2026.resultOf(new BigDecimal("100"))).isEqualTo(AcceptanceResult.PASS);
    assertThat(POLICY_2026.resultOf(new BigDecimal("80.00"))).isEqualTo(AcceptanceResult.PASS);
    assertThat(POLICY_2026.resultOf(new BigDecimal("79.99"))).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(POLICY_2026.resultOf(new BigDecimal("60"))).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(POLICY_2026.resultOf(new BigDecimal("59.99"))).isEqualTo(AcceptanceResult.FAIL);
    assertThat(POLICY_2026.resultOf(BigDecimal.ZERO)).isEqualTo(AcceptanceResult.FAIL);
  }

  @Test
  void weightsNotSummingToExactlyOneAreRefused() {
    Violation refused = refusal(weights("0.20", "0.25", "0.15", "0.25", "0.14"), "80", "60", "0.2");
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.WEIGHTS_NOT_ONE);
    assertThat(refused.article().number()).isEqualTo(40);
    assertThat(refused.facts()).containsEntry("sum", "0.99");
    assertTexts(refused);
    assertThat(refusal(weights("0.2", "0.2", "0.2", "0.2", "0.2000001"), "80", "60", "0").code()).isEqualTo(AcceptanceViolations.WEIGHTS_NOT_ONE);
  }

  @Test
  void aMissingOrOutOfRangeWeightIsRefused() {
    Map<EvaluationCriterion, BigDecimal> missing = new EnumMap<>(GOOD);
    missing.remove(EvaluationCriterion.SATISFACTION);
    Violation noWeight = refusal(missing, "80", "60", "0.2");
    assertThat(noWeight.code()).isEqualTo(AcceptanceViolations.WEIGHT_MISSING);
    assertThat(noWeight.facts()).containsEntry("criterion", "satisfaction");
    assertTexts(noWeight);
    Violation negative = refusal(weights("-0.20", "0.45", "0.25", "0.25", "0.25"), "80", "60", "0.2");
    assertThat(negative.code()).isEqualTo(AcceptanceViolations.WEIGHT_OUT_OF_RANGE);
    assertTexts(negative);
    assertThat(refusal(GOOD, "80", "60", "1.5").code()).isEqualTo(AcceptanceViolations.WEIGHT_OUT_OF_RANGE);
  }

  @Test
  void thresholdsOutsideZeroToAHundredOrOutOfOrderAreRefused() {
    assertThat(refusal(GOOD, "100.5", "60", "0.2").code()).isEqualTo(AcceptanceViolations.SCORE_OUT_OF_RANGE);
    assertThat(refusal(GOOD, "80", "-1", "0.2").code()).isEqualTo(AcceptanceViolations.SCORE_OUT_OF_RANGE);
    assertThat(refusal(GOOD, "80.001", "60", "0.2").code()).isEqualTo(AcceptanceViolations.SCORE_TOO_PRECISE);
    Violation disorder = refusal(GOOD, "60", "80", "0.2");
    assertThat(disorder.code()).isEqualTo(AcceptanceViolations.THRESHOLDS_OUT_OF_ORDER);
    assertTexts(disorder);
  }

  @Test
  void aPolicyCitesItsDocumentAndPoliciesAreVersionedByYear() {
    assertThatThrownBy(() -> EvaluationPolicy.of(Y2026, " ", GOOD, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document");
    EvaluationPolicy y2028 = EvaluationPolicy.of(Year.of(2028), "示例（2028）", GOOD, new BigDecimal("85"), new BigDecimal("65"), BigDecimal.ZERO).get();
    EvaluationPolicies policies = EvaluationPolicies.of(List.of(y2028, POLICY_2026));
    assertThat(policies.inForce(Year.of(2025))).isEmpty();
    assertThat(policies.inForce(Year.of(2026))).contains(POLICY_2026);
    assertThat(policies.inForce(Year.of(2027))).contains(POLICY_2026);
    assertThat(policies.inForce(Year.of(2030))).contains(y2028);
    assertThat(policies.all()).containsExactly(POLICY_2026, y2028);
    Violation none = EvaluationPolicies.none().forYear(Y2026).getLeft();
    assertThat(none.code()).isEqualTo(AcceptanceViolations.POLICY_NOT_IN_FORCE);
    assertTexts(none);
    assertThatThrownBy(() -> EvaluationPolicies.of(List.of(POLICY_2026, POLICY_2026))).isInstanceOf(IllegalArgumentException.class);
  }

  /** The weighted score lies between the lowest and the highest score, and raising one score never lowers it. */
  @Test
  void theScoreIsBetweenTheExtremesAndMonotoneInEachCriterion() {
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSize(5), integers().between(0, 4), integers().between(0, 10_000))
        .checkAssert((hundredths, which, raise) -> {
          Map<EvaluationCriterion, BigDecimal> given = new EnumMap<>(EvaluationCriterion.class);
          for (int i = 0; i < 5; i++) {
            given.put(EvaluationCriterion.values()[i], BigDecimal.valueOf(hundredths.get(i), 2));
          }
          BigDecimal score = POLICY_2026.score(given);
          BigDecimal min = given.values().stream().min(BigDecimal::compareTo).orElseThrow();
          BigDecimal max = given.values().stream().max(BigDecimal::compareTo).orElseThrow();
          assertThat(score).isBetween(min, max);
          assertThat(score.scale()).isEqualTo(2);
          EvaluationCriterion criterion = EvaluationCriterion.values()[which];
          Map<EvaluationCriterion, BigDecimal> raised = new EnumMap<>(given);
          raised.put(criterion, given.get(criterion).max(BigDecimal.valueOf(raise, 2)));
          assertThat(POLICY_2026.score(raised)).isGreaterThanOrEqualTo(score);
          assertThat(POLICY_2026.resultOf(POLICY_2026.score(raised)).isWorseThan(POLICY_2026.resultOf(score))).isFalse();
        });
  }
}
