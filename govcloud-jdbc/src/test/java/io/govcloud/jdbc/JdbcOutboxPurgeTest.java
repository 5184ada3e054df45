package io.govcloud.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Notification;
import io.govcloud.spi.Notifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Removing delivered notifications from the outbox (docs/rules.md#r9, {@link JdbcStore#purgeDelivered}):
 * those delivered before the instant go with their data; those delivered later, and those not yet
 * delivered whatever their age, stay and are delivered as before. Run on each database by its {@code
 * *JdbcTest}.
 */
abstract class JdbcOutboxPurgeTest extends JdbcTestCase {

  @Test
  void deliveredNotificationsGoWithTheirDataAndUndeliveredOnesStay() throws SQLException {
    Instant old = Instant.parse("2020-01-01T00:00:00Z");
    String a = id("n"), b = id("n"), c = id("n");
    run(u -> {
      u.enqueue(Samples.notification(a, old));
      u.enqueue(Samples.notification(b, old));
    });
    List<String> delivered = new ArrayList<>();
    Notifier recorder = n -> delivered.add(n.id().value());
    assertThat(store.dispatch(recorder)).isEqualTo(2);
    run(u -> u.enqueue(Samples.notification(c, old)));
    long before = count("gc_notification");
    long dataBefore = count("gc_notification_data");

    assertThat(store.purgeDelivered(Instant.now().minus(Duration.ofDays(1))))
        .as("delivered just now, not before yesterday").isZero();
    assertThat(count("gc_notification")).isEqualTo(before);

    assertThat(store.purgeDelivered(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(2);
    assertThat(count("gc_notification")).isEqualTo(before - 2);
    assertThat(count("gc_notification_data")).as("their data with them").isEqualTo(dataBefore - 2L * 2);
    assertThat(store.purgeDelivered(Instant.now().plus(Duration.ofDays(1)))).as("nothing left to remove").isZero();

    // the undelivered one, created long before the purge's instant, is still delivered, whole
    List<Notification> later = new ArrayList<>();
    assertThat(store.dispatch(later::add)).isEqualTo(1);
    assertThat(later).singleElement().isEqualTo(Samples.notification(c, old));
    assertThat(delivered).containsExactly(a, b);
  }

  @Test
  void anInstantBeforeAnyDeliveryOrBeyondWhatTheColumnsHoldIsAnswered() {
    assertThat(store.purgeDelivered(Instant.MIN)).isZero();
    assertThat(store.purgeDelivered(Instant.EPOCH)).isZero();
    String d = id("n");
    run(u -> u.enqueue(Samples.notification(d, Instant.parse("2020-01-01T00:00:00Z"))));
    store.dispatch(n -> { });
    assertThat(store.purgeDelivered(Instant.MAX)).as("every delivered one").isPositive();
    assertThatThrownBy(() -> store.purgeDelivered(null)).isInstanceOf(NullPointerException.class);
  }

  private long count(String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
