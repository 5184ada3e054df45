package io.govcloud.core;

import static io.govcloud.core.AcceptanceExamples.*;
import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.core.payments.PaymentViolations;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Money;
import io.govcloud.model.Notification;
import io.govcloud.model.Payment;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payments facet on the in-memory store (Art. 31): a negative amount, a fraction of a fen, a payment
 * to an account without a bill and an overpayment are refused with their reasons and leave nothing saved;
 * payments leave the outstanding balance to the fen, and paid plus outstanding is what is payable.
 */
class PaymentsFacetTest {

  private static final LocalDate PAID_ON = LocalDate.of(2025, 4, 1);

  /** D billed 750.00 for March 2025 on PD, the clock at 2025-04-01 09:00. */
  private static World billedMarch() {
    World world = new World(InMemoryStore.create(), POLICY);
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 3));
    return world;
  }

  private static Either<Violation, Payment> pay(World world, BillingAccount account, Year year, String amount) {
    return world.gov.as(DEPT_D).payments().record(new PaymentRequest(account, year, new BigDecimal(amount), PAID_ON, "国库支付凭证"));
  }

  private static List<Payment> saved(World world) {
    return world.store.transact(uow -> uow.payments().ofDepartment(D));
  }

  @Test
  void aNegativeOrZeroAmountOrAFractionOfAFenIsRefusedWithItsReasonAndNothingIsSaved() {
    World world = billedMarch();
    assertThat(pay(world, ACCOUNT_D, Y2025, "-100.00").getLeft().code()).isEqualTo(PaymentViolations.AMOUNT_NOT_POSITIVE);
    assertThat(pay(world, ACCOUNT_D, Y2025, "0.00").getLeft().code()).isEqualTo(PaymentViolations.AMOUNT_NOT_POSITIVE);
    Violation fraction = pay(world, ACCOUNT_D, Y2025, "100.005").getLeft();
    assertThat(fraction.code()).isEqualTo(PaymentViolations.FRACTION_OF_FEN);
    assertThat(fraction.facts()).containsValue("100.005");
    assertThat(saved(world)).isEmpty();
    ScenarioChecks.check(world);
  }

  @Test
  void aPaymentToAnAccountWithoutABillOfTheYearIsRefused() {
    World world = billedMarch();
    assertThat(pay(world, ACCOUNT_D, Year.of(2024), "10.00").getLeft().code()).isEqualTo(PaymentViolations.NO_BILL);
    assertThat(pay(world, BillingAccount.of(D, PE, P2), Y2025, "10.00").getLeft().code()).isEqualTo(PaymentViolations.NO_BILL);
    assertThat(pay(world, ACCOUNT_X, Y2025, "10.00").getLeft().code()).isEqualTo(AccessViolations.ACCESS_DENIED); // not D's account
    assertThat(saved(world)).isEmpty();
    ScenarioChecks.check(world);
  }

  @Test
  void paymentsLeaveTheOutstandingBalanceToTheFenAndTheProviderIsTold() {
    World world = billedMarch();
    ok(pay(world, ACCOUNT_D, Y2025, "333.33"));
    ok(pay(world, ACCOUNT_D, Y2025, "416.66"));
    AnnualStatement statement = ok(world.gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025));
    assertThat(statement.paid()).isEqualTo(Money.of("749.99"));
    assertThat(statement.outstanding()).isEqualTo(Money.of("0.01"));
    Violation over = pay(world, ACCOUNT_D, Y2025, "0.02").getLeft();
    assertThat(over.code()).isEqualTo(PaymentViolations.OVERPAYMENT);
    ok(pay(world, ACCOUNT_D, Y2025, "0.01"));
    world.gov.dispatchNotifications();
    List<Notification> told = world.notifier.delivered().stream().filter(n -> n.type().equals(NotificationTypes.PAYMENT_RECORDED)).toList();
    assertThat(told).hasSize(3).allSatisfy(n -> assertThat(n.recipient()).isEqualTo(PROVIDER_1.party()));
    assertThat(told.get(2).data()).containsEntry("outstanding", "0.00");
    ScenarioChecks.check(world);
  }

  @Test
  void paidPlusOutstandingIsAlwaysWhatIsPayableAndNeverNegative() {
    qt().withExamples(40).forAll(lists().of(integers().between(1, 50_000)).ofSizeBetween(1, 6)).checkAssert(fens -> {
      World fresh = new World(InMemoryStore.create(), POLICY);
      open(fresh, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
      issue(fresh, YearMonth.of(2025, 3), YearMonth.of(2025, 3));
      long outstanding = 75_000;
      for (int fen : fens) {
        Either<Violation, Payment> paid = pay(fresh, ACCOUNT_D, Y2025, Money.ofFen(fen).amount().toPlainString());
        assertThat(paid.isRight()).as("%d fen against %d outstanding", fen, outstanding).isEqualTo(fen <= outstanding);
        if (paid.isRight()) {
          outstanding -= fen;
        } else {
          assertThat(paid.getLeft().code()).isEqualTo(PaymentViolations.OVERPAYMENT);
        }
      }
      AnnualStatement statement = ok(fresh.gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025));
      assertThat(statement.paid().plus(statement.outstanding())).isEqualTo(statement.payable());
      assertThat(statement.outstanding()).isEqualTo(Money.ofFen(outstanding));
      assertThat(statement.outstanding().isNegative()).isFalse();
    });
  }
}
