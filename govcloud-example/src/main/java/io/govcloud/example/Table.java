package io.govcloud.example;

import java.util.ArrayList;
import java.util.List;

/**
 * A text table whose columns line up in a terminal: a CJK character (and a full-width form) takes two
 * columns, every other character one; numbers are aligned right, text left.
 */
final class Table {

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers, boolean[] right) {
    this.headers = List.copyOf(headers);
    this.right = right.clone();
  }

  /**
   * A table with these column headers; a header starting with {@code >} is aligned right (the mark is
   * not printed).
   */
  static Table of(String... headers) {
    List<String> names = new ArrayList<>();
    boolean[] right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      names.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
    return new Table(names, right);
  }

  /** Adds a row of as many cells as there are columns. */
  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + headers.size() + " cells, not " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The table's lines: the headers, a rule, the rows; each line indented by two spaces, no trailing blanks. */
  List<String> lines() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    lines.add("  " + rule);
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - width(cell));
      line.append(i == 0 ? "" : "  ").append(right[i] ? pad + cell : cell + pad);
    }
    return line.toString().stripTrailing();
  }

  /** The columns a text takes in a terminal: two for each East Asian wide or full-width character. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return width;
  }

  /** Whether a code point is East Asian wide or full-width (Unicode UAX #11, the ranges a table meets). */
  static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
