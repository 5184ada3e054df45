package io.govcloud.core;

import static io.govcloud.core.AcceptanceExamples.*;
import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.acceptance.AcceptanceViolations;
import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Provider;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance facet on the in-memory store (rule R7; Art. 32, 36, 40–42): what it refuses, with which
 * code, leaving nothing saved but the audited refusal; the security gates through the entry point; one
 * evaluation per platform and year and one annual result per provider and year; rectifications that
 * suspend and reinstate, and the suspensions they leave alone.
 */
class AcceptanceFacetTest {

  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  private World world;
  private GovCloud gov;

  private void setUp(AcceptancePolicy policy) {
    world = new World(InMemoryStore.create(), policy);
    gov = world.gov;
  }

  /** D billed on PD in March 2025, both attestations recorded, the clock at 2026-01-15 10:00. */
  private void billedAndAttested() {
    setUp(POLICY);
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 3));
    world.clock.set(at("2026-01-15T10:00"));
    attestBoth(world, PD, CITY);
  }

  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  private List<Evaluation> evaluations() {
    return world.store.transact(uow -> uow.evaluations().ofYear(Y2025));
  }

  private AuditRecord lastAudit() {
    List<AuditRecord> trail = world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE));
    return trail.get(trail.size() - 1);
  }

  private Provider provider() {
    return world.store.transact(uow -> uow.providers().find(P1)).orElseThrow();
  }

  @Test
  void aScoreOutsideZeroToAHundredIsRefusedAuditedAndNothingIsSaved() {
    billedAndAttested();
    for (String score : List.of("100.01", "-1", "85.001")) {
      Violation refused = gov.as(DEPT_D).acceptance().evaluate(evaluation("e-" + score, PD, DEPT_D, score, JAN_15)).getLeft();
      assertThat(refused.code()).isIn(AcceptanceViolations.SCORE_OUT_OF_RANGE, AcceptanceViolations.SCORE_TOO_PRECISE);
      assertThat(lastAudit().refusal()).contains(refused);
    }
    assertThat(evaluations()).isEmpty();
  }

  @Test
  void withoutAnEvaluationPolicyAnEvaluationIsRefusedNotGuessed() {
    setUp(AcceptancePolicy.unconfigured());
    Violation refused = gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", JAN_15)).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.POLICY_NOT_IN_FORCE);
    assertThat(evaluations()).isEmpty();
  }

  @Test
  void aProviderScoring85WithALapsedSecurityAssessmentDoesNotPass() {
    setUp(POLICY);
    ok(gov.as(CITY).acceptance().attest(AttestationId.of("old-assessment"), PD, AttestationKind.SECURITY_ASSESSMENT,
        LocalDate.of(2022, 6, 1), "云计算服务安全评估报告（2022）")); // valid 3 years: through 2025-06-01
    ok(gov.as(CITY).acceptance().attest(AttestationId.of("classified"), PD, AttestationKind.CLASSIFIED_PROTECTION,
        LocalDate.of(2025, 3, 1), "等级保护测评报告"));
    world.clock.set(at("2026-01-15T10:00"));
    Evaluation evaluation = ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", JAN_15)));
    assertThat(evaluation.score()).isEqualByComparingTo("85");
    assertThat(evaluation.result()).isEqualTo(AcceptanceResult.FAIL);
    assertThat(evaluation.gateFailures()).singleElement().satisfies(gate -> {
      assertThat(gate.kind()).isEqualTo(AttestationKind.SECURITY_ASSESSMENT);
      assertThat(gate.lapsedOn()).contains(LocalDate.of(2025, 6, 2));
    });
  }

  @Test
  void anAttestationPassedAfterTodayIsRefused() {
    setUp(POLICY);
    Violation refused = gov.as(CITY).acceptance().attest(AttestationId.of("a-1"), PD, AttestationKind.SECURITY_ASSESSMENT,
        LocalDate.of(2025, 3, 4), "报告").getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.ATTESTATION_IN_FUTURE);
    assertThat(ok(gov.as(DEPT_D).acceptance().attestations(PD))).isEmpty();
  }

  @Test
  void onlyThePlatformsEvaluatorEvaluatesInItsOwnName() {
    billedAndAttested();
    assertThat(gov.as(CITY).acceptance().evaluate(evaluation("e-1", PD, CITY, "85", JAN_15)).getLeft().code())
        .isEqualTo(AcceptanceViolations.WRONG_EVALUATOR); // a municipal platform is evaluated by its department (Art. 40)
    EvaluationRequest inAnotherName = new EvaluationRequest(EvaluationId.of("e-2"), Y2025, PD, DEPT_E.party(), JAN_15, byCriterion("85"));
    assertThat(gov.as(DEPT_D).acceptance().evaluate(inAnotherName).getLeft().code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(evaluations()).isEmpty();
  }

  @Test
  void aPlatformsProviderIsEvaluatedOnceAYearAndAnIdOnce() {
    billedAndAttested();
    ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", JAN_15)));
    assertThat(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-2", PD, DEPT_D, "90", JAN_15)).getLeft().code())
        .isEqualTo(AcceptanceViolations.EVALUATION_EXISTS);
    assertThat(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "90", JAN_15)).getLeft().code())
        .isEqualTo(AcceptanceViolations.ID_TAKEN);
    assertThat(evaluations()).extracting(e -> e.score().toPlainString()).containsExactly("85.00");
  }

  @Test
  void theAnnualResultIsPublishedOncePerProviderAndYear() {
    billedAndAttested();
    ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-1", PD, DEPT_D, "85", JAN_15)));
    AnnualResultRequest request = new AnnualResultRequest(AnnualResultId.of("ar-1"), P1, Y2025, JAN_15, new BigDecimal("90"));
    assertThat(ok(gov.as(CITY).acceptance().publish(request)).score()).isEqualByComparingTo("86.00"); // 0.8 x 85 + 0.2 x 90
    AnnualResultRequest again = new AnnualResultRequest(AnnualResultId.of("ar-2"), P1, Y2025, JAN_15, new BigDecimal("50"));
    assertThat(gov.as(CITY).acceptance().publish(again).getLeft().code()).isEqualTo(AcceptanceViolations.ANNUAL_RESULT_EXISTS);
    assertThat(ok(gov.as(PROVIDER_1).acceptance().annualResults(P1))).extracting(r -> r.id().value()).containsExactly("ar-1");
    assertThat(gov.as(PROVIDER_2).acceptance().annualResults(P1).getLeft().code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void aCombinationWithoutEvaluationsIsRefused() {
    billedAndAttested();
    AnnualResultRequest request = new AnnualResultRequest(AnnualResultId.of("ar-1"), P1, Y2025, JAN_15, new BigDecimal("90"));
    assertThat(gov.as(CITY).acceptance().publish(request).getLeft().code()).isEqualTo(AcceptanceViolations.NO_EVALUATIONS);
  }

  private Rectification order(String id, LocalDate dueOn) {
    return ok(gov.as(CITY).acceptance().orderRectification(
        new RectificationOrder(RectificationId.of(id), PD, Optional.empty(), "安全漏洞未修复", CITY.party(), dueOn)));
  }

  @Test
  void aRectificationDueOnADayAlreadyPastIsRefused() {
    setUp(POLICY);
    Violation refused = gov.as(CITY).acceptance().orderRectification(new RectificationOrder(RectificationId.of("r-1"), PD,
        Optional.empty(), "安全漏洞未修复", CITY.party(), LocalDate.of(2025, 3, 2))).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.RECTIFICATION_DUE_PASSED);
    assertThat(gov.as(CITY).acceptance().orderRectification(new RectificationOrder(RectificationId.of("r-2"), PD,
        Optional.empty(), "安全漏洞未修复", DISTRICT_AUTHORITY.party(), LocalDate.of(2025, 3, 20))).getLeft().code())
        .isEqualTo(AccessViolations.ACCESS_DENIED); // ordered in another authority's name
    assertThat(ok(gov.as(CITY).acceptance().rectifications(P1))).isEmpty();
  }

  @Test
  void aRejectedRectificationSuspendsAtOnceAndItsAcceptanceReinstates() {
    setUp(POLICY);
    Rectification r = order("r-1", LocalDate.of(2025, 3, 20));
    world.clock.set(at("2025-03-10T10:00"));
    ok(gov.as(CITY).acceptance().rejectRectification(r.id(), "整改后仍存在高危漏洞"));
    assertThat(provider().suspension()).hasValueSatisfying(s -> {
      assertThat(s.byRectification()).isTrue();
      assertThat(s.since()).isEqualTo(at("2025-03-10T10:00"));
    });
    gov.sweep(at("2025-03-21T09:00")); // rejected, not open: the sweep leaves it
    ok(gov.as(CITY).acceptance().acceptRectification(r.id(), "复查通过"));
    assertThat(provider().isSuspended()).isFalse();
    assertThat(gov.as(CITY).acceptance().acceptRectification(r.id(), "复查通过").getLeft().code())
        .isEqualTo(AcceptanceViolations.RECTIFICATION_CLOSED);
  }

  @Test
  void twoOverdueRectificationsHoldTheSuspensionUntilBothAreAccepted() {
    setUp(POLICY);
    Rectification first = order("r-1", LocalDate.of(2025, 3, 10));
    Rectification second = order("r-2", LocalDate.of(2025, 3, 20));
    gov.sweep(at("2025-03-25T09:00"));
    assertThat(ok(gov.as(PROVIDER_1).acceptance().rectifications(P1))).extracting(Rectification::status)
        .containsExactly(Rectification.Status.OVERDUE, Rectification.Status.OVERDUE);
    assertThat(provider().suspension()).hasValueSatisfying(s -> assertThat(s.since()).isEqualTo(first.expiresAt()));
    world.clock.set(at("2025-03-26T10:00"));
    ok(gov.as(CITY).acceptance().acceptRectification(first.id(), "已整改"));
    assertThat(provider().suspension()).hasValueSatisfying(s -> assertThat(s.since()).isEqualTo(second.expiresAt()));
    ok(gov.as(CITY).acceptance().acceptRectification(second.id(), "已整改"));
    assertThat(provider().isSuspended()).isFalse();
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.PROVIDER_SUSPENDED::equals).hasSize(1);
    assertThat(world.notifier.types()).filteredOn(NotificationTypes.PROVIDER_REINSTATED::equals).hasSize(1);
  }

  @Test
  void aSuspensionTheAuthorityDecidedIsLeftToTheAuthority() {
    setUp(POLICY);
    ok(gov.as(CITY).registry().suspendProvider(P1, "情节严重，按合同处理"));
    Rectification r = order("r-1", LocalDate.of(2025, 3, 10));
    gov.sweep(at("2025-03-11T09:00"));
    assertThat(provider().suspension()).hasValueSatisfying(s -> assertThat(s.cause()).isEqualTo(Provider.Suspension.Cause.MANUAL));
    assertThat(gov.as(CITY).registry().reinstateProvider(P1).getLeft().code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);
    world.clock.set(at("2025-03-12T10:00"));
    ok(gov.as(CITY).acceptance().acceptRectification(r.id(), "已整改"));
    assertThat(provider().isSuspended()).isTrue(); // still the authority's own suspension
    ok(gov.as(CITY).registry().reinstateProvider(P1));
    assertThat(provider().isSuspended()).isFalse();
  }

  @Test
  void aBlankReviewIsACallersBug() {
    setUp(POLICY);
    Rectification r = order("r-1", LocalDate.of(2025, 3, 10));
    assertThatThrownBy(() -> gov.as(CITY).acceptance().acceptRectification(r.id(), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gov.as(CITY).acceptance().attestations((PlatformId) null)).isInstanceOf(NullPointerException.class);
  }
}
