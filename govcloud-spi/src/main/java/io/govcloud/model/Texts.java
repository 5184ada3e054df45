package io.govcloud.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The checks of names, persons and versions shared by the aggregates (docs/rules.md#limits): a name is not
 * blank, at most {@link Limits#MAX_NAME_LENGTH} chars, on one line (no control characters, line or
 * paragraph separators), without bidirectional controls or a byte-order mark, and without lone surrogates,
 * so that it reads the same in every store and cannot forge a line of audit text; a free text may hold
 * lines but no NUL and no lone surrogate ({@link Limits#textProblem}). Messages are built only
 * when a check fails: these checks run on every bill line.
 */
final class Texts {

  /** The longest name, in chars. */
  static final int MAX_NAME = Limits.MAX_NAME_LENGTH;

  private Texts() {}

  static void requireName(String name, String owner) {
    if (name == null) {
      throw new NullPointerException("name of " + owner);
    }
    if (name.isBlank() || name.length() > MAX_NAME || firstNotInLine(name) >= 0) {
      requireLine(name, "the name of " + owner);
    }
  }

  /**
   * Checks a one-line text: not blank, at most {@link #MAX_NAME} chars, no control character, line or
   * paragraph separator, bidirectional control or byte-order mark, no lone surrogate.
   */
  static void requireLine(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (text.length() > MAX_NAME) {
      throw new IllegalArgumentException(what + " must be at most " + MAX_NAME + " characters");
    }
    int i = firstNotInLine(text);
    if (i >= 0) {
      throw new IllegalArgumentException(what + (isLoneSurrogate(text, i) ? " must not contain a lone surrogate" : " must be one line of printable text")
          + " (found U+" + String.format("%04X", (int) text.charAt(i)) + " at " + i + "): " + quote(text));
    }
  }

  /** The index of the first char a one-line text may not hold, or -1. */
  private static int firstNotInLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c < '\u007f') {
        continue; // printable ASCII, the common case
      }
      int kind = Character.getType(c);
      if (isLoneSurrogate(text, i) || kind == Character.CONTROL || kind == Character.LINE_SEPARATOR
          || kind == Character.PARAGRAPH_SEPARATOR || isBidiControlOrMark(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks a text of any lines that the library writes (a notification's, a refusal's): not null, not
   * blank, and no char a store keeps differently ({@link #requireKept(String, String)}).
   */
  static void requireText(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    requireKept(text, what);
  }

  /**
   * Checks a text the library writes around free texts (a notification's, an audit value, a refusal's),
   * which may be longer than {@link Limits#MAX_TEXT_LENGTH} by what it adds: no NUL, no lone surrogate.
   */
  static String requireKept(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what);
    }
    Limits.charProblem(text).ifPresent(problem -> {
      throw new IllegalArgumentException(what + " " + problem + ": " + quote(text.length() > 80 ? text.substring(0, 80) + "…" : text));
    });
    return text;
  }

  /**
   * Checks a free text every store keeps as it is: not null, within {@link Limits#textProblem} (no NUL,
   * no lone surrogate, at most {@link Limits#MAX_TEXT_LENGTH} chars); line breaks stay allowed.
   */
  static String requireStorable(String text, String what) {
    if (text == null) {
      throw new NullPointerException(what);
    }
    Limits.textProblem(text).ifPresent(problem -> {
      throw new IllegalArgumentException(what + " " + problem + ": " + quote(text.length() > 80 ? text.substring(0, 80) + "…" : text));
    });
    return text;
  }

  /** Checks a free text that may be absent, as {@link #requireStorable(String, String)}. */
  static Optional<String> requireStorable(Optional<String> text, String what) {
    Objects.requireNonNull(text, what);
    text.ifPresent(t -> requireStorable(t, what));
    return text;
  }

  /** Checks a text the library writes that may be absent, as {@link #requireKept(String, String)}. */
  static Optional<String> requireKept(Optional<String> text, String what) {
    Objects.requireNonNull(text, what);
    text.ifPresent(t -> requireKept(t, what));
    return text;
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
