package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.ACCOUNT;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.billing;
import static io.govcloud.core.billing.BillingFixtures.change;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.resource;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.BillLine;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ProviderStatementLine;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

  private static final YearMonth APRIL = YearMonth.of(2025, 4);

  /** vm-1: 1 unit to 04-15, 2 units from 04-16 (500.00 + 1000.00); disk-1: 200 GB all month (100.00). */
  private final MonthlyBill bill = billing().bills(APRIL, List.of(
      open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"),
      change("wo-2", "vm-1", VM, 2, "2025-04-16T09:00"),
      open("wo-3", "disk-1", DISK, 200, "2025-03-01T09:00"))).get().get(0);

  private static ProviderStatementLine line(String resource, String item, String quantity, String amount) {
    return ProviderStatementLine.of(resource(resource), item, new BigDecimal(quantity), yuan(amount));
  }

  private ProviderStatement statement(ProviderStatementLine... lines) {
    return ProviderStatement.of(ACCOUNT, APRIL, List.of(lines));
  }

  @Test
  void aStatementThatStatesTheBillAgrees() {
    Reconciliation reconciliation = Reconciliation.of(bill, statement(
        line("vm-1", VM, "1", "500.00"), line("vm-1", VM, "2.0", "1000.00"), line("disk-1", DISK, "200", "100.00")));
    assertThat(reconciliation.agrees()).isTrue();
    assertThat(reconciliation.difference()).isEqualTo(yuan("0.00"));
  }

  @Test
  void everyKindOfDifferenceIsListedWithTheComputedBreakdown() {
    Reconciliation reconciliation = Reconciliation.of(bill, statement(
        line("vm-1", VM, "2", "1000.01"),           // amount differs for 2 units
        line("vm-1", VM, "3", "100.00"),            // 3 units stated, 1 unit computed
        line("vm-9", VM, "1", "1000.00")));         // not in the bill; disk-1 is missing from the statement
    assertThat(reconciliation.agrees()).isFalse();
    assertThat(reconciliation.discrepancies()).extracting(Discrepancy::kind, d -> d.resource().value())
        .containsExactly(
            tuple(Discrepancy.Kind.MISSING_FROM_STATEMENT, "disk-1"),
            tuple(Discrepancy.Kind.AMOUNT_DIFFERS, "vm-1"),
            tuple(Discrepancy.Kind.QUANTITY_DIFFERS, "vm-1"),
            tuple(Discrepancy.Kind.NOT_IN_BILL, "vm-9"));
    Discrepancy missing = reconciliation.discrepancies().get(0);
    assertThat(missing.statedAmount()).isEmpty();
    assertThat(missing.computedAmount()).isEqualTo(yuan("100.00"));
    assertThat(missing.difference()).isEqualTo(yuan("-100.00"));
    Discrepancy amount = reconciliation.discrepancies().get(1);
    assertThat(amount.difference()).isEqualTo(yuan("0.01"));
    assertThat(amount.computed()).singleElement().satisfies(l -> {
      assertThat(l.daysUsed()).isEqualTo(15);
      assertThat(l.daysInMonth()).isEqualTo(30);
      assertThat(l.workOrder().value()).isEqualTo("wo-2");
    });
    Discrepancy quantity = reconciliation.discrepancies().get(2);
    assertThat(quantity.statedQuantity()).contains(new BigDecimal("3"));
    assertThat(quantity.computedQuantity()).contains(BigDecimal.ONE);
    assertThat(quantity.computedAmount()).isEqualTo(yuan("500.00"));
    Discrepancy extra = reconciliation.discrepancies().get(3);
    assertThat(extra.computed()).isEmpty();
    assertThat(extra.computedQuantity()).isEmpty();
    assertThat(extra.difference()).isEqualTo(yuan("1000.00"));
    assertThat(reconciliation.difference()).isEqualTo(yuan("2100.01").minus(yuan("1600.00")));
  }

  @Test
  void statementLinesOfOneKeyAreSummed() {
    Reconciliation reconciliation = Reconciliation.of(bill, statement(
        line("vm-1", VM, "1", "200.00"), line("vm-1", VM, "1", "300.00"),
        line("vm-1", VM, "2", "1000.00"), line("disk-1", DISK, "200", "100.00")));
    assertThat(reconciliation.agrees()).isTrue();
  }

  @Test
  void aStatementOfAnotherMonthCannotBeReconciled() {
    assertThatThrownBy(() -> Reconciliation.of(bill, ProviderStatement.of(ACCOUNT, APRIL.plusMonths(1), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-05").hasMessageContaining("2025-04");
  }

  @Test
  void theBillItselfAgreesAndDroppingAnyLineIsReportedAsMissing() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 8), integers().between(0, 100))
        .checkAssert((codes, drop) -> {
          for (MonthlyBill computed : billing().bills(YearMonth.of(2025, 4), Scenarios.resources(codes)).get()) {
            List<ProviderStatementLine> stated = new ArrayList<>();
            for (BillLine l : computed.lines()) {
              stated.add(ProviderStatementLine.of(l.resource(), l.item(), l.quantity(), l.amount()));
            }
            assertThat(Reconciliation.of(computed, ProviderStatement.of(computed.account(), computed.month(), stated)).agrees()).isTrue();
            BillLine dropped = computed.lines().get(drop % computed.lines().size());
            stated.removeIf(s -> s.resource().equals(dropped.resource()) && s.quantity().compareTo(dropped.quantity()) == 0);
            var reconciliation = Reconciliation.of(computed, ProviderStatement.of(computed.account(), computed.month(), stated));
            assertThat(reconciliation.discrepancies()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.MISSING_FROM_STATEMENT);
            assertThat(reconciliation.difference().isNegative() || dropped.amount().isZero()).isTrue();
          }
        });
  }
}
