package io.govcloud.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The one check of every identifier type (docs/rules.md#limits): not blank, no white space at either end,
 * at most {@link Limits#MAX_ID_LENGTH} chars, printable (no control, format, bidirectional, line or
 * paragraph separator characters and no lone surrogates) and in Unicode normalization form C, so that
 * every store compares ids the same way (padding collations included) and two ids that look the same are
 * the same id. A text outside these limits is refused, never altered.
 */
final class Ids {

  /** The longest identifier, in chars; stores size their columns by it. */
  static final int MAX_LENGTH = Limits.MAX_ID_LENGTH;

  private Ids() {}

  static void check(String value, String type) {
    Objects.requireNonNull(value, type);
    if (isPlainAscii(value)) {
      return; // printable ASCII is in form C: the common case, checked without the normalizer's buffers
    }
    checkFully(value, type);
  }

  /** The check of any text, through every rule and the normalizer. */
  static void checkFully(String value, String type) {
    Objects.requireNonNull(value, type);
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + " must be at most " + MAX_LENGTH + " characters, not " + value.length() + ": " + Texts.quote(value.substring(0, 20)) + "...");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(type + " must not begin or end with white space: " + Texts.quote(value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Texts.isLoneSurrogate(value, i)) {
        throw new IllegalArgumentException(type + " must not contain a lone surrogate (U+"
            + String.format("%04X", (int) c) + " at " + i + "): " + Texts.quote(value));
      }
      if (Character.isHighSurrogate(c)) {
        i++;
        continue;
      }
      int kind = Character.getType(c);
      if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.LINE_SEPARATOR
          || kind == Character.PARAGRAPH_SEPARATOR) {
        throw new IllegalArgumentException(type + " must be printable: no control, format or bidirectional characters (found U+"
            + String.format("%04X", (int) c) + " at " + i + "): " + Texts.quote(value));
      }
    }
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw new IllegalArgumentException(type + " must be in Unicode normalization form C (NFC, e.g. "
          + Texts.quote(Normalizer.normalize(value, Normalizer.Form.NFC)) + "): " + Texts.quote(value));
    }
  }

  /**
   * Whether an id passes every check on printable ASCII alone: 1 to {@link #MAX_LENGTH} chars from U+0020
   * to U+007E, not beginning or ending with a space. Such a text is not blank, has no other white space,
   * no control, format or surrogate char, and no char of it composes or decomposes in form C.
   */
  static boolean isPlainAscii(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || value.charAt(0) == ' ' || value.charAt(length - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }
}
