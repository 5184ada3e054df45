package io.govcloud.core.catalog;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A district catalog of the kind Art. 26 describes, 32 items: general, compute- and memory-optimised
 * host flavours, SSD and SATA block storage and internet and e-gov extranet bandwidth by the unit,
 * object storage in blocks, MySQL and PostgreSQL flavours, load balancers, and security services (WAF,
 * bastion host, database audit) as bundles. Caps are illustrative, not an official price list.
 */
final class RealisticCatalog {

  static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

  static final Dimension DOMAIN = Dimension.of("domain", "个");
  static final Dimension QPS = Dimension.of("qps", "次/秒");
  static final Dimension ASSET = Dimension.of("asset", "个");
  static final Dimension DB_INSTANCE = Dimension.of("db-instance", "个");
  static final Dimension CONNECTION = Dimension.of("connection", "条");
  static final Dimension EXTRANET_MBPS = Dimension.of("extranet-bandwidth", "Mbps");

  private RealisticCatalog() {}

  static ServiceCatalog catalog() {
    return ServiceCatalog.of("2025", EFFECTIVE, items());
  }

  static List<CatalogItem> items() {
    List<CatalogItem> items = new ArrayList<>();
    host(items, "ecs.s.c1m2", "通用型", 1, 2, "60");
    host(items, "ecs.s.c2m4", "通用型", 2, 4, "120");
    host(items, "ecs.s.c4m8", "通用型", 4, 8, "240");
    host(items, "ecs.s.c8m16", "通用型", 8, 16, "480");
    host(items, "ecs.s.c16m32", "通用型", 16, 32, "960");
    host(items, "ecs.s.c32m64", "通用型", 32, 64, "1920");
    host(items, "ecs.c.c2m2", "计算型", 2, 2, "100");
    host(items, "ecs.c.c4m4", "计算型", 4, 4, "200");
    host(items, "ecs.c.c8m8", "计算型", 8, 8, "400");
    host(items, "ecs.m.c2m16", "内存型", 2, 16, "220");
    host(items, "ecs.m.c4m32", "内存型", 4, 32, "440");
    host(items, "ecs.m.c8m64", "内存型", 8, 64, "880");
    items.add(perUnit("ssd.gb", "SSD云硬盘", "block-storage-ssd", "GB·月", Dimension.STORAGE_GB, 1, "0.80"));
    items.add(perUnit("sata.gb", "SATA云硬盘", "block-storage-sata", "GB·月", Dimension.STORAGE_GB, 1, "0.30"));
    items.add(perUnit("oss.500gb", "对象存储500GB包", "object-storage", "500GB·月", Dimension.STORAGE_GB, 500, "50"));
    items.add(perUnit("oss.1tb", "对象存储1TB包", "object-storage", "TB·月", Dimension.STORAGE_GB, 1024, "95"));
    items.add(perUnit("bw.internet", "互联网带宽", "bandwidth-internet", "Mbps·月", Dimension.BANDWIDTH_MBPS, 1, "20"));
    items.add(perUnit("bw.extranet", "电子政务外网带宽", "bandwidth-extranet", "Mbps·月", EXTRANET_MBPS, 1, "10"));
    database(items, "rds.mysql.c2m4.s100", "mysql", 2, 4, 100, "500");
    database(items, "rds.mysql.c4m8.s200", "mysql", 4, 8, 200, "1000");
    database(items, "rds.mysql.c8m16.s500", "mysql", 8, 16, 500, "2100");
    database(items, "rds.mysql.c16m32.s1000", "mysql", 16, 32, 1000, "4200");
    database(items, "rds.pg.c4m8.s200", "postgresql", 4, 8, 200, "1050");
    database(items, "rds.pg.c8m16.s500", "postgresql", 8, 16, 500, "2200");
    items.add(bundle("slb.s1", "负载均衡 小型", "load-balancer", Configuration.builder().with(CONNECTION, 5_000).build(), "150"));
    items.add(bundle("slb.s2", "负载均衡 中型", "load-balancer", Configuration.builder().with(CONNECTION, 50_000).build(), "600"));
    items.add(bundle("slb.s3", "负载均衡 大型", "load-balancer", Configuration.builder().with(CONNECTION, 200_000).build(), "1500"));
    items.add(bundle("sec.waf.std", "Web应用防火墙 标准版", "security", Configuration.builder().with(DOMAIN, 10).with(QPS, 2_000).build(), "1500"));
    items.add(bundle("sec.waf.pro", "Web应用防火墙 高级版", "security", Configuration.builder().with(DOMAIN, 50).with(QPS, 10_000).build(), "5000"));
    items.add(bundle("sec.bastion.50", "堡垒机 50资产", "security", Configuration.builder().with(ASSET, 50).build(), "800"));
    items.add(bundle("sec.bastion.200", "堡垒机 200资产", "security", Configuration.builder().with(ASSET, 200).build(), "2400"));
    items.add(bundle("sec.dbaudit", "数据库审计", "security", Configuration.builder().with(DB_INSTANCE, 3).build(), "1200"));
    return items;
  }

  static Configuration host(long vcpu, long memoryGib) {
    return Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memoryGib).build();
  }

  static Configuration storage(long gb) {
    return Configuration.builder().with(Dimension.STORAGE_GB, gb).build();
  }

  private static void host(List<CatalogItem> items, String code, String family, long vcpu, long memory, String cap) {
    items.add(
        new CatalogItem(
            code, "云主机 " + family + " " + vcpu + "核" + memory + "G", "compute", "台·月", host(vcpu, memory),
            CatalogItem.Scaling.BUNDLE, Money.of(cap)));
  }

  private static void database(List<CatalogItem> items, String code, String engine, long vcpu, long memory, long gb, String cap) {
    Configuration configuration =
        Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memory).with(Dimension.STORAGE_GB, gb).build();
    items.add(bundle(code, "云数据库 " + engine + " " + vcpu + "核" + memory + "G " + gb + "GB", "database-" + engine, configuration, cap));
  }

  static CatalogItem bundle(String code, String name, String category, Configuration configuration, String cap) {
    return new CatalogItem(code, name, category, "套·月", configuration, CatalogItem.Scaling.BUNDLE, Money.of(cap));
  }

  static CatalogItem perUnit(String code, String name, String category, String unit, Dimension dimension, long perUnit, String cap) {
    return new CatalogItem(
        code, name, category, unit, Configuration.builder().with(dimension, perUnit).build(), CatalogItem.Scaling.PER_UNIT, Money.of(cap));
  }
}
