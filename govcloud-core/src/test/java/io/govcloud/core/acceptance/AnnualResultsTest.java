package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.ACCEPTED_ON;
import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.POLICY;
import static io.govcloud.core.acceptance.AcceptanceFixtures.PROVIDER;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.YUZHONG_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.account;
import static io.govcloud.core.acceptance.AcceptanceFixtures.allScored;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.attestation;
import static io.govcloud.core.acceptance.AcceptanceFixtures.bill;
import static io.govcloud.core.acceptance.AcceptanceFixtures.request;
import static io.govcloud.core.acceptance.AcceptanceFixtures.valid;
import static io.govcloud.core.acceptance.AcceptanceFixtures.yearOfBills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Evaluation;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Platform;
import io.govcloud.model.ProviderId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnualResultsTest {

  private static final AnnualResultRequest REQUEST =
      new AnnualResultRequest(AnnualResultId.of("ar-2026"), PROVIDER, Y2026, LocalDate.parse("2027-02-01"), new BigDecimal("80"));

  private static Evaluation evaluation(String id, Platform platform, String score) {
    return evaluation(id, platform, score, valid(platform));
  }

  private static Evaluation evaluation(String id, Platform platform, String score, List<SecurityAttestation> held) {
    return Evaluations.evaluate(request(id, platform, allScored(score)), platform, List.of(), held, POLICY, NOW).get();
  }

  private static Either<Violation, AnnualResult> combine(AnnualResultRequest request, List<Evaluation> evaluations, List<MonthlyBill> bills) {
    return AnnualResults.combine(request, evaluations, bills, List.of(), POLICY, NOW);
  }

  private static List<MonthlyBill> fees(String finance, String health) {
    List<MonthlyBill> bills = new ArrayList<>(yearOfBills(account(FINANCE_CLOUD), Y2026, Money.of(finance)));
    bills.addAll(yearOfBills(account(HEALTH_CLOUD), Y2026, Money.of(health)));
    return bills;
  }

  @Test
  void twoDepartmentsEvaluationsAreWeightedByTheFeesTheyPaid() {
    List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, "90"), evaluation("e-health", HEALTH_CLOUD, "70"));
    List<MonthlyBill> bills = new ArrayList<>(fees("300000.00", "100000.00"));
    // ignored: another year, another provider
    bills.add(bill(account(FINANCE_CLOUD), YearMonth.of(2025, 12), Money.of("999999.99")));
    bills.add(bill(BillingAccount.of(account(HEALTH_CLOUD).department(), HEALTH_CLOUD.id(), ProviderId.of("provider-b")), YearMonth.of(2026, 6),
        Money.of("500000.00")));
    AnnualResult result = combine(REQUEST, evaluations, bills).get();
    assertThat(result.shares()).extracting(AnnualResult.Share::fees).containsExactly(Money.of("300000.00"), Money.of("100000.00"));
    assertThat(result.shares()).extracting(share -> AnnualResults.weight(result, share))
        .containsExactly(new BigDecimal("0.75"), new BigDecimal("0.25"));
    // 3/4 × 90 + 1/4 × 70 = 85.00; (1 − 0.2) × 85 + 0.2 × 80 = 84.00
    assertThat(result.evaluationsScore()).isEqualTo(new BigDecimal("85.00"));
    assertThat(result.score()).isEqualTo(new BigDecimal("84.00"));
    assertThat(result.result()).isEqualTo(AcceptanceResult.PASS);
    assertThat(result.operationsScore()).isEqualByComparingTo("80");
    assertThat(result.operationsWeight()).isEqualByComparingTo("0.2");
    assertThat(result.fees()).isEqualTo(Money.of("400000.00"));
    assertThat(result.policy()).isEqualTo(AcceptanceFixtures.POLICY_2026.document());
    assertThat(result.shares()).extracting(AnnualResult.Share::evaluator).containsExactly(evaluations.get(0).evaluator(), evaluations.get(1).evaluator());
  }

  @Test
  void theAnnualScoreIsRoundedOnceFromTheExactFees() {
    // equal fees, 85.00 and 85.01: evaluations 85.005, shown as 85.01; annual 0.8 × 85.005 + 16 = 84.004 → 84.00 (not 84.008 → 84.01)
    List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, "85"), evaluation("e-health", HEALTH_CLOUD, "85.01"));
    AnnualResult result = combine(REQUEST, evaluations, fees("100000.00", "100000.00")).get();
    assertThat(result.evaluationsScore()).isEqualTo(new BigDecimal("85.01"));
    assertThat(result.score()).isEqualTo(new BigDecimal("84.00"));
  }

  @Test
  void aPlatformThatFailedASecurityGateKeepsTheAnnualResultFromPassing() {
    List<SecurityAttestation> lapsed = List.of(attestation(HEALTH_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2025-01-01"),
        attestation(HEALTH_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2025-06-30"));
    List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, "95"), evaluation("e-health", HEALTH_CLOUD, "95", lapsed));
    AnnualResult result = combine(REQUEST, evaluations, fees("300000.00", "100000.00")).get();
    assertThat(result.score()).isEqualTo(new BigDecimal("92.00"));
    assertThat(result.result()).isEqualTo(AcceptanceResult.FAIL);
    assertThat(result.gateFailures()).containsExactly(
        new GateFailure(HEALTH_CLOUD.id(), AttestationKind.CLASSIFIED_PROTECTION, Optional.of(LocalDate.parse("2026-07-01"))));
  }

  @Test
  void aPlatformWithoutFeesWeighsNothingAndWithoutAnyFeesNothingIsCombined() {
    List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, "90"), evaluation("e-yuzhong", YUZHONG_CLOUD, "10"));
    AnnualResult result = combine(REQUEST, evaluations, yearOfBills(account(FINANCE_CLOUD), Y2026, Money.of("1200.00"))).get();
    assertThat(result.evaluationsScore()).isEqualTo(new BigDecimal("90.00"));
    assertThat(result.shares().get(1).fees()).isEqualTo(Money.ZERO);
    Violation none = combine(REQUEST, evaluations, List.of()).getLeft();
    assertThat(none.code()).isEqualTo(AcceptanceViolations.NO_FEES_TO_WEIGH);
    assertTexts(none, "provider-a");
  }

  @Test
  void anAnnualResultNeedsEvaluationsAPolicyAValidOperationsScoreAndIsFormedOncePerYear() {
    Violation noEvaluations = combine(REQUEST, List.of(), fees("1.00", "1.00")).getLeft();
    assertThat(noEvaluations.code()).isEqualTo(AcceptanceViolations.NO_EVALUATIONS);
    assertTexts(noEvaluations, "provider-a");
    List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, "90"));
    assertThat(AnnualResults.combine(REQUEST, evaluations, fees("1.00", "1.00"), List.of(), AcceptancePolicy.unconfigured(), NOW).getLeft().code())
        .isEqualTo(AcceptanceViolations.POLICY_NOT_IN_FORCE);
    AnnualResultRequest high = new AnnualResultRequest(REQUEST.id(), PROVIDER, Y2026, REQUEST.decidedOn(), new BigDecimal("100.01"));
    Violation badOperations = combine(high, evaluations, fees("1.00", "1.00")).getLeft();
    assertThat(badOperations.code()).isEqualTo(AcceptanceViolations.SCORE_OUT_OF_RANGE);
    assertThat(badOperations.facts()).containsEntry("criterion", "operations");
    assertTexts(badOperations);
    AnnualResultRequest early = new AnnualResultRequest(REQUEST.id(), PROVIDER, Y2026, LocalDate.parse("2025-12-31"), BigDecimal.TEN);
    assertThat(combine(early, evaluations, fees("1.00", "1.00")).getLeft().code()).isEqualTo(AcceptanceViolations.DATED_BEFORE_YEAR);
    AnnualResult first = combine(REQUEST, evaluations, fees("1.00", "1.00")).get();
    Violation again = AnnualResults.combine(
        new AnnualResultRequest(AnnualResultId.of("ar-again"), PROVIDER, Y2026, ACCEPTED_ON, BigDecimal.TEN), evaluations,
        fees("1.00", "1.00"), List.of(first), POLICY, NOW).getLeft();
    assertThat(again.code()).isEqualTo(AcceptanceViolations.ANNUAL_RESULT_EXISTS);
    assertTexts(again, "provider-a", "ar-2026");
  }

  @Test
  void anEvaluationOfAnotherProviderOrYearIsACallersBug() {
    Evaluation evaluation = evaluation("e-finance", FINANCE_CLOUD, "90");
    AnnualResultRequest otherYear = new AnnualResultRequest(REQUEST.id(), PROVIDER, Year.of(2025), REQUEST.decidedOn(), BigDecimal.TEN);
    assertThatThrownBy(() -> combine(otherYear, List.of(evaluation), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e-finance");
  }

  /** The annual score lies between the lowest and highest of the scores it combines, whatever the fees. */
  @Test
  void theAnnualScoreIsBetweenTheScoresItCombines() {
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSize(3), lists().of(integers().between(0, 5_000_000)).ofSize(2))
        .checkAssert((hundredths, fen) -> {
          String finance = BigDecimal.valueOf(hundredths.get(0), 2).toPlainString();
          String health = BigDecimal.valueOf(hundredths.get(1), 2).toPlainString();
          BigDecimal operations = BigDecimal.valueOf(hundredths.get(2), 2);
          List<Evaluation> evaluations = List.of(evaluation("e-finance", FINANCE_CLOUD, finance), evaluation("e-health", HEALTH_CLOUD, health));
          List<MonthlyBill> bills = List.of(bill(account(FINANCE_CLOUD), YearMonth.of(2026, 3), Money.ofFen(fen.get(0) + 1L)),
              bill(account(HEALTH_CLOUD), YearMonth.of(2026, 3), Money.ofFen(fen.get(1))));
          AnnualResultRequest request = new AnnualResultRequest(REQUEST.id(), PROVIDER, Y2026, REQUEST.decidedOn(), operations);
          AnnualResult result = combine(request, evaluations, bills).get();
          List<BigDecimal> inputs = List.of(new BigDecimal(finance), new BigDecimal(health), operations);
          assertThat(result.score()).isBetween(inputs.stream().min(BigDecimal::compareTo).orElseThrow(),
              inputs.stream().max(BigDecimal::compareTo).orElseThrow());
          BigDecimal weights = result.shares().stream().map(s -> AnnualResults.weight(result, s)).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(weights.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(new BigDecimal("1E-10"));
        });
  }
}
