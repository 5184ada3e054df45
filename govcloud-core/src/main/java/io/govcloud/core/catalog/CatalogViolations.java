package io.govcloud.core.catalog;

/**
 * The refusal codes of the catalog rules (rules R2, R3; Art. 26, 27, 35): stable codes a host matches
 * on. {@link PriceCaps}, {@link RevisionStatus} and {@link NotAdaptable} build the violations, each with
 * its article, a Chinese and an English message, and the offending values as facts.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogViolations {

  /** A contract price above the cap of a catalog version in force while the price is (Art. 26). */
  public static final String PRICE_ABOVE_CAP = "PRICE_ABOVE_CAP";
  /** A contract price for an item that a catalog version in force while the price is does not list (Art. 27). */
  public static final String PRICED_ITEM_NOT_IN_CATALOG = "PRICED_ITEM_NOT_IN_CATALOG";
  /** A contract price in force on days no catalog version is in force: no cap to check it against (Art. 26). */
  public static final String NO_CATALOG_IN_FORCE = "NO_CATALOG_IN_FORCE";
  /** The latest catalog revision is more than 2 years old (Art. 26, 2nd para). */
  public static final String CATALOG_REVISION_OVERDUE = "CATALOG_REVISION_OVERDUE";
  /** No item of the category gives one instance at least the requested quantity of every dimension (Art. 27). */
  public static final String NO_ADAPTABLE_ITEM = "NO_ADAPTABLE_ITEM";
  /** Items meet the request, but every one over-provisions beyond the policy's bound (Art. 27). */
  public static final String ADAPTATION_BOUND_EXCEEDED = "ADAPTATION_BOUND_EXCEEDED";
  /** The catalog version has no item of the requested category (Art. 27). */
  public static final String CATEGORY_NOT_IN_CATALOG = "CATEGORY_NOT_IN_CATALOG";
  /** The catalog version has no item with a requested dimension (Art. 27). */
  public static final String DIMENSION_NOT_IN_CATALOG = "DIMENSION_NOT_IN_CATALOG";

  /** No adaptation policy is in force on the day of the application (Art. 27). */
  public static final String ADAPTATION_POLICY_NOT_IN_FORCE = "ADAPTATION_POLICY_NOT_IN_FORCE";

  private CatalogViolations() {}
}
