package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link JdbcStore#embedded} promises (README, "Durability"): a unit whose {@code transact} returned
 * survives a kill of the JVM, and so does every change a delivered notification describes; and one
 * directory has at most one embedded store per JVM.
 */
class EmbeddedDurabilityTest {

  private static final int KILLS = 3;
  private static final Duration READY_WITHIN = Duration.ofSeconds(30);

  @TempDir Path directory;

  /**
   * Runs {@link DurabilityWriter} in a child JVM three times, each killed ({@code destroyForcibly}, a
   * SIGKILL) at a random moment after it started writing, then reopens the database: every unit the
   * child saw acknowledged and every notification it saw delivered is there. (With H2's default write
   * delay this lost 100 and more acknowledged units a run.)
   */
  @Test
  void everyAcknowledgedUnitAndDeliveredNotificationSurvivesAKilledJvm() throws Exception {
    Path database = directory.resolve("db");
    Path acks = directory.resolve("acks.txt");
    Path deliveries = directory.resolve("deliveries.txt");
    Random random = new Random();
    List<Integer> acknowledgedPerRun = new ArrayList<>();
    for (int run = 0; run < KILLS; run++) {
      long before = lines(acks).size();
      Path out = directory.resolve("child-" + run + ".log");
      Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), DurabilityWriter.class.getName(),
          database.toString(), acks.toString(), deliveries.toString(), Long.toString(1_000_000L * (run + 1)))
          .redirectErrorStream(true)
          .redirectOutput(out.toFile())
          .start();
      try {
        awaitReady(child, out);
        Thread.sleep(300 + random.nextInt(1200));
        awaitAcknowledged(acks, before);
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
      }
      acknowledgedPerRun.add(lines(acks).size() - (int) before);
    }
    Set<String> stored = new TreeSet<>();
    try (JdbcStore store = JdbcStore.embedded(database)) {
      store.transact(uow -> uow.departments().all()).forEach(d -> stored.add(d.id().value()));
    }
    assertThat(acknowledgedPerRun).as("units acknowledged in each run").allMatch(n -> n > 0);
    List<String> lostUnits = lines(acks).stream().map(n -> "dept-" + n).filter(id -> !stored.contains(id)).toList();
    List<String> lostChanges = lines(deliveries).stream().filter(id -> !stored.contains(id)).toList();
    assertThat(lostUnits).as("acknowledged units missing after the kills").isEmpty();
    assertThat(lostChanges).as("delivered notifications whose change is missing").isEmpty();
  }

  @Test
  void aSecondEmbeddedStoreOnAnOpenDirectoryIsRefusedClearly() {
    Path database = directory.resolve("ledger");
    try (JdbcStore first = JdbcStore.embedded(database)) {
      assertThatThrownBy(() -> JdbcStore.embedded(directory.resolve("ledger/../ledger")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already open on " + database.toAbsolutePath())
          .hasMessageContaining("share that store");
      first.transact(uow -> uow.departments().insert(Department.of(DepartmentId.of("dept-1"), "一部门", Jurisdiction.MUNICIPAL)));
      assertThat(first.<Optional<Department>>transact(uow -> uow.departments().find(DepartmentId.of("dept-1")))).isPresent();
    }
    try (JdbcStore again = JdbcStore.embedded(database)) {
      assertThat(again.<Optional<Department>>transact(uow -> uow.departments().find(DepartmentId.of("dept-1")))).isPresent();
    }
  }

  private static void awaitReady(Process child, Path out) throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).contains("ready")) {
        return;
      }
      assertThat(child.isAlive()).as("the child JVM runs; its output: %s", Files.exists(out) ? Files.readString(out) : "").isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("the child JVM did not open the store within " + READY_WITHIN + ": " + Files.readString(out));
  }

  private static void awaitAcknowledged(Path acks, long before) throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (lines(acks).size() <= before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    // a kill may cut the last line short: only whole lines count
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : text.substring(0, end).lines().filter(l -> !l.isBlank()).toList();
  }

  private static String javaCommand() {
    Optional<String> command = ProcessHandle.current().info().command();
    return command.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The test's class path and module path, all on the child's class path. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isBlank()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
