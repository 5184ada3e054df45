package io.govcloud.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a platform's redundancy ratio (冗余比例, Art. 15; rule R6): the share of allocated
 * capacity that may stay idle, from a day on, and the document of the municipal authority's elastic
 * reallocation rules (弹性调配管理制度) that set it. The version in force on a measurement's date applies
 * to that measurement (see {@link RedundancyPolicy#ratioOn(LocalDate)}).
 *
 * <p>The ratio is an exact decimal: {@code 0.15} is fifteen per cent, exactly; trailing zeros do not
 * matter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ratio the ratio, at least 0 and less than 1, not null
 * @param effectiveFrom the first day it is in force, in the platform's zone; not null
 * @param document the document that set it, e.g. its number and title: not blank, at most 200 characters
 */
public record RedundancyRatio(BigDecimal ratio, LocalDate effectiveFrom, String document) {

  /**
   * Checks the fields.
   *
   * @param ratio the ratio, at least 0 and less than 1, not null
   * @param effectiveFrom the first day it is in force, in the platform's zone; not null
   * @param document the document that set it, e.g. its number and title: not blank, at most 200 characters
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the ratio is negative or not below 1, or the document blank or
   *     longer than 200 characters
   */
  public RedundancyRatio {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (!isValidRatio(ratio)) {
      throw new IllegalArgumentException("a redundancy ratio must be at least 0 and less than 1, not " + ratio.toPlainString());
    }
    Texts.requireName(document, "the document setting the redundancy ratio from " + effectiveFrom);
  }

  /**
   * Whether a decimal is a possible redundancy ratio: at least 0 and less than 1 (Art. 15: a share of the
   * allocated capacity, and a platform that may keep all of it idle has no ratio at all).
   *
   * @param ratio the decimal, not null
   * @return whether {@code 0 <= ratio < 1}
   * @throws NullPointerException if the ratio is null
   */
  public static boolean isValidRatio(BigDecimal ratio) {
    Objects.requireNonNull(ratio, "ratio");
    return ratio.signum() >= 0 && ratio.compareTo(BigDecimal.ONE) < 0;
  }
}
