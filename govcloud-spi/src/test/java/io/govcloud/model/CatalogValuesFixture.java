package io.govcloud.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small catalog values shared by the model's tests. */
final class CatalogValuesFixture {

  private CatalogValuesFixture() {}

  static Configuration vcpuMemory(long vcpu, long memoryGib) {
    return Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memoryGib).build();
  }

  static CatalogItem flavour(String code, long vcpu, long memoryGib, String cap) {
    return new CatalogItem(
        code, "云主机 " + vcpu + "核" + memoryGib + "G", "compute", "台·月", vcpuMemory(vcpu, memoryGib),
        CatalogItem.Scaling.BUNDLE, Money.of(cap));
  }

  static CatalogItem ssdPerGb(String cap) {
    return new CatalogItem(
        "ssd-gb", "SSD 云硬盘", "block-storage-ssd", "GB·月",
        Configuration.builder().with(Dimension.STORAGE_GB, BigDecimal.ONE).build(),
        CatalogItem.Scaling.PER_UNIT, Money.of(cap));
  }

  static ServiceCatalog catalog(String version, LocalDate effective, CatalogItem... items) {
    return ServiceCatalog.of(version, effective, List.of(items));
  }
}
