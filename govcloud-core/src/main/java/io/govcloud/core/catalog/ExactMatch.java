package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The catalog lists the requested configuration: the department selects that item and nothing is
 * adapted (Art. 27, 1st para: departments choose cloud resources from the catalog). An item is an exact
 * match when one instance gets exactly the requested quantity of every requested dimension and the item
 * has no other dimension (for a per-unit item: a whole number of units gives exactly the request). Of
 * several exact matches the cheapest monthly total wins, then the item code. An exact match is chosen
 * even when a non-exact item would be cheaper: adaptation is only for what the catalog does not list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExactMatch implements Adaptation {

  private static final List<Article> ARTICLES = List.of(Article.of(27));

  private final ServiceCatalog catalog;
  private final AdaptationRequest request;
  private final CatalogItem item;
  private final BigDecimal units;
  private final Money monthlyTotal;
  private final Rejections rejections;

  ExactMatch(ServiceCatalog catalog, Demand demand, Fit fit, Rejections rejections) {
    this.catalog = catalog;
    this.request = demand.request;
    this.item = fit.item;
    this.units = fit.units;
    this.monthlyTotal = fit.monthlyTotal();
    this.rejections = rejections;
  }

  @Override
  public ServiceCatalog catalog() {
    return catalog;
  }

  @Override
  public AdaptationRequest request() {
    return request;
  }

  /** {@return the item the catalog lists for the request, not null} */
  public CatalogItem item() {
    return item;
  }

  /** {@return the units of the item for all instances, a whole number of at least 1; not null} */
  public BigDecimal units() {
    return units;
  }

  /** {@return the units times the item's monthly price cap, not null} */
  public Money monthlyTotal() {
    return monthlyTotal;
  }

  @Override
  public List<Rejection> rejected() {
    return rejections.get();
  }

  /** Art. 27. */
  @Override
  public List<Article> articles() {
    return ARTICLES;
  }

  @Override
  public String english() {
    return "Catalog version " + catalog.version() + " lists " + request + " as item " + item.code() + " ("
        + item.name() + "): " + units.toPlainString() + " units of " + item.billingUnit() + ", "
        + monthlyTotal + " a month at the cap; nothing is adapted (" + Article.of(27) + ").";
  }

  @Override
  public String chinese() {
    return "服务目录" + catalog.version() + "版已列明所需配置（" + Wording.inChinese(request.configuration()) + "，"
        + request.instances() + "个实例，类别" + request.category() + "）：" + item.code() + "（"
        + item.name() + "），共" + units.toPlainString() + item.billingUnit() + "，按限价每月"
        + monthlyTotal.amount().toPlainString() + "元，无需适配（" + Article.of(27).toChinese() + "）。";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactMatch other
        && catalog.equals(other.catalog)
        && request.equals(other.request)
        && item.equals(other.item)
        && units.equals(other.units)
        && monthlyTotal.equals(other.monthlyTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog.version(), request, item, units, monthlyTotal);
  }

  @Override
  public String toString() {
    return "ExactMatch[" + request + " → " + units.toPlainString() + " × " + item.code() + ", " + monthlyTotal + "]";
  }
}
