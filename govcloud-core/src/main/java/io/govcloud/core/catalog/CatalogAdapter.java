package io.govcloud.core.catalog;

import io.govcloud.model.Dimension;
import io.govcloud.model.ServiceCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adapts requests to one catalog version (Art. 27; docs/rules.md#r3): a request the catalog lists is an {@link
 * ExactMatch}; one it does not list is {@link Adapted} to the item of nearest function and configuration;
 * one nothing fits is {@link NotAdaptable}, and the department may then self-procure after the authority's
 * evaluation, deploying only what meets the platform's security requirements (Art. 35).
 *
 * <p>The decision rule (docs/rules.md#r3, with the decisions the regulation leaves open):
 *
 * <ol>
 *   <li>Only items of the request's category are compared, and only in the dimensions the request names.
 *   <li>An item is a candidate when every instance gets at least the requested quantity of every
 *       requested dimension. A bundle serves one instance per unit, so it takes as many units as there are
 *       instances. A per-unit item takes, for each instance, the most units any requested dimension needs,
 *       {@code max over dimensions of ceil(requested / per-unit quantity)}, and that many units per
 *       instance: instances are not pooled, because n instances are n separate resources (volumes, lines,
 *       hosts) and a unit serves one of them.
 *   <li>If a candidate gives exactly the request and has no other dimension, the catalog lists the request:
 *       the cheapest such item is an {@link ExactMatch} (Art. 27, 1st para), even if another item is
 *       cheaper.
 *   <li>Otherwise, candidates whose relative excess exceeds the {@link AdaptationPolicy}'s bound in some
 *       dimension are rejected; of the rest, the cheapest monthly total (units × monthly cap) wins; ties go
 *       to the lesser over-provisioning (the largest relative excess, then the next largest, compared
 *       exactly), then to the item code.
 *   <li>No candidate, or none within the bound, is {@link NotAdaptable}; so is a category or a dimension
 *       the catalog version does not have at all (the result names it).
 * </ol>
 *
 * <p>The outcome depends only on the catalog's content and the request, never on the order items were
 * given in: the order of R3 is total, ending with the unique item code.
 *
 * <p>Speed: an adapter indexes the catalog once, by category, with each item's quantities in an array per
 * dimension column and its bundles sorted by each column; adapting a request screens the per-unit items and
 * only those bundles that lie between the request and the bound in its most selective dimension (two
 * binary searches, {@link BundleOrder}), without allocating for an item that is not the best so far; only
 * when none of them is chosen does it pass over the whole category, to tell why. Quantities that are whole
 * numbers at the category's scale (those of any real catalog) are compared in exact {@code long}
 * arithmetic, others in exact {@code BigDecimal} arithmetic, to the same outcome. The rejected items are
 * explained only when {@link Adaptation#rejected()} is called. Indexing is the costly part: keep one
 * adapter per catalog version (and policy) and adapt every request with it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogAdapter {

  private final ServiceCatalog catalog;
  private final AdaptationPolicy policy;
  private final Map<String, CategoryIndex> categories;

  private CatalogAdapter(ServiceCatalog catalog, AdaptationPolicy policy, boolean longArithmetic, boolean sorted) {
    this.catalog = catalog;
    this.policy = policy;
    Map<String, CategoryIndex> indexes = new HashMap<>();
    for (String category : catalog.categories()) {
      indexes.put(category, new CategoryIndex(category, catalog.itemsOf(category), longArithmetic, sorted));
    }
    this.categories = Map.copyOf(indexes);
  }

  /**
   * An adapter for a catalog version under a policy, indexing the catalog once.
   *
   * @param catalog the catalog version, not null
   * @param policy the over-provisioning bound, not null
   * @return the adapter, not null
   * @throws NullPointerException if an argument is null
   */
  public static CatalogAdapter of(ServiceCatalog catalog, AdaptationPolicy policy) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(policy, "policy");
    return new CatalogAdapter(catalog, policy, true, true);
  }

  /** An adapter that compares every quantity in {@code BigDecimal}s: the reference of the tests of the {@code long} path. */
  static CatalogAdapter inBigDecimals(ServiceCatalog catalog, AdaptationPolicy policy) {
    return new CatalogAdapter(catalog, policy, false, false);
  }

  /** An adapter that screens every item of the category, in {@code long}s: the reference of the tests of {@link BundleOrder}. */
  static CatalogAdapter scanningEveryItem(ServiceCatalog catalog, AdaptationPolicy policy) {
    return new CatalogAdapter(catalog, policy, true, false);
  }

  /**
   * An adapter for a catalog version under the {@linkplain AdaptationPolicy#standard() standard policy}.
   *
   * @param catalog the catalog version, not null
   * @return the adapter, not null
   * @throws NullPointerException if the catalog is null
   */
  public static CatalogAdapter of(ServiceCatalog catalog) {
    return of(catalog, AdaptationPolicy.standard());
  }

  /** {@return the catalog version, not null} */
  public ServiceCatalog catalog() {
    return catalog;
  }

  /** {@return the policy, not null} */
  public AdaptationPolicy policy() {
    return policy;
  }

  /**
   * Adapts a request by the rule of the class description.
   *
   * @param request the request, not null
   * @return the outcome, not null
   * @throws NullPointerException if the request is null
   * @throws IllegalArgumentException if the request measures a dimension in another unit than the catalog
   *     (the library never converts units), or the chosen item's monthly total is beyond the range of
   *     {@code Money}
   */
  public Adaptation adapt(AdaptationRequest request) {
    Objects.requireNonNull(request, "request");
    return decide(catalog, policy, categories.get(request.category()), request);
  }

  /** The rule of the class description, on the index of the request's category (null if none). */
  private static Adaptation decide(
      ServiceCatalog catalog, AdaptationPolicy policy, CategoryIndex index, AdaptationRequest request) {
    Dimension unknown = checkUnits(catalog, request);
    if (index == null) {
      return new NotAdaptable(
          catalog, request, policy, NotAdaptable.Cause.UNKNOWN_CATEGORY,
          "it has no item of category " + request.category() + " (its categories: " + catalog.categories() + ")",
          "目录中没有类别" + request.category() + "（现有类别：" + Wording.codes(catalog.categories()) + "）",
          List::of);
    }
    Demand demand = new Demand(request, policy, index);
    Rejections nothingChosen = new Rejections(index, demand, null);
    if (unknown != null) {
      return new NotAdaptable(
          catalog, request, policy, NotAdaptable.Cause.UNKNOWN_DIMENSION,
          "no item has dimension " + unknown + " (its dimensions: " + catalog.dimensions().values() + ")",
          "目录中没有配置项" + unknown.code() + "（现有配置项：" + Wording.dimensionsInChinese(catalog.dimensions().values()) + "）",
          nothingChosen);
    }
    Choice choice = new Choice(index, demand);
    if (!index.visitChoosable(demand, choice) || !choice.chose()) {
      choice = new Choice(index, demand); // every item, to tell why none was chosen (or to choose without the order)
      for (int i = 0; i < index.items.length; i++) {
        choice.visit(i);
      }
    }
    Fit exact = choice.exact;
    Fit adapted = choice.adapted;
    if (exact != null) {
      return new ExactMatch(catalog, demand, exact, new Rejections(index, demand, exact));
    }
    if (adapted != null) {
      return new Adapted(catalog, demand, adapted, new Rejections(index, demand, adapted));
    }
    return choice.anyCandidate
        ? new NotAdaptable(
            catalog, request, policy, NotAdaptable.Cause.OVER_PROVISIONING_BOUND,
            "every item of " + request.category() + " that meets it over-provisions some dimension beyond the bound of "
                + policy.describe(),
            "类别" + request.category() + "中满足需求的服务在某一配置项上的冗余均超出上限" + policy.describe(),
            nothingChosen)
        : new NotAdaptable(
            catalog, request, policy, NotAdaptable.Cause.NO_DOMINATING_ITEM,
            "no item of " + request.category() + " gives one instance at least the requested quantity of every requested dimension",
            "类别" + request.category() + "中没有在每个所需配置项上均不低于需求的服务",
            nothingChosen);
  }

  /**
   * Refuses a dimension the catalog measures in another unit, and returns the first requested dimension
   * the catalog does not have at all, or null.
   */
  private static Dimension checkUnits(ServiceCatalog catalog, AdaptationRequest request) {
    Dimension unknown = null;
    for (Dimension requested : request.configuration().quantities().keySet()) {
      Dimension known = catalog.dimensions().get(requested.code());
      if (known == null) {
        unknown = unknown == null ? requested : unknown;
      } else if (!known.equals(requested)) {
        throw new IllegalArgumentException(
            "the request measures " + requested.code() + " in " + requested.unit() + " but catalog version "
                + catalog.version() + " measures it in " + known.unit() + ": convert the request, units are never converted");
      }
    }
    return unknown;
  }

  @Override
  public String toString() {
    return "CatalogAdapter[" + catalog + ", bound " + policy.describe() + "]";
  }
}
