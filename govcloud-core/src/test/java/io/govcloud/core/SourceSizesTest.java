package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small files (a file over ~400 lines is a concept wanting out): the entry point's scope and its
 * facets stay under 250 lines, so that each capability is findable in one hop and a new one is a new
 * facet; no main source of govcloud-core exceeds 400 lines.
 */
class SourceSizesTest {

  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void theScopeAndEveryFacetStayUnder250Lines() throws IOException {
    Map<String, Long> lines = lines();
    Map<String, Long> facets = new TreeMap<>();
    lines.forEach((file, count) -> {
      if (file.matches("io/govcloud/core/(ActorScope|\\w+Facet)\\.java")) {
        facets.put(file, count);
      }
    });
    assertThat(facets).hasSizeGreaterThanOrEqualTo(6).allSatisfy((file, count) -> assertThat(count).as(file).isLessThan(250));
  }

  @Test
  void noMainSourceExceeds400Lines() throws IOException {
    assertThat(lines()).isNotEmpty().allSatisfy((file, count) -> assertThat(count).as(file).isLessThanOrEqualTo(400));
  }

  private static Map<String, Long> lines() throws IOException {
    Map<String, Long> lines = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        try (Stream<String> content = Files.lines(file)) {
          lines.put(MAIN.relativize(file).toString().replace(java.io.File.separatorChar, '/'), content.count());
        }
      }
    }
    return lines;
  }
}
