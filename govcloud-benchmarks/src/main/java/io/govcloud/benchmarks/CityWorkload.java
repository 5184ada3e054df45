package io.govcloud.benchmarks;

import io.govcloud.core.billing.Billing;
import io.govcloud.core.billing.PriceLists;
import io.govcloud.core.billing.Proration;
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
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A city's resources and their confirmed work orders (Art. 22, 30, docs/rules.md#r4), generated from a seed:
 * 120 departments on 4 platforms served by 3 providers, one contract each, six catalog items of four
 * categories, with a price change in a month billed. Values every order shares (ids of parties, items,
 * quantities, times of day) are shared objects, as a host loading them would intern them, so that a
 * million resources fit in a benchmark's heap.
 *
 * <ul>
 *   <li>{@link #month(int)}: March 2025: 80 % of resources in service all month, 8 % opened in it, 5 %
 *       changed, 4 % terminated, 3 % changed and terminated in it;
 *   <li>{@link #year(int)}: 2025 issued month by month from January, with a steady population: 70 %
 *       opened in 2024 and unchanged, 10 % changed once in 2025, 10 % terminated in 2025, 10 % opened in
 *       2025; 3 % of the 2025 orders confirmed 20 to 60 days late, so that later months carry adjustments.
 * </ul>
 *
 * <p>The orders of a resource are consecutive and in the order they apply, which {@link PlainBilling}
 * relies on. Immutable after construction.
 */
public final class CityWorkload {

  /** The month {@link #month(int)} bills. */
  public static final YearMonth MONTH = YearMonth.of(2025, 3);
  /** The first month of {@link #year(int)}. */
  public static final YearMonth JANUARY = YearMonth.of(2025, 1);

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String[] ITEMS = {"ecs.c2m4", "ecs.c4m8", "ecs.c8m16", "ebs.gb", "bw.mbps", "rds.c4m8"};
  private static final String[] CATEGORIES = {"compute", "compute", "compute", "storage", "network", "database"};
  private static final long[] PRICES_FEN = {24_000, 48_000, 96_000, 50, 2_000, 100_000};
  private static final int DEPARTMENTS = 120;
  private static final int PLATFORMS = 4;
  private static final int PROVIDERS = 3;

  private final Billing billing;
  private final List<WorkOrder> orders;
  private final int resources;
  private final Instant[] confirmed;

  private CityWorkload(Billing billing, List<WorkOrder> orders, int resources) {
    this.billing = billing;
    this.orders = orders;
    this.resources = resources;
    this.confirmed = new Instant[orders.size()];
    for (int i = 0; i < orders.size(); i++) {
      confirmed[i] = orders.get(i).confirmedAt();
    }
  }

  /** The billing of the workload: its contracts' prices, the catalog, the standard proration. */
  public Billing billing() {
    return billing;
  }

  /** Every work order, those of a resource consecutive and in the order they apply. */
  public List<WorkOrder> orders() {
    return orders;
  }

  /** The number of resources. */
  public int resources() {
    return resources;
  }

  /**
   * The orders confirmed when a month is issued, on the 3rd of the next month.
   *
   * @param month the month issued
   * @return the orders, in the order of {@link #orders()}
   */
  public List<WorkOrder> confirmedWhenIssuing(YearMonth month) {
    Instant issuedAt = month.plusMonths(1).atDay(3).atStartOfDay(ZONE).toInstant();
    List<WorkOrder> visible = new ArrayList<>(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      if (!confirmed[i].isAfter(issuedAt)) {
        visible.add(orders.get(i));
      }
    }
    return visible;
  }

  /**
   * The workload of one month, {@link #MONTH}.
   *
   * @param resources the number of resources
   * @return the workload
   */
  public static CityWorkload month(int resources) {
    Generator g = new Generator(resources, 2025_03);
    LocalDate first = MONTH.atDay(1);
    int days = MONTH.lengthOfMonth();
    for (int r = 0; r < resources; r++) {
      int kind = g.random.nextInt(100);
      LocalDate before = LocalDate.of(2023, 1, 1).plusDays(g.random.nextInt(790));
      if (kind < 80) {
        g.open(r, before);
      } else if (kind < 88) {
        g.open(r, first.plusDays(1 + g.random.nextInt(days - 1)));
      } else if (kind < 93) {
        g.open(r, before);
        g.change(r, first.plusDays(1 + g.random.nextInt(days - 1)));
      } else if (kind < 97) {
        g.open(r, before);
        g.terminate(r, first.plusDays(g.random.nextInt(days)));
      } else {
        g.open(r, before);
        LocalDate changed = first.plusDays(1 + g.random.nextInt(19));
        g.change(r, changed);
        g.terminate(r, changed.plusDays(1 + g.random.nextInt(days - 1 - changed.getDayOfMonth() + 1)));
      }
    }
    return g.workload();
  }

  /**
   * The workload of a year, 2025, issued month by month from {@link #JANUARY}.
   *
   * @param resources the number of resources
   * @return the workload
   */
  public static CityWorkload year(int resources) {
    Generator g = new Generator(resources, 2025);
    LocalDate start2024 = LocalDate.of(2024, 1, 1);
    LocalDate start2025 = LocalDate.of(2025, 1, 1);
    for (int r = 0; r < resources; r++) {
      int kind = g.random.nextInt(100);
      if (kind < 70) {
        g.open(r, start2024.plusDays(g.random.nextInt(366)));
      } else if (kind < 80) {
        g.open(r, start2024.plusDays(g.random.nextInt(366)));
        g.late(g.change(r, start2025.plusDays(g.random.nextInt(365))));
      } else if (kind < 90) {
        g.open(r, start2024.plusDays(g.random.nextInt(366)));
        g.late(g.terminate(r, start2025.plusDays(g.random.nextInt(365))));
      } else {
        g.late(g.open(r, start2025.plusDays(g.random.nextInt(365))));
      }
    }
    return g.workload();
  }

  /** Builds the orders with shared values. */
  private static final class Generator {
    final SplittableRandom random;
    final int resources;
    final List<WorkOrder> orders;
    final DepartmentId[] departments = new DepartmentId[DEPARTMENTS];
    final ProjectId[] projects = new ProjectId[DEPARTMENTS];
    final PlatformId[] platforms = new PlatformId[PLATFORMS];
    final ProviderId[] providers = new ProviderId[PROVIDERS];
    final ContractId[] contracts = new ContractId[PROVIDERS];
    final BigDecimal[] quantities = new BigDecimal[2001];
    final Map<LocalDate, Instant> times = new HashMap<>();
    ResourceId resource;
    int resourceIndex = -1;
    String item;
    BigDecimal quantity;

    Generator(int resources, long seed) {
      this.random = new SplittableRandom(seed);
      this.resources = resources;
      this.orders = new ArrayList<>(resources * 11 / 10 + 16);
      for (int d = 0; d < DEPARTMENTS; d++) {
        departments[d] = DepartmentId.of(String.format("dept-%03d", d));
        projects[d] = ProjectId.of(String.format("project-%03d-2025", d));
      }
      for (int p = 0; p < PLATFORMS; p++) {
        platforms[p] = PlatformId.of("platform-" + p);
      }
      for (int p = 0; p < PROVIDERS; p++) {
        providers[p] = ProviderId.of("provider-" + p);
        contracts[p] = ContractId.of("contract-" + p);
      }
      for (int q = 0; q < quantities.length; q++) {
        quantities[q] = BigDecimal.valueOf(q);
      }
    }

    private void startResource(int r) {
      if (r != resourceIndex) {
        resourceIndex = r;
        resource = ResourceId.of(String.format("res-%07d", r));
        int i = random.nextInt(ITEMS.length);
        item = ITEMS[i];
        quantity = quantities[quantityOf(i)];
      }
    }

    private int quantityOf(int item) {
      return switch (item) {
        case 3 -> 100 * (1 + random.nextInt(20));
        case 4 -> 1 + random.nextInt(100);
        default -> 1 + random.nextInt(4);
      };
    }

    int open(int r, LocalDate day) {
      startResource(r);
      return add(r, WorkOrder.Kind.OPEN, "o", day);
    }

    int change(int r, LocalDate day) {
      quantity = quantities[quantity.intValueExact() % 2000 + 1];
      return add(r, WorkOrder.Kind.CHANGE, "c", day);
    }

    int terminate(int r, LocalDate day) {
      return add(r, WorkOrder.Kind.TERMINATE, "t", day);
    }

    /** Confirms 3 % of orders 20 to 60 days late. */
    void late(int index) {
      if (random.nextInt(100) < 3) {
        WorkOrder order = orders.get(index);
        orders.set(index, WorkOrder.builder()
            .id(order.id())
            .resource(order.resource())
            .kind(order.kind())
            .department(order.department())
            .platform(order.platform())
            .provider(order.provider())
            .contract(order.contract())
            .project(order.project())
            .item(order.item())
            .quantity(order.quantity())
            .effectiveAt(order.effectiveAt())
            .zone(order.zone())
            .confirmedAt(order.effectiveAt().plusSeconds(86_400L * (20 + random.nextInt(41))))
            .build());
      }
    }

    private int add(int r, WorkOrder.Kind kind, String suffix, LocalDate day) {
      int department = r % DEPARTMENTS;
      int platform = (r / DEPARTMENTS) % PLATFORMS;
      int provider = platform % PROVIDERS;
      Instant at = times.computeIfAbsent(day, d -> d.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant());
      orders.add(WorkOrder.builder()
          .id(WorkOrderId.of(resource.value() + "-" + suffix))
          .resource(resource)
          .kind(kind)
          .department(departments[department])
          .platform(platforms[platform])
          .provider(providers[provider])
          .contract(contracts[provider])
          .project(projects[department])
          .item(item)
          .quantity(quantity)
          .effectiveAt(at)
          .zone(ZONE)
          .confirmedAt(at)
          .build());
      return orders.size() - 1;
    }

    CityWorkload workload() {
      List<PriceList> lists = new ArrayList<>();
      for (int p = 0; p < PROVIDERS; p++) {
        List<ContractPrice> prices = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
          prices.add(ContractPrice.of(ITEMS[i], Money.ofFen(PRICES_FEN[i] - 100L * p * (i < 3 ? 1 : 0)), LocalDate.of(2023, 1, 1)));
        }
        if (p == 0) {
          prices.add(ContractPrice.of("ecs.c4m8", Money.ofFen(45_000), LocalDate.of(2025, 3, 16)));
        }
        if (p == 1) {
          prices.add(ContractPrice.of("ebs.gb", Money.ofFen(45), LocalDate.of(2025, 7, 1)));
        }
        lists.add(PriceList.of(contracts[p], providers[p], prices));
      }
      List<CatalogItem> items = new ArrayList<>();
      for (int i = 0; i < ITEMS.length; i++) {
        items.add(new CatalogItem(ITEMS[i], ITEMS[i], CATEGORIES[i], "unit·month",
            Configuration.builder().with(Dimension.VCPU, 1 + i).build(), CatalogItem.Scaling.PER_UNIT, Money.ofFen(PRICES_FEN[i] * 2)));
      }
      CatalogHistory catalog = CatalogHistory.of(ServiceCatalog.of("2023", LocalDate.of(2023, 1, 1), items));
      return new CityWorkload(Billing.of(PriceLists.of(lists), catalog, Proration.standard()), List.copyOf(orders), resources);
    }
  }
}
