package io.govcloud.model;

/**
 * The identifier of a reduction case (an idle-capacity reduction under way, Art. 17): a non-blank string of at most 64 characters, chosen by the host or generated
 * by govcloud.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record ReductionCaseId(String value) implements Comparable<ReductionCaseId> {

  /**
   * Checks the identifier.
   *
   * @param value the identifier, not blank, at most 64 characters
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank, longer than 64 characters, padded with white
   *     space or holds a control character
   */
  public ReductionCaseId {
    Ids.check(value, "ReductionCaseId");
  }

  /**
   * The identifier of the given value.
   *
   * @param value the identifier, not blank
   * @return the identifier, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException as the constructor
   */
  public static ReductionCaseId of(String value) {
    return new ReductionCaseId(value);
  }

  @Override
  public int compareTo(ReductionCaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
