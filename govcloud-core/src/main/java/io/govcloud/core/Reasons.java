package io.govcloud.core;

import java.util.Objects;

/** The check of the reasons a party states for a rejection or a suspension (Art. 19, 20, 42). */
final class Reasons {

  private Reasons() {}

  /**
   * A stated reason, checked.
   *
   * @param reason the reason, not null
   * @return the reason
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is blank
   */
  static String require(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a refusal or suspension must state its reason, not '" + reason + "'");
    }
    return reason;
  }
}
