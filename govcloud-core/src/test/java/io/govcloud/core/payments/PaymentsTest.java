package io.govcloud.core.payments;

import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.account;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.bill;
import static io.govcloud.core.acceptance.AcceptanceFixtures.yearOfBills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentsTest {

  private static final BillingAccount ACCOUNT = account(FINANCE_CLOUD);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The statement of a year of bills totalling {@code fees}, less a deduction. */
  private static AnnualStatement statement(String fees, String deduction) {
    List<MonthlyBill> bills = yearOfBills(ACCOUNT, Y2026, Money.of(fees));
    AnnualStatement.Builder builder = AnnualStatement.builder().account(ACCOUNT).year(Y2026).addAllBills(bills);
    bills.forEach(b -> builder.addMonthsIssued(b.month()));
    if (!Money.of(deduction).isZero()) {
      builder.addDeductions(new FeeDeduction(ACCOUNT, Y2026, Money.of(deduction), Article.of(41), "示例扣减"));
    }
    return builder.build();
  }

  private static Either<Violation, Payment> pay(AnnualStatement statement, String id, String amount, String paidOn) {
    return Payments.record(PaymentId.of(id), new PaymentRequest(ACCOUNT, Y2026, new BigDecimal(amount), LocalDate.parse(paidOn), "凭证 " + id),
        statement, NOW);
  }

  @Test
  void paymentsLeaveTheOutstandingBalanceToTheFen() {
    AnnualStatement statement = statement("240000.00", "12000.00");
    assertThat(statement.payable()).isEqualTo(Money.of("228000.00"));
    Payment first = pay(statement, "pay-1", "100000.00", "2026-06-30").get();
    statement = statement.withPayments(List.of(first));
    Payment second = pay(statement, "pay-2", "127999.99", "2026-12-31").get();
    statement = statement.withPayments(List.of(first, second));
    assertThat(statement.paid()).isEqualTo(Money.of("227999.99"));
    assertThat(statement.outstanding()).isEqualTo(Money.of("0.01"));
    assertThat(statement.unpaidAtYearEnd()).isEqualTo(Money.of("0.01"));
    Payment last = pay(statement, "pay-3", "0.01", "2027-01-05").get();
    statement = statement.withPayments(List.of(first, second, last));
    assertThat(statement.outstanding()).isEqualTo(Money.ZERO);
    assertThat(statement.unpaidAtYearEnd()).as("the last fen was paid after the year").isEqualTo(Money.of("0.01"));
    assertThat(last.paidWithinYear()).isFalse();
    assertThat(first.amount()).isEqualTo(Money.of("100000.00"));
    assertThat(first.reference()).isEqualTo("凭证 pay-1");
  }

  @Test
  void aNegativeOrZeroAmountOrAFractionOfAFenIsRefused() {
    AnnualStatement statement = statement("1200.00", "0");
    Violation negative = pay(statement, "pay-1", "-10.00", "2026-06-30").getLeft();
    assertThat(negative.code()).isEqualTo(PaymentViolations.AMOUNT_NOT_POSITIVE);
    assertThat(negative.article()).isEqualTo(Article.of(31));
    assertThat(negative.facts()).containsEntry("amount", "-10.00");
    assertTexts(negative, ACCOUNT.toString());
    assertThat(pay(statement, "pay-1", "0.00", "2026-06-30").getLeft().code()).isEqualTo(PaymentViolations.AMOUNT_NOT_POSITIVE);
    Violation fraction = pay(statement, "pay-1", "10.005", "2026-06-30").getLeft();
    assertThat(fraction.code()).isEqualTo(PaymentViolations.FRACTION_OF_FEN);
    assertTexts(fraction, ACCOUNT.toString());
    assertThat(pay(statement, "pay-1", "10.0500", "2026-06-30").get().amount()).as("trailing zeros are no fraction").isEqualTo(Money.of("10.05"));
  }

  @Test
  void aPaymentToAnAccountWithoutABillOrOfMoreThanIsOutstandingIsRefused() {
    AnnualStatement none = AnnualStatement.builder().account(ACCOUNT).year(Y2026).build();
    Violation noBill = pay(none, "pay-1", "10.00", "2026-06-30").getLeft();
    assertThat(noBill.code()).isEqualTo(PaymentViolations.NO_BILL);
    assertTexts(noBill, ACCOUNT.toString());
    AnnualStatement statement = statement("1200.00", "100.00");
    Violation over = pay(statement, "pay-1", "1100.01", "2026-06-30").getLeft();
    assertThat(over.code()).isEqualTo(PaymentViolations.OVERPAYMENT);
    assertThat(over.facts()).containsEntry("outstanding", "CNY 1100.00").containsEntry("payable", "CNY 1100.00").containsEntry("paid", "CNY 0.00");
    assertTexts(over, ACCOUNT.toString());
    Payment all = pay(statement, "pay-1", "1100.00", "2026-06-30").get();
    assertThat(pay(statement.withPayments(List.of(all)), "pay-2", "0.01", "2026-06-30").getLeft().code()).isEqualTo(PaymentViolations.OVERPAYMENT);
  }

  @Test
  void aDeductionDecidedAfterThePaymentsLeavesTheDepartmentInCredit() {
    Payment paid = pay(statement("1200.00", "0"), "pay-1", "1200.00", "2026-12-01").get();
    AnnualStatement later = statement("1200.00", "60.00").withPayments(List.of(paid));
    assertThat(later.outstanding()).isEqualTo(Money.of("-60.00"));
    assertThat(later.unpaidAtYearEnd()).isEqualTo(Money.ZERO);
  }

  @Test
  void feesUnpaidAtTheYearsEndAreFlaggedOnceTheYearHasEndedInTheZone() {
    AnnualStatement statement = statement("1200.00", "0");
    Payment part = pay(statement, "pay-1", "1000.00", "2026-12-31").get();
    AnnualStatement paidInPart = statement.withPayments(List.of(part));
    Instant lastInstantOfYear = Instant.parse("2026-12-31T15:59:59Z");
    assertThat(Payments.arrears(paidInPart, lastInstantOfYear, ZONE)).isEmpty();
    Payments.Arrears arrears = Payments.arrears(paidInPart, Instant.parse("2026-12-31T16:00:00Z"), ZONE).orElseThrow();
    assertThat(arrears.amount()).isEqualTo(Money.of("200.00"));
    assertThat(arrears.year()).isEqualTo(Y2026);
    assertThat(arrears.account()).isEqualTo(ACCOUNT);
    AnnualStatement paidInFull = statement.withPayments(List.of(pay(statement, "pay-2", "1200.00", "2026-12-31").get()));
    assertThat(Payments.arrears(paidInFull, Instant.parse("2027-03-01T00:00:00Z"), ZONE)).isEmpty();
  }

  @Test
  void aStatementOfAnotherAccountOrYearIsACallersBug() {
    AnnualStatement statement = statement("1200.00", "0");
    assertThatThrownBy(() -> Payments.record(PaymentId.of("pay-1"),
        new PaymentRequest(ACCOUNT, Year.of(2025), BigDecimal.ONE, LocalDate.parse("2026-01-01"), "凭证"), statement, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PaymentRequest(ACCOUNT, Y2026, BigDecimal.ONE, LocalDate.parse("2026-01-01"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    Payment other = Payment.of(PaymentId.of("pay-9"), account(HEALTH_CLOUD), Y2026,
        Money.of("1.00"), LocalDate.parse("2026-01-01"), "凭证", NOW);
    assertThatThrownBy(() -> statement.withPayments(List.of(other))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pay-9");
  }

  /** Payments + outstanding = net (what is payable), to the fen, whatever was paid. */
  @Test
  void paymentsPlusOutstandingIsTheNet() {
    qt().forAll(longs().between(1, 10_000_000_000L), integers().between(0, 100), lists().of(longs().between(-100, 5_000_000_000L)).ofSizeBetween(0, 8))
        .checkAssert((feesFen, deductionPercent, amounts) -> {
          Money fees = Money.ofFen(feesFen);
          Money deduction = fees.times(BigDecimal.valueOf(deductionPercent, 2), RoundingMode.HALF_UP);
          AnnualStatement statement = AnnualStatement.builder().account(ACCOUNT).year(Y2026).addMonthsIssued(YearMonth.of(2026, 5))
              .addBills(bill(ACCOUNT, YearMonth.of(2026, 5), fees))
              .addAllDeductions(deduction.isPositive()
                  ? List.of(new FeeDeduction(ACCOUNT, Y2026, deduction, Article.of(41), "示例"))
                  : List.of())
              .build();
          List<Payment> payments = new ArrayList<>();
          for (int i = 0; i < amounts.size(); i++) {
            Either<Violation, Payment> paid = pay(statement, "pay-" + i, BigDecimal.valueOf(amounts.get(i), 2).toPlainString(), "2026-07-01");
            if (paid.isRight()) {
              payments.add(paid.get());
              statement = statement.withPayments(payments);
            }
          }
          assertThat(statement.paid().plus(statement.outstanding())).isEqualTo(statement.payable());
          assertThat(statement.payable()).isEqualTo(fees.minus(deduction));
          assertThat(statement.outstanding()).isGreaterThanOrEqualTo(Money.ZERO);
        });
  }
}
