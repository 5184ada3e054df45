package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese README says what the English one says: the same sections, tables and markers, the same
 * code (its comments translated; the example's command without {@code --lang en}, as Chinese is its
 * default), its programs compile and print what the English ones print, and its prose is wholly
 * Chinese, names of products and code aside.
 */
class ReadmeChineseTest {

  private static final String ENGLISH = Readmes.read(Readmes.ENGLISH);
  private static final String CHINESE = Readmes.read(Readmes.CHINESE);

  /** Names that stay as they are in Chinese text: products, formats, the Java words a developer reads as such. */
  private static final Set<String> NAMES = Set.of("govcloud", "Java", "Maven", "PostgreSQL", "MariaDB", "MySQL", "TiDB", "OceanBase",
      "openGauss", "KingbaseES", "YugabyteDB", "Flyway", "HikariCP", "Logback", "Log4j", "JUnit", "Jupiter", "QuickTheories", "ICU4J",
      "InnoDB", "Javadoc", "vavr", "jar", "lambda", "Apache", "English", "true", "vCPU", "GiB");

  @Test
  void theSameSectionsTablesAndMarkers() {
    assertThat(lines(CHINESE, "#+ .*").stream().map(h -> h.replaceAll(" .*", "")).toList())
        .isEqualTo(lines(ENGLISH, "#+ .*").stream().map(h -> h.replaceAll(" .*", "")).toList());
    assertThat(lines(CHINESE, "\\s*\\|.*")).hasSameSizeAs(lines(ENGLISH, "\\s*\\|.*"));
    assertThat(lines(CHINESE, "<!-- [\\w-]+:(begin|end) -->")).isEqualTo(lines(ENGLISH, "<!-- [\\w-]+:(begin|end) -->"));
    assertThat(CHINESE).contains("[English](README.md)");
    assertThat(ENGLISH).contains("[中文](README.zh-CN.md)");
  }

  @Test
  void theSameCodeWithItsCommentsTranslated() {
    List<String[]> english = Readmes.fences(ENGLISH);
    List<String[]> chinese = Readmes.fences(CHINESE);
    assertThat(chinese).hasSameSizeAs(english);
    for (int i = 0; i < english.size(); i++) {
      assertThat(chinese.get(i)[0]).as("block %s's language", i + 1).isEqualTo(english.get(i)[0]);
      assertThat(code(chinese.get(i))).as("block %s without its comments", i + 1).isEqualTo(code(english.get(i)));
    }
  }

  @Test
  void theChineseProgramsCompileAndPrintWhatTheEnglishOnesPrint(@TempDir Path dir) throws Exception {
    for (String[] program : List.of(new String[] {"quick-start", "QuickStart"}, new String[] {"reallocation", "ReallocationExample"})) {
      String chinese = Readmes.run(Readmes.compile(dir.resolve("zh-" + program[0]), program[1], Readmes.block(CHINESE, program[0], "java")));
      String english = Readmes.run(Readmes.compile(dir.resolve("en-" + program[0]), program[1], Readmes.block(ENGLISH, program[0], "java")));
      // the notices name random ids; everything else is the same
      assertThat(withoutNotices(chinese)).isEqualTo(withoutNotices(english)).isNotEmpty();
    }
  }

  @Test
  void theProseAndTheCommentsAreWhollyChinese() {
    String prose = Readmes.prose(CHINESE)
        .replaceAll("`[^`]*`", " ")               // code spans
        .replaceAll("\\]\\([^)]*\\)", "]")         // link targets
        .replaceAll("<!--[^>]*-->", " ");          // markers
    assertThat(words(prose)).isEmpty();
    List<String> comments = new ArrayList<>();
    for (String[] fence : Readmes.fences(CHINESE)) {
      for (String line : fence[1].split("\n")) {
        int at = commentStart(line);
        if (fence[0].equals("java") && at >= 0) {
          comments.add(line.substring(at + 2).replaceAll("\"[^\"]*\"", " "));
        }
      }
    }
    assertThat(comments).hasSizeGreaterThan(40);
    assertThat(words(String.join("\n", comments))).isEmpty();
  }

  @Test
  void theWordCheckFindsEnglish() {
    assertThat(words("用 `x` 调用 JdbcStore.embedded(dir)，GB 与 PostgreSQL 2.5.252 on the server")).containsExactly("on", "the", "server");
  }

  /** The English words of a text: letters that are not a name, an acronym, or code (dots, brackets, CamelCase, digits). */
  private static List<String> words(String text) {
    Matcher token = Pattern.compile("[!-~]+").matcher(text);
    List<String> words = new ArrayList<>();
    while (token.find()) {
      for (String word : token.group().split("[\\s,;:!?'\"*（）]+")) {
        String bare = word.replaceAll("^[(\\[]+|[)\\].]+$", "");
        boolean code = bare.matches(".*[0-9._()<>=/@#{}`\\[\\]-].*") || bare.matches("[A-Z0-9_]+") || bare.matches(".*[a-z][A-Z].*");
        if (!bare.isEmpty() && bare.matches(".*[A-Za-z].*") && !code && !NAMES.contains(bare)) {
          words.add(bare);
        }
      }
    }
    return words;
  }

  private static List<String> lines(String text, String regex) {
    return text.lines().filter(line -> line.matches(regex)).collect(Collectors.toList());
  }

  /** A block's code without its comments, its trailing blanks, and the example's English switch. */
  private static String code(String[] fence) {
    List<String> lines = new ArrayList<>();
    for (String line : fence[1].split("\n")) {
      if (fence[0].equals("java")) {
        int at = commentStart(line);
        line = at >= 0 ? line.substring(0, at) : line;
      } else if (fence[0].equals("xml")) {
        line = line.replaceAll("<!--.*?-->", "");
      } else {
        line = line.replace(" -Dexec.args=\"--lang en\"", "");
      }
      if (!line.isBlank()) {
        lines.add(line.stripTrailing());
      }
    }
    return String.join("\n", lines);
  }

  /** Where a Java line's comment starts, outside its string literals; -1 if it has none. */
  private static int commentStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '/' && line.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static String withoutNotices(String output) {
    return output.lines().filter(line -> !line.startsWith("notice ")).collect(Collectors.joining("\n"));
  }
}
