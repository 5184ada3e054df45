package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.PlatformId;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrder.Kind;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shared values of the billing tests: one district platform, one provider, three catalog items. */
final class BillingFixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final DepartmentId DEPARTMENT = DepartmentId.of("cq-finance");
  static final PlatformId PLATFORM = PlatformId.of("cq-finance-cloud");
  static final ProviderId PROVIDER = ProviderId.of("provider-a");
  static final ContractId CONTRACT = ContractId.of("contract-2024-01");
  static final ProjectId PROJECT = ProjectId.of("project-ops-2024");
  static final BillingAccount ACCOUNT = BillingAccount.of(DEPARTMENT, PLATFORM, PROVIDER);

  /** 4 vCPU / 8 GiB, compute, 1000.00 a month. */
  static final String VM = "ecs-4c8g";
  /** Block storage per GB, storage, 0.50 a month. */
  static final String DISK = "ebs-gb";
  /** Bandwidth per Mbps, network, 31.00 a month. */
  static final String BANDWIDTH = "bw-mbps";

  private BillingFixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Money yuan(String amount) {
    return Money.of(amount);
  }

  static ResourceId resource(String id) {
    return ResourceId.of(id);
  }

  static CatalogHistory catalog() {
    return CatalogHistory.of(
        ServiceCatalog.of(
            "2024",
            d("2024-01-01"),
            List.of(
                item(VM, "compute", Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).build(), "1200.00"),
                item(DISK, "storage", Configuration.builder().with(Dimension.STORAGE_GB, 1).build(), "0.60"),
                item(BANDWIDTH, "network", Configuration.builder().with(Dimension.BANDWIDTH_MBPS, 1).build(), "40.00"))));
  }

  private static CatalogItem item(String code, String category, Configuration configuration, String cap) {
    return new CatalogItem(code, code, category, "unit·month", configuration, CatalogItem.Scaling.PER_UNIT, Money.of(cap));
  }

  /** The contract's prices from 2024-01-01, plus the given ones. */
  static PriceList prices(ContractPrice... more) {
    List<ContractPrice> prices = new ArrayList<>(List.of(
        ContractPrice.of(VM, yuan("1000.00"), d("2024-01-01")),
        ContractPrice.of(DISK, yuan("0.50"), d("2024-01-01")),
        ContractPrice.of(BANDWIDTH, yuan("31.00"), d("2024-01-01"))));
    prices.addAll(List.of(more));
    return PriceList.of(CONTRACT, PROVIDER, prices);
  }

  static Billing billing(ContractPrice... more) {
    return Billing.of(PriceLists.of(prices(more)), catalog(), Proration.standard());
  }

  /** A work order of the fixture's account, effective at a local time in Shanghai, confirmed then. */
  static WorkOrder order(Kind kind, String id, String resource, String item, long quantity, String effectiveAt) {
    return builder(kind, id, resource, item, BigDecimal.valueOf(quantity), effectiveAt, ACCOUNT, CONTRACT).build();
  }

  static WorkOrder open(String id, String resource, String item, long quantity, String effectiveAt) {
    return order(Kind.OPEN, id, resource, item, quantity, effectiveAt);
  }

  static WorkOrder change(String id, String resource, String item, long quantity, String effectiveAt) {
    return order(Kind.CHANGE, id, resource, item, quantity, effectiveAt);
  }

  static WorkOrder terminate(String id, String resource, String item, long quantity, String effectiveAt) {
    return order(Kind.TERMINATE, id, resource, item, quantity, effectiveAt);
  }

  /** A correction of {@code corrected}: the same resource and kind, another time or quantity. */
  static WorkOrder correction(String id, WorkOrder corrected, long quantity, String effectiveAt) {
    return builder(corrected.kind(), id, corrected.resource().value(), corrected.item(), BigDecimal.valueOf(quantity), effectiveAt,
            BillingAccount.of(corrected), corrected.contract())
        .supersedes(corrected.id())
        .build();
  }

  static WorkOrder.Builder builder(
      Kind kind, String id, String resource, String item, BigDecimal quantity, String effectiveAt, BillingAccount account, ContractId contract) {
    var at = LocalDateTime.parse(effectiveAt).atZone(ZONE).toInstant();
    return WorkOrder.builder()
        .id(WorkOrderId.of(id))
        .resource(ResourceId.of(resource))
        .kind(kind)
        .department(account.department())
        .platform(account.platform())
        .provider(account.provider())
        .contract(contract)
        .project(PROJECT)
        .item(item)
        .quantity(quantity)
        .effectiveAt(at)
        .zone(ZONE)
        .confirmedAt(at);
  }
}
