package io.govcloud.model;

/**
 * The identifier of a utilization record (a measurement of idle capacity, Art. 16): a non-blank string of at most 64 characters, chosen by the host or generated
 * by govcloud.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record UtilizationRecordId(String value) implements Comparable<UtilizationRecordId> {

  /**
   * Checks the identifier.
   *
   * @param value the identifier, not blank, at most 64 characters
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank, longer than 64 characters, padded with white
   *     space or holds a control character
   */
  public UtilizationRecordId {
    Ids.check(value, "UtilizationRecordId");
  }

  /**
   * The identifier of the given value.
   *
   * @param value the identifier, not blank
   * @return the identifier, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException as the constructor
   */
  public static UtilizationRecordId of(String value) {
    return new UtilizationRecordId(value);
  }

  @Override
  public int compareTo(UtilizationRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
