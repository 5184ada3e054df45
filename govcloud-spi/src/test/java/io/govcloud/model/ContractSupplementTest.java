package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A supplementary contract extends the trial, agrees prices, or both (docs/rules.md#r2, Art. 20, 26). */
class ContractSupplementTest {

  private static final Instant SIGNED = Instant.parse("2025-03-02T01:00:00Z");

  @Test
  void aPriceOnlySupplementExtendsNoTrialAndANegativeExtensionIsRefused() {
    Contract contract = Contract.builder().id(ContractId.of("c-1")).department(DepartmentId.of("d-1")).provider(ProviderId.of("p-1"))
        .platform(PlatformId.of("pl-1")).signedAt(SIGNED).trialDays(15)
        .addPrices(ContractPrice.of("ecs.c2m4", Money.of("250.00"), LocalDate.of(2025, 1, 1))).build();
    Contract supplemented = contract.withSupplements(List.of(new Contract.Supplement("补充协议", SIGNED.plusSeconds(60), 0)))
        .withPrices(List.of(contract.prices().get(0), ContractPrice.of("ecs.c2m4", Money.of("200.00"), LocalDate.of(2025, 4, 1))));
    assertThat(supplemented.trialDaysOfTrialOpenedAt(SIGNED)).isEqualTo(15);
    assertThat(supplemented.priceList().priceOn("ecs.c2m4", LocalDate.of(2025, 3, 31)).orElseThrow().unitPrice()).isEqualTo(Money.of("250.00"));
    assertThat(supplemented.priceList().priceOn("ecs.c2m4", LocalDate.of(2025, 4, 1)).orElseThrow().unitPrice()).isEqualTo(Money.of("200.00"));
    assertThatThrownBy(() -> new Contract.Supplement("补充协议", SIGNED, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> contract.withPrices(List.of(contract.prices().get(0), ContractPrice.of("ecs.c2m4", Money.of("1.00"), LocalDate.of(2025, 1, 1)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two prices");
  }
}
