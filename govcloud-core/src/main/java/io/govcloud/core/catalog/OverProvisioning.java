package io.govcloud.core.catalog;

import io.govcloud.model.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much one instance of an adapted item offers beyond the request in one requested dimension
 * (docs/rules.md#r3): for a bundle its configuration, for a per-unit item the units one instance takes times the
 * configuration of a unit.
 *
 * <p>Quantities are kept without trailing zeros, so equality is by numeric value ({@code 1500} equals
 * {@code 1.5E+3}). This class is immutable and thread-safe.
 *
 * @param dimension the requested dimension, not null
 * @param requested what one instance asked for, positive; not null
 * @param provided what one instance gets, at least {@code requested}; not null
 */
public record OverProvisioning(Dimension dimension, BigDecimal requested, BigDecimal provided) {

  /**
   * Checks the quantities.
   *
   * @param dimension the requested dimension, not null
   * @param requested what one instance asked for, positive; not null
   * @param provided what one instance gets, at least {@code requested}; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the request is not positive or the provision falls short of it
   */
  public OverProvisioning {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(provided, "provided");
    if (requested.signum() <= 0) {
      throw new IllegalArgumentException("the requested " + dimension + " must be positive, not " + requested.toPlainString());
    }
    if (provided.compareTo(requested) < 0) {
      throw new IllegalArgumentException(
          "an adapted item never under-provisions: " + dimension + " provided " + provided.toPlainString()
              + " < requested " + requested.toPlainString());
    }
    requested = requested.stripTrailingZeros();
    provided = provided.stripTrailingZeros();
  }

  /** {@return the excess, {@code provided − requested}, 0 or more; not null} */
  public BigDecimal excess() {
    return provided.subtract(requested);
  }

  /**
   * The relative excess, {@code (provided − requested) / requested}, rounded half-up to 4 decimals for
   * display (0.3333 for 33.33%); decisions compare the exact ratio. Not null.
   *
   * @return the relative excess, rounded to 4 decimals, not negative
   */
  public BigDecimal relativeExcess() {
    return excess().divide(requested, 4, RoundingMode.HALF_UP);
  }

  /** {@return whether the item offers exactly what was asked in this dimension} */
  public boolean isExact() {
    return provided.compareTo(requested) == 0;
  }

  /**
   * The over-provisioning in Chinese, as {@code 虚拟处理器：提供4核，需求3核（超出33.33%）}.
   *
   * @return the text, wholly Chinese but for a host-defined dimension's code; not null
   */
  public String chinese() {
    return Wording.inChinese(dimension) + "：提供" + Wording.inChinese(provided, dimension) + "，需求"
        + Wording.inChinese(requested, dimension) + "（超出" + Wording.percent(excess(), requested) + "）";
  }

  /** As {@code vcpu: 4 core for 3 (+33.33%)}. */
  @Override
  public String toString() {
    return dimension.code() + ": " + provided.toPlainString() + " " + dimension.unit() + " for "
        + requested.toPlainString() + " (+" + Wording.percent(excess(), requested) + ")";
  }
}
