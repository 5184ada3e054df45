package io.govcloud.core.catalog;

import static io.govcloud.core.catalog.RealisticCatalog.host;
import static io.govcloud.core.catalog.RealisticCatalog.storage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Requests and policies the adapter refuses, with an error or a violation that names the value. */
class CatalogAdapterBadInputTest {

  private final CatalogAdapter adapter = CatalogAdapter.of(RealisticCatalog.catalog());

  @Test
  void zeroAndNegativeInstancesAreRefused() {
    assertThatThrownBy(() -> AdaptationRequest.of("compute", host(4, 8), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a request for category compute needs a positive number of instances, not 0");
    assertThatThrownBy(() -> AdaptationRequest.of("compute", host(4, 8), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not -2");
  }

  @Test
  void zeroAndNegativeQuantitiesCannotBeRequested() {
    assertThatThrownBy(() -> host(0, 8)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vcpu[core] must be positive, not 0");
    assertThatThrownBy(() -> storage(-100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("storage[GB] must be positive, not -100");
  }

  @Test
  void aBlankCategoryOrAnEmptyConfigurationIsRefused() {
    assertThatThrownBy(() -> AdaptationRequest.of(" ", host(4, 8), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the category of a request must not be blank");
    assertThatThrownBy(() -> AdaptationRequest.of("compute", Configuration.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a request for category compute must name at least one dimension");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> AdaptationRequest.of(null, host(4, 8), 1)).isInstanceOf(NullPointerException.class).hasMessage("category");
    assertThatThrownBy(() -> AdaptationRequest.of("compute", null, 1)).isInstanceOf(NullPointerException.class).hasMessage("configuration");
    assertThatThrownBy(() -> adapter.adapt(null)).isInstanceOf(NullPointerException.class).hasMessage("request");
    assertThatThrownBy(() -> CatalogAdapter.of(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
    assertThatThrownBy(() -> CatalogAdapter.of(RealisticCatalog.catalog(), null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> AdaptationPolicy.of(null)).isInstanceOf(NullPointerException.class).hasMessage("maxRelativeExcess");
  }

  @Test
  void aNegativeBoundIsRefused() {
    assertThatThrownBy(() -> AdaptationPolicy.of(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the over-provisioning bound must be 0 or more, not -0.1");
    assertThat(AdaptationPolicy.of(new BigDecimal("1.00"))).isEqualTo(AdaptationPolicy.standard());
    assertThat(AdaptationPolicy.of(new BigDecimal("0.5")).describe()).isEqualTo("50%");
  }

  @Test
  void aDimensionTheCatalogDoesNotHaveIsNotAdaptableNamingIt() {
    Dimension gpu = Dimension.of("gpu", "card");
    Configuration need = Configuration.builder().with(Dimension.VCPU, 8).with(gpu, 1).build();
    NotAdaptable none = (NotAdaptable) adapter.adapt(AdaptationRequest.of("compute", need, 1));
    assertThat(none.cause()).isEqualTo(NotAdaptable.Cause.UNKNOWN_DIMENSION);
    assertThat(none.reason()).startsWith("no item has dimension gpu[card] (its dimensions: [");
    assertThat(none.violation().code()).isEqualTo(CatalogViolations.DIMENSION_NOT_IN_CATALOG);
    assertThat(none.violation().facts().get("reason")).contains("gpu[card]");
    assertThat(none.rejected()).hasSize(12).allMatch(r -> r.reason() == Rejection.Reason.MISSING_DIMENSION);
    assertThat(none.rejected().get(0).english()).isEqualTo("offers no gpu[card], of which one instance needs 1 card");
  }

  @Test
  void aCategoryTheCatalogDoesNotHaveIsNotAdaptableNamingIt() {
    NotAdaptable none = (NotAdaptable) adapter.adapt(AdaptationRequest.of("gpu-compute", host(8, 16), 1));
    assertThat(none.cause()).isEqualTo(NotAdaptable.Cause.UNKNOWN_CATEGORY);
    assertThat(none.reason()).startsWith("it has no item of category gpu-compute (its categories: [bandwidth-extranet, ");
    assertThat(none.violation().code()).isEqualTo(CatalogViolations.CATEGORY_NOT_IN_CATALOG);
    assertThat(none.rejected()).isEmpty();
  }

  @Test
  void aDimensionInAnotherUnitIsAnErrorNeverAConversion() {
    Configuration inMib = Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.of("memory", "MiB"), 8192).build();
    assertThatThrownBy(() -> adapter.adapt(AdaptationRequest.of("compute", inMib, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the request measures memory in MiB but catalog version 2025 measures it in GiB: convert the request, units are never converted");
  }

  @Test
  void aTotalBeyondTheRangeOfMoneyIsAnError() {
    Configuration absurd = Configuration.builder().with(Dimension.STORAGE_GB, new BigDecimal("1E+20")).build();
    assertThatThrownBy(() -> adapter.adapt(AdaptationRequest.of("block-storage-ssd", absurd, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units of ssd.gb at CNY 0.80 is beyond the range of Money");
  }

  @Test
  void theSameRequestGivesAnEqualResult() {
    AdaptationRequest request = AdaptationRequest.of("compute", host(6, 12), 2);
    Adaptation first = adapter.adapt(request);
    Adaptation second = CatalogAdapter.of(RealisticCatalog.catalog()).adapt(request);
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.rejected()).isEqualTo(first.rejected());
    assertThat(first.rejected()).isSameAs(first.rejected()); // computed once
  }
}
