package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.BANDWIDTH;
import static io.govcloud.core.billing.BillingFixtures.CONTRACT;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.PLATFORM;
import static io.govcloud.core.billing.BillingFixtures.PROVIDER;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrder.Kind;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lean month billing (issue 14) bills exactly what the algorithm it replaced billed ({@link
 * ReferenceBilling}), violations included and in the same order, on random cities: several accounts and
 * contracts, prices changing mid-month, a category changed by a catalog revision, an item no catalog
 * lists, an item a contract does not price, decimal quantities, changes and terminations on any day
 * (several on one day), orders that do not form a history, corrections and chains of corrections, late
 * confirmations, and orders given in any order.
 */
class LeanBillingPropertiesTest {

  static final String GPU = "gpu-x";
  static final ContractId CONTRACT_B = ContractId.of("contract-b");
  static final ProviderId PROVIDER_B = ProviderId.of("provider-b");
  private static final String[] ITEMS = {VM, DISK, BANDWIDTH, VM, DISK, GPU};
  private static final LocalDate START = d("2024-12-01");

  static Billing cityBilling() {
    PriceList a = PriceList.of(CONTRACT, PROVIDER, List.of(
        ContractPrice.of(VM, yuan("1000.00"), d("2024-01-01")),
        ContractPrice.of(VM, yuan("900.00"), d("2025-02-15")),
        ContractPrice.of(VM, yuan("950.00"), d("2025-02-20")),
        ContractPrice.of(DISK, yuan("0.50"), d("2024-01-01")),
        ContractPrice.of(DISK, yuan("0.45"), d("2025-04-01")),
        ContractPrice.of(BANDWIDTH, yuan("31.00"), d("2024-01-01"))));
    // contract b prices the disk only from 2025, and the bandwidth never; it prices an item no catalog lists
    PriceList b = PriceList.of(CONTRACT_B, PROVIDER_B, List.of(
        ContractPrice.of(VM, yuan("1100.00"), d("2024-06-01")),
        ContractPrice.of(VM, yuan("1050.00"), d("2025-03-31")),
        ContractPrice.of(DISK, yuan("0.55"), d("2025-01-01")),
        ContractPrice.of(GPU, yuan("5000.00"), d("2024-01-01"))));
    return Billing.of(PriceLists.of(a, b), catalog(), Proration.standard());
  }

  static CatalogHistory catalog() {
    Configuration vm = Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).build();
    Configuration disk = Configuration.builder().with(Dimension.STORAGE_GB, 1).build();
    Configuration bw = Configuration.builder().with(Dimension.BANDWIDTH_MBPS, 1).build();
    return CatalogHistory.of(
        ServiceCatalog.of("2024", d("2024-01-01"), List.of(
            item(VM, "compute", vm), item(DISK, "storage", disk), item(BANDWIDTH, "network", bw))),
        ServiceCatalog.of("2025", d("2025-03-10"), List.of(
            item(VM, "compute", vm), item(DISK, "block-storage", disk), item(BANDWIDTH, "network", bw))));
  }

  private static CatalogItem item(String code, String category, Configuration configuration) {
    return new CatalogItem(code, code, category, "unit·month", configuration, CatalogItem.Scaling.PER_UNIT, Money.of("99999.00"));
  }

  /** A random city of up to {@code resources} resources, from a seed. */
  static List<WorkOrder> city(long seed, int resources) {
    SplittableRandom random = new SplittableRandom(seed);
    List<WorkOrder> orders = new ArrayList<>();
    int count = 1 + random.nextInt(resources);
    for (int r = 0; r < count; r++) {
      String resource = "r" + random.nextInt(1000);
      if (orders.stream().anyMatch(o -> o.resource().value().equals(resource))) {
        continue;
      }
      BillingAccount account = BillingAccount.of(DepartmentId.of("dept-" + random.nextInt(3)), PLATFORM,
          random.nextInt(4) == 0 ? PROVIDER_B : PROVIDER);
      ContractId contract = account.provider().equals(PROVIDER_B) ? CONTRACT_B : CONTRACT;
      String item = ITEMS[random.nextInt(random.nextInt(10) == 0 ? ITEMS.length : ITEMS.length - 1)];
      LocalDate day = START.plusDays(random.nextInt(120));
      int n = 1 + random.nextInt(4);
      BigDecimal quantity = quantity(random);
      List<WorkOrder> own = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Kind kind = k == 0 ? (random.nextInt(12) == 0 ? Kind.CHANGE : Kind.OPEN)
            : Kind.values()[random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2)];
        if (kind == Kind.CHANGE) {
          quantity = quantity(random);
        } else if (kind == Kind.TERMINATE && random.nextInt(10) == 0) {
          quantity = quantity.add(BigDecimal.ONE); // terminates another configuration
        }
        String at = day + "T" + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
        // confirmed up to 40 days after the day it takes effect: a late confirmation
        WorkOrder order = builder(kind, resource + "-" + k, resource, item, quantity, at, account, contract,
            day.plusDays(random.nextInt(40)) + "T08:00").build();
        own.add(order);
        day = day.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(70));
      }
      // corrections: of any order, sometimes a chain of two, sometimes (rarely) two of one order
      for (int c = 0; c < 2 && random.nextInt(3) == 0; c++) {
        WorkOrder target = own.get(random.nextInt(own.size()));
        LocalDate moved = target.serviceDate().plusDays(random.nextInt(21) - 10);
        own.add(builder(target.kind(), target.id().value() + "-c" + c, resource, target.item(),
                random.nextBoolean() ? target.quantity() : quantity(random), moved + "T10:00", account, contract,
                target.serviceDate().plusDays(random.nextInt(60)) + "T10:00")
            .supersedes(target.id()).build());
      }
      orders.addAll(own);
    }
    Collections.shuffle(orders, new java.util.Random(seed));
    return orders;
  }

  private static WorkOrder.Builder builder(Kind kind, String id, String resource, String item, BigDecimal quantity,
      String effectiveAt, BillingAccount account, ContractId contract, String confirmedAt) {
    return WorkOrder.builder()
        .id(WorkOrderId.of(id))
        .resource(ResourceId.of(resource))
        .kind(kind)
        .department(account.department())
        .platform(account.platform())
        .provider(account.provider())
        .contract(contract)
        .project(BillingFixtures.PROJECT)
        .item(item)
        .quantity(quantity)
        .effectiveAt(LocalDateTime.parse(effectiveAt).atZone(BillingFixtures.ZONE).toInstant())
        .zone(BillingFixtures.ZONE)
        .confirmedAt(LocalDateTime.parse(confirmedAt).atZone(BillingFixtures.ZONE).toInstant());
  }

  private static BigDecimal quantity(SplittableRandom random) {
    return random.nextInt(5) == 0 ? new BigDecimal(1 + random.nextInt(40)).movePointLeft(1).add(BigDecimal.ONE)
        : BigDecimal.valueOf(1 + random.nextInt(5));
  }

  static void assertSame(Validation<List<Violation>, List<MonthlyBill>> lean, Validation<List<Violation>, List<MonthlyBill>> reference) {
    assertThat(lean.isValid()).as("lean %s, reference %s", lean, reference).isEqualTo(reference.isValid());
    if (reference.isValid()) {
      assertThat(lean.get()).isEqualTo(reference.get());
    } else {
      assertThat(lean.getError()).isEqualTo(reference.getError());
    }
  }

  @Test
  void leanBillsAreTheReferenceBillsOnRandomCities() {
    Billing billing = cityBilling();
    ReferenceBilling reference = new ReferenceBilling(billing);
    qt().withExamples(400).forAll(longs().all(), integers().between(0, 6)).checkAssert((seed, m) -> {
      List<WorkOrder> orders = city(seed, 12);
      YearMonth month = YearMonth.of(2024, 12).plusMonths(m);
      Validation<List<Violation>, List<MonthlyBill>> expected;
      try {
        expected = reference.bills(month, orders);
      } catch (IllegalArgumentException e) {
        assertThatThrownBy(() -> billing.bills(month, orders)).isInstanceOf(IllegalArgumentException.class).hasMessage(e.getMessage());
        return;
      }
      assertSame(billing.bills(month, orders), expected);
    });
  }

  @Test
  void theRandomCitiesReachEveryCase() {
    Billing billing = cityBilling();
    int valid = 0;
    List<String> codes = new ArrayList<>();
    for (long seed = 0; seed < 400; seed++) {
      try {
        Validation<List<Violation>, List<MonthlyBill>> bills = billing.bills(YearMonth.of(2025, 2), city(seed, 12));
        if (bills.isValid()) {
          valid++;
        } else {
          bills.getError().forEach(v -> codes.add(v.code()));
        }
      } catch (IllegalArgumentException e) {
        codes.add("thrown");
      }
    }
    assertThat(valid).isGreaterThan(20);
    assertThat(codes).contains(BillingViolations.PRICE_MISSING, BillingViolations.ITEM_NOT_IN_CATALOG,
        BillingViolations.WORK_ORDER_SEQUENCE, "thrown");
  }
}
