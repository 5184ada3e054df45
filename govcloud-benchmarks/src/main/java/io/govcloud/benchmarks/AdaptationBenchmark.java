package io.govcloud.benchmarks;

import io.govcloud.core.catalog.Adaptation;
import io.govcloud.core.catalog.AdaptationPolicy;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.catalog.Adapted;
import io.govcloud.core.catalog.CatalogAdapter;
import io.govcloud.core.catalog.ExactMatch;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalog adaptation (Art. 27, docs/rules.md#r3): {@link CatalogAdapter#adapt(AdaptationRequest)} on a catalog
 * of 1,000 items, in 20 categories of 50 or in one category, against {@link PlainAdaptation}'s scan of
 * {@code long} arrays by the same rule; 256 random host requests (vCPU and memory, 1 to 4 instances),
 * on which both choose the same item and units before timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AdaptationBenchmark {

  private static final int ITEMS = 1000;
  private static final int REQUESTS = 256;
  private static final Dimension[] HOST = {Dimension.MEMORY_GIB, Dimension.VCPU};

  /** The number of categories the 1,000 items are spread over. */
  @Param({"20", "1"})
  public int categories;

  private CatalogAdapter adapter;
  private PlainAdaptation plain;
  private AdaptationRequest[] requests;
  private long[][] quantities;
  private int next;

  /** Builds the catalog and the requests, and checks that both choose alike. */
  @Setup
  public void agree() {
    ServiceCatalog catalog = catalog(categories);
    adapter = CatalogAdapter.of(catalog, AdaptationPolicy.standard());
    plain = new PlainAdaptation(catalog, 1);
    SplittableRandom random = new SplittableRandom(27);
    long[] vcpus = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32};
    long[] ratios = {1, 2, 3, 4, 8};
    requests = new AdaptationRequest[REQUESTS];
    quantities = new long[REQUESTS][];
    int adapted = 0;
    for (int r = 0; r < REQUESTS; r++) {
      long vcpu = vcpus[random.nextInt(vcpus.length)];
      long memory = vcpu * ratios[random.nextInt(ratios.length)];
      String category = "cat" + random.nextInt(categories);
      requests[r] = AdaptationRequest.of(category,
          Configuration.builder().with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memory).build(), 1 + random.nextInt(4));
      quantities[r] = new long[] {memory, vcpu}; // in dimension order, as the request's configuration sorts them
      Adaptation ours = adapter.adapt(requests[r]);
      long theirs = plain(r);
      String chosen = chosen(ours, catalog);
      String expected = theirs == PlainAdaptation.NOT_ADAPTABLE ? "none"
          : catalog.itemsOf(category).get((int) (theirs >>> 32)).code() + " x " + (theirs & 0xffffffffL);
      if (!chosen.equals(expected)) {
        throw new IllegalStateException("for " + requests[r] + " govcloud chooses " + chosen + ", the plain scan " + expected);
      }
      adapted += chosen.equals("none") ? 0 : 1;
    }
    if (adapted < REQUESTS / 2) {
      throw new IllegalStateException("only " + adapted + " of " + REQUESTS + " requests are adapted: the workload is not representative");
    }
  }

  private static String chosen(Adaptation adaptation, ServiceCatalog catalog) {
    if (adaptation instanceof Adapted adapted) {
      return adapted.item().code() + " x " + adapted.units().toPlainString();
    }
    if (adaptation instanceof ExactMatch exact) {
      return exact.item().code() + " x " + exact.units().toPlainString();
    }
    return "none";
  }

  private long plain(int r) {
    return plain.adapt(requests[r].category(), HOST, quantities[r], requests[r].instances());
  }

  private int index() {
    next = (next + 1) & (REQUESTS - 1);
    return next;
  }

  /**
   * 1,000 host items over {@code count} categories {@code cat0...}: bundles of 1 to 64 vCPU at 1 to 8 GiB
   * per vCPU (every fifth with a local disk as well), and every tenth a per-unit item; caps vary.
   *
   * @param count the number of categories
   * @return the catalog
   */
  static ServiceCatalog catalog(int count) {
    List<CatalogItem> items = new ArrayList<>(ITEMS);
    SplittableRandom random = new SplittableRandom(26);
    for (int i = 0; i < ITEMS; i++) {
      String category = "cat" + (i % count);
      long vcpu = 1L << random.nextInt(7);
      long memory = vcpu << random.nextInt(4);
      Configuration.Builder configuration = Configuration.builder();
      CatalogItem.Scaling scaling = CatalogItem.Scaling.BUNDLE;
      if (i % 10 == 9) {
        configuration.with(Dimension.VCPU, 1 + random.nextInt(2)).with(Dimension.MEMORY_GIB, 2 + random.nextInt(3));
        scaling = CatalogItem.Scaling.PER_UNIT;
      } else {
        configuration.with(Dimension.VCPU, vcpu).with(Dimension.MEMORY_GIB, memory);
        if (i % 5 == 0) {
          configuration.with(Dimension.STORAGE_GB, 50L * (1 + random.nextInt(4)));
        }
      }
      Configuration built = configuration.build();
      long vcpus = built.quantity(Dimension.VCPU).orElseThrow().longValue();
      long gib = built.quantity(Dimension.MEMORY_GIB).orElseThrow().longValue();
      // at most (64 x 300 + 512 x 100) x 120 fen = 84,480.00 yuan: within the highest unit price (docs/rules.md#limits)
      long capFen = (vcpus * 300 + gib * 100) * (80 + random.nextInt(41));
      String code = String.format("host.%04d", i);
      items.add(new CatalogItem(code, code, category, "unit·month", built, scaling, Money.ofFen(capFen)));
    }
    return ServiceCatalog.of("bench", LocalDate.of(2025, 1, 1), items);
  }

  /** @return govcloud's adaptation */
  @Benchmark
  public Adaptation govcloud() {
    return adapter.adapt(requests[index()]);
  }

  /** @return the plain scan's choice */
  @Benchmark
  public long plainScan() {
    return plain(index());
  }

  /** The bound the plain scan is given must be the standard policy's. */
  static {
    if (AdaptationPolicy.standard().maxRelativeExcess().compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalStateException("the plain scan assumes the standard bound of 100 %");
    }
  }
}
