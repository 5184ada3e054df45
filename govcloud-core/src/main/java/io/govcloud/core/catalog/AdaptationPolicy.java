package io.govcloud.core.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number docs/rules.md#r3 leaves to configuration: how much an adapted item may over-provision.
 *
 * <p>Art. 27 adapts a request to the item "of nearest function and configuration"; an item offering far
 * more than asked is not near. Decision: the measure is the <em>relative excess</em> of one instance in
 * one requested dimension, {@code (provided − requested) / requested}, and the bound applies to every
 * requested dimension of every candidate: a candidate whose relative excess in some dimension exceeds
 * the bound is rejected, and when no dominating candidate is within the bound the request is not
 * adaptable. Comparisons against the bound are exact ({@code provided ≤ (1 + bound) × requested}).
 *
 * <p>The default, {@link #standard()}, is 1 (100%): an adapted item never offers more than twice what was
 * asked in any requested dimension (4 vCPU for 3 is 33% over, allowed; 16 GiB for 4 is 300% over, not).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxRelativeExcess the largest relative excess allowed in any requested dimension, 0 or more
 *     (0.5 = 50%); not null
 */
public record AdaptationPolicy(BigDecimal maxRelativeExcess) {

  private static final AdaptationPolicy STANDARD = new AdaptationPolicy(BigDecimal.ONE);

  /**
   * Checks the bound.
   *
   * @param maxRelativeExcess the largest relative excess allowed in any requested dimension, 0 or more
   *     (0.5 = 50%); not null
   * @throws NullPointerException if the bound is null
   * @throws IllegalArgumentException if the bound is negative
   */
  public AdaptationPolicy {
    Objects.requireNonNull(maxRelativeExcess, "maxRelativeExcess");
    if (maxRelativeExcess.signum() < 0) {
      throw new IllegalArgumentException(
          "the over-provisioning bound must be 0 or more, not " + maxRelativeExcess.toPlainString());
    }
    maxRelativeExcess = maxRelativeExcess.stripTrailingZeros();
  }

  /**
   * The default policy: at most 100% over-provisioning in any requested dimension.
   *
   * @return the policy, not null
   */
  public static AdaptationPolicy standard() {
    return STANDARD;
  }

  /**
   * A policy with the given bound.
   *
   * @param maxRelativeExcess the largest relative excess allowed, 0 or more (0.5 = 50%); not null
   * @return the policy, not null
   * @throws NullPointerException if the bound is null
   * @throws IllegalArgumentException if the bound is negative
   */
  public static AdaptationPolicy of(BigDecimal maxRelativeExcess) {
    return new AdaptationPolicy(maxRelativeExcess);
  }

  /** {@return the bound as a percentage, e.g. {@code 100%}; not null} */
  public String describe() {
    return Wording.percent(maxRelativeExcess);
  }
}
