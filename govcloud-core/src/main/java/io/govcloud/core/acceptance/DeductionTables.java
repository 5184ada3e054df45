package io.govcloud.core.acceptance;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The versions of the deduction table (Art. 41; rule R7), each in force from its year until the next one's.
 * The library ships none ({@link #none()}): without a table in force for a year, a deduction is refused,
 * never guessed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeductionTables {

  private static final DeductionTables NONE = new DeductionTables(YearVersions.of(List.of(), DeductionTable::effectiveFrom, "tables"));

  private final YearVersions<DeductionTable> versions;

  private DeductionTables(YearVersions<DeductionTable> versions) {
    this.versions = versions;
  }

  /**
   * No table: what the library ships.
   *
   * @return the empty history, not null
   */
  public static DeductionTables none() {
    return NONE;
  }

  /**
   * The versions given, in any order.
   *
   * @param tables the tables, not null
   * @return the history, not null
   * @throws NullPointerException if the list or a table is null
   * @throws IllegalArgumentException if two take effect in the same year
   */
  public static DeductionTables of(List<DeductionTable> tables) {
    return new DeductionTables(YearVersions.of(tables, DeductionTable::effectiveFrom, "deduction tables"));
  }

  /**
   * The table in force for a year of fees, if any.
   *
   * @param year the year, not null
   * @return the table, or empty; not null
   */
  public Optional<DeductionTable> inForce(Year year) {
    return versions.inForce(year);
  }

  /** {@return every version, by effective year; not null} */
  public List<DeductionTable> all() {
    return versions.all();
  }
}
