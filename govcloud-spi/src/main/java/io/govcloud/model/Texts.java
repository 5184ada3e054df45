package io.govcloud.model;

/** The checks of names and versions shared by the aggregates. */
final class Texts {

  /** The longest name, in chars. */
  static final int MAX_NAME = 200;

  private Texts() {}

  static void requireName(String name, String owner) {
    if (name == null) {
      // the message is built only when it is needed: this check runs on every bill line
      throw new NullPointerException("name of " + owner);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("the name of " + owner + " must not be blank");
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("the name of " + owner + " must be at most " + MAX_NAME + " characters");
    }
  }

  static void requireVersion(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative: " + version);
    }
  }
}
