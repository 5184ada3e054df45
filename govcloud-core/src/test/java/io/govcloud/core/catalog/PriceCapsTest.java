package io.govcloud.core.catalog;

import static io.govcloud.core.catalog.RealisticCatalog.bundle;
import static io.govcloud.core.catalog.RealisticCatalog.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Money;
import io.govcloud.model.PriceList;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prices against caps (Art. 26, 27). The history: version 2023 from 2023-03-01 (c1m1 ≤ 40, c2m4 ≤ 180,
 * c4m8 ≤ 360) and version 2025 from 2025-01-01 (c2m4 ≤ 150, c4m8 ≤ 300; c1m1 dropped).
 */
class PriceCapsTest {

  private static final LocalDate V2023 = LocalDate.of(2023, 3, 1);
  private static final LocalDate V2025 = LocalDate.of(2025, 1, 1);

  private final CatalogHistory history =
      CatalogHistory.of(
          ServiceCatalog.of(
              "2023", V2023,
              List.of(
                  bundle("c1m1", "1核1G", "compute", host(1, 1), "40"),
                  bundle("c2m4", "2核4G", "compute", host(2, 4), "180"),
                  bundle("c4m8", "4核8G", "compute", host(4, 8), "360"))),
          ServiceCatalog.of(
              "2025", V2025,
              List.of(bundle("c2m4", "2核4G", "compute", host(2, 4), "150"), bundle("c4m8", "4核8G", "compute", host(4, 8), "300"))));

  private static PriceList prices(ContractPrice... prices) {
    return PriceList.of(ContractId.of("CQ-2023-017"), ProviderId.of("provider-a"), List.of(prices));
  }

  private static ContractPrice price(String item, String amount, int year, int month, int day) {
    return ContractPrice.of(item, Money.of(amount), LocalDate.of(year, month, day));
  }

  private List<Violation> violations(PriceList list) {
    Validation<List<Violation>, PriceList> checked = PriceCaps.check(list, history);
    assertThat(checked.isInvalid()).isTrue();
    return checked.getError();
  }

  @Test
  void pricesAtOrBelowEveryCapInForceAreValid() {
    PriceList list =
        prices(
            price("c2m4", "170", 2023, 6, 1), // under 180; replaced the day the 150 cap applies
            price("c2m4", "150", 2025, 1, 1), // at the cap
            price("c4m8", "300", 2023, 6, 1)); // under 360, then at 300
    Validation<List<Violation>, PriceList> checked = PriceCaps.check(list, history);
    assertThat(checked.isValid()).isTrue();
    assertThat(checked.get()).isSameAs(list);
  }

  @Test
  void aPriceStillInForceUnderALowerCapIsRefusedNamingItemPriceCapAndVersion() {
    List<Violation> violations = violations(prices(price("c2m4", "170", 2023, 6, 1), price("c2m4", "140", 2025, 3, 1)));

    assertThat(violations).hasSize(1);
    Violation above = violations.get(0);
    assertThat(above.code()).isEqualTo(CatalogViolations.PRICE_ABOVE_CAP);
    assertThat(above.article()).isEqualTo(Article.of(26));
    assertThat(above.facts())
        .containsEntry("contract", "CQ-2023-017")
        .containsEntry("item", "c2m4")
        .containsEntry("price", "170.00")
        .containsEntry("priceFrom", "2023-06-01")
        .containsEntry("cap", "150.00")
        .containsEntry("catalogVersion", "2025")
        .containsEntry("catalogFrom", "2025-01-01");
    assertThat(above.english())
        .isEqualTo("Contract CQ-2023-017 prices c2m4 at CNY 170.00 from 2023-06-01, above the cap of CNY 150.00 in catalog "
            + "version 2025, in force from 2025-01-01 (Art. 26)");
    assertThat(above.chinese()).contains("170.00元高于", "限价150.00元", "第26条");
  }

  @Test
  void anItemTheVersionInForceNoLongerListsIsRefused() {
    List<Violation> violations = violations(prices(price("c1m1", "35", 2023, 6, 1)));

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
      assertThat(v.article()).isEqualTo(Article.of(27));
      assertThat(v.facts()).containsEntry("item", "c1m1").containsEntry("catalogVersion", "2025").doesNotContainKey("cap");
      assertThat(v.english()).contains("catalog version 2025, in force from 2025-01-01, does not list it");
      assertThat(v.chinese()).contains("未列明该服务", "第27条");
    });
  }

  @Test
  void aPriceFromAfterALaterVersionIsCheckedOnlyAgainstIt() {
    List<Violation> violations = violations(prices(price("c1m1", "45", 2025, 6, 1)));
    // 45 is above the 2023 cap of 40, but that version is no longer in force from 2025-06-01
    assertThat(violations).extracting(Violation::code).containsExactly(CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
  }

  @Test
  void daysBeforeTheFirstCatalogHaveNoCapAndAreRefused() {
    List<Violation> violations = violations(prices(price("c4m8", "300", 2023, 1, 1)));
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(CatalogViolations.NO_CATALOG_IN_FORCE);
      assertThat(v.article()).isEqualTo(Article.of(26));
      assertThat(v.facts()).containsEntry("withoutCatalogUntil", "2023-02-28");
      assertThat(v.english()).contains("no catalog version is in force from 2023-01-01 to 2023-02-28");
    });
    List<Violation> shortLived = violations(prices(price("c4m8", "300", 2023, 1, 1), price("c4m8", "290", 2023, 2, 1)));
    assertThat(shortLived).extracting(v -> v.facts().get("withoutCatalogUntil")).containsExactly("2023-01-31", "2023-02-28");
  }

  @Test
  void everyViolationIsReportedByItemThenPriceDateThenCatalogDate() {
    List<Violation> violations =
        violations(prices(price("c2m4", "190", 2023, 6, 1), price("c1m1", "35", 2023, 6, 1), price("c4m8", "300", 2023, 6, 1)));
    assertThat(violations)
        .extracting(v -> v.code() + " " + v.facts().get("item") + " " + v.facts().get("catalogVersion"))
        .containsExactly(
            "PRICED_ITEM_NOT_IN_CATALOG c1m1 2025",
            "PRICE_ABOVE_CAP c2m4 2023",
            "PRICE_ABOVE_CAP c2m4 2025");
  }

  @Test
  void nullsAreRefusedByName() {
    PriceList list = prices(price("c2m4", "150", 2025, 1, 1));
    assertThatThrownBy(() -> PriceCaps.check(null, history)).isInstanceOf(NullPointerException.class).hasMessage("prices");
    assertThatThrownBy(() -> PriceCaps.check(list, null)).isInstanceOf(NullPointerException.class).hasMessage("history");
  }

  @Test
  void onlyThePricesGivenAreCheckedEachInForceUntilTheListsNextPriceOfItsItem() {
    ContractPrice old = price("c2m4", "170", 2023, 6, 1); // above the 2025 cap until replaced
    ContractPrice revised = price("c2m4", "150", 2025, 2, 1);
    ContractPrice dear = price("c4m8", "320", 2024, 1, 1); // under 360, then above 300 from 2025
    PriceList list = prices(old, revised, dear);
    assertThat(PriceCaps.check(list, List.of(revised), history).isValid()).isTrue(); // the old price is not checked
    List<Violation> checked = PriceCaps.check(list, List.of(revised, dear), history).getError();
    assertThat(checked).extracting(v -> v.facts().get("item") + " " + v.facts().get("catalogVersion")).containsExactly("c4m8 2025");
    assertThatThrownBy(() -> PriceCaps.check(list, List.of(price("c2m4", "1", 2026, 1, 1)), history))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewVersionIsCheckedAgainstThePricesInForceOnOrAfterItsDateOnly() {
    ServiceCatalog lowered = ServiceCatalog.of("2027", LocalDate.of(2027, 1, 1), List.of(bundle("c2m4", "2核4G", "compute", host(2, 4), "120")));
    PriceList list = prices(price("c2m4", "170", 2023, 6, 1), price("c2m4", "110", 2027, 1, 1), price("c4m8", "300", 2025, 1, 1),
        price("c1m1", "30", 2026, 1, 1));
    List<Violation> found = PriceCaps.checkFrom(list, lowered); // 170 ends the day 2027 begins; c4m8 and c1m1 are not listed
    assertThat(found).extracting(Violation::code).containsExactly(CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG, CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG);
    assertThat(found).extracting(v -> v.facts().get("item")).containsExactly("c1m1", "c4m8");
    List<Violation> above = PriceCaps.checkFrom(prices(price("c2m4", "121", 2028, 1, 1), price("c2m4", "119", 2026, 1, 1)), lowered);
    assertThat(above).singleElement().satisfies(v -> assertThat(v.facts()).containsEntry("price", "121.00").containsEntry("cap", "120.00")
        .containsEntry("catalogVersion", "2027"));
  }
}
