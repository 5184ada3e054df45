package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.PriceList;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a contract's prices against the catalog's caps (Art. 26: cloud services are managed by catalog
 * and price cap; Art. 27: departments choose resources from the catalog; docs/rules.md#r2).
 *
 * <p>A price is in force from its effective date until the next price of the same item (or for good); a
 * catalog version from its effective date until the next version. For every price and every catalog
 * version in force at some day while the price is, the version must list the item ({@code
 * PRICED_ITEM_NOT_IN_CATALOG}, Art. 27) at a cap the price does not exceed ({@code PRICE_ABOVE_CAP}, Art. 26).
 * Decision: days of a price before the first catalog version have no cap to check against, and are
 * refused too ({@code NO_CATALOG_IN_FORCE}, Art. 26) rather than assumed to be fine; supply the full
 * catalog history.
 *
 * <p>Violations come in a stable order: by item, then price date, then catalog date. Each names the
 * contract, item, price and its date, the catalog version and, where there is one, the cap; with Chinese
 * and English messages. This class is stateless and thread-safe.
 */
public final class PriceCaps {

  private PriceCaps() {}

  /**
   * Checks every price of a price list against the catalog versions in force while it is.
   *
   * @param prices the contract's price list, not null
   * @param history the catalog versions, not null
   * @return the price list if every price respects the caps, otherwise every violation; not null
   * @throws NullPointerException if an argument is null
   */
  public static Validation<List<Violation>, PriceList> check(PriceList prices, CatalogHistory history) {
    Objects.requireNonNull(prices, "prices");
    return check(prices, prices.prices(), history);
  }

  /**
   * Checks some prices of a price list, e.g. those a supplementary contract adds (Art. 20, 26), against
   * the catalog versions in force while each is, as {@link #check(PriceList, CatalogHistory)} does: a
   * price is in force until the list's next price of its item. The list's other prices are not checked.
   *
   * @param prices the contract's price list, holding the prices to check; not null
   * @param which the prices to check, each in the list; not null
   * @param history the catalog versions, not null
   * @return the price list if every price checked respects the caps, otherwise every violation; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a price to check is not in the list
   */
  public static Validation<List<Violation>, PriceList> check(PriceList prices, Collection<ContractPrice> which, CatalogHistory history) {
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(which, "which");
    Objects.requireNonNull(history, "history");
    Set<ContractPrice> checked = Set.copyOf(which);
    for (ContractPrice price : checked) {
      if (!price.equals(prices.pricesOf(price.item()).get(price.effectiveFrom()))) {
        throw new IllegalArgumentException("the price list of " + prices.contract() + " does not hold " + price);
      }
    }
    List<ServiceCatalog> versions = history.versions();
    List<Violation> violations = new ArrayList<>();
    for (ContractPrice price : prices.prices()) {
      if (!checked.contains(price)) {
        continue;
      }
      LocalDate from = price.effectiveFrom();
      LocalDate until = prices.pricesOf(price.item()).higherKey(from); // exclusive; null: for good
      LocalDate firstCatalog = versions.get(0).effectiveDate();
      if (from.isBefore(firstCatalog)) {
        LocalDate end = until != null && until.isBefore(firstCatalog) ? until : firstCatalog;
        violations.add(noCatalog(prices, price, end.minusDays(1)));
      }
      for (int v = 0; v < versions.size(); v++) {
        ServiceCatalog version = versions.get(v);
        LocalDate versionUntil = v + 1 < versions.size() ? versions.get(v + 1).effectiveDate() : null;
        boolean overlaps =
            (until == null || version.effectiveDate().isBefore(until)) && (versionUntil == null || from.isBefore(versionUntil));
        if (overlaps) {
          check(prices, price, version).ifPresent(violations::add);
        }
      }
    }
    return violations.isEmpty() ? Validation.valid(prices) : Validation.invalid(List.copyOf(violations));
  }

  /**
   * Checks the prices of a list in force on or after a catalog version's effective date against that
   * version, the last one of the history (docs/rules.md#r2: a new version that lowers a cap below a
   * running contract's price, or drops a priced item, is reported, not applied backwards): a price still
   * in force when the version takes effect, or taking effect later, must be of an item it lists, at most
   * its cap.
   *
   * @param prices the contract's price list, not null
   * @param version the catalog version, in force from its effective date for good; not null
   * @return every violation, in the order of {@link #check(PriceList, CatalogHistory)}; empty if none
   * @throws NullPointerException if an argument is null
   */
  public static List<Violation> checkFrom(PriceList prices, ServiceCatalog version) {
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(version, "version");
    List<Violation> violations = new ArrayList<>();
    for (ContractPrice price : prices.prices()) {
      LocalDate until = prices.pricesOf(price.item()).higherKey(price.effectiveFrom()); // exclusive; null: for good
      if (until == null || until.isAfter(version.effectiveDate())) {
        check(prices, price, version).ifPresent(violations::add);
      }
    }
    return List.copyOf(violations);
  }

  private static Optional<Violation> check(PriceList prices, ContractPrice price, ServiceCatalog version) {
    Optional<CatalogItem> item = version.item(price.item());
    if (item.isEmpty()) {
      return Optional.of(
          Violation.of(
                  CatalogViolations.PRICED_ITEM_NOT_IN_CATALOG, Article.of(27),
                  "合同" + prices.contract().value() + "自" + price.effectiveFrom() + "起对" + price.item() + "定价"
                      + price.unitPrice().amount().toPlainString() + "元，但" + version.effectiveDate() + "起施行的服务目录"
                      + version.version() + "版未列明该服务（" + Article.of(27).toChinese() + "）",
                  "Contract " + prices.contract().value() + " prices " + price.item() + " at " + price.unitPrice() + " from "
                      + price.effectiveFrom() + ", but catalog version " + version.version() + ", in force from "
                      + version.effectiveDate() + ", does not list it: departments choose resources from the catalog ("
                      + Article.of(27) + ")")
              .with("contract", prices.contract().value())
              .with("item", price.item())
              .with("price", price.unitPrice().amount().toPlainString())
              .with("priceFrom", price.effectiveFrom())
              .with("catalogVersion", version.version())
              .with("catalogFrom", version.effectiveDate()));
    }
    CatalogItem capped = item.get();
    if (!price.unitPrice().isGreaterThan(capped.monthlyCap())) {
      return Optional.empty();
    }
    return Optional.of(
        Violation.of(
                CatalogViolations.PRICE_ABOVE_CAP, Article.of(26),
                "合同" + prices.contract().value() + "自" + price.effectiveFrom() + "起" + price.item() + "的单价"
                    + price.unitPrice().amount().toPlainString() + "元高于" + version.effectiveDate() + "起施行的服务目录"
                    + version.version() + "版限价" + capped.monthlyCap().amount().toPlainString() + "元（"
                    + Article.of(26).toChinese() + "）",
                "Contract " + prices.contract().value() + " prices " + price.item() + " at " + price.unitPrice() + " from "
                    + price.effectiveFrom() + ", above the cap of " + capped.monthlyCap() + " in catalog version "
                    + version.version() + ", in force from " + version.effectiveDate() + " (" + Article.of(26) + ")")
            .with("contract", prices.contract().value())
            .with("item", price.item())
            .with("price", price.unitPrice().amount().toPlainString())
            .with("priceFrom", price.effectiveFrom())
            .with("cap", capped.monthlyCap().amount().toPlainString())
            .with("catalogVersion", version.version())
            .with("catalogFrom", version.effectiveDate()));
  }

  private static Violation noCatalog(PriceList prices, ContractPrice price, LocalDate lastDayWithout) {
    return Violation.of(
            CatalogViolations.NO_CATALOG_IN_FORCE, Article.of(26),
            "合同" + prices.contract().value() + "自" + price.effectiveFrom() + "起" + price.item() + "的单价"
                + price.unitPrice().amount().toPlainString() + "元，在" + price.effectiveFrom() + "至" + lastDayWithout
                + "期间没有施行中的服务目录，无法核对限价（" + Article.of(26).toChinese() + "）",
            "Contract " + prices.contract().value() + " prices " + price.item() + " at " + price.unitPrice() + " from "
                + price.effectiveFrom() + ", but no catalog version is in force from " + price.effectiveFrom() + " to "
                + lastDayWithout + ", so there is no cap to check it against (" + Article.of(26) + ")")
        .with("contract", prices.contract().value())
        .with("item", price.item())
        .with("price", price.unitPrice().amount().toPlainString())
        .with("priceFrom", price.effectiveFrom())
        .with("withoutCatalogUntil", lastDayWithout);
  }
}
