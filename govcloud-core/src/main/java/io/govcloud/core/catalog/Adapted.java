package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Money;
import io.govcloud.model.ServiceCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The request is not in the catalog and is adapted to the item of nearest function and configuration
 * (Art. 27, 2nd para), by the decision rule of docs/rules.md#r3: among the items of the category that give
 * every instance at least the requested quantity of every requested dimension, within the policy's
 * over-provisioning bound, the cheapest monthly total at the cap wins; ties go to the lesser
 * over-provisioning, then to the item code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Adapted implements Adaptation {

  private static final List<Article> ARTICLES = List.of(Article.of(27));

  private final ServiceCatalog catalog;
  private final AdaptationRequest request;
  private final AdaptationPolicy policy;
  private final CatalogItem item;
  private final BigDecimal units;
  private final Money monthlyTotal;
  private final List<OverProvisioning> overProvisioning;
  private final Rejections rejections;

  Adapted(ServiceCatalog catalog, Demand demand, Fit fit, Rejections rejections) {
    this.catalog = catalog;
    this.request = demand.request;
    this.policy = demand.policy;
    this.item = fit.item;
    this.units = fit.units;
    this.monthlyTotal = fit.monthlyTotal();
    this.overProvisioning = fit.overProvisioning(demand);
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

  /** {@return the policy whose bound the item is within, not null} */
  public AdaptationPolicy policy() {
    return policy;
  }

  /** {@return the item the request is adapted to, not null} */
  public CatalogItem item() {
    return item;
  }

  /**
   * The units of the item for all instances, a whole number of at least 1: the number of instances for
   * a bundle; for a per-unit item, the instances times the units one instance takes. Not null.
   *
   * @return the units billed for all instances, at least 1
   */
  public BigDecimal units() {
    return units;
  }

  /** {@return the units times the item's monthly price cap, not null} */
  public Money monthlyTotal() {
    return monthlyTotal;
  }

  /** {@return what one instance gets beyond the request, per requested dimension in dimension order; not null} */
  public List<OverProvisioning> overProvisioning() {
    return overProvisioning;
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
    return "Catalog version " + catalog.version() + " does not list " + request + "; adapted to the item of nearest "
        + "function and configuration (" + Article.of(27) + "): " + item.code() + " (" + item.name() + "), "
        + units.toPlainString() + " units of " + item.billingUnit() + ", " + monthlyTotal
        + " a month at the cap; per instance " + overProvisioning + ", within the bound of " + policy.describe()
        + "; " + rejected().size() + " other items of " + request.category() + " not chosen.";
  }

  @Override
  public String chinese() {
    return "服务目录" + catalog.version() + "版未列明所需配置（" + Wording.inChinese(request.configuration()) + "，"
        + request.instances() + "个实例，类别" + request.category() + "），按功能和配置相近原则适配为"
        + item.code() + "（" + item.name() + "），共" + units.toPlainString() + item.billingUnit() + "，按限价每月"
        + monthlyTotal.amount().toPlainString() + "元；每个实例" + Wording.overProvisioningInChinese(overProvisioning)
        + "，未超出冗余上限" + policy.describe() + "；同类其余" + rejected().size() + "项未选（" + Article.of(27).toChinese()
        + "）。";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Adapted other
        && catalog.equals(other.catalog)
        && request.equals(other.request)
        && policy.equals(other.policy)
        && item.equals(other.item)
        && units.equals(other.units)
        && monthlyTotal.equals(other.monthlyTotal)
        && overProvisioning.equals(other.overProvisioning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog.version(), request, policy, item, units, monthlyTotal);
  }

  @Override
  public String toString() {
    return "Adapted[" + request + " → " + units.toPlainString() + " × " + item.code() + ", " + monthlyTotal + ", "
        + overProvisioning + "]";
  }
}
