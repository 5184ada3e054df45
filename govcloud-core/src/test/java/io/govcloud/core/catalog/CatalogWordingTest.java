package io.govcloud.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.govcloud.core.Languages;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every explanation of R3 is wholly in its language (STYLE: zh-CN text wholly Chinese), codes and the
 * catalog's own data (item codes and names, billing units, categories, dimension codes and unit symbols)
 * aside: the outcome's {@code chinese()}, each rejection's, and a refusal's violation.
 */
class CatalogWordingTest {

  private static final ServiceCatalog CATALOG = RealisticCatalog.catalog();
  private static final List<Dimension> DIMENSIONS = new ArrayList<>(CATALOG.dimensions().values());
  private static final Dimension UNKNOWN = Dimension.of("gpu", "card");
  private static final List<String> CATEGORIES = new ArrayList<>(CATALOG.categories());

  /** category index (one past the end: unknown), instances - 1, then per dimension a quantity (0: not asked). */
  private static final Gen<int[]> REQUESTS = Generate.intArrays(Generate.constant(2 + DIMENSIONS.size() + 1), Generate.range(0, 40));

  private static final Gen<AdaptationPolicy> POLICIES =
      Generate.pick(List.of("0", "0.5", "1", "10")).map(b -> AdaptationPolicy.of(new BigDecimal(b)));

  private static AdaptationRequest request(int[] spec) {
    String category = spec[0] % (CATEGORIES.size() + 1) == CATEGORIES.size() ? "gpu-compute" : CATEGORIES.get(spec[0] % CATEGORIES.size());
    Configuration.Builder configuration = Configuration.builder();
    boolean any = false;
    for (int d = 0; d < DIMENSIONS.size(); d++) {
      if (spec[2 + d] % 3 == 0) {
        configuration.with(DIMENSIONS.get(d), 1 + (long) spec[2 + d] * spec[2 + d]);
        any = true;
      }
    }
    if (spec[2 + DIMENSIONS.size()] == 7) {
      configuration.with(UNKNOWN, 1);
      any = true;
    }
    if (!any) {
      configuration.with(Dimension.VCPU, 1 + spec[1]);
    }
    return AdaptationRequest.of(category, configuration.build(), 1 + spec[1] % 4);
  }

  private static List<String> quoted(AdaptationRequest request) {
    List<String> quoted = new ArrayList<>(List.of(CATALOG.version(), request.category(), UNKNOWN.code(), UNKNOWN.unit()));
    for (CatalogItem item : CATALOG.items().values()) {
      quoted.addAll(List.of(item.code(), item.name(), item.billingUnit(), item.category()));
    }
    for (Dimension dimension : DIMENSIONS) {
      quoted.add(dimension.code());
      if (!dimension.unit().equals("core")) {
        quoted.add(dimension.unit()); // a unit symbol (GiB, Mbps); "core" is said 核
      }
    }
    return quoted;
  }

  private static void assertWhollyInItsLanguage(String chinese, String english, List<String> quoted) {
    assertThat(Languages.latinWordsIn(chinese, quoted)).as(chinese).isEmpty();
    assertThat(Languages.chineseIn(english, quoted)).as(english).isEmpty();
  }

  @Test
  void everyExplanationIsWhollyInItsLanguage() {
    qt().withExamples(300).forAll(REQUESTS, POLICIES).checkAssert((spec, policy) -> {
      AdaptationRequest request = request(spec);
      Adaptation outcome = CatalogAdapter.of(CATALOG, policy).adapt(request);
      List<String> quoted = quoted(request);
      assertWhollyInItsLanguage(outcome.chinese(), outcome.english(), quoted);
      for (Rejection rejection : outcome.rejected()) {
        assertWhollyInItsLanguage(rejection.chinese(), rejection.english(), quoted);
      }
      if (outcome instanceof NotAdaptable none) {
        assertWhollyInItsLanguage(none.violation().chinese(), none.violation().english(), quoted);
        assertWhollyInItsLanguage(none.reasonInChinese(), none.reason(), quoted);
      }
    });
  }

  /** The four outcomes' Chinese, as a reader sees it: no {@code core}, {@code for} or {@code [GiB]} left. */
  @Test
  void theChineseOfAnAdaptationNamesDimensionsInChinese() {
    Adapted adapted = (Adapted) CatalogAdapter.of(CATALOG).adapt(AdaptationRequest.of("compute", RealisticCatalog.host(6, 12), 2));
    assertThat(adapted.chinese())
        .contains("未列明所需配置（内存12GiB、虚拟处理器6核，2个实例，类别compute）")
        .contains("每个实例内存：提供16GiB，需求12GiB（超出33.33%）；虚拟处理器：提供8核，需求6核（超出33.33%）")
        .doesNotContain("core", " for ");
    Rejection c8m8 = adapted.rejected().stream().filter(r -> r.item().code().equals("ecs.c.c8m8")).findFirst().orElseThrow();
    assertThat(c8m8.chinese()).isEqualTo("内存为8GiB，低于每个实例所需的12GiB");
    NotAdaptable unknown = (NotAdaptable) CatalogAdapter.of(CATALOG)
        .adapt(AdaptationRequest.of("compute", Configuration.builder().with(UNKNOWN, 1).build(), 1));
    assertThat(unknown.reasonInChinese()).startsWith("目录中没有配置项gpu（现有配置项：").contains("虚拟处理器（核）").doesNotContain("[");
  }
}
