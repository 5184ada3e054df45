package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.ACCEPTED_ON;
import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE;
import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.POLICY;
import static io.govcloud.core.acceptance.AcceptanceFixtures.PROVIDER;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.YUZHONG;
import static io.govcloud.core.acceptance.AcceptanceFixtures.YUZHONG_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.allScored;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.attestation;
import static io.govcloud.core.acceptance.AcceptanceFixtures.request;
import static io.govcloud.core.acceptance.AcceptanceFixtures.scores;
import static io.govcloud.core.acceptance.AcceptanceFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationsTest {

  private static Either<Violation, Evaluation> evaluate(EvaluationRequest request, Platform platform, List<SecurityAttestation> held) {
    return Evaluations.evaluate(request, platform, List.of(), held, POLICY, NOW);
  }

  @Test
  void aProviderScoring85WithALapsedSecurityAssessmentDoesNotPass() {
    List<SecurityAttestation> held = List.of(
        attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2023-06-30"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-09-01"));
    Evaluation evaluation = evaluate(request("e-1", FINANCE_CLOUD, allScored("85")), FINANCE_CLOUD, held).get();
    assertThat(evaluation.score()).isEqualByComparingTo("85");
    assertThat(POLICY.evaluation().inForce(Y2026).orElseThrow().resultOf(evaluation.score())).as("by its score alone").isEqualTo(AcceptanceResult.PASS);
    assertThat(evaluation.result()).isEqualTo(AcceptanceResult.FAIL);
    // 2023-06-30 + 3 years = 2026-06-30, the last valid day: lapsed since 2026-07-01
    assertThat(evaluation.gateFailures()).containsExactly(
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.SECURITY_ASSESSMENT, Optional.of(LocalDate.parse("2026-07-01"))));
  }

  @Test
  void aValidPlatformIsEvaluatedByItsScoreAndTheRecordExplainsItself() {
    Evaluation evaluation = evaluate(request("e-1", FINANCE_CLOUD, scores("85.5", "90.25", "77.75", "88.33", "91.01")), FINANCE_CLOUD,
        valid(FINANCE_CLOUD)).get();
    assertThat(evaluation.score()).isEqualTo(new BigDecimal("87.06"));
    assertThat(evaluation.result()).isEqualTo(AcceptanceResult.PASS);
    assertThat(evaluation.gateFailures()).isEmpty();
    assertThat(evaluation.provider()).isEqualTo(PROVIDER);
    assertThat(evaluation.evaluator()).isEqualTo(Party.department(FINANCE));
    assertThat(evaluation.policy()).isEqualTo(AcceptanceFixtures.POLICY_2026.document());
    assertThat(evaluation.evaluatedOn()).isEqualTo(ACCEPTED_ON);
    assertThat(evaluation.recordedAt()).isEqualTo(NOW);
    assertThat(evaluation.version()).isZero();
    assertThat(evaluation.scores()).containsKeys(EvaluationCriterion.values());
  }

  @Test
  void aScoreBetweenTheThresholdsIsDeferredAndBelowThemFails() {
    assertThat(evaluate(request("e-1", FINANCE_CLOUD, allScored("70")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).get().result())
        .isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(evaluate(request("e-1", FINANCE_CLOUD, allScored("59.99")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).get().result())
        .isEqualTo(AcceptanceResult.FAIL);
  }

  @Test
  void aMunicipalPlatformIsEvaluatedByItsDepartmentAndADistrictsByItsAuthority() {
    assertThat(Evaluations.evaluatorOf(FINANCE_CLOUD)).isEqualTo(Party.department(FINANCE));
    assertThat(Evaluations.evaluatorOf(YUZHONG_CLOUD)).isEqualTo(Party.authority(YUZHONG));
    assertThat(evaluate(request("e-2", YUZHONG_CLOUD, allScored("90")), YUZHONG_CLOUD, valid(YUZHONG_CLOUD)).get().evaluator())
        .isEqualTo(Party.authority(YUZHONG));
    for (Party wrong : List.of(Party.department(HEALTH), Party.authority(Jurisdiction.MUNICIPAL), Party.provider(PROVIDER))) {
      EvaluationRequest request = new EvaluationRequest(EvaluationId.of("e-3"), Y2026, FINANCE_CLOUD.id(), wrong, ACCEPTED_ON, allScored("90"));
      Violation refused = evaluate(request, FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
      assertThat(refused.code()).as("evaluated by %s", wrong).isEqualTo(AcceptanceViolations.WRONG_EVALUATOR);
      assertThat(refused.facts()).containsEntry("expected", "department cq-finance");
      assertTexts(refused, "finance-cloud", "cq-finance", wrong.subject());
    }
  }

  @Test
  void scoresOutsideZeroToAHundredTooPreciseOrMissingAreRefusedWithTheCriterion() {
    Violation high = evaluate(request("e-1", FINANCE_CLOUD, scores("85", "101", "85", "85", "85")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
    assertThat(high.code()).isEqualTo(AcceptanceViolations.SCORE_OUT_OF_RANGE);
    assertThat(high.facts()).containsEntry("criterion", "quality").containsEntry("score", "101");
    assertTexts(high);
    Violation negative = evaluate(request("e-1", FINANCE_CLOUD, scores("-0.01", "85", "85", "85", "85")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
    assertThat(negative.code()).isEqualTo(AcceptanceViolations.SCORE_OUT_OF_RANGE);
    assertThat(negative.facts()).containsEntry("criterion", "service response");
    Violation precise = evaluate(request("e-1", FINANCE_CLOUD, scores("85", "85", "85.125", "85", "85")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
    assertThat(precise.code()).isEqualTo(AcceptanceViolations.SCORE_TOO_PRECISE);
    assertTexts(precise);
    Map<EvaluationCriterion, BigDecimal> four = new EnumMap<>(allScored("85"));
    four.remove(EvaluationCriterion.SECURITY);
    Violation missing = evaluate(request("e-1", FINANCE_CLOUD, four), FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
    assertThat(missing.code()).isEqualTo(AcceptanceViolations.SCORE_MISSING);
    assertThat(missing.facts()).containsEntry("criterion", "security");
    assertTexts(missing);
    assertThat(evaluate(request("e-1", FINANCE_CLOUD, allScored("100.00")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).isRight()).isTrue();
    assertThat(evaluate(request("e-1", FINANCE_CLOUD, allScored("0")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).isRight()).isTrue();
  }

  @Test
  void aPlatformsProviderIsEvaluatedOncePerYear() {
    Evaluation first = evaluate(request("e-1", FINANCE_CLOUD, allScored("85")), FINANCE_CLOUD, valid(FINANCE_CLOUD)).get();
    Violation again = Evaluations.evaluate(request("e-2", FINANCE_CLOUD, allScored("90")), FINANCE_CLOUD, List.of(first), valid(FINANCE_CLOUD),
        POLICY, NOW).getLeft();
    assertThat(again.code()).isEqualTo(AcceptanceViolations.EVALUATION_EXISTS);
    assertThat(again.facts()).containsEntry("existing", "e-1");
    assertTexts(again, "finance-cloud", "provider-a", "e-1");
    EvaluationRequest nextYear = new EvaluationRequest(EvaluationId.of("e-3"), Year.of(2027), FINANCE_CLOUD.id(), Party.department(FINANCE),
        LocalDate.parse("2028-01-10"), allScored("90"));
    assertThat(Evaluations.evaluate(nextYear, FINANCE_CLOUD, List.of(first), valid(FINANCE_CLOUD), POLICY, NOW).isRight()).isTrue();
  }

  @Test
  void withoutAPolicyInForceForTheYearNothingIsEvaluated() {
    EvaluationRequest y2025 = new EvaluationRequest(EvaluationId.of("e-1"), Year.of(2025), FINANCE_CLOUD.id(), Party.department(FINANCE),
        ACCEPTED_ON, allScored("85"));
    assertThat(evaluate(y2025, FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft().code()).isEqualTo(AcceptanceViolations.POLICY_NOT_IN_FORCE);
    assertThat(Evaluations.evaluate(request("e-1", FINANCE_CLOUD, allScored("85")), FINANCE_CLOUD, List.of(), valid(FINANCE_CLOUD),
        AcceptancePolicy.unconfigured(), NOW).getLeft().code()).isEqualTo(AcceptanceViolations.POLICY_NOT_IN_FORCE);
  }

  @Test
  void anAcceptanceDatedBeforeItsYearIsRefused() {
    EvaluationRequest early = new EvaluationRequest(EvaluationId.of("e-1"), Y2026, FINANCE_CLOUD.id(), Party.department(FINANCE),
        LocalDate.parse("2025-12-31"), allScored("85"));
    Violation refused = evaluate(early, FINANCE_CLOUD, valid(FINANCE_CLOUD)).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.DATED_BEFORE_YEAR);
    assertTexts(refused);
  }

  @Test
  void aRequestForAnotherPlatformIsACallersBug() {
    assertThatThrownBy(() -> evaluate(request("e-1", FINANCE_CLOUD, allScored("85")), YUZHONG_CLOUD, valid(YUZHONG_CLOUD)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finance-cloud");
  }
}
