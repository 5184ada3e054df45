package io.govcloud.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One field an action changed, for the audit trail (rule R9, Art. 16, 44: who, when, what, before and
 * after). The entry point writes each value as JSON text (RFC 8259) that a machine reads back:
 *
 * <ul>
 *   <li>a text, the name of an enum constant ({@code "ACTIVE"}) and an identifier ({@code "res-1"}, any
 *       record of one text, a jurisdiction's code included) are JSON strings;
 *   <li>a decimal is the string of its plain digits with its scale ({@code "2.50"}), an amount of {@link
 *       Money} the string of its yuan with two decimals ({@code "1234.50"}), so that no reader rounds
 *       them; an {@code int} or {@code long} is a JSON number; {@code true}, {@code false};
 *   <li>a date, time, instant, month, year, zone or duration is the string of its ISO-8601 text;
 *   <li>an empty {@code Optional} inside a value is {@code null}; a list is an array in order, a set an
 *       array sorted by the elements' JSON text, a map an object sorted by key;
 *   <li>a record is an object of its components in declaration order; a value type of this package
 *       built by Immutables ({@link CloudResource}, {@link Contract}, ...) an object of its attributes
 *       sorted by name.
 * </ul>
 *
 * <p>A value that is absent, an empty {@code Optional} or an empty collection has no text: {@link
 * #before()} or {@link #after()} is empty. A field created has no before, a field removed no after.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field's name, not blank
 * @param before its value before, or empty if it had none
 * @param after its value after, or empty if it has none
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /**
   * Checks the fields.
   *
   * @param field the field's name, not blank
   * @param before its value before, or empty if it had none
   * @param after its value after, or empty if it has none
   * @throws IllegalArgumentException if the field is not an identifier or a value is not storable
   *     (docs/rules.md#limits)
   */
  public FieldChange {
    Ids.check(field, "field");
    Texts.requireKept(before, "the value before of " + field);
    Texts.requireKept(after, "the value after of " + field);
  }

  /**
   * A change from one value to another; null means none.
   *
   * @param field the field's name, not blank
   * @param before its value before, or empty if it had none
   * @param after its value after, or empty if it has none
   * @return the change; a null {@code before} or {@code after} becomes empty
   */
  public static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
  }
}
