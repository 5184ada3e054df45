package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.terminate;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderId;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.FeeDeductions;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualStatementsTest {

  private static final Year Y2025 = Year.of(2025);
  private final WorkOrder vm1 = open("wo-1", "vm-1", VM, 1, "2025-10-01T09:00");

  private static BillingLedger issued(YearMonth first, YearMonth last, List<WorkOrder> orders) {
    BillingLedger ledger = BillingLedger.startingAt(first, Proration.standard());
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      ledger = BillingLedgerTest.issue(ledger, month, orders).ledger();
    }
    return ledger;
  }

  /** A deduction table as the acceptance rules might set it: a share of the year's fees. */
  private static FeeDeductions share(String share) {
    return (account, year, fees) -> {
      Money amount = fees.times(new BigDecimal(share));
      return amount.isPositive()
          ? List.of(new FeeDeduction(account, year, amount, Article.of(41), "evaluation DEFERRED: " + share))
          : List.of();
    };
  }

  @Test
  void aYearsStatementSumsItsBillsAndDeductsNothingWhenTheCallerSaysSo() {
    BillingLedger ledger = issued(YearMonth.of(2025, 10), YearMonth.of(2025, 12), List.of(vm1));
    AnnualStatement statement = AnnualStatements.of(ledger, ACCOUNT, Y2025, FeeDeductions.none()).get();
    assertThat(statement.bills()).extracting(MonthlyBill::month)
        .containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    assertThat(statement.fees()).isEqualTo(yuan("3000.00"));
    assertThat(statement.deductions()).isEmpty();
    assertThat(statement.payable()).isEqualTo(yuan("3000.00"));
    assertThat(statement.complete()).isFalse();
    assertThat(statement.monthsIssued()).hasSize(3);
  }

  @Test
  void deductionsComeThroughThePortAndReduceWhatIsPayable() {
    BillingLedger ledger = issued(YearMonth.of(2025, 10), YearMonth.of(2025, 12), List.of(vm1));
    AnnualStatement statement = AnnualStatements.of(ledger, ACCOUNT, Y2025, share("0.05")).get();
    assertThat(statement.deductionsTotal()).isEqualTo(yuan("150.00"));
    assertThat(statement.payable()).isEqualTo(yuan("2850.00"));
    assertThat(statement.deductions()).singleElement().satisfies(d -> assertThat(d.article()).isEqualTo(Article.of(41)));
  }

  @Test
  void anAdjustmentCountsInTheYearOfTheBillThatCarriesIt() {
    BillingLedger ledger = issued(YearMonth.of(2025, 12), YearMonth.of(2025, 12), List.of(vm1));
    // terminated on 2025-12-16, confirmed in January: the credit is in January 2026's bill
    List<WorkOrder> orders = List.of(vm1, terminate("wo-2", "vm-1", VM, 1, "2025-12-16T18:00"));
    ledger = BillingLedgerTest.issue(ledger, YearMonth.of(2026, 1), orders).ledger();
    AnnualStatement y2025 = AnnualStatements.of(ledger, ACCOUNT, Y2025, FeeDeductions.none()).get();
    AnnualStatement y2026 = AnnualStatements.of(ledger, ACCOUNT, Year.of(2026), FeeDeductions.none()).get();
    assertThat(y2025.fees()).isEqualTo(yuan("1000.00"));
    // round(1000·16/31) − 1000 = 516.13 − 1000.00
    assertThat(y2026.adjustmentsTotal()).isEqualTo(yuan("-483.87"));
    assertThat(y2026.linesTotal()).isEqualTo(Money.ZERO);
    assertThat(y2026.payable()).isEqualTo(yuan("-483.87"));
  }

  @Test
  void deductionsAboveTheFeesAreRefused() {
    BillingLedger ledger = issued(YearMonth.of(2025, 12), YearMonth.of(2025, 12), List.of(vm1));
    var refused = AnnualStatements.of(ledger, ACCOUNT, Y2025, share("1.5"));
    assertThat(refused.getError()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.DEDUCTIONS_EXCEED_FEES);
      assertThat(v.article()).isEqualTo(Article.of(41));
      assertThat(v.facts()).containsEntry("fees", "CNY 1000.00").containsEntry("deductions", "CNY 1500.00");
    });
  }

  @Test
  void aDeductionOfAnotherAccountFromThePortIsACallerBug() {
    BillingLedger ledger = issued(YearMonth.of(2025, 12), YearMonth.of(2025, 12), List.of(vm1));
    BillingAccount other = BillingAccount.of(ACCOUNT.department(), ACCOUNT.platform(), ProviderId.of("provider-b"));
    FeeDeductions wrong = (account, year, fees) -> List.of(new FeeDeduction(other, year, yuan("1.00"), Article.of(41), "misrouted"));
    assertThatThrownBy(() -> AnnualStatements.of(ledger, ACCOUNT, Y2025, wrong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider-b");
    assertThatThrownBy(() -> AnnualStatements.of(ledger, ACCOUNT, Y2025, null)).isInstanceOf(NullPointerException.class).hasMessage("deductions");
  }

  @Test
  void statementsOfAllAccountsOfTheYear() {
    BillingLedger ledger = issued(YearMonth.of(2025, 1), YearMonth.of(2025, 12), List.of(vm1));
    List<AnnualStatement> statements = AnnualStatements.all(ledger, Y2025, FeeDeductions.none()).get();
    assertThat(statements).singleElement().satisfies(s -> {
      assertThat(s.complete()).isTrue();
      assertThat(s.bills()).hasSize(3);
      assertThat(s.payable()).isEqualTo(yuan("3000.00"));
    });
    assertThat(AnnualStatements.all(ledger, Year.of(2024), FeeDeductions.none()).get()).isEmpty();
  }

  @Test
  void payableIsFeesMinusDeductionsAndDeductionsNeverExceedFees() {
    qt().withExamples(200).forAll(integers().between(1, 12), longs().between(0, 1_000_000), integers().between(1, 28))
        .checkAssert((months, shareBasisPoints, day) -> {
          BillingLedger ledger = issued(YearMonth.of(2025, 1), YearMonth.of(2025, months),
              List.of(open("wo-1", "vm-1", VM, 1, "2025-01-" + String.format("%02d", day) + "T09:00")));
          var result = AnnualStatements.of(ledger, ACCOUNT, Y2025, share(BigDecimal.valueOf(shareBasisPoints, 4).toPlainString()));
          long fees = ledger.bills(YearMonth.of(2025, 1)).get(0).total().toFen() + (months - 1) * 100_000L;
          if (result.isValid()) {
            AnnualStatement statement = result.get();
            assertThat(statement.fees().toFen()).isEqualTo(fees);
            assertThat(statement.deductionsTotal().isGreaterThan(statement.fees())).isFalse();
            assertThat(statement.payable().toFen()).isEqualTo(fees - statement.deductionsTotal().toFen());
          } else {
            assertThat(shareBasisPoints).isGreaterThan(10_000L);
          }
        });
  }
}
