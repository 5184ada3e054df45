package io.govcloud.model;

import java.util.Objects;

/** The one check of every identifier type. */
final class Ids {

  /** The longest identifier, in chars; stores size their columns by it. */
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static void check(String value, String type) {
    Objects.requireNonNull(value, type);
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + " must be at most " + MAX_LENGTH + " characters, not " + value.length() + ": " + value.substring(0, 20) + "...");
    }
  }
}
