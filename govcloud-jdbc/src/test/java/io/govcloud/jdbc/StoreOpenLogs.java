package io.govcloud.jdbc;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * The program {@link FlywayLogsTest} runs in a child JVM to read what opening stores logs: it creates a
 * host's own Flyway, opens an embedded store on a new directory twice, then runs the host's Flyway (whose
 * configuration govcloud's replaced meanwhile as Flyway's JVM-wide log setting), printing a line starting
 * with {@code ---} before each step.
 *
 * <p>Argument: the database directory.
 */
public final class StoreOpenLogs {

  private StoreOpenLogs() {}

  /**
   * Opens, reopens, then migrates the host's database.
   *
   * @param args the database directory
   */
  public static void main(String[] args) {
    Path directory = Path.of(args[0]);
    Flyway host = Flyway.configure().dataSource("jdbc:h2:mem:host;DB_CLOSE_DELAY=-1", "sa", "")
        .locations("classpath:io/govcloud/jdbc/hostdb").load();
    System.out.println("--- first open");
    JdbcStore.embedded(directory).close();
    System.out.println("--- second open");
    JdbcStore.embedded(directory).close();
    System.out.println("--- host migration");
    host.migrate();
    System.out.println("--- end");
  }
}
