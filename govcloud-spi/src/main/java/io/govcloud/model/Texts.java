package io.govcloud.model;

import java.util.Objects;

/**
 * The checks of names, persons and versions shared by the aggregates (docs/rules.md#limits): a name is not
 * blank, at most {@link Limits#MAX_NAME_LENGTH} chars, on one line (no control characters, line or
 * paragraph separators), without bidirectional controls or a byte-order mark, and without lone surrogates,
 * so that it reads the same in every store and cannot forge a line of audit text.
 */
final class Texts {

  /** The longest name, in chars. */
  static final int MAX_NAME = Limits.MAX_NAME_LENGTH;

  private Texts() {}

  static void requireName(String name, String owner) {
    Objects.requireNonNull(name, "name of " + owner);
    requireLine(name, "the name of " + owner);
  }

  /**
   * Checks a one-line text: not blank, at most {@link #MAX_NAME} chars, no control character, line or
   * paragraph separator, bidirectional control or byte-order mark, no lone surrogate.
   */
  static void requireLine(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (text.length() > MAX_NAME) {
      throw new IllegalArgumentException(what + " must be at most " + MAX_NAME + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLoneSurrogate(text, i)) {
        throw new IllegalArgumentException(what + " must not contain a lone surrogate (U+"
            + String.format("%04X", (int) c) + " at " + i + "): " + quote(text));
      }
      int kind = Character.getType(c);
      if (kind == Character.CONTROL || kind == Character.LINE_SEPARATOR || kind == Character.PARAGRAPH_SEPARATOR
          || isBidiControlOrMark(c)) {
        throw new IllegalArgumentException(what + " must be one line of printable text (found U+"
            + String.format("%04X", (int) c) + " at " + i + "): " + quote(text));
      }
    }
  }

  /** Checks a text of any length and lines: not null, not blank. */
  static void requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  static void requireVersion(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative: " + version);
    }
  }

  /** Whether the char at {@code i} is a surrogate without its pair. */
  static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * The bidirectional embeddings, overrides, isolates and marks (U+061C, U+200E, U+200F, U+202A–U+202E,
   * U+2066–U+2069) and the byte-order mark U+FEFF.
   */
  private static boolean isBidiControlOrMark(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
  }

  /**
   * A text for a message, quoted, with every character that is not printable shown as its code point, so
   * that the message shows what was refused.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("'");
    text.codePoints().forEach(cp -> {
      int kind = Character.getType(cp);
      if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.SURROGATE
          || kind == Character.LINE_SEPARATOR || kind == Character.PARAGRAPH_SEPARATOR) {
        quoted.append(String.format("\\u%04X", cp));
      } else {
        quoted.appendCodePoint(cp);
      }
    });
    return quoted.append('\'').toString();
  }
}
