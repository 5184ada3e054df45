package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceListTest {

  private static final ContractId CONTRACT = ContractId.of("CQ-2025-001");
  private static final ProviderId PROVIDER = ProviderId.of("provider-a");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  @Test
  void thePriceInForceIsTheLatestThatTookEffectOnOrBeforeTheDate() {
    ContractPrice january = ContractPrice.of("c2m4", Money.of("140"), JAN_1);
    ContractPrice july = ContractPrice.of("c2m4", Money.of("130"), JUL_1);
    PriceList list = PriceList.of(CONTRACT, PROVIDER, List.of(july, ContractPrice.of("ssd-gb", Money.of("0.7"), JAN_1), january));
    assertThat(list.priceOn("c2m4", JAN_1.minusDays(1))).isEmpty();
    assertThat(list.priceOn("c2m4", LocalDate.of(2025, 6, 30))).contains(january);
    assertThat(list.priceOn("c2m4", JUL_1)).contains(july);
    assertThat(list.priceOn("c8m16", JUL_1)).isEmpty();
    assertThat(list.pricesOf("c2m4").values()).containsExactly(january, july);
    assertThat(list.pricesOf("c8m16")).isEmpty();
    assertThat(list.prices()).hasSize(3).first().isEqualTo(january);
  }

  @Test
  void twoPricesOfOneItemFromOneDateAreRefusedNamingBoth() {
    assertThatThrownBy(
            () -> PriceList.of(
                CONTRACT, PROVIDER,
                List.of(ContractPrice.of("c2m4", Money.of("140"), JAN_1), ContractPrice.of("c2m4", Money.of("135"), JAN_1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two prices for c2m4 from 2025-01-01: CNY 140.00 and CNY 135.00");
  }

  @Test
  void aNegativePriceIsRefused() {
    assertThatThrownBy(() -> ContractPrice.of("c2m4", Money.of("-1"), JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the price of c2m4 from 2025-01-01 is negative: CNY -1.00");
    assertThatThrownBy(() -> ContractPrice.of("c2m4", null, JAN_1)).isInstanceOf(NullPointerException.class).hasMessage("unitPrice");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> PriceList.of(null, PROVIDER, List.of())).isInstanceOf(NullPointerException.class).hasMessage("contract");
    assertThatThrownBy(() -> PriceList.of(CONTRACT, PROVIDER, null)).isInstanceOf(NullPointerException.class).hasMessage("prices");
  }
}
