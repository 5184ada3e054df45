package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every identifier type shares one check, so that every store compares ids alike. */
class IdsTest {

  @Test
  void hostileButValidIdsAreKeptAsGiven() {
    assertThat(DepartmentId.of("id'; DROP TABLE x; --").value()).isEqualTo("id'; DROP TABLE x; --");
    assertThat(ResourceId.of("部门/𠀀/🎉").value()).isEqualTo("部门/𠀀/🎉");
    assertThat(ProviderId.of("in side spaces").value()).isEqualTo("in side spaces");
  }

  @Test
  void blankPaddedOrControlCharacterIdsAreRefused() {
    assertThatThrownBy(() -> DepartmentId.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> DepartmentId.of(" d")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
    assertThatThrownBy(() -> PlatformId.of("p ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
    assertThatThrownBy(() -> ContractId.of("c\u0000x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> ProjectId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    assertThatThrownBy(() -> WorkOrderId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
