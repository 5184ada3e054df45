package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.jdbc.serverhost.ServerOnlyHost;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host on a PostgreSQL server with only the PostgreSQL driver, no H2 (README, "Installation"): H2 is an
 * optional dependency of govcloud-jdbc ({@code <optional>} in its POM, {@code requires static} in its
 * module). {@link ServerOnlyHost} runs in a child JVM whose class path, or module path, holds govcloud-jdbc
 * and its required dependencies but neither H2 nor the MariaDB driver: the embedded store is refused with
 * a message naming the dependency to add, and a store on the server (when {@code GOVCLOUD_TEST_PG_URL} is
 * set; skipped, and said so, otherwise) writes and reads in a named schema.
 */
class ServerOnlyHostTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path directory;

  @Test
  void onTheClassPathWithoutH2TheEmbeddedStoreIsRefusedClearly() throws Exception {
    ChildJvm.Result result = ChildJvm.run(classPath(List.of()), TIMEOUT);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("h2: absent", "govcloud-jdbc: unnamed module");
    assertRefused(result);
  }

  @Test
  void onTheModulePathWithoutH2TheModuleResolvesAndTheEmbeddedStoreIsRefusedClearly() throws Exception {
    ChildJvm.Result result = ChildJvm.run(modulePath(List.of()), TIMEOUT);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("h2: absent", "govcloud-jdbc: module io.govcloud.jdbc");
    assertRefused(result);
  }

  @Test
  @EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
      disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server for a host without H2 (.ci/run sets it)")
  void onTheClassPathWithoutH2AStoreOnPostgresqlWorks() throws Exception {
    onServer(this::classPath);
  }

  @Test
  @EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL, matches = ".+",
      disabledReason = "GOVCLOUD_TEST_PG_URL is not set: no PostgreSQL server for a host without H2 (.ci/run sets it)")
  void onTheModulePathWithoutH2AStoreOnPostgresqlWorks() throws Exception {
    onServer(this::modulePath);
  }

  private interface Launch {
    List<String> arguments(List<String> programArguments);
  }

  private void onServer(Launch launch) throws Exception {
    String url = System.getenv(TestDatabase.PG_URL);
    String schema = TestDatabase.uniqueSchemaName();
    try {
      ChildJvm.Result result = ChildJvm.run(launch.arguments(List.of(url, schema)), TIMEOUT);
      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("h2: absent")
          .containsPattern("server: PostgreSQL [^\\n]*\\(postgresql dialect\\), schema " + schema + ", read back server department");
    } finally {
      try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("drop the schema " + schema, e);
      }
    }
  }

  private static void assertRefused(ChildJvm.Result result) {
    assertThat(result.output()).contains(
        "embedded: refused: JdbcStore.embedded needs the H2 database",
        "add com.h2database:h2",
        "JdbcStore.of(dataSource)");
  }

  /** The test's class path without H2 and the MariaDB driver. */
  private List<String> classPath(List<String> programArguments) {
    List<String> entries = ChildJvm.classPathEntries().stream()
        .filter(entry -> !isJar(entry, "h2-") && !isJar(entry, "mariadb-java-client-"))
        .toList();
    List<String> arguments = new ArrayList<>(List.of("-cp", ChildJvm.path(entries), ServerOnlyHost.class.getName()));
    arguments.add(directory.resolve("embedded").toString());
    arguments.addAll(programArguments);
    return arguments;
  }

  /**
   * govcloud-jdbc (this module's classes, with their module-info) and what it requires on the module path,
   * every one resolved; the program on the class path.
   */
  private List<String> modulePath(List<String> programArguments) {
    Path mainClasses = Path.of("target", "classes").toAbsolutePath();
    Predicate<String> onModulePath = entry -> Path.of(entry).toAbsolutePath().equals(mainClasses)
        || entry.contains("govcloud-spi")
        || isJar(entry, "vavr-") || isJar(entry, "jspecify-")
        || isJar(entry, "slf4j-api-") || isJar(entry, "slf4j-simple-")
        || isJar(entry, "flyway-") || isJar(entry, "postgresql-");
    List<String> modules = ChildJvm.classPathEntries().stream().filter(onModulePath).toList();
    List<String> program = List.of(Path.of("target", "test-classes").toAbsolutePath().toString());
    assertThat(modules).as("the module path").anyMatch(entry -> Path.of(entry).toAbsolutePath().equals(mainClasses));
    List<String> arguments = new ArrayList<>(List.of("--module-path", ChildJvm.path(modules), "--add-modules", "ALL-MODULE-PATH",
        "-cp", ChildJvm.path(program), ServerOnlyHost.class.getName()));
    arguments.add(directory.resolve("embedded").toString());
    arguments.addAll(programArguments);
    return arguments;
  }

  private static boolean isJar(String entry, String prefix) {
    String name = Path.of(entry).getFileName().toString();
    return name.startsWith(prefix) && name.endsWith(".jar");
  }
}
