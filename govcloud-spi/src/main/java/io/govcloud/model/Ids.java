package io.govcloud.model;

import java.util.Objects;

/**
 * The one check of every identifier type: not blank, no white space at either end and no control
 * characters (so that every store compares ids the same way, padding collations included), at most 64
 * characters.
 */
final class Ids {

  /** The longest identifier, in chars; stores size their columns by it. */
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static void check(String value, String type) {
    Objects.requireNonNull(value, type);
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(type + " must not begin or end with white space: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(type + " must not contain control characters (found U+"
            + String.format("%04X", (int) value.charAt(i)) + " at " + i + ")");
      }
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + " must be at most " + MAX_LENGTH + " characters, not " + value.length() + ": " + value.substring(0, 20) + "...");
    }
  }
}
