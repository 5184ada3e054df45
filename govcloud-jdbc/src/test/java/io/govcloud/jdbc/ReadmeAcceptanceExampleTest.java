package io.govcloud.jdbc;

import static io.govcloud.core.AcceptanceExamples.*;
import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.NotificationTypes;
import io.govcloud.core.ScenarioChecks;
import io.govcloud.core.World;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.Provider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's acceptance example never drifts from the code: the fenced block between its markers is
 * compiled as the body of a method whose parameters are the names it uses, against this module's test
 * classpath, with every lint warning an error, and run on the in-memory store, on a year of D's bills on PD (750.00 a month, March to December 2025) under the tests'
 * example configuration; its output shows the deferred result, the 3% deduction to the fen and the
 * rectification accepted, and the provider ends reinstated.
 */
class ReadmeAcceptanceExampleTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String BEGIN = "<!-- acceptance-example:begin -->";
  private static final String END = "<!-- acceptance-example:end -->";
  private static final String HEADER = """
      import io.govcloud.core.GovCloud;
      import io.govcloud.core.acceptance.AnnualResultRequest;
      import io.govcloud.core.acceptance.EvaluationRequest;
      import io.govcloud.core.acceptance.RectificationOrder;
      import io.govcloud.core.payments.PaymentRequest;
      import io.govcloud.model.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;
      import java.time.OffsetDateTime;
      import java.time.Year;
      import java.util.Map;
      import java.util.Optional;

      public class AcceptanceExample {
        public static void run(GovCloud gov, Actor city, Actor finance, ProviderId provider, PlatformId platform,
            BillingAccount account, Map<EvaluationCriterion, BigDecimal> scores) {
      """;

  @Test
  void theAcceptanceExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("AcceptanceExample.java");
    Files.writeString(source, HEADER + block(Files.readString(README, StandardCharsets.UTF_8)) + "\n  }\n}\n", StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "-proc:none", "-encoding", "UTF-8", "-Xlint:all", "-Werror");
      boolean compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
      assertThat(compiled).as("the example compiles: %s", diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"))).isTrue();
    }

    World world = new World(InMemoryStore.create(), POLICY);
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 12));
    world.clock.set(at("2026-01-26T10:00"));
    String output = run(classes, world);
    assertThat(output)
        .contains("DEFERRED 72.00: fees CNY 7500.00, deducted CNY 225.00 by 示例：验收结果应用规则（2025）, payable CNY 7275.00")
        .contains("rectification r-1: ACCEPTED");
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(
        "`DEFERRED 72.00: fees\nCNY 7500.00, deducted CNY 225.00 by 示例：验收结果应用规则（2025）, payable CNY 7275.00`");
    Provider provider = world.store.transact(uow -> uow.providers().find(P1)).orElseThrow();
    assertThat(provider.isSuspended()).isFalse();
    assertThat(world.notifier.types()).contains(NotificationTypes.PROVIDER_SUSPENDED, NotificationTypes.PROVIDER_REINSTATED);
    ScenarioChecks.check(world);
  }

  /** The fenced Java block between the markers. */
  private static String block(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("the README marks its acceptance example").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String block = readme.substring(begin + BEGIN.length(), end).strip();
    assertThat(block).startsWith("```java").endsWith("```");
    return block.substring("```java".length(), block.length() - "```".length());
  }

  private static String run(Path classes, World world) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReadmeAcceptanceExampleTest.class.getClassLoader());
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      Method run = method(loader);
      run.invoke(null, world.gov, CITY, DEPT_D, P1, PD, ACCOUNT_D, byCriterion("70"));
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static Method method(ClassLoader loader) throws ReflectiveOperationException {
    for (Method m : loader.loadClass("AcceptanceExample").getMethods()) {
      if (m.getName().equals("run")) {
        return m;
      }
    }
    throw new NoSuchMethodException("AcceptanceExample.run");
  }
}
