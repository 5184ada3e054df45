package io.govcloud.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One field an action changed, for the audit trail (RULES.md R9: who, when, what, before and after).
 * Values are kept as their display text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field's name, not blank
 * @param before its value before, or empty if it had none
 * @param after its value after, or empty if it has none
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

  /** Checks the fields. */
  public FieldChange {
    Ids.check(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** A change from one value to another; null means none. */
  public static FieldChange of(String field, String before, String after) {
    return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
  }
}
