package io.govcloud.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A configuration: a positive quantity for each of some dimensions, such as {@code vcpu 4, memory 8}
 * (docs/rules.md#r2, #r3). Quantities are exact decimals; trailing zeros do not matter ({@code 8} equals
 * {@code 8.0}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Configuration {

  private static final Configuration EMPTY = new Configuration(new TreeMap<>());

  private final SortedMap<Dimension, BigDecimal> quantities;

  private Configuration(SortedMap<Dimension, BigDecimal> quantities) {
    this.quantities = Collections.unmodifiableSortedMap(quantities);
  }

  /**
   * A configuration of the given quantities.
   *
   * @param quantities the quantity of each dimension, not null; every quantity positive
   * @return the configuration, not null
   * @throws IllegalArgumentException if a quantity is zero or negative, or two dimensions share a code
   */
  public static Configuration of(Map<Dimension, BigDecimal> quantities) {
    Objects.requireNonNull(quantities, "quantities");
    SortedMap<Dimension, BigDecimal> copy = new TreeMap<>();
    Map<String, Dimension> byCode = new TreeMap<>();
    quantities.forEach(
        (dimension, quantity) -> {
          Objects.requireNonNull(dimension, "dimension");
          Objects.requireNonNull(quantity, "quantity of " + dimension);
          if (quantity.signum() <= 0) {
            throw new IllegalArgumentException(
                "the quantity of " + dimension + " must be positive, not " + quantity.toPlainString());
          }
          Dimension other = byCode.putIfAbsent(dimension.code(), dimension);
          if (other != null) {
            throw new IllegalArgumentException(
                "dimension " + dimension.code() + " appears with two units: " + other.unit() + " and " + dimension.unit());
          }
          copy.put(dimension, quantity.stripTrailingZeros());
        });
    return new Configuration(copy);
  }

  /** {@return the empty configuration} */
  public static Configuration empty() {
    return EMPTY;
  }

  /** {@return a configuration builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the quantities by dimension, sorted by dimension; not null} */
  public SortedMap<Dimension, BigDecimal> quantities() {
    return quantities;
  }

  /**
   * The quantity of a dimension, if the configuration has it.
   *
   * @param dimension the dimension, not null
   * @return its quantity in the dimension's unit, or empty if the configuration does not have it
   * @throws NullPointerException if the dimension is null
   */
  public Optional<BigDecimal> quantity(Dimension dimension) {
    return Optional.ofNullable(quantities.get(Objects.requireNonNull(dimension, "dimension")));
  }

  /** {@return whether the configuration has no dimension} */
  public boolean isEmpty() {
    return quantities.isEmpty();
  }

  /**
   * This configuration with every quantity multiplied by a positive factor (n units of a per-unit item).
   *
   * @param factor the factor, positive, such as the quantity of a per-unit item
   * @return the scaled configuration, with the same dimensions
   * @throws NullPointerException if the factor is null
   * @throws IllegalArgumentException if the factor is not positive
   */
  public Configuration times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("factor must be positive, not " + factor.toPlainString());
    }
    SortedMap<Dimension, BigDecimal> scaled = new TreeMap<>();
    quantities.forEach((d, q) -> scaled.put(d, q.multiply(factor).stripTrailingZeros()));
    return new Configuration(scaled);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Configuration other && quantities.equals(other.quantities);
  }

  @Override
  public int hashCode() {
    return quantities.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    quantities.forEach(
        (d, q) -> text.append(text.length() > 1 ? ", " : "").append(d.code()).append(' ').append(q.toPlainString()).append(' ').append(d.unit()));
    return text.append('}').toString();
  }

  /** Builds a {@link Configuration}; not thread-safe. */
  public static final class Builder {
    private final Map<Dimension, BigDecimal> quantities = new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets a dimension's quantity, replacing one set before.
     *
     * @param dimension the dimension, not null
     * @param quantity the quantity in the dimension's unit, not null; checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder with(Dimension dimension, BigDecimal quantity) {
      quantities.put(Objects.requireNonNull(dimension, "dimension"), Objects.requireNonNull(quantity, "quantity"));
      return this;
    }

    /**
     * Sets a dimension's whole quantity, replacing one set before.
     *
     * @param dimension the dimension, not null
     * @param quantity the quantity in the dimension's unit; checked by {@link #build()}
     * @return this builder
     * @throws NullPointerException if the dimension is null
     */
    public Builder with(Dimension dimension, long quantity) {
      return with(dimension, BigDecimal.valueOf(quantity));
    }

    /**
     * The configuration.
     *
     * @return the configuration of the quantities set, not null
     * @throws IllegalArgumentException as {@link Configuration#of(Map)}
     */
    public Configuration build() {
      return Configuration.of(quantities);
    }
  }
}
