package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  @Test
  void quantitiesAreSortedByDimensionAndTrailingZerosDoNotMatter() {
    Configuration a = Configuration.builder().with(Dimension.MEMORY_GIB, new BigDecimal("8.0")).with(Dimension.VCPU, 4).build();
    Configuration b = Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.quantities().keySet()).containsExactly(Dimension.MEMORY_GIB, Dimension.VCPU);
    assertThat(a.quantity(Dimension.VCPU)).contains(BigDecimal.valueOf(4));
    assertThat(a.quantity(Dimension.STORAGE_GB)).isEmpty();
    assertThat(a).hasToString("{memory 8 GiB, vcpu 4 core}");
  }

  @Test
  void timesScalesEveryQuantity() {
    Configuration perUnit = Configuration.builder().with(Dimension.STORAGE_GB, 100).build();
    assertThat(perUnit.times(BigDecimal.valueOf(3))).isEqualTo(Configuration.builder().with(Dimension.STORAGE_GB, 300).build());
    assertThatThrownBy(() -> perUnit.times(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor must be positive, not 0");
  }

  @Test
  void zeroAndNegativeQuantitiesAreRefusedNamingTheDimension() {
    assertThatThrownBy(() -> Configuration.builder().with(Dimension.VCPU, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vcpu[core]")
        .hasMessageContaining("must be positive, not 0");
    assertThatThrownBy(() -> Configuration.builder().with(Dimension.MEMORY_GIB, new BigDecimal("-0.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory[GiB]")
        .hasMessageContaining("-0.5");
  }

  @Test
  void oneDimensionWithTwoUnitsIsRefused() {
    Map<Dimension, BigDecimal> quantities = new LinkedHashMap<>();
    quantities.put(Dimension.MEMORY_GIB, BigDecimal.valueOf(8));
    quantities.put(Dimension.of("memory", "MiB"), BigDecimal.valueOf(8192));
    assertThatThrownBy(() -> Configuration.of(quantities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimension memory appears with two units")
        .hasMessageContaining("GiB")
        .hasMessageContaining("MiB");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Configuration.of(null)).isInstanceOf(NullPointerException.class).hasMessage("quantities");
    assertThatThrownBy(() -> Configuration.builder().with(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("dimension");
    assertThatThrownBy(() -> Configuration.builder().with(Dimension.VCPU, null)).isInstanceOf(NullPointerException.class).hasMessage("quantity");
  }

  @Test
  void dimensionsNeedACodeAndAUnit() {
    assertThat(Dimension.of("gpu", "card")).hasToString("gpu[card]");
    assertThatThrownBy(() -> Dimension.of(" ", "core")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dimension code");
    assertThatThrownBy(() -> Dimension.of("gpu", "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit of dimension gpu");
  }
}
