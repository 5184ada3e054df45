package io.govcloud.model;

import java.util.Objects;

/**
 * An item of the service catalog (政务云服务目录, Art. 26–27; docs/rules.md#r2): what a department may buy,
 * and the monthly price cap (限价) per unit.
 *
 * <p>A {@link Scaling#PER_UNIT} item is bought by quantity (block storage per GB, bandwidth per Mbps):
 * its {@link #configuration()} is that of one unit, and n units provide n times it. A {@link
 * Scaling#BUNDLE} item is a fixed flavour (4 vCPU, 8 GiB): one unit provides its configuration, and more
 * units provide more instances of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the item's code, unique in its catalog version: not blank, at most 64 characters
 * @param name the item's name, not blank
 * @param category the category, e.g. {@code compute}; adaptation only compares items of one category: a
 *     one-line name of at most {@link Limits#MAX_NAME_LENGTH} chars
 * @param billingUnit the unit billed, e.g. {@code 台·月} or {@code GB·月}, not blank
 * @param configuration what one unit provides, not null, not empty
 * @param scaling whether the item scales by quantity or is a fixed bundle, not null
 * @param monthlyCap the monthly price cap per unit, not negative, at most {@link Limits#MAX_UNIT_PRICE}
 */
public record CatalogItem(
    String code,
    String name,
    String category,
    String billingUnit,
    Configuration configuration,
    Scaling scaling,
    Money monthlyCap) {

  /** How an item is bought. */
  public enum Scaling {
    /** Bought by quantity: n units provide n times the configuration of one. */
    PER_UNIT,
    /** A fixed bundle (a flavour). */
    BUNDLE
  }

  /**
   * Checks the fields.
   *
   * @param code the item's code, unique in its catalog version: not blank, at most 64 characters
   * @param name the item's name, not blank
   * @param category the category, e.g. {@code compute}; adaptation only compares items of one category: a
   *     one-line name of at most {@link Limits#MAX_NAME_LENGTH} chars
   * @param billingUnit the unit billed, e.g. {@code 台·月} or {@code GB·月}, not blank
   * @param configuration what one unit provides, not null, not empty
   * @param scaling whether the item scales by quantity or is a fixed bundle, not null
   * @param monthlyCap the monthly price cap per unit, not negative
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank, the category not a one-line name within {@link
   *     Limits#MAX_NAME_LENGTH} (docs/rules.md#limits), the configuration empty or the cap negative or
   *     above {@link Limits#MAX_UNIT_PRICE}
   */
  public CatalogItem {
    Ids.check(code, "CatalogItem code");
    requireText(name, "name", code);
    // a category is kept with every adaptation (VARCHAR(200)) and every bill line: a one-line name
    Objects.requireNonNull(category, "category");
    Texts.requireLine(category, "catalog item " + code + ": category");
    requireText(billingUnit, "billingUnit", code);
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(monthlyCap, "monthlyCap");
    if (configuration.isEmpty()) {
      throw new IllegalArgumentException("catalog item " + code + " has an empty configuration");
    }
    if (monthlyCap.isNegative()) {
      throw new IllegalArgumentException("catalog item " + code + " has a negative price cap " + monthlyCap);
    }
    Limits.requireUnitPrice(monthlyCap, "the price cap of catalog item " + code);
  }

  private static void requireText(String text, String field, String code) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException("catalog item " + code + ": " + field + " must not be blank");
    }
  }
}
