package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Notification;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.StoreException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: notifications delivered after commit only, oldest first, and once to a notifier that returns. */
abstract class OutboxContract extends StoreFixture {

  /** Every test starts with an empty outbox: what earlier tests left is delivered and dropped. */
  @BeforeEach
  void drain() {
    store.dispatch(n -> { });
  }

  @Test
  void aCommittedNotificationIsDeliveredOnceWithEveryField() {
    Notification sent = Samples.notification(id("n"), Samples.T0);
    run(u -> u.enqueue(sent));
    List<Notification> received = new ArrayList<>();
    assertThat(store.dispatch(received::add)).isEqualTo(1);
    assertThat(received).containsExactly(sent);
    assertThat(List.copyOf(received.get(0).data().keySet())).containsExactly("zeta", "alpha 'a'", "名");
    assertThat(store.dispatch(received::add)).isZero();
    assertThat(received).hasSize(1);
  }

  @Test
  void aNotificationIsNotDeliveredBeforeItsUnitCommitsNorAfterItRollsBack() {
    Notification n = Samples.notification(id("n"), at(1));
    List<Notification> received = new ArrayList<>();
    run(u -> {
      u.enqueue(n);
      assertThat(store.dispatch(received::add)).isZero();
    });
    assertThat(store.dispatch(received::add)).isEqualTo(1);
    Notification dropped = Samples.notification(id("n"), at(2));
    assertThatThrownBy(() -> run(u -> {
      u.enqueue(dropped);
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.dispatch(received::add)).isZero();
    assertThat(received).containsExactly(n);
  }

  @Test
  void deliveryStopsAtTheFirstRefusalAndResumesOldestFirst() {
    List<Notification> queued = List.of(
        Samples.notification(id("n"), at(1)), Samples.notification(id("n"), at(2)), Samples.notification(id("n"), at(3)));
    run(u -> queued.forEach(u::enqueue));
    List<Notification> received = new ArrayList<>();
    IllegalStateException down = new IllegalStateException("the host's mail server is down");
    assertThatThrownBy(() -> store.dispatch(n -> {
      if (n.equals(queued.get(1))) {
        throw down;
      }
      received.add(n);
    })).isSameAs(down);
    assertThat(received).containsExactly(queued.get(0));
    assertThat(store.dispatch(received::add)).isEqualTo(2);
    assertThat(received).containsExactlyElementsOf(queued);
  }

  @Test
  void aNotificationWhoseAcknowledgementIsLostIsDeliveredAgainNotLost() {
    TestDataSource dataSource = database.dataSource();
    Notification n = Samples.notification(id("n"), at(1));
    run(u -> u.enqueue(n));
    List<Notification> received = new ArrayList<>();
    try (JdbcStore crashing = JdbcStore.of(dataSource)) {
      assertThatThrownBy(() -> crashing.dispatch(delivered -> {
        received.add(delivered);
        try {
          dataSource.lastConnection().close();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).contains(n.id().value()));
    }
    assertThat(store.dispatch(received::add)).isEqualTo(1);
    assertThat(received).containsExactly(n, n);
  }

  @Test
  void aNotificationIdIsEnqueuedOnce() {
    Notification n = Samples.notification(id("n"), at(1));
    run(u -> u.enqueue(n));
    assertThatThrownBy(() -> run(u -> u.enqueue(n))).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.id()).isEqualTo(n.id().value()));
    assertThat(store.dispatch(x -> { })).isEqualTo(1);
  }

  @Test
  void twoDispatchersNeverDeliverTheSameNotification() throws Exception {
    List<Notification> queued = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      queued.add(Samples.notification(id("n"), at(i)));
    }
    run(u -> queued.forEach(u::enqueue));
    List<Notification> received = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> dispatcher = () -> {
        start.await();
        return store.dispatch(received::add);
      };
      List<Future<Integer>> counts = List.of(pool.submit(dispatcher), pool.submit(dispatcher));
      start.countDown();
      assertThat(counts.get(0).get() + counts.get(1).get()).isEqualTo(queued.size());
    } finally {
      pool.shutdown();
    }
    assertThat(received).containsExactlyInAnyOrderElementsOf(queued);
  }
}
