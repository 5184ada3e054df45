package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code and the documentation cite the repository's own rule book and nothing outside the repository
 * (docs/rules.md): every Markdown file a source, a script, a migration or a document names exists in the
 * repository, every section anchor it names exists in that file, and no text points to a folder beside
 * the repository.
 */
class CitationsTest {

  /** The repository's root, seen from this module's folder. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Set<String> TEXT = Set.of("java", "md", "sql", "xml", "properties", "txt", "sh", "tsv", "yml", "yaml");

  /** A Markdown file named in text, with its anchor if any: {@code docs/rules.md#r4}, {@code README.md}. */
  private static final Pattern MARKDOWN = Pattern.compile("([\\w./-]*[\\w-]\\.md)(#[\\w-]+)?");

  /** The Markdown extension, and the rule book's name, spelt so that this file cites nothing itself. */
  private static final String MD = ".m" + "d";

  private static final String RULES = "docs/rules" + MD;

  /** Places outside the repository that a citation must never name. */
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\.\\/shared|\\/work\\/|shared\\/(data|regulation)|regulation\\/chongqing");

  @Test
  void everyCitedMarkdownFileAndAnchorIsInTheRepository() throws IOException {
    assertThat(textFiles(ROOT)).hasSizeGreaterThan(100);
    assertThat(broken(ROOT)).isEmpty();
  }

  @Test
  void theRuleBookHasASectionForEachRule() throws IOException {
    Set<String> anchors = anchors(ROOT.resolve("docs/rules.md"));
    assertThat(anchors).contains("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "glossary", "worked-examples");
  }

  @Test
  void aCitationOfAMissingFileAnAnchorOrAFolderBesideTheRepositoryIsFound(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("m/src/target"));
    Files.writeString(root.resolve("docs/rules.md"), "<a id=\"r4\"></a>\n## R4 Billing\n");
    Files.writeString(root.resolve("m/src/A.java"), String.join("\n",
        "/** " + RULES + "#r4 and " + RULES + "#r4-billing hold. */",
        "/** " + "RULES" + MD + " R4, " + RULES + "#r10 and ../" + "shared" + "/data do not. */"));
    Files.writeString(root.resolve("m/src/target/B.java"), "/** " + "DESIGN" + MD + ", built, not read */");

    assertThat(broken(root)).hasSize(3)
        .anySatisfy(b -> assertThat(b).startsWith("m/src/A.java:2 cites RULES"))
        .anySatisfy(b -> assertThat(b).contains(RULES + "#r10, an anchor " + RULES + " does not have"))
        .anySatisfy(b -> assertThat(b).contains("points outside the repository"));
  }

  /** Every citation under a root that is broken, as "file:line what". */
  private static List<String> broken(Path root) throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : textFiles(root)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = MARKDOWN.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        Path target = resolve(root, file, name);
        String where = root.relativize(file) + ":" + line(text, m.start());
        if (target == null) {
          broken.add(where + " cites " + name + ", which the repository does not hold");
        } else if (m.group(2) != null && !anchors(target).contains(m.group(2).substring(1))) {
          broken.add(where + " cites " + name + m.group(2) + ", an anchor " + root.relativize(target) + " does not have");
        }
      }
      Matcher outside = OUTSIDE.matcher(text);
      while (outside.find()) {
        broken.add(root.relativize(file) + ":" + line(text, outside.start()) + " points outside the repository: " + outside.group());
      }
    }
    return broken;
  }

  /** The file a citation names, relative to the citing file's folder, the root or {@code docs}; null if none. */
  private static Path resolve(Path root, Path citing, String name) {
    for (Path base : List.of(citing.getParent(), root, root.resolve("docs"))) {
      Path candidate = base.resolve(name).normalize();
      if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The explicit anchors ({@code <a id="...">}) and the heading slugs of a Markdown file. */
  private static Set<String> anchors(Path markdown) {
    try {
      Set<String> anchors = new HashSet<>();
      for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
        Matcher id = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(line);
        while (id.find()) {
          anchors.add(id.group(1));
        }
        if (line.startsWith("#")) {
          String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
          anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
      }
      return anchors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> textFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            Path relative = root.relativize(f);
            for (Path part : relative) {
              String p = part.toString();
              if (p.equals("target") || (p.startsWith(".") && !p.equals(".ci"))) {
                return false;
              }
            }
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 || TEXT.contains(name.substring(dot + 1));
          })
          .sorted()
          .toList();
    }
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
