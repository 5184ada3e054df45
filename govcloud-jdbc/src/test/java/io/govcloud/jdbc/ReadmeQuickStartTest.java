package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start never drifts from the code: the fenced block between its markers is compiled
 * as it is, against this module's test classpath (core, in-memory and JDBC stores), with every lint
 * warning an error, and run; its output shows the work order, the month's bill to the fen, and an
 * access refusal.
 */
class ReadmeQuickStartTest {

  static final Path README = Path.of("..", "README.md");
  private static final String BEGIN = "<!-- quick-start:begin -->";
  private static final String END = "<!-- quick-start:end -->";

  @Test
  void theQuickStartCompilesAndRuns(@TempDir Path dir) throws Exception {
    String output = compileAndRun(dir, "QuickStart", quickStart(Files.readString(README, StandardCharsets.UTF_8)));
    assertThat(output)
        .contains("notice APPLICATION_RECEIVED to authority municipal")
        .contains("notice WORK_ORDER_GENERATED")
        .contains("work order OPEN of 2 ecs.c4m8")
        .contains("bill of d-001/pl-001/p-001 for 2026-03: CNY 967.74") // 1,000.00 a month, days 2..31 of 31
        .contains("another department: ACCESS_DENIED");
  }

  /**
   * Compiles a class of the README against this module's test classpath, every lint warning an error,
   * and runs its {@code main}.
   *
   * @return what it printed
   */
  static String compileAndRun(Path dir, String className, String code) throws Exception {
    Path source = dir.resolve(className + ".java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "-proc:none", "-encoding", "UTF-8", "-Xlint:all", "-Werror");
      boolean compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
      assertThat(compiled).as("%s compiles: %s", className, describe(diagnostics.getDiagnostics())).isTrue();
    }
    return run(classes, className);
  }

  /** The fenced Java block between the markers. */
  static String quickStart(String readme) {
    return block(readme, BEGIN, END);
  }

  /** The fenced Java block between two markers of the README. */
  static String block(String readme, String beginMarker, String endMarker) {
    int begin = readme.indexOf(beginMarker);
    int end = readme.indexOf(endMarker);
    assertThat(begin).as("the README has %s", beginMarker).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String block = readme.substring(begin + beginMarker.length(), end).strip();
    assertThat(block).startsWith("```java").endsWith("```");
    return block.substring("```java".length(), block.length() - "```".length());
  }

  private static String run(Path classes, String className) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeQuickStartTest.class.getClassLoader());
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
