package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants of the acceptance aggregates (Art. 31, 32, 36, 40–42), each checked once, in the constructor. */
class AcceptanceModelTest {

  private static final Instant T = Instant.parse("2027-01-20T02:00:00Z");
  private static final PlatformId PLATFORM = PlatformId.of("finance-cloud");
  private static final ProviderId PROVIDER = ProviderId.of("provider-a");
  private static final Year Y2026 = Year.of(2026);
  private static final Party DEPARTMENT = Party.department(DepartmentId.of("cq-finance"));
  private static final BillingAccount ACCOUNT = BillingAccount.of(DepartmentId.of("cq-finance"), PLATFORM, PROVIDER);

  private static Map<EvaluationCriterion, BigDecimal> scores(String value) {
    Map<EvaluationCriterion, BigDecimal> scores = new EnumMap<>(EvaluationCriterion.class);
    for (EvaluationCriterion criterion : EvaluationCriterion.values()) {
      scores.put(criterion, new BigDecimal(value));
    }
    return scores;
  }

  private static Evaluation evaluation(Map<EvaluationCriterion, BigDecimal> scores, AcceptanceResult result, List<GateFailure> gates, Party evaluator) {
    return new Evaluation(EvaluationId.of("e-1"), Y2026, PLATFORM, PROVIDER, evaluator, LocalDate.parse("2027-01-15"), scores, new BigDecimal("85"),
        result, gates, "办法", T, 0);
  }

  @Test
  void resultsAreOrderedFromBestToWorst() {
    assertThat(AcceptanceResult.FAIL.isWorseThan(AcceptanceResult.DEFERRED)).isTrue();
    assertThat(AcceptanceResult.DEFERRED.isWorseThan(AcceptanceResult.PASS)).isTrue();
    assertThat(AcceptanceResult.PASS.isWorseThan(AcceptanceResult.PASS)).isFalse();
    assertThat(AcceptanceResult.worse(AcceptanceResult.PASS, AcceptanceResult.FAIL)).isEqualTo(AcceptanceResult.FAIL);
    assertThat(AcceptanceResult.DEFERRED.chinese()).isEqualTo("暂缓通过");
    assertThat(AttestationKind.SECURITY_ASSESSMENT.article()).isEqualTo(Article.of(32));
    assertThat(AttestationKind.CLASSIFIED_PROTECTION.article()).isEqualTo(Article.of(36));
  }

  @Test
  void anEvaluationKeepsEveryCriterionInOrderAndCannotPassWithAFailedGate() {
    Map<EvaluationCriterion, BigDecimal> reversed = new LinkedHashMap<>();
    for (int i = EvaluationCriterion.values().length - 1; i >= 0; i--) {
      reversed.put(EvaluationCriterion.values()[i], new BigDecimal("85.50"));
    }
    Evaluation evaluation = evaluation(reversed, AcceptanceResult.PASS, List.of(), DEPARTMENT);
    assertThat(evaluation.scores().keySet()).containsExactly(EvaluationCriterion.values());
    GateFailure gate = new GateFailure(PLATFORM, AttestationKind.SECURITY_ASSESSMENT, Optional.empty());
    assertThatThrownBy(() -> evaluation(scores("85"), AcceptanceResult.PASS, List.of(gate), DEPARTMENT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Art. 32");
    assertThat(evaluation(scores("85"), AcceptanceResult.FAIL, List.of(gate), DEPARTMENT).gateFailures()).containsExactly(gate);
    GateFailure elsewhere = new GateFailure(PlatformId.of("health-cloud"), AttestationKind.SECURITY_ASSESSMENT, Optional.empty());
    assertThatThrownBy(() -> evaluation(scores("85"), AcceptanceResult.FAIL, List.of(elsewhere), DEPARTMENT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("health-cloud");
  }

  @Test
  void anEvaluationRefusesMissingOrBadScoresAndAnEvaluatorThatIsNeitherADepartmentNorAnAuthority() {
    Map<EvaluationCriterion, BigDecimal> four = scores("85");
    four.remove(EvaluationCriterion.QUALITY);
    assertThatThrownBy(() -> evaluation(four, AcceptanceResult.PASS, List.of(), DEPARTMENT)).hasMessageContaining("QUALITY");
    assertThatThrownBy(() -> evaluation(scores("100.01"), AcceptanceResult.PASS, List.of(), DEPARTMENT)).hasMessageContaining("100.01");
    assertThatThrownBy(() -> evaluation(scores("85.001"), AcceptanceResult.PASS, List.of(), DEPARTMENT)).hasMessageContaining("decimals");
    assertThatThrownBy(() -> evaluation(scores("85"), AcceptanceResult.PASS, List.of(), Party.provider(PROVIDER))).hasMessageContaining("provider");
    assertThatThrownBy(() -> new Evaluation(EvaluationId.of("e-1"), Y2026, PLATFORM, PROVIDER, DEPARTMENT, LocalDate.parse("2025-12-31"),
        scores("85"), new BigDecimal("85"), AcceptanceResult.PASS, List.of(), "办法", T, 0)).hasMessageContaining("before the year");
  }

  @Test
  void anAnnualResultCombinesDistinctEvaluationsAndCannotPassWithAFailedGate() {
    AnnualResult.Share share = new AnnualResult.Share(EvaluationId.of("e-1"), DEPARTMENT, PLATFORM, Money.of("300000.00"), new BigDecimal("90"),
        AcceptanceResult.PASS);
    AnnualResult.Share other = new AnnualResult.Share(EvaluationId.of("e-2"), DEPARTMENT, PLATFORM, Money.of("100000.00"), new BigDecimal("70"),
        AcceptanceResult.DEFERRED);
    AnnualResult result = new AnnualResult(AnnualResultId.of("ar-1"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), List.of(share, other),
        new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("0.2"), new BigDecimal("84"), AcceptanceResult.PASS, List.of(), "办法", T, 0);
    assertThat(result.fees()).isEqualTo(Money.of("400000.00"));
    assertThat(result.withVersion(3).version()).isEqualTo(3);
    assertThatThrownBy(() -> new AnnualResult(AnnualResultId.of("ar-1"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), List.of(share, share),
        new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("0.2"), new BigDecimal("84"), AcceptanceResult.PASS, List.of(), "办法", T, 0))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new AnnualResult(AnnualResultId.of("ar-1"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), List.of(),
        new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("0.2"), new BigDecimal("84"), AcceptanceResult.PASS, List.of(), "办法", T, 0))
        .hasMessageContaining("no evaluation");
    GateFailure gate = new GateFailure(PLATFORM, AttestationKind.CLASSIFIED_PROTECTION, Optional.of(LocalDate.parse("2026-07-01")));
    assertThatThrownBy(() -> new AnnualResult(AnnualResultId.of("ar-1"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), List.of(share),
        new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("0.2"), new BigDecimal("84"), AcceptanceResult.PASS, List.of(gate), "办法", T, 0))
        .hasMessageContaining("cannot pass");
    assertThatThrownBy(() -> new AnnualResult(AnnualResultId.of("ar-1"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), List.of(share),
        new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("1.2"), new BigDecimal("84"), AcceptanceResult.PASS, List.of(), "办法", T, 0))
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> new AnnualResult.Share(EvaluationId.of("e-1"), DEPARTMENT, PLATFORM, Money.of("-0.01"), BigDecimal.TEN,
        AcceptanceResult.PASS)).hasMessageContaining("negative");
  }

  @Test
  void aPaymentIsPositiveAndCitesAReference() {
    Payment payment = Payment.of(PaymentId.of("pay-1"), ACCOUNT, Y2026, Money.of("1.00"), LocalDate.parse("2026-12-31"), "凭证", T);
    assertThat(payment.paidWithinYear()).isTrue();
    assertThat(Payment.of(PaymentId.of("pay-2"), ACCOUNT, Y2026, Money.of("1.00"), LocalDate.parse("2027-01-01"), "凭证", T).paidWithinYear()).isFalse();
    assertThatThrownBy(() -> Payment.of(PaymentId.of("pay-1"), ACCOUNT, Y2026, Money.ZERO, LocalDate.parse("2026-12-31"), "凭证", T))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Payment.of(PaymentId.of("pay-1"), ACCOUNT, Y2026, Money.of("-1.00"), LocalDate.parse("2026-12-31"), "凭证", T))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Payment.of(PaymentId.of("pay-1"), ACCOUNT, Y2026, Money.ofFen(1), LocalDate.parse("2026-12-31"), " ", T))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRectificationsTimesFitItsStatus() {
    Party authority = Party.authority(Jurisdiction.MUNICIPAL);
    Instant expires = T.plusSeconds(86_400);
    Rectification open = new Rectification(RectificationId.of("r-1"), PROVIDER, PLATFORM, Optional.empty(), "问题", authority, T,
        LocalDate.parse("2027-01-21"), expires, Rectification.Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    assertThat(open.holdsSuspension()).isFalse();
    Rectification overdue = open.with(Rectification.Status.OVERDUE, Optional.of(expires), Optional.empty(), Optional.empty());
    assertThat(overdue.holdsSuspension()).isTrue();
    assertThatThrownBy(() -> open.with(Rectification.Status.OVERDUE, Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageContaining("without the time it lapsed");
    assertThatThrownBy(() -> open.with(Rectification.Status.OPEN, Optional.of(expires), Optional.empty(), Optional.empty()))
        .hasMessageContaining("but lapsed");
    assertThatThrownBy(() -> open.with(Rectification.Status.ACCEPTED, Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageContaining("accepted");
    assertThatThrownBy(() -> open.with(Rectification.Status.REJECTED, Optional.of(expires), Optional.of(expires), Optional.empty()))
        .hasMessageContaining("but closed");
    assertThatThrownBy(() -> open.with(Rectification.Status.OPEN, Optional.empty(), Optional.empty(), Optional.of(" ")))
        .hasMessageContaining("review");
    assertThatThrownBy(() -> new Rectification(RectificationId.of("r-1"), PROVIDER, PLATFORM, Optional.empty(), "问题", authority, T,
        LocalDate.parse("2027-01-21"), T, Rectification.Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0))
        .hasMessageContaining("not after");
    assertThatThrownBy(() -> new Rectification(RectificationId.of("r-1"), PROVIDER, PLATFORM, Optional.empty(), "问题", DEPARTMENT, T,
        LocalDate.parse("2027-01-21"), expires, Rectification.Status.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), 0))
        .hasMessageContaining("authority");
  }

  @Test
  void aFeeDeductionMayCarryItsBasisAndTheStatementItsPaymentsAndOutstandingBalance() {
    FeeDeduction.Basis basis = new FeeDeduction.Basis(AcceptanceResult.DEFERRED, new BigDecimal("65"), BigDecimal.ZERO, new BigDecimal("70"),
        new BigDecimal("0.05"), "规则");
    FeeDeduction deduction = new FeeDeduction(ACCOUNT, Y2026, Money.of("5.00"), Article.of(41), "deferred", Optional.of(basis));
    assertThat(new FeeDeduction(ACCOUNT, Y2026, Money.of("5.00"), Article.of(41), "host").basis()).isEmpty();
    assertThatThrownBy(() -> new FeeDeduction.Basis(AcceptanceResult.FAIL, BigDecimal.TEN, new BigDecimal("70"), new BigDecimal("70"),
        BigDecimal.ONE, "规则")).hasMessageContaining("higher");
    assertThatThrownBy(() -> new FeeDeduction.Basis(AcceptanceResult.FAIL, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN,
        new BigDecimal("1.5"), "规则")).hasMessageContaining("between 0 and 1");
    AnnualStatement statement = AnnualStatement.builder().account(ACCOUNT).year(Y2026).addDeductions(deduction)
        .addPayments(Payment.of(PaymentId.of("pay-1"), ACCOUNT, Y2026, Money.of("1.00"), LocalDate.parse("2027-01-02"), "凭证", T))
        .build();
    assertThat(statement.payable()).isEqualTo(Money.of("-5.00"));
    assertThat(statement.paid()).isEqualTo(Money.of("1.00"));
    assertThat(statement.outstanding()).isEqualTo(Money.of("-6.00"));
    assertThat(statement.unpaidAtYearEnd()).isEqualTo(Money.ZERO);
    Payment otherYear = Payment.of(PaymentId.of("pay-2"), ACCOUNT, Year.of(2025), Money.of("1.00"), LocalDate.parse("2026-01-02"), "凭证", T);
    assertThatThrownBy(() -> statement.withPayments(List.of(otherYear))).hasMessageContaining("pay-2");
  }
}
