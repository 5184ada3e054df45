package io.govcloud.model;

/**
 * A level of government whose big-data authority (大数据主管部门) approves, supervises and evaluates:
 * the municipality, or one district or county (区县). Art. 5, 19; docs/rules.md#r9: an authority acts within
 * its level, an auditor reads within its jurisdiction.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code {@code municipal} or a district's code, not blank, at most 64 characters
 */
public record Jurisdiction(String code) {

  /** The municipality (市级). */
  public static final Jurisdiction MUNICIPAL = new Jurisdiction("municipal");

  /**
   * Checks the code.
   *
   * @param code {@code municipal} or a district's code, not blank, at most 64 characters
   * @throws NullPointerException if the code is null
   * @throws IllegalArgumentException if it is blank or too long
   */
  public Jurisdiction {
    Ids.check(code, "Jurisdiction");
  }

  /**
   * A district or county (区县), by its code.
   *
   * @param code {@code municipal} or a district's code, not blank, at most 64 characters
   * @return the jurisdiction
   * @throws NullPointerException if the code is null
   * @throws IllegalArgumentException if the code is blank or longer than 64 characters
   */
  public static Jurisdiction district(String code) {
    return new Jurisdiction(code);
  }

  /** {@return whether this is the municipality} */
  public boolean isMunicipal() {
    return equals(MUNICIPAL);
  }

  @Override
  public String toString() {
    return code;
  }
}
