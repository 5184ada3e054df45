package io.govcloud.core.catalog;

import static io.govcloud.core.catalog.RealisticCatalog.bundle;
import static io.govcloud.core.catalog.RealisticCatalog.host;
import static io.govcloud.core.catalog.RealisticCatalog.storage;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Dimension;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The branches of R3 (Art. 27) on a realistic catalog; bad input is in {@link CatalogAdapterBadInputTest}. */
class CatalogAdapterTest {

  private final CatalogAdapter adapter = CatalogAdapter.of(RealisticCatalog.catalog());

  private static Map<String, Rejection.Reason> reasons(Adaptation adaptation) {
    return adaptation.rejected().stream().collect(Collectors.toMap(r -> r.item().code(), Rejection::reason));
  }

  @Test
  void aFlavourTheCatalogListsIsAnExactMatch() {
    Adaptation result = adapter.adapt(AdaptationRequest.of("compute", host(4, 8), 3));

    assertThat(result).isInstanceOf(ExactMatch.class);
    ExactMatch exact = (ExactMatch) result;
    assertThat(exact.item().code()).isEqualTo("ecs.s.c4m8");
    assertThat(exact.units()).isEqualByComparingTo("3");
    assertThat(exact.monthlyTotal()).isEqualTo(Money.of("720.00"));
    assertThat(exact.articles()).containsExactly(Article.of(27));
    assertThat(exact.english()).contains("lists 3 × {memory 8 GiB, vcpu 4 core} in compute as item ecs.s.c4m8", "CNY 720.00", "Art. 27");
    assertThat(exact.chinese()).contains("已列明所需配置", "720.00元", "第27条");
    Map<String, Rejection.Reason> reasons = reasons(exact);
    assertThat(reasons).hasSize(11).doesNotContainKey("ecs.s.c4m8");
    assertThat(reasons.get("ecs.s.c8m16")).isEqualTo(Rejection.Reason.NOT_EXACT);
    assertThat(reasons.get("ecs.c.c4m4")).isEqualTo(Rejection.Reason.UNDER_PROVISIONED);
    assertThat(reasons.get("ecs.s.c32m64")).isEqualTo(Rejection.Reason.OVER_PROVISIONING_BOUND);
  }

  @Test
  void storageByTheGigabyteIsAnExactMatchOfThatManyUnits() {
    ExactMatch exact = (ExactMatch) adapter.adapt(AdaptationRequest.of("block-storage-ssd", storage(500), 2));
    assertThat(exact.item().code()).isEqualTo("ssd.gb");
    assertThat(exact.units()).isEqualByComparingTo("1000");
    assertThat(exact.monthlyTotal()).isEqualTo(Money.of("800.00"));
    assertThat(exact.rejected()).isEmpty();
  }

  @Test
  void aFlavourBetweenTwoIsAdaptedToTheCheapestThatMeetsIt() {
    Adaptation result = adapter.adapt(AdaptationRequest.of("compute", host(6, 12), 2));

    assertThat(result).isInstanceOf(Adapted.class);
    Adapted adapted = (Adapted) result;
    assertThat(adapted.item().code()).isEqualTo("ecs.s.c8m16");
    assertThat(adapted.units()).isEqualByComparingTo("2");
    assertThat(adapted.monthlyTotal()).isEqualTo(Money.of("960.00"));
    assertThat(adapted.overProvisioning())
        .containsExactly(
            new OverProvisioning(Dimension.MEMORY_GIB, BigDecimal.valueOf(12), BigDecimal.valueOf(16)),
            new OverProvisioning(Dimension.VCPU, BigDecimal.valueOf(6), BigDecimal.valueOf(8)));
    assertThat(adapted.overProvisioning().get(0).relativeExcess()).isEqualByComparingTo("0.3333");
    assertThat(adapted.english())
        .contains("does not list 2 × {memory 12 GiB, vcpu 6 core} in compute", "nearest function and configuration (Art. 27)")
        .contains("ecs.s.c8m16", "CNY 960.00", "vcpu: 8 core for 6 (+33.33%)", "within the bound of 100%", "11 other items");
    assertThat(adapted.chinese()).contains("按功能和配置相近原则适配为ecs.s.c8m16", "960.00元", "第27条");

    Map<String, Rejection.Reason> reasons = reasons(adapted);
    assertThat(reasons).hasSize(11);
    assertThat(reasons.get("ecs.c.c8m8")).isEqualTo(Rejection.Reason.UNDER_PROVISIONED); // 8 GiB < 12
    assertThat(reasons.get("ecs.m.c4m32")).isEqualTo(Rejection.Reason.UNDER_PROVISIONED); // 4 cores < 6
    assertThat(reasons.get("ecs.s.c16m32")).isEqualTo(Rejection.Reason.OVER_PROVISIONING_BOUND); // +166.67%
    assertThat(reasons.get("ecs.m.c8m64")).isEqualTo(Rejection.Reason.OVER_PROVISIONING_BOUND); // memory +433.33%
    Rejection c16 = adapted.rejected().stream().filter(r -> r.item().code().equals("ecs.s.c16m32")).findFirst().orElseThrow();
    assertThat(c16.english()).isEqualTo("over-provisions memory: 32 GiB for 12 (+166.67%), beyond the bound of 100%");
    Rejection c8m8 = adapted.rejected().stream().filter(r -> r.item().code().equals("ecs.c.c8m8")).findFirst().orElseThrow();
    assertThat(c8m8.english()).isEqualTo("offers memory 8 GiB, less than the 12 GiB one instance needs");
  }

  @Test
  void aLaxerBoundAdmitsMoreCandidatesAndTheCheapestStillWins() {
    Adapted adapted =
        (Adapted) CatalogAdapter.of(RealisticCatalog.catalog(), AdaptationPolicy.of(BigDecimal.valueOf(10)))
            .adapt(AdaptationRequest.of("compute", host(6, 12), 2));
    assertThat(adapted.item().code()).isEqualTo("ecs.s.c8m16");
    assertThat(reasons(adapted).get("ecs.s.c16m32")).isEqualTo(Rejection.Reason.COSTLIER);
  }

  /** Instances are not pooled: each 1,200 GB bucket takes three 500 GB blocks, so two take six, not five. */
  @Test
  void aPerUnitItemTakesWholeUnitsForEachInstance() {
    Adapted adapted = (Adapted) adapter.adapt(AdaptationRequest.of("object-storage", storage(1200), 2));
    assertThat(adapted.item().code()).isEqualTo("oss.500gb");
    assertThat(adapted.units()).isEqualByComparingTo("6");
    assertThat(adapted.monthlyTotal()).isEqualTo(Money.of("300.00"));
    assertThat(adapted.overProvisioning())
        .containsExactly(new OverProvisioning(Dimension.STORAGE_GB, BigDecimal.valueOf(1200), BigDecimal.valueOf(1500)));
    Rejection terabyte = adapted.rejected().get(0);
    assertThat(terabyte.item().code()).isEqualTo("oss.1tb");
    assertThat(terabyte.reason()).isEqualTo(Rejection.Reason.COSTLIER);
    assertThat(terabyte.english()).isEqualTo("costs CNY 380.00 a month, more than CNY 300.00 for oss.500gb");
  }

  @Test
  void aWholeNumberOfBlocksGivingExactlyTheRequestIsAnExactMatch() {
    ExactMatch exact = (ExactMatch) adapter.adapt(AdaptationRequest.of("object-storage", storage(1024), 1));
    assertThat(exact.item().code()).isEqualTo("oss.1tb");
    assertThat(reasons(exact)).containsEntry("oss.500gb", Rejection.Reason.NOT_EXACT);
  }

  @Test
  void aDatabaseAdaptsOnEveryRequestedDimension() {
    Configuration need =
        Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).with(Dimension.STORAGE_GB, 300).build();
    Adapted adapted = (Adapted) adapter.adapt(AdaptationRequest.of("database-mysql", need, 1));
    assertThat(adapted.item().code()).isEqualTo("rds.mysql.c8m16.s500");
    assertThat(adapted.monthlyTotal()).isEqualTo(Money.of("2100.00"));
    assertThat(reasons(adapted))
        .containsEntry("rds.mysql.c4m8.s200", Rejection.Reason.UNDER_PROVISIONED)
        .containsEntry("rds.mysql.c16m32.s1000", Rejection.Reason.OVER_PROVISIONING_BOUND);
  }

  @Test
  void nothingLargeEnoughIsNotAdaptable() {
    Adaptation result = adapter.adapt(AdaptationRequest.of("compute", host(64, 512), 1));

    assertThat(result).isInstanceOf(NotAdaptable.class);
    NotAdaptable none = (NotAdaptable) result;
    assertThat(none.cause()).isEqualTo(NotAdaptable.Cause.NO_DOMINATING_ITEM);
    assertThat(none.rejected()).hasSize(12).allMatch(r -> r.reason() == Rejection.Reason.UNDER_PROVISIONED);
    assertThat(none.articles()).containsExactly(Article.of(27), Article.of(35));
    assertThat(none.path())
        .containsExactly(NotAdaptable.Step.AUTHORITY_EVALUATION, NotAdaptable.Step.SELF_PROCUREMENT, NotAdaptable.Step.SECURITY_ATTESTATION);
    assertThat(none.path()).extracting(NotAdaptable.Step::article).containsExactly(Article.of(27), Article.of(27), Article.of(35));
    assertThat(none.english()).contains("cannot be adapted", "Art. 27", "evaluation and review by the big-data authority", "Art. 35");
    assertThat(none.chinese()).contains("评估、论证", "自行组织采购", "安全管理要求", "第27条", "第35条");
    Violation violation = none.violation();
    assertThat(violation.code()).isEqualTo(CatalogViolations.NO_ADAPTABLE_ITEM);
    assertThat(violation.article()).isEqualTo(Article.of(27));
    assertThat(violation.facts()).containsEntry("category", "compute").containsEntry("instances", "1");
  }

  @Test
  void onlyItemsBeyondTheBoundIsNotAdaptable() {
    Configuration waf = Configuration.builder().with(RealisticCatalog.DOMAIN, 12).with(RealisticCatalog.QPS, 2_000).build();
    NotAdaptable none = (NotAdaptable) adapter.adapt(AdaptationRequest.of("security", waf, 1));

    assertThat(none.cause()).isEqualTo(NotAdaptable.Cause.OVER_PROVISIONING_BOUND);
    assertThat(none.violation().code()).isEqualTo(CatalogViolations.ADAPTATION_BOUND_EXCEEDED);
    assertThat(none.reason()).contains("beyond the bound of 100%");
    assertThat(reasons(none))
        .containsEntry("sec.waf.std", Rejection.Reason.UNDER_PROVISIONED)
        .containsEntry("sec.waf.pro", Rejection.Reason.OVER_PROVISIONING_BOUND)
        .containsEntry("sec.bastion.50", Rejection.Reason.MISSING_DIMENSION)
        .containsEntry("sec.dbaudit", Rejection.Reason.MISSING_DIMENSION);
    Rejection pro = none.rejected().stream().filter(r -> r.item().code().equals("sec.waf.pro")).findFirst().orElseThrow();
    assertThat(pro.english()).isEqualTo("over-provisions qps: 10000 次/秒 for 2000 (+400%), beyond the bound of 100%");

    Adapted laxer =
        (Adapted) CatalogAdapter.of(RealisticCatalog.catalog(), AdaptationPolicy.of(new BigDecimal("4")))
            .adapt(AdaptationRequest.of("security", waf, 1));
    assertThat(laxer.item().code()).isEqualTo("sec.waf.pro");
  }

  @Test
  void theExactMatchIsChosenEvenWhenAnotherItemIsCheaper() {
    ServiceCatalog catalog =
        ServiceCatalog.of(
            "t", RealisticCatalog.EFFECTIVE,
            List.of(bundle("listed", "4核8G", "compute", host(4, 8), "300"), bundle("bigger", "8核16G", "compute", host(8, 16), "200")));
    ExactMatch exact = (ExactMatch) CatalogAdapter.of(catalog).adapt(AdaptationRequest.of("compute", host(4, 8), 1));
    assertThat(exact.item().code()).isEqualTo("listed");
    assertThat(exact.rejected()).singleElement().extracting(Rejection::reason).isEqualTo(Rejection.Reason.NOT_EXACT);
  }

  @Test
  void aTieOnCostGoesToTheLeastOverProvisioningEvenAgainstAnEarlierCode() {
    ServiceCatalog catalog =
        ServiceCatalog.of(
            "t", RealisticCatalog.EFFECTIVE,
            List.of(bundle("a.c8m16", "8核16G", "compute", host(8, 16), "300"), bundle("b.c4m16", "4核16G", "compute", host(4, 16), "300")));
    Adapted adapted = (Adapted) CatalogAdapter.of(catalog).adapt(AdaptationRequest.of("compute", host(4, 8), 1));
    // both are +100% at worst; b.c4m16 is +0% in vcpu where a.c8m16 is +100% again
    assertThat(adapted.item().code()).isEqualTo("b.c4m16");
    assertThat(adapted.rejected()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(Rejection.Reason.MORE_OVER_PROVISIONED);
      assertThat(r.english()).startsWith("costs the same CNY 300.00 a month as b.c4m16 but over-provisions more");
    });
  }

  @Test
  void aTieOnCostAndOverProvisioningGoesToTheItemCode() {
    ServiceCatalog catalog =
        ServiceCatalog.of(
            "t", RealisticCatalog.EFFECTIVE,
            List.of(bundle("z.c4m8", "4核8G", "compute", host(4, 8), "300"), bundle("y.c8m4", "8核4G", "compute", host(8, 4), "300")));
    Adapted adapted = (Adapted) CatalogAdapter.of(catalog).adapt(AdaptationRequest.of("compute", host(4, 4), 1));
    assertThat(adapted.item().code()).isEqualTo("y.c8m4");
    assertThat(adapted.rejected()).singleElement().extracting(Rejection::reason).isEqualTo(Rejection.Reason.LATER_CODE);
  }

  @Test
  void anAdapterWithoutAPolicyUsesTheStandardOne() {
    AdaptationRequest request = AdaptationRequest.of("compute", host(6, 12), 2);
    assertThat(CatalogAdapter.of(RealisticCatalog.catalog(), AdaptationPolicy.standard()).adapt(request)).isEqualTo(adapter.adapt(request));
    assertThat(adapter.policy()).isEqualTo(AdaptationPolicy.standard());
    assertThat(AdaptationPolicy.standard().maxRelativeExcess()).isEqualByComparingTo("1");
  }

  @Test
  void itemsOfAnotherCategoryAreNeverCompared() {
    CatalogItem cheapHost = bundle("cheap", "便宜主机", "compute-dev", host(64, 512), "1");
    ServiceCatalog catalog = ServiceCatalog.of("t", RealisticCatalog.EFFECTIVE, List.of(cheapHost, bundle("c", "主机", "compute", host(2, 4), "1")));
    NotAdaptable none = (NotAdaptable) CatalogAdapter.of(catalog).adapt(AdaptationRequest.of("compute", host(8, 16), 1));
    assertThat(none.rejected()).extracting(r -> r.item().code()).containsExactly("c");
  }
}
