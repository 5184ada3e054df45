package io.govcloud.model;

import static io.govcloud.model.BillLineTest.line;
import static io.govcloud.model.MonthlyBillTest.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AnnualStatementTest {

  private static final Year Y2025 = Year.of(2025);

  private static MonthlyBill bill(BillingAccount account, int month, String amount) {
    YearMonth ym = YearMonth.of(2025, month);
    return MonthlyBill.builder().account(account).month(ym).proration("ACTUAL_DAYS")
        .addLines(line("vm-1", ym.atDay(1).toString(), ym.atEndOfMonth().toString(), amount)).build();
  }

  @Test
  void payableIsTheBillsTotalsMinusTheDeductions() {
    AnnualStatement statement = AnnualStatement.builder()
        .account(ACCOUNT)
        .year(Y2025)
        .addMonthsIssued(YearMonth.of(2025, 11), YearMonth.of(2025, 12))
        .addBills(bill(ACCOUNT, 11, "1000.00"), bill(ACCOUNT, 12, "500.00"))
        .addDeductions(new FeeDeduction(ACCOUNT, Y2025, Money.of("75.00"), Article.of(41), "evaluation DEFERRED, 5%"))
        .build();
    assertThat(statement.fees()).isEqualTo(Money.of("1500.00"));
    assertThat(statement.linesTotal()).isEqualTo(Money.of("1500.00"));
    assertThat(statement.adjustmentsTotal()).isEqualTo(Money.ZERO);
    assertThat(statement.deductionsTotal()).isEqualTo(Money.of("75.00"));
    assertThat(statement.payable()).isEqualTo(Money.of("1425.00"));
    assertThat(statement.complete()).isFalse();
  }

  @Test
  void aStatementHoldsOnlyItsAccountsBillsAndDeductionsOfItsYear() {
    BillingAccount other = BillingAccount.of(ACCOUNT.department(), ACCOUNT.platform(), ProviderId.of("provider-b"));
    AnnualStatement.Builder foreignBill = AnnualStatement.builder().account(ACCOUNT).year(Y2025);
    foreignBill.addMonthsIssued(YearMonth.of(2025, 1)).addBills(bill(other, 1, "1.00"));
    assertThatThrownBy(foreignBill::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider-b");
    AnnualStatement.Builder unissued = AnnualStatement.builder().account(ACCOUNT).year(Y2025);
    unissued.addBills(bill(ACCOUNT, 2, "1.00"));
    assertThatThrownBy(unissued::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02");
    AnnualStatement.Builder otherYear = AnnualStatement.builder().account(ACCOUNT).year(Y2025);
    otherYear.addDeductions(new FeeDeduction(ACCOUNT, Year.of(2024), Money.of("1.00"), Article.of(41), "late"));
    assertThatThrownBy(otherYear::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024");
    AnnualStatement.Builder monthOfAnotherYear = AnnualStatement.builder().account(ACCOUNT).year(Y2025);
    monthOfAnotherYear.addMonthsIssued(YearMonth.of(2026, 1));
    assertThatThrownBy(monthOfAnotherYear::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01");
  }

  @Test
  void aDeductionIsPositiveWithAReason() {
    assertThatThrownBy(() -> new FeeDeduction(ACCOUNT, Y2025, Money.ZERO, Article.of(41), "none"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> new FeeDeduction(ACCOUNT, Y2025, Money.of("1.00"), Article.of(41), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> new FeeDeduction(ACCOUNT, null, Money.of("1.00"), Article.of(41), "x"))
        .isInstanceOf(NullPointerException.class).hasMessage("year");
  }

  @Test
  void aCompleteStatementHasAllTwelveMonths() {
    AnnualStatement.Builder builder = AnnualStatement.builder().account(ACCOUNT).year(Y2025);
    for (int month = 1; month <= 12; month++) {
      builder.addMonthsIssued(YearMonth.of(2025, month));
    }
    assertThat(builder.build().complete()).isTrue();
  }
}
