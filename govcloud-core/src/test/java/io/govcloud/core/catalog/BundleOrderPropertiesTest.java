package io.govcloud.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link BundleOrder}'s pruning changes nothing (docs/rules.md#r3): on generated catalogs of up to 120 items,
 * mostly in one category, with few distinct quantities and caps (so that ties, exact matches and items
 * beyond the bound are common), the adapter that screens only the choosable items gives the same outcome,
 * rejections and explanations as one that screens every item in {@code long}s and one that screens every
 * item in {@code BigDecimal}s.
 */
class BundleOrderPropertiesTest {

  private static final Dimension[] DIMENSIONS = {Dimension.VCPU, Dimension.MEMORY_GIB, Dimension.STORAGE_GB};
  private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

  /** An item spec: category (0 to 9: mostly "a"), scaling (0: per-unit), cap, then a quantity per dimension (0: none; 9: 2.5). */
  private static final Gen<int[]> ITEM_SPECS = Generate.intArrays(Generate.constant(6), Generate.range(0, 9));

  /** A request spec: category, instances - 1, then a quantity per dimension (0: not requested; 9: 1.5). */
  private static final Gen<int[]> REQUEST_SPECS = Generate.intArrays(Generate.constant(5), Generate.range(0, 9));

  private static final Gen<AdaptationPolicy> POLICIES =
      Generate.pick(List.of("0", "0.5", "1", "3")).map(b -> AdaptationPolicy.of(new BigDecimal(b)));

  private static BigDecimal quantity(int spec, String odd) {
    return spec == 9 ? new BigDecimal(odd) : BigDecimal.valueOf(1L << (spec - 1));
  }

  private static ServiceCatalog catalog(List<int[]> specs) {
    List<CatalogItem> items = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int[] spec = specs.get(i);
      Configuration.Builder configuration = Configuration.builder();
      boolean any = false;
      for (int d = 0; d < DIMENSIONS.length; d++) {
        if (spec[3 + d] > 0) {
          configuration.with(DIMENSIONS[d], quantity(spec[3 + d], "2.5"));
          any = true;
        }
      }
      if (!any) {
        configuration.with(Dimension.VCPU, 2);
      }
      items.add(new CatalogItem(
          String.format("i%03d", i), "item " + i, spec[0] < 8 ? "a" : "b", "unit·月", configuration.build(),
          spec[1] == 0 ? CatalogItem.Scaling.PER_UNIT : CatalogItem.Scaling.BUNDLE, Money.ofFen(100L * (1 + spec[2] % 4))));
    }
    return ServiceCatalog.of("p", EFFECTIVE, items);
  }

  private static AdaptationRequest request(int[] spec) {
    Configuration.Builder configuration = Configuration.builder();
    boolean any = false;
    for (int d = 0; d < DIMENSIONS.length; d++) {
      if (spec[2 + d] > 0) {
        configuration.with(DIMENSIONS[d], quantity(spec[2 + d], "1.5"));
        any = true;
      }
    }
    if (!any) {
      configuration.with(Dimension.VCPU, 2);
    }
    return AdaptationRequest.of(spec[0] < 7 ? "a" : "b", configuration.build(), 1 + spec[1] % 3);
  }

  @Test
  void screeningOnlyTheChoosableItemsGivesWhatScreeningEveryItemGives() {
    qt().withExamples(1000)
        .forAll(lists().of(ITEM_SPECS).ofSizeBetween(1, 120), REQUEST_SPECS, POLICIES)
        .checkAssert(
            (specs, requestSpec, policy) -> {
              ServiceCatalog catalog = catalog(specs);
              AdaptationRequest request = request(requestSpec);
              Adaptation pruned = CatalogAdapter.of(catalog, policy).adapt(request);
              for (Adaptation reference : List.of(
                  CatalogAdapter.scanningEveryItem(catalog, policy).adapt(request),
                  CatalogAdapter.inBigDecimals(catalog, policy).adapt(request))) {
                assertThat(pruned).isEqualTo(reference);
                assertThat(pruned.rejected()).isEqualTo(reference.rejected());
                assertThat(pruned.english()).isEqualTo(reference.english());
                assertThat(pruned.chinese()).isEqualTo(reference.chinese());
              }
            });
  }

  @Test
  void bundlesBeyondTheBoundAreNotScreenedAndTheFullPassTellsWhy() {
    List<int[]> specs = new ArrayList<>();
    for (int i = 0; i < 100; i++) { // bundles of 2 to 64 vCPU, 4 to 512 GiB: all beyond 1 vCPU 1 GiB + 100 %
      specs.add(new int[] {0, 1, i % 4, 2 + i % 6, 3 + (i / 6) % 6, 0});
    }
    ServiceCatalog catalog = catalog(specs);
    CategoryIndex index = new CategoryIndex("a", catalog.itemsOf("a"), true, true);
    AdaptationRequest request = request(new int[] {0, 0, 1, 1, 0});
    Demand demand = new Demand(request, AdaptationPolicy.standard(), index);
    Choice pruned = new Choice(index, demand);
    assertThat(index.visitChoosable(demand, pruned)).isTrue();
    assertThat(pruned.anyCandidate).isFalse();
    Choice full = new Choice(index, demand);
    for (int i = 0; i < index.items.length; i++) {
      full.visit(i);
    }
    assertThat(full.anyCandidate).isTrue();
    assertThat(full.chose()).isFalse();
    assertThat(CatalogAdapter.of(catalog).adapt(request)).isInstanceOfSatisfying(NotAdaptable.class,
        n -> assertThat(n.cause()).isEqualTo(NotAdaptable.Cause.OVER_PROVISIONING_BOUND));
  }
}
