package io.govcloud.jdbc;

import io.govcloud.model.Article;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The program {@link EmbeddedDurabilityTest} runs in a child JVM and kills: it writes units through
 * {@link JdbcStore#embedded} forever, each inserting one department and enqueuing one notification about
 * it, and appends the number of each unit whose {@code transact} returned to an acknowledgement file, and
 * the subject of each notification its notifier received to a delivery file (both written to the
 * operating system before the next unit starts, so that a kill of this JVM cannot lose them).
 *
 * <p>Arguments: the database directory, the acknowledgement file, the delivery file, the first unit's
 * number.
 */
public final class DurabilityWriter {

  private DurabilityWriter() {}

  /**
   * Writes until killed.
   *
   * @param args directory, acknowledgement file, delivery file, first unit's number
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    long first = Long.parseLong(args[3]);
    try (PrintStream acks = new PrintStream(new FileOutputStream(args[1], true), true, StandardCharsets.UTF_8);
        PrintStream deliveries = new PrintStream(new FileOutputStream(args[2], true), true, StandardCharsets.UTF_8);
        JdbcStore store = JdbcStore.embedded(directory)) {
      System.out.println("ready");
      System.out.flush();
      for (long n = first; ; n++) {
        long number = n;
        DepartmentId id = DepartmentId.of("dept-" + number);
        store.transact(uow -> {
          uow.departments().insert(Department.of(id, "部门" + number, Jurisdiction.MUNICIPAL));
          uow.enqueue(new Notification(NotificationId.of("notice-" + number), "DEPARTMENT_REGISTERED",
              Party.department(id), "department", id.value(), Article.of(16), "部门已登记", "department registered",
              Map.of(), Instant.EPOCH.plusSeconds(number)));
          return null;
        });
        acks.println(number);
        store.dispatch(notification -> deliveries.println(notification.subjectId()));
      }
    }
  }
}
