package io.govcloud.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Limits;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of R3 on generated catalogs of up to 25 items in two categories, with few distinct
 * quantities and caps so that ties are common, and requests in halves so that per-unit items round up.
 */
class CatalogAdapterPropertiesTest {

  private static final Dimension[] DIMENSIONS = {Dimension.VCPU, Dimension.MEMORY_GIB, Dimension.STORAGE_GB};
  private static final String[] CATEGORIES = {"a", "b"};
  private static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

  /** An item spec: category, scaling, cap in hundreds of fen, then a quantity per dimension (0: none). */
  private static final Gen<int[]> ITEM_SPECS = Generate.intArrays(Generate.constant(6), Generate.range(0, 6));

  /** A request spec: category, instances - 1, then a quantity per dimension in halves (0: not requested). */
  private static final Gen<int[]> REQUEST_SPECS = Generate.intArrays(Generate.constant(5), Generate.range(0, 12));

  private static final Gen<AdaptationPolicy> POLICIES =
      Generate.pick(List.of("0", "0.5", "1", "3", "1000")).map(b -> AdaptationPolicy.of(new BigDecimal(b)));

  private static List<CatalogItem> items(List<int[]> specs) {
    List<CatalogItem> items = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int[] spec = specs.get(i);
      Configuration.Builder configuration = Configuration.builder();
      boolean any = false;
      for (int d = 0; d < DIMENSIONS.length; d++) {
        if (spec[3 + d] > 0) {
          configuration.with(DIMENSIONS[d], spec[3 + d]);
          any = true;
        }
      }
      if (!any) {
        configuration.with(Dimension.VCPU, 1);
      }
      items.add(
          new CatalogItem(
              String.format("i%02d", i), "item " + i, CATEGORIES[spec[0] % 2], "unit·月", configuration.build(),
              spec[1] % 2 == 0 ? CatalogItem.Scaling.BUNDLE : CatalogItem.Scaling.PER_UNIT,
              Money.ofFen(100L * (1 + spec[2]))));
    }
    return items;
  }

  private static AdaptationRequest request(int[] spec) {
    Configuration.Builder configuration = Configuration.builder();
    boolean any = false;
    for (int d = 0; d < DIMENSIONS.length; d++) {
      if (spec[2 + d] > 0) {
        configuration.with(DIMENSIONS[d], BigDecimal.valueOf(spec[2 + d], 0).divide(BigDecimal.valueOf(2)));
        any = true;
      }
    }
    if (!any) {
      configuration.with(Dimension.VCPU, 1);
    }
    return AdaptationRequest.of(CATEGORIES[spec[0] % 2], configuration.build(), 1 + spec[1] % 3);
  }

  private static Gen<List<int[]>> catalogs() {
    return lists().of(ITEM_SPECS).ofSizeBetween(1, 25);
  }

  @Test
  void theResultIsTheBruteForceOracles() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES)
        .checkAssert(
            (specs, requestSpec, policy) -> {
              ServiceCatalog catalog = ServiceCatalog.of("p", EFFECTIVE, items(specs));
              AdaptationRequest request = request(requestSpec);
              Adaptation result = CatalogAdapter.of(catalog, policy).adapt(request);
              AdaptationOracle.Expected expected = AdaptationOracle.expected(catalog, request, policy);
              assertThat(result).isInstanceOf(expected.kind());
              expected.chosen().ifPresent(candidate -> {
                CatalogItem item = result instanceof ExactMatch e ? e.item() : ((Adapted) result).item();
                BigDecimal units = result instanceof ExactMatch e ? e.units() : ((Adapted) result).units();
                Money total = result instanceof ExactMatch e ? e.monthlyTotal() : ((Adapted) result).monthlyTotal();
                assertThat(item).isEqualTo(candidate.item());
                assertThat(units).isEqualByComparingTo(BigDecimal.valueOf(candidate.unitsPerInstance() * request.instances()));
                assertThat(BigDecimal.valueOf(total.toFen())).isEqualByComparingTo(candidate.totalFen());
              });
            });
  }

  @Test
  void anAdaptedItemNeverUnderProvisionsARequestedDimension() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES)
        .checkAssert(
            (specs, requestSpec, policy) -> {
              ServiceCatalog catalog = ServiceCatalog.of("p", EFFECTIVE, items(specs));
              AdaptationRequest request = request(requestSpec);
              if (CatalogAdapter.of(catalog, policy).adapt(request) instanceof Adapted adapted) {
                BigDecimal unitsPerInstance = adapted.units().divide(BigDecimal.valueOf(request.instances()));
                BigDecimal scale = adapted.item().scaling() == CatalogItem.Scaling.PER_UNIT ? unitsPerInstance : BigDecimal.ONE;
                request.configuration().quantities().forEach((dimension, wanted) -> {
                  BigDecimal offered = adapted.item().configuration().quantity(dimension).orElseThrow();
                  assertThat(offered.multiply(scale)).isGreaterThanOrEqualTo(wanted);
                });
                assertThat(adapted.overProvisioning()).extracting(OverProvisioning::dimension)
                    .containsExactlyElementsOf(request.configuration().quantities().keySet());
                assertThat(adapted.overProvisioning()).allSatisfy(o -> assertThat(o.relativeExcess()).isLessThanOrEqualTo(policy.maxRelativeExcess()));
              }
            });
  }

  @Test
  void noCheaperItemMeetsTheRequestWithinTheBound() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES)
        .checkAssert(
            (specs, requestSpec, policy) -> {
              ServiceCatalog catalog = ServiceCatalog.of("p", EFFECTIVE, items(specs));
              AdaptationRequest request = request(requestSpec);
              Adaptation result = CatalogAdapter.of(catalog, policy).adapt(request);
              List<AdaptationOracle.Candidate> candidates = AdaptationOracle.candidates(catalog, request, policy);
              if (result instanceof Adapted adapted) {
                BigDecimal chosen = BigDecimal.valueOf(adapted.monthlyTotal().toFen());
                assertThat(candidates).filteredOn(AdaptationOracle.Candidate::withinBound)
                    .allSatisfy(c -> assertThat(c.totalFen()).isGreaterThanOrEqualTo(chosen));
                assertThat(candidates).noneMatch(AdaptationOracle.Candidate::exact);
              } else if (result instanceof ExactMatch exact) {
                BigDecimal chosen = BigDecimal.valueOf(exact.monthlyTotal().toFen());
                assertThat(candidates).filteredOn(AdaptationOracle.Candidate::exact)
                    .allSatisfy(c -> assertThat(c.totalFen()).isGreaterThanOrEqualTo(chosen));
              } else {
                assertThat(candidates).noneMatch(AdaptationOracle.Candidate::withinBound);
              }
            });
  }

  @Test
  void shufflingTheCatalogChangesNothing() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES, integers().all())
        .checkAssert(
            (specs, requestSpec, policy, seed) -> {
              List<CatalogItem> items = items(specs);
              List<CatalogItem> shuffled = new ArrayList<>(items);
              Collections.shuffle(shuffled, new Random(seed));
              AdaptationRequest request = request(requestSpec);
              Adaptation original = CatalogAdapter.of(ServiceCatalog.of("p", EFFECTIVE, items), policy).adapt(request);
              Adaptation reordered = CatalogAdapter.of(ServiceCatalog.of("p", EFFECTIVE, shuffled), policy).adapt(request);
              assertThat(reordered).isEqualTo(original);
              assertThat(reordered.rejected()).isEqualTo(original.rejected());
              assertThat(reordered.english()).isEqualTo(original.english());
            });
  }

  @Test
  void everyOtherItemOfTheCategoryIsRejectedOnce() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES)
        .checkAssert(
            (specs, requestSpec, policy) -> {
              ServiceCatalog catalog = ServiceCatalog.of("p", EFFECTIVE, items(specs));
              AdaptationRequest request = request(requestSpec);
              Adaptation result = CatalogAdapter.of(catalog, policy).adapt(request);
              List<String> ofCategory =
                  catalog.items().values().stream().filter(i -> i.category().equals(request.category())).map(CatalogItem::code).toList();
              List<String> rejected = result.rejected().stream().map(r -> r.item().code()).toList();
              List<String> expected = new ArrayList<>(ofCategory);
              if (result instanceof ExactMatch e) {
                expected.remove(e.item().code());
              } else if (result instanceof Adapted a) {
                expected.remove(a.item().code());
              }
              assertThat(rejected).containsExactlyElementsOf(expected);
            });
  }

  /** Scales the generated quantities and caps so that some figures pass the range of {@code long} arithmetic. */
  private static final Gen<Long> MAGNITUDES = Generate.pick(List.of(1L, 1_000L, 1_000_000_000L, 999_999_999_999_999L, 4_000_000_000_000_000L));

  @Test
  void longArithmeticChoosesWhatBigDecimalsChoose() {
    qt().forAll(catalogs(), REQUEST_SPECS, POLICIES, MAGNITUDES)
        .checkAssert(
            (specs, requestSpec, policy, magnitude) -> {
              List<CatalogItem> items = new ArrayList<>();
              for (CatalogItem item : items(specs)) {
                items.add(new CatalogItem(item.code(), item.name(), item.category(), item.billingUnit(),
                    item.configuration().times(BigDecimal.valueOf(magnitude)), item.scaling(),
                    // a cap is at most Limits.MAX_UNIT_PRICE (docs/rules.md#limits); the configurations still pass the range of long
                    Money.ofFen(Math.min(item.monthlyCap().toFen() <= Long.MAX_VALUE / 4 / magnitude
                        ? item.monthlyCap().toFen() * magnitude : Long.MAX_VALUE / 4, Limits.MAX_UNIT_PRICE.toFen()))));
              }
              ServiceCatalog catalog = ServiceCatalog.of("p", EFFECTIVE, items);
              AdaptationRequest small = request(requestSpec);
              AdaptationRequest request = AdaptationRequest.of(small.category(),
                  small.configuration().times(BigDecimal.valueOf(magnitude)), small.instances() * (magnitude > 1_000 ? 1_000 : 1));
              Adaptation fast;
              try {
                fast = CatalogAdapter.of(catalog, policy).adapt(request);
              } catch (IllegalArgumentException beyondMoney) {
                assertThatThrownBy(() -> CatalogAdapter.inBigDecimals(catalog, policy).adapt(request))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(beyondMoney.getMessage());
                return;
              }
              Adaptation reference = CatalogAdapter.inBigDecimals(catalog, policy).adapt(request);
              assertThat(fast).isEqualTo(reference);
              assertThat(fast.rejected()).isEqualTo(reference.rejected());
              assertThat(fast.english()).isEqualTo(reference.english());
            });
  }
}
