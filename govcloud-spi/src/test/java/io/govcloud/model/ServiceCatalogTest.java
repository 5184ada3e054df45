package io.govcloud.model;

import static io.govcloud.model.CatalogValuesFixture.catalog;
import static io.govcloud.model.CatalogValuesFixture.flavour;
import static io.govcloud.model.CatalogValuesFixture.ssdPerGb;
import static io.govcloud.model.CatalogValuesFixture.vcpuMemory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  @Test
  void itemsAreKeptByCodeWhateverTheOrderGiven() {
    ServiceCatalog a = catalog("2025", JAN_1, flavour("c4m8", 4, 8, "300"), flavour("c2m4", 2, 4, "150"), ssdPerGb("0.80"));
    ServiceCatalog b = catalog("2025", JAN_1, ssdPerGb("0.80"), flavour("c2m4", 2, 4, "150"), flavour("c4m8", 4, 8, "300"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.items().keySet()).containsExactly("c2m4", "c4m8", "ssd-gb");
    assertThat(a.item("c4m8").map(CatalogItem::monthlyCap)).contains(Money.of("300"));
    assertThat(a.item("c8m16")).isEmpty();
    assertThat(a).hasToString("ServiceCatalog[2025 from 2025-01-01, 3 items]");
  }

  @Test
  void itemsAreAlsoKeptByCategoryWithTheDimensionsTheyUse() {
    ServiceCatalog catalog =
        catalog("2025", JAN_1, flavour("c4m8", 4, 8, "300"), ssdPerGb("0.80"), flavour("c2m4", 2, 4, "150"));
    assertThat(catalog.categories()).containsExactly("block-storage-ssd", "compute");
    assertThat(catalog.itemsOf("compute")).extracting(CatalogItem::code).containsExactly("c2m4", "c4m8");
    assertThat(catalog.itemsOf("gpu")).isEmpty();
    assertThat(catalog.dimensions())
        .containsExactly(
            Map.entry("memory", Dimension.MEMORY_GIB),
            Map.entry("storage", Dimension.STORAGE_GB),
            Map.entry("vcpu", Dimension.VCPU));
    assertThatThrownBy(() -> catalog.itemsOf(null)).isInstanceOf(NullPointerException.class).hasMessage("category");
    assertThatThrownBy(() -> catalog.itemsOf("compute").clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmptyCatalogIsRefused() {
    assertThatThrownBy(() -> ServiceCatalog.of("2025", JAN_1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog version 2025 has no items");
  }

  @Test
  void twoItemsOfOneCodeAreRefusedNamingTheCode() {
    assertThatThrownBy(() -> catalog("2025", JAN_1, flavour("c2m4", 2, 4, "150"), flavour("c2m4", 2, 4, "140")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog version 2025 lists item code c2m4 twice");
  }

  @Test
  void oneDimensionWithTwoUnitsAcrossItemsIsRefused() {
    CatalogItem mib =
        new CatalogItem(
            "c2m4096", "云主机", "compute", "台·月",
            Configuration.builder().with(Dimension.VCPU, 2).with(Dimension.of("memory", "MiB"), 4096).build(),
            CatalogItem.Scaling.BUNDLE, Money.of("150"));
    assertThatThrownBy(() -> catalog("2025", JAN_1, flavour("c2m4", 2, 4, "150"), mib))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uses dimension memory with two units: GiB and MiB (item c2m4096)");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> ServiceCatalog.of("2025", null, List.of(ssdPerGb("1"))))
        .isInstanceOf(NullPointerException.class).hasMessage("effectiveDate");
    assertThatThrownBy(() -> ServiceCatalog.of("2025", JAN_1, null)).isInstanceOf(NullPointerException.class).hasMessage("items");
    assertThatThrownBy(() -> ServiceCatalog.of(" ", JAN_1, List.of(ssdPerGb("1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalog version must not be blank");
  }

  @Test
  void itemsNeedTextAConfigurationAndANonNegativeCap() {
    assertThatThrownBy(() -> flavour("c2m4", 2, 4, "-0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog item c2m4 has a negative price cap CNY -0.01");
    assertThatThrownBy(
            () -> new CatalogItem("x", "名称", "compute", "台·月", Configuration.empty(), CatalogItem.Scaling.BUNDLE, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog item x has an empty configuration");
    assertThatThrownBy(
            () -> new CatalogItem("x", "名称", " ", "台·月", vcpuMemory(1, 2), CatalogItem.Scaling.BUNDLE, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalog item x: category must not be blank");
    assertThatThrownBy(() -> new CatalogItem("x", "名称", "compute", "台·月", vcpuMemory(1, 2), null, Money.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scaling");
    assertThat(flavour("free", 1, 1, "0").monthlyCap()).isEqualTo(Money.ZERO);
  }
}
