package io.govcloud.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The READMEs of the repository as the tests read them: their marked blocks, their code, compiled. */
final class Readmes {

  static final Path ENGLISH = Path.of("..", "README.md");
  static final Path CHINESE = Path.of("..", "README.zh-CN.md");

  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);

  private Readmes() {}

  static String read(Path readme) {
    try {
      return Files.readString(readme, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced block of a language between {@code <!-- name:begin -->} and {@code <!-- name:end -->}. */
  static String block(String readme, String name, String language) {
    String begin = "<!-- " + name + ":begin -->";
    String end = "<!-- " + name + ":end -->";
    int from = readme.indexOf(begin);
    int to = readme.indexOf(end);
    assertThat(from).as("the README has %s", begin).isNotNegative();
    assertThat(to).as("the README has %s after its begin", end).isGreaterThan(from);
    String block = readme.substring(from + begin.length(), to).strip();
    assertThat(block).startsWith("```" + language + "\n").endsWith("```");
    return block.substring(("```" + language + "\n").length(), block.length() - "```".length());
  }

  /** Every fenced block of a README, in order, as "language" and "code". */
  static List<String[]> fences(String readme) {
    List<String[]> fences = new ArrayList<>();
    Matcher m = FENCE.matcher(readme);
    while (m.find()) {
      fences.add(new String[] {m.group(1), m.group(2)});
    }
    return fences;
  }

  /** The README without its fenced blocks. */
  static String prose(String readme) {
    return FENCE.matcher(readme).replaceAll("");
  }

  /**
   * Compiles one source file against the test class path, every lint warning an error, and loads its
   * class.
   */
  static Class<?> compile(Path dir, String className, String source) throws Exception {
    Path file = Files.createDirectories(dir).resolve(className + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "-proc:none", "-encoding", "UTF-8", "-Xlint:all", "-Werror");
      boolean compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
      assertThat(compiled).as("%s compiles: %s", className, diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n")))
          .isTrue();
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Readmes.class.getClassLoader());
    return loader.loadClass(className);
  }

  /** Runs a class's {@code main} and returns what it printed. */
  static String run(Class<?> program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      program.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
