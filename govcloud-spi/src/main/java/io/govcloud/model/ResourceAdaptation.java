package io.govcloud.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How an application for a configuration the catalog does not list was adapted to the item of nearest
 * function and configuration (Art. 27; docs/rules.md#r3), kept on the resource it created: what was asked
 * (the category, the configuration of one instance and the number of instances), the catalog version and
 * the adaptation policy in force that day, the item chosen with its units and monthly total at the cap,
 * what one instance gets beyond the request in each requested dimension, every other item of the
 * category with the reason it was not chosen, and the decision explained in Chinese and English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param catalogVersion the catalog version in force on the day of the application, not blank
 * @param category the category asked for, not blank
 * @param instances the number of instances asked for, at least 1
 * @param item the item chosen, a valid identifier
 * @param units the units of the item for all instances, positive (the resource's requested quantity)
 * @param monthlyTotal the units times the item's monthly price cap, not negative
 * @param policyEffectiveFrom the first day of the adaptation policy applied, not null
 * @param maxRelativeExcess that policy's bound on over-provisioning in any requested dimension (1 = 100%),
 *     not negative
 * @param provisions per requested dimension, in dimension order: what one instance asked and gets; not
 *     empty
 * @param rejected every other item of the category, with the reason it was not chosen; not null
 * @param chinese the decision explained in Chinese, not blank
 * @param english the decision explained in English, not blank
 */
public record ResourceAdaptation(
    String catalogVersion,
    String category,
    long instances,
    String item,
    BigDecimal units,
    Money monthlyTotal,
    LocalDate policyEffectiveFrom,
    BigDecimal maxRelativeExcess,
    List<Provision> provisions,
    List<RejectedItem> rejected,
    String chinese,
    String english) {

  /**
   * What one instance asked for and gets in one requested dimension.
   *
   * @param dimension the dimension's code, not blank
   * @param unit the dimension's unit, not blank
   * @param requested what one instance asked for, positive
   * @param provided what one instance gets, at least {@code requested}
   */
  public record Provision(String dimension, String unit, BigDecimal requested, BigDecimal provided) {
    /**
     * Checks the fields.
     *
     * @param dimension the dimension's code, not blank
     * @param unit the dimension's unit, not blank
     * @param requested what one instance asked for, positive
     * @param provided what one instance gets, at least {@code requested}
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a text is blank, the request not positive or the provision short of it
     */
    public Provision {
      requireText(dimension, "dimension");
      requireText(unit, "unit");
      Objects.requireNonNull(requested, "requested");
      Objects.requireNonNull(provided, "provided");
      if (requested.signum() <= 0 || provided.compareTo(requested) < 0) {
        throw new IllegalArgumentException("an adaptation provides at least a positive request in " + dimension + ", not "
            + provided.toPlainString() + " for " + requested.toPlainString());
      }
    }
  }

  /**
   * An item of the category not chosen, and why.
   *
   * @param item the item's code, a valid identifier
   * @param reason the reason's stable code (e.g. {@code UNDER_PROVISIONED}, {@code COSTLIER}), not blank
   * @param chinese the reason with its figures in Chinese, not blank
   * @param english the reason with its figures in English, not blank
   */
  public record RejectedItem(String item, String reason, String chinese, String english) {
    /**
     * Checks the fields.
     *
     * @param item the item's code, a valid identifier
     * @param reason the reason's stable code, not blank
     * @param chinese the reason with its figures in Chinese, not blank
     * @param english the reason with its figures in English, not blank
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the item is not a valid identifier or a text is blank
     */
    public RejectedItem {
      Ids.check(item, "rejected item");
      requireText(reason, "reason");
      requireText(chinese, "chinese");
      requireText(english, "english");
    }
  }

  /**
   * Checks the fields and copies the lists.
   *
   * @param catalogVersion the catalog version in force on the day of the application, not blank
   * @param category the category asked for, not blank
   * @param instances the number of instances asked for, at least 1
   * @param item the item chosen, a valid identifier
   * @param units the units of the item for all instances, positive
   * @param monthlyTotal the units times the item's monthly price cap, not negative
   * @param policyEffectiveFrom the first day of the adaptation policy applied, not null
   * @param maxRelativeExcess that policy's bound on over-provisioning, not negative
   * @param provisions per requested dimension, in dimension order; not empty
   * @param rejected every other item of the category, with the reason it was not chosen; not null
   * @param chinese the decision explained in Chinese, not blank
   * @param english the decision explained in English, not blank
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a text is blank, the item not a valid identifier, the instances or
   *     units not positive, the total or bound negative, or no dimension provided
   */
  public ResourceAdaptation {
    requireText(catalogVersion, "catalogVersion");
    requireText(category, "category");
    Ids.check(item, "item");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(monthlyTotal, "monthlyTotal");
    Objects.requireNonNull(policyEffectiveFrom, "policyEffectiveFrom");
    Objects.requireNonNull(maxRelativeExcess, "maxRelativeExcess");
    provisions = List.copyOf(provisions);
    rejected = List.copyOf(rejected);
    requireText(chinese, "chinese");
    requireText(english, "english");
    if (instances < 1 || units.signum() <= 0) {
      throw new IllegalArgumentException("an adaptation to " + item + " needs positive instances and units, not "
          + instances + " and " + units.toPlainString());
    }
    if (monthlyTotal.isNegative() || maxRelativeExcess.signum() < 0) {
      throw new IllegalArgumentException("an adaptation to " + item + " has a negative total or bound");
    }
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("an adaptation to " + item + " must say what each requested dimension gets");
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " of an adaptation must not be blank");
    }
    Texts.requireKept(value, name + " of an adaptation");
  }
}
