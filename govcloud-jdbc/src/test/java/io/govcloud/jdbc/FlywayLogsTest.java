package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening a store logs (README, "Logging"): one INFO line of its own, none of Flyway's (which used to
 * write 13 at each open), with Flyway's lines still there at DEBUG for a host that turns {@code
 * org.flywaydb} down to it; and a host's own Flyway left to log at INFO. Each case runs {@link
 * StoreOpenLogs} in a child JVM whose SLF4J (slf4j-simple) logs at INFO.
 */
class FlywayLogsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path directory;

  @Test
  void openingAStoreLogsOneInfoLineAndNoneOfFlyways() throws Exception {
    ChildJvm.Result result = run(directory.resolve("quiet"), List.of());
    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> first = result.section("--- first open");
    assertThat(infoLines(first)).as(result.output()).singleElement().asString()
        .startsWith("INFO io.govcloud.jdbc.JdbcStore - govcloud store on H2")
        .containsPattern("schema created at version \\d+ \\(\\d+ scripts\\)");
    assertThat(infoLines(result.section("--- second open"))).as(result.output()).singleElement().asString()
        .startsWith("INFO io.govcloud.jdbc.JdbcStore - govcloud store on H2")
        .containsPattern("schema version \\d+, up to date");
    assertThat(first).as("no DEBUG line unless asked").noneMatch(line -> line.startsWith("DEBUG"));
  }

  @Test
  void flywaysLinesAreThereAtDebug() throws Exception {
    ChildJvm.Result result = run(directory.resolve("debug"), List.of("-Dorg.slf4j.simpleLogger.log.org.flywaydb=debug"));
    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> first = result.section("--- first open");
    assertThat(first).as(result.output())
        .anyMatch(line -> line.startsWith("DEBUG org.flywaydb.") && line.contains("Successfully applied"))
        .noneMatch(line -> line.startsWith("INFO org.flywaydb."));
  }

  @Test
  void aHostsOwnFlywayStillLogsAtInfo() throws Exception {
    ChildJvm.Result result = run(directory.resolve("host"), List.of());
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.section("--- host migration")).as(result.output())
        .anyMatch(line -> line.startsWith("INFO org.flywaydb.") && line.contains("Successfully applied 1 migration"));
  }

  private static ChildJvm.Result run(Path database, List<String> options) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
        "-Dorg.slf4j.simpleLogger.logFile=System.out",
        "-Dorg.slf4j.simpleLogger.showThreadName=false"));
    arguments.addAll(options);
    arguments.addAll(List.of("-cp", ChildJvm.path(ChildJvm.classPathEntries()), StoreOpenLogs.class.getName(),
        database.toString()));
    return ChildJvm.run(arguments, TIMEOUT);
  }

  private static List<String> infoLines(List<String> lines) {
    return lines.stream().filter(line -> line.startsWith("INFO ")).toList();
  }
}
