package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small files (a file of more than ~300 lines of code is a concept wanting out): the entry point's scope
 * and its facets stay under 100 lines of code, so that each capability is findable in one hop and a new one
 * is a new facet; no main source of govcloud-core exceeds 300 lines of code. Lines of code are the lines
 * that are neither blank nor comments: the Javadoc that doclint requires on every public member (its
 * {@code @param}, {@code @return} and {@code @throws}) does not make a file too big.
 */
class SourceSizesTest {

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void theScopeAndEveryFacetStayUnder100LinesOfCode() throws IOException {
    Map<String, Long> lines = linesOfCode();
    Map<String, Long> facets = new TreeMap<>();
    lines.forEach((file, count) -> {
      if (file.matches("io/govcloud/core/(ActorScope|\\w+Facet)\\.java")) {
        facets.put(file, count);
      }
    });
    assertThat(facets).hasSizeGreaterThanOrEqualTo(6).allSatisfy((file, count) -> assertThat(count).as(file).isLessThan(100));
  }

  @Test
  void noMainSourceExceeds300LinesOfCode() throws IOException {
    assertThat(linesOfCode()).isNotEmpty().allSatisfy((file, count) -> assertThat(count).as(file).isLessThanOrEqualTo(300));
  }

  @Test
  void commentsAndBlankLinesAreNotCode() {
    assertThat(linesOfCode(List.of(
        "/**", " * Javadoc.", " */", "", "// a comment", "final class A {", "  /** One line. */", "  int a; // trailing",
        "  /* a block", "     over two lines */", "}"))).isEqualTo(3);
  }

  private static Map<String, Long> linesOfCode() throws IOException {
    Map<String, Long> lines = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        lines.put(MAIN.relativize(file).toString().replace(java.io.File.separatorChar, '/'), linesOfCode(Files.readAllLines(file)));
      }
    }
    return lines;
  }

  /** The lines that are neither blank nor wholly comment (a line starting a comment counts as comment). */
  private static long linesOfCode(List<String> lines) {
    long code = 0;
    boolean inComment = false;
    for (String line : lines) {
      String s = line.strip();
      if (inComment) {
        inComment = !s.contains("*/");
      } else if (s.startsWith("/*")) {
        inComment = !s.contains("*/");
      } else if (!s.isEmpty() && !s.startsWith("//")) {
        code++;
      }
    }
    return code;
  }
}
