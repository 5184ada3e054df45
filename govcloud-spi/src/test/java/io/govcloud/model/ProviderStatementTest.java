package io.govcloud.model;

import static io.govcloud.model.MonthlyBillTest.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderStatementTest {

  @Test
  void aStatementCopiesItsLines() {
    List<ProviderStatementLine> lines = new ArrayList<>();
    lines.add(ProviderStatementLine.of(ResourceId.of("vm-1"), "ecs-4c8g", BigDecimal.ONE, Money.of("1000.00")));
    ProviderStatement statement = ProviderStatement.of(ACCOUNT, YearMonth.of(2025, 4), lines);
    lines.clear();
    assertThat(statement.lines()).hasSize(1);
  }

  @Test
  void aLineHasAPositiveQuantityAndAnItem() {
    assertThatThrownBy(() -> ProviderStatementLine.of(ResourceId.of("vm-1"), "ecs-4c8g", BigDecimal.ZERO, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vm-1");
    assertThatThrownBy(() -> ProviderStatementLine.of(ResourceId.of("vm-1"), " ", BigDecimal.ONE, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProviderStatement.of(ACCOUNT, null, List.of())).isInstanceOf(NullPointerException.class).hasMessage("month");
  }

  @Test
  void accountsOrderByDepartmentPlatformAndProvider() {
    BillingAccount b = BillingAccount.of(ACCOUNT.department(), ACCOUNT.platform(), ProviderId.of("provider-b"));
    BillingAccount otherDepartment = BillingAccount.of(DepartmentId.of("aa-dept"), PlatformId.of("zz"), ProviderId.of("zz"));
    assertThat(List.of(b, ACCOUNT, otherDepartment).stream().sorted().toList()).containsExactly(otherDepartment, ACCOUNT, b);
    assertThat(ACCOUNT.toString()).isEqualTo("cq-finance/cq-finance-cloud/provider-a");
  }
}
