package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One home per refusal code and notification type: every code is a public constant of a {@code
 * *Violations} class of the package whose rule raises it, every notification type one of {@link
 * NotificationTypes}; no two constants share a value; and no main source of govcloud-core builds a
 * violation or a notification from a bare string literal, nor spells a code's or a type's value outside
 * the class that declares it. The scenarios check at run time that every code and type they produce has
 * its constant ({@link ScenarioChecks}).
 */
class CodesAndTypesTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final List<Pattern> BARE = List.of(
      Pattern.compile("Violation\\.of\\(\\s*\""),
      Pattern.compile("new\\s+Violation\\(\\s*\""),
      Pattern.compile("\\.notify\\(\\s*\""),
      Pattern.compile("new\\s+Notification\\(\\s*[^,()]*(\\([^()]*\\))?[^,()]*,\\s*\""));

  @Test
  void everyViolationsClassOfTheSourcesIsKnown() {
    Set<String> inSources = sources().keySet().stream()
        .filter(name -> name.endsWith("Violations"))
        .collect(Collectors.toSet());
    assertThat(inSources).containsExactlyInAnyOrderElementsOf(Codes.VIOLATION_CLASSES.stream().map(Class::getName).toList());
  }

  @Test
  void noTwoRefusalCodesShareAValueAndEachIsAConstantName() {
    Map<String, String> constants = Codes.violationConstants();
    assertThat(constants).isNotEmpty();
    assertThat(duplicates(constants)).as("codes shared by two constants").isEmpty();
    assertThat(constants.values()).allMatch(code -> CONSTANT.matcher(code).matches());
  }

  @Test
  void noTwoNotificationTypesShareAValueAndEachIsAConstantName() {
    Map<String, String> constants = Codes.constants(NotificationTypes.class);
    assertThat(constants).hasSizeGreaterThanOrEqualTo(21);
    assertThat(duplicates(constants)).as("types shared by two constants").isEmpty();
    assertThat(constants.values()).allMatch(type -> CONSTANT.matcher(type).matches());
  }

  @Test
  void noMainSourceBuildsAViolationOrANotificationFromABareLiteral() {
    List<String> found = new ArrayList<>();
    sources().forEach((name, source) -> found.addAll(bareLiterals(name, source)));
    assertThat(found).isEmpty();
  }

  @Test
  void noMainSourceSpellsACodeOrATypeOutsideItsDeclaringClass() {
    List<String> found = new ArrayList<>();
    Map<String, String> constants = new TreeMap<>(Codes.violationConstants());
    constants.putAll(Codes.constants(NotificationTypes.class));
    sources().forEach((name, source) -> found.addAll(spelled(name, source, constants)));
    assertThat(found).isEmpty();
  }

  @Test
  void theScannerFindsWhatItMustFind() {
    assertThat(bareLiterals("X", "return Violation.of(\"SOME_CODE\", Article.of(1), \"a\", \"b\");")).hasSize(1);
    assertThat(bareLiterals("X", "new Violation(\n  \"SOME_CODE\", article, zh, en, Map.of())")).hasSize(1);
    assertThat(bareLiterals("X", "tx.notify(\"BILL_ISSUED\", party, article, zh, en, data);")).hasSize(1);
    assertThat(bareLiterals("X", "new Notification(NotificationId.of(id), \"DEADLINE_\" + stage, party)")).hasSize(1);
    assertThat(bareLiterals("X", "Violation.of(CODE, Article.of(1), \"a\", \"b\"); tx.notify(NotificationTypes.BILL_ISSUED, p)")).isEmpty();
    assertThat(spelled("io.govcloud.core.internal.X", "if (code.equals(\"ACCESS_DENIED\"))",
        Map.of("AccessViolations.ACCESS_DENIED", "ACCESS_DENIED"))).hasSize(1);
    assertThat(spelled("io.govcloud.core.access.AccessViolations", "ACCESS_DENIED = \"ACCESS_DENIED\";",
        Map.of("AccessViolations.ACCESS_DENIED", "ACCESS_DENIED"))).isEmpty();
  }

  private static List<String> bareLiterals(String name, String source) {
    List<String> found = new ArrayList<>();
    for (Pattern bare : BARE) {
      Matcher m = bare.matcher(source);
      while (m.find()) {
        found.add(name + ": " + m.group());
      }
    }
    return found;
  }

  /**
   * The literals of a source that spell a constant's value, unless the source declares a constant of that
   * value (a refusal code and a notification type may share a value: {@code PROVIDER_SUSPENDED} is both
   * the refusal of a suspended provider and the notice of its suspension, two different fields).
   */
  private static List<String> spelled(String name, String source, Map<String, String> constants) {
    String simpleName = name.substring(name.lastIndexOf('.') + 1);
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(source);
    while (m.find()) {
      String literal = m.group(1);
      List<String> declaring = constants.entrySet().stream().filter(e -> e.getValue().equals(literal)).map(Map.Entry::getKey).toList();
      if (!declaring.isEmpty() && declaring.stream().noneMatch(constant -> constant.startsWith(simpleName + "."))) {
        found.add(name + " spells \"" + literal + "\" instead of " + declaring);
      }
    }
    return found;
  }

  private static Map<String, List<String>> duplicates(Map<String, String> constants) {
    Map<String, List<String>> byValue = new TreeMap<>();
    constants.forEach((name, value) -> byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(name));
    byValue.values().removeIf(names -> names.size() < 2);
    return byValue;
  }

  /** The main sources of govcloud-core, by class name. */
  private static Map<String, String> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      Map<String, String> sources = new TreeMap<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = MAIN.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        sources.put(relative.substring(0, relative.length() - ".java".length()), Files.readString(file));
      }
      assertThat(sources).as("the sources under %s", MAIN.toAbsolutePath()).hasSizeGreaterThan(50);
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
