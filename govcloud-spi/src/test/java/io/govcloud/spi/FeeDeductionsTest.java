package io.govcloud.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Money;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import java.time.Year;
import org.junit.jupiter.api.Test;

class FeeDeductionsTest {

  private static final BillingAccount ACCOUNT =
      BillingAccount.of(DepartmentId.of("cq-finance"), PlatformId.of("cq-finance-cloud"), ProviderId.of("provider-a"));

  @Test
  void noneDeductsNothingAndStillChecksItsArguments() {
    assertThat(FeeDeductions.none().deductions(ACCOUNT, Year.of(2025), Money.of("1000.00"))).isEmpty();
    assertThatThrownBy(() -> FeeDeductions.none().deductions(null, Year.of(2025), Money.ZERO))
        .isInstanceOf(NullPointerException.class).hasMessage("account");
  }
}
