package io.govcloud.model;

import java.util.Objects;

/**
 * A named dimension of a catalog item's configuration, with its unit: vCPU, memory in GiB, storage in
 * GB, bandwidth in Mbps, or any other a catalog defines (docs/rules.md#r2). Two dimensions are the same when
 * their codes and units are equal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the dimension's code, e.g. {@code vcpu}: not blank, at most 64 characters
 * @param unit the unit of its quantities, e.g. {@code core}: not blank, at most 64 characters (a store keys
 *     the reduction cases of a dimension by code and unit)
 */
public record Dimension(String code, String unit) implements Comparable<Dimension> {

  /** Virtual CPU cores. */
  public static final Dimension VCPU = new Dimension("vcpu", "core");
  /** Memory in GiB. */
  public static final Dimension MEMORY_GIB = new Dimension("memory", "GiB");
  /** Storage in GB. */
  public static final Dimension STORAGE_GB = new Dimension("storage", "GB");
  /** Bandwidth in Mbps. */
  public static final Dimension BANDWIDTH_MBPS = new Dimension("bandwidth", "Mbps");

  /**
   * Checks the fields.
   *
   * @param code the dimension's code, e.g. {@code vcpu}: not blank, at most 64 characters
   * @param unit the unit of its quantities, e.g. {@code core}: not blank, at most 64 characters (a store keys
   *     the reduction cases of a dimension by code and unit)
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank, longer than 64 characters, padded with white
   *     space or holds a control character
   */
  public Dimension {
    Ids.check(code, "Dimension code");
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("the unit of dimension " + code + " must not be blank");
    }
    Ids.check(unit, "the unit of dimension " + code);
  }

  /**
   * A dimension of the given code and unit.
   *
   * @param code the dimension's code, e.g. {@code vcpu}: not blank, at most 64 characters
   * @param unit the unit of its quantities, e.g. {@code core}: not blank, at most 64 characters (a store keys
   *     the reduction cases of a dimension by code and unit)
   * @return the dimension
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or longer than 64 characters
   */
  public static Dimension of(String code, String unit) {
    return new Dimension(code, unit);
  }

  @Override
  public int compareTo(Dimension other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : unit.compareTo(other.unit);
  }

  @Override
  public String toString() {
    return code + "[" + unit + "]";
  }
}
