package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.POLICY;
import static io.govcloud.core.acceptance.AcceptanceFixtures.PROVIDER;
import static io.govcloud.core.acceptance.AcceptanceFixtures.TABLE_2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.account;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.ledger;
import static io.govcloud.core.acceptance.AcceptanceFixtures.yearOfBills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.core.billing.AnnualStatements;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.Party;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptanceDeductionsTest {

  private static final BillingAccount ACCOUNT = account(FINANCE_CLOUD);

  /** An annual result of the provider for a year with a given score and result, as recorded. */
  static AnnualResult result(Year year, String score, AcceptanceResult result) {
    BigDecimal value = new BigDecimal(score);
    return new AnnualResult(AnnualResultId.of("ar-" + year + "-" + score + "-" + result), PROVIDER, year, LocalDate.of(year.getValue() + 1, 2, 1),
        List.of(new AnnualResult.Share(EvaluationId.of("e-1"), Party.department(ACCOUNT.department()), FINANCE_CLOUD.id(), Money.of("1.00"),
            value, result)),
        value, value, BigDecimal.ZERO, value, result, List.of(), "示例", NOW, 1);
  }

  @Test
  void aDeferredResultDeductsTheTablesShareOfTheYearsFeesToTheFen() {
    AnnualResult deferred = result(Y2026, "75.50", AcceptanceResult.DEFERRED);
    // 3% of 123,456.78 = 3,703.7034 → 3,703.70; the band [70, 100] of the deferred result
    Deduction deduction = AcceptanceDeductions.deduct(deferred, ACCOUNT, Money.of("123456.78"), POLICY.deductions()).get().orElseThrow();
    assertThat(deduction.amount()).isEqualTo(Money.of("3703.70"));
    assertThat(deduction.net()).isEqualTo(Money.of("119753.08"));
    assertThat(deduction.share()).isEqualByComparingTo("0.03");
    assertThat(deduction.table()).isEqualTo(TABLE_2026.document());
    // half-up: 5% of 0.30 = 0.015 → 0.02
    Deduction half = AcceptanceDeductions.deduct(result(Y2026, "60", AcceptanceResult.DEFERRED), ACCOUNT, Money.of("0.30"), POLICY.deductions())
        .get().orElseThrow();
    assertThat(half.amount()).isEqualTo(Money.of("0.02"));
  }

  @Test
  void theAnnualStatementShowsTheGrossFeesEachDeductionWithItsResultBandAndDocumentAndTheNet() {
    AnnualResult deferred = result(Y2026, "65", AcceptanceResult.DEFERRED);
    AcceptanceDeductions port = AcceptanceDeductions.of(List.of(deferred), POLICY.deductions()).get();
    AnnualStatement statement = AnnualStatements.of(ledger(Y2026, yearOfBills(ACCOUNT, Y2026, Money.of("240000.00"))), ACCOUNT, Y2026, port).get();
    assertThat(statement.fees()).isEqualTo(Money.of("240000.00"));
    FeeDeduction deduction = statement.deductions().get(0);
    assertThat(deduction.amount()).isEqualTo(Money.of("12000.00"));
    assertThat(deduction.article()).isEqualTo(Article.of(41));
    FeeDeduction.Basis basis = deduction.basis().orElseThrow();
    assertThat(basis.result()).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(basis.score()).isEqualByComparingTo("65");
    assertThat(basis.bandFrom()).isEqualByComparingTo("0");
    assertThat(basis.bandTo()).isEqualByComparingTo("70");
    assertThat(basis.share()).isEqualByComparingTo("0.05");
    assertThat(basis.table()).isEqualTo(TABLE_2026.document());
    assertThat(deduction.reason()).contains(deferred.id().value(), "deferred", TABLE_2026.document());
    assertThat(statement.payable()).isEqualTo(Money.of("228000.00"));
  }

  @Test
  void aYearWithoutATableRefusesTheDeductionNeverGuessing() {
    AnnualResult y2025 = result(Year.of(2025), "50", AcceptanceResult.FAIL);
    Violation refused = AcceptanceDeductions.deduct(y2025, ACCOUNT, Money.of("1000.00"), POLICY.deductions()).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
    assertThat(refused.article()).isEqualTo(Article.of(41));
    assertThat(refused.facts()).containsEntry("year", "2025").containsEntry("result", "FAIL").containsEntry("provider", "provider-a");
    assertTexts(refused, "provider-a");
    assertThat(AcceptanceDeductions.of(List.of(y2025), POLICY.deductions()).getLeft().code()).isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
    assertThat(AcceptanceDeductions.of(List.of(result(Y2026, "50", AcceptanceResult.FAIL)), DeductionTables.none()).getLeft().code())
        .isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
  }

  @Test
  void aPassOrAProviderWithoutAResultIsNotDeducted() {
    AnnualResult pass = result(Year.of(2025), "95", AcceptanceResult.PASS);
    assertThat(AcceptanceDeductions.deduct(pass, ACCOUNT, Money.of("1000.00"), DeductionTables.none()).get()).isEmpty();
    AcceptanceDeductions port = AcceptanceDeductions.of(List.of(pass), DeductionTables.none()).get();
    assertThat(port.deductions(ACCOUNT, Year.of(2025), Money.of("1000.00"))).isEmpty();
    assertThat(port.deductions(ACCOUNT, Y2026, Money.of("1000.00"))).isEmpty();
    BillingAccount other = BillingAccount.of(ACCOUNT.department(), ACCOUNT.platform(), ProviderId.of("provider-b"));
    assertThat(AcceptanceDeductions.of(List.of(result(Y2026, "10", AcceptanceResult.FAIL)), POLICY.deductions()).get()
        .deductions(other, Y2026, Money.of("1000.00"))).isEmpty();
  }

  @Test
  void zeroOrNegativeFeesAreNotDeductedAndTwoResultsOfOneProviderAndYearAreACallersBug() {
    AnnualResult failed = result(Y2026, "10", AcceptanceResult.FAIL);
    AcceptanceDeductions port = AcceptanceDeductions.of(List.of(failed), POLICY.deductions()).get();
    assertThat(port.deductions(ACCOUNT, Y2026, Money.ZERO)).isEmpty();
    assertThat(port.deduction(ACCOUNT, Y2026, Money.of("-5.00")).orElseThrow().amount()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> AcceptanceDeductions.of(List.of(failed, result(Y2026, "20", AcceptanceResult.FAIL)), POLICY.deductions()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final List<AcceptanceResult> RESULTS = List.of(AcceptanceResult.PASS, AcceptanceResult.DEFERRED, AcceptanceResult.FAIL);

  private static Money deducted(AcceptanceResult result, int hundredths, long fen) {
    return AcceptanceDeductions.deduct(result(Y2026, BigDecimal.valueOf(hundredths, 2).toPlainString(), result), ACCOUNT, Money.ofFen(fen),
        POLICY.deductions()).get().map(Deduction::amount).orElse(Money.ZERO);
  }

  /** A worse result or a lower score never deducts less. */
  @Test
  void aWorseResultOrALowerScoreNeverDeductsLess() {
    qt().forAll(integers().between(0, 2), integers().between(0, 10_000), integers().between(0, 10_000), longs().between(0, 10_000_000_000L))
        .checkAssert((r, a, b, fen) -> {
          AcceptanceResult result = RESULTS.get(r);
          int lower = Math.min(a, b);
          int higher = Math.max(a, b);
          assertThat(deducted(result, lower, fen)).isGreaterThanOrEqualTo(deducted(result, higher, fen));
          if (r < 2) {
            assertThat(deducted(RESULTS.get(r + 1), a, fen)).isGreaterThanOrEqualTo(deducted(result, a, fen));
          }
        });
  }

  /** The deduction is between 0 and the fees, and net + deduction = gross to the fen. */
  @Test
  void theDeductionIsBetweenZeroAndTheFeesAndNetPlusDeductionIsGross() {
    qt().forAll(integers().between(1, 2), integers().between(0, 10_000), longs().between(-1_000_000L, 100_000_000_000_000L))
        .checkAssert((r, score, fen) -> {
          Money fees = Money.ofFen(fen);
          Deduction deduction = AcceptanceDeductions.deduct(result(Y2026, BigDecimal.valueOf(score, 2).toPlainString(), RESULTS.get(r)), ACCOUNT,
              fees, POLICY.deductions()).get().orElseThrow();
          assertThat(deduction.amount()).isGreaterThanOrEqualTo(Money.ZERO);
          assertThat(deduction.amount()).isLessThanOrEqualTo(Money.max(Money.ZERO, fees));
          assertThat(deduction.net().plus(deduction.amount())).isEqualTo(fees);
          BigDecimal exact = fees.amount().multiply(deduction.share());
          if (fees.isPositive()) {
            assertThat(deduction.amount().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
          }
          Optional<FeeDeduction> shown = deduction.toFeeDeduction();
          assertThat(shown.map(FeeDeduction::amount).orElse(Money.ZERO)).isEqualTo(deduction.amount());
        });
  }
}
