package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.govcloud.model.Actor;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import io.govcloud.model.ProviderId;
import io.govcloud.spi.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outbox (rule R9): notifications are delivered after their unit commits, never while it is open
 * nor when it rolls back, oldest first, field by field as enqueued; an acknowledged one is never delivered again; a
 * notifier that throws stops delivery and leaves that one and the rest for the next dispatch; an id is
 * used once; concurrent dispatchers deliver each notification once; removing delivered notifications never
 * removes one waiting for delivery.
 */
public abstract class NotificationContract extends StoreContractSupport {

  /** For subclasses. */
  protected NotificationContract() {}

  private static Notification notification(String id) {
    return Samples.notification(NotificationId.of(id), "通知 " + id, at(0));
  }

  private void commit(String... ids) {
    run(unit -> {
      for (String id : ids) {
        unit.enqueue(notification(id));
      }
    });
  }

  @Test
  void notificationsAreDeliveredAfterCommitFieldByField() {
    List<Notification> enqueued = new ArrayList<>();
    List<String> texts = Samples.HOSTILE_TEXTS;
    Actor.Role[] roles = Actor.Role.values();
    for (int i = 0; i < texts.size(); i++) {
      Party recipient = new Party(roles[i % roles.length], "party-" + i);
      enqueued.add(Samples.notification(NotificationId.of("n-" + (char) ('a' + i)), texts.get(i), at(i), recipient));
    }
    run(unit -> enqueued.forEach(unit::enqueue));
    RecordingNotifier notifier = new RecordingNotifier();
    int acknowledged = store().dispatch(notifier);
    assertThat(acknowledged).as("notifications acknowledged").isEqualTo(enqueued.size());
    Fields.NOTIFICATION.assertSameList(enqueued, notifier.delivered(), "notifications delivered");
  }

  /**
   * Removing delivered notifications ({@link io.govcloud.spi.Store#purgeDelivered}) never removes one not
   * yet delivered, however old: a store may remove the delivered ones or keep them, but what waits for
   * delivery is delivered after the purge, once, in order.
   */
  @Test
  void purgingDeliveredNotificationsNeverLosesAnUndeliveredOne() {
    commit("n-a", "n-b");
    RecordingNotifier first = new RecordingNotifier();
    assertThat(store().dispatch(first)).isEqualTo(2);
    commit("n-c", "n-d");
    assertThat(store().purgeDelivered(java.time.Instant.now().plus(java.time.Duration.ofDays(1))))
        .as("removed: at most the two delivered").isBetween(0, 2);
    assertThat(store().purgeDelivered(java.time.Instant.MAX)).as("an instant far away is answered").isBetween(0, 2);
    RecordingNotifier second = new RecordingNotifier();
    assertThat(store().dispatch(second)).isEqualTo(2);
    assertThat(second.ids()).containsExactly("n-c", "n-d");
    assertThat(store().dispatch(new RecordingNotifier())).as("a delivered one is not delivered again after a purge").isZero();
    assertThat(catchThrowable(() -> store().purgeDelivered(null))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void notificationsComeInEnqueueOrderWithinAUnitAndInCommitOrderAcrossUnits() {
    run(unit -> {
      unit.enqueue(Samples.notification(NotificationId.of("n-c"), "第一", at(30)));
      unit.enqueue(Samples.notification(NotificationId.of("n-a"), "第二", at(20)));
    });
    run(unit -> unit.enqueue(Samples.notification(NotificationId.of("n-b"), "第三", at(10))));
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("order of delivery (not by id, not by creation time)").containsExactly("n-c", "n-a", "n-b");
  }

  /**
   * A dispatch on another thread while a unit that enqueued a notification is open delivers nothing of
   * it. A store may make that dispatch wait for the unit to end (then it delivers the notification after
   * the commit); the test waits for it a second at most before letting the unit commit.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aNotificationIsNotDeliveredWhileItsUnitIsOpen() throws InterruptedException, ExecutionException {
    commit("n-before");
    store().dispatch(new RecordingNotifier());
    RecordingNotifier notifier = new RecordingNotifier();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      List<Future<Integer>> dispatch = new ArrayList<>();
      run(unit -> {
        unit.enqueue(notification("n-open"));
        dispatch.add(executor.submit(() -> store().dispatch(notifier)));
        try {
          dispatch.get(0).get(1, TimeUnit.SECONDS);
        } catch (TimeoutException waiting) {
          // the store makes the dispatch wait for this unit: allowed, as long as it delivers nothing before the commit
        } catch (InterruptedException | ExecutionException e) {
          throw new AssertionError("the dispatch during the open unit failed", e);
        }
        assertThat(notifier.ids()).as("delivered while the unit that enqueued it was open").isEmpty();
      });
      int first = dispatch.get(0).get();
      RecordingNotifier after = new RecordingNotifier();
      int second = store().dispatch(after);
      assertThat(first + second).as("acknowledged by the dispatch during the unit and the one after it").isEqualTo(1);
      assertThat(concat(notifier.ids(), after.ids())).as("delivered once the unit committed").containsExactly("n-open");
    } finally {
      executor.shutdownNow();
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  @Test
  void anAcknowledgedNotificationIsNeverDeliveredAgain() {
    commit("n-1", "n-2", "n-3");
    RecordingNotifier first = new RecordingNotifier();
    assertThat(store().dispatch(first)).as("first dispatch").isEqualTo(3);
    RecordingNotifier second = new RecordingNotifier();
    assertThat(store().dispatch(second)).as("second dispatch").isZero();
    assertThat(second.ids()).as("delivered by the second dispatch").isEmpty();
    commit("n-4");
    RecordingNotifier third = new RecordingNotifier();
    assertThat(store().dispatch(third)).as("dispatch after one more commit").isEqualTo(1);
    assertThat(third.ids()).as("delivered after one more commit").containsExactly("n-4");
  }

  @Test
  void aThrowingNotifierStopsDeliveryAndLeavesTheRestForTheNextDispatch() {
    commit("n-1", "n-2");
    commit("n-3", "n-4");
    RecordingNotifier failing = RecordingNotifier.failingAt("n-3");
    Throwable thrown = catchThrowable(() -> store().dispatch(failing));
    assertThat(thrown).as("dispatch to a notifier that throws: its exception, as it was").isSameAs(failing.failure());
    assertThat(failing.ids()).as("delivered before the failure").containsExactly("n-1", "n-2");
    RecordingNotifier next = new RecordingNotifier();
    assertThat(store().dispatch(next)).as("next dispatch").isEqualTo(2);
    assertThat(next.ids()).as("delivered by the next dispatch").containsExactly("n-3", "n-4");
  }

  @Test
  void aNotifierThatThrowsAtTheFirstAcknowledgesNothing() {
    commit("n-1", "n-2");
    catchThrowable(() -> store().dispatch(RecordingNotifier.failingAt("n-1")));
    RecordingNotifier next = new RecordingNotifier();
    store().dispatch(next);
    assertThat(next.ids()).as("delivered after a failure at the first").containsExactly("n-1", "n-2");
  }

  @Test
  void notificationsOfARolledBackUnitAreNeverDelivered() {
    commit("n-1");
    catchThrowable(() -> run(unit -> {
      unit.enqueue(notification("n-rolled-back"));
      throw new IllegalStateException("the body failed");
    }));
    commit("n-2");
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("delivered").containsExactly("n-1", "n-2");
  }

  @Test
  void dispatchWithNothingCommittedDeliversNothing() {
    RecordingNotifier notifier = new RecordingNotifier();
    assertThat(store().dispatch(notifier)).as("dispatch of an empty outbox").isZero();
    assertThat(notifier.ids()).as("delivered from an empty outbox").isEmpty();
  }

  @Test
  void aNotificationIdIsUsedOnce() {
    commit("n-delivered");
    store().dispatch(new RecordingNotifier());
    commit("n-waiting");
    for (String reused : List.of("n-delivered", "n-waiting")) {
      ConflictException conflict =
          catchThrowableOfType(ConflictException.class, () -> run(unit -> {
            unit.enqueue(notification("n-bystander"));
            unit.enqueue(notification(reused));
          }));
      assertThat(conflict).as("enqueue of the id of a committed notification, %s", reused).isNotNull();
      assertThat(conflict.id()).as("id in the conflict").isEqualTo(reused);
    }
    ConflictException twice =
        catchThrowableOfType(ConflictException.class, () -> run(unit -> {
          unit.enqueue(notification("n-twice"));
          unit.enqueue(notification("n-twice"));
        }));
    assertThat(twice).as("enqueue of one id twice in a unit").isNotNull();
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("delivered after the conflicts").containsExactly("n-waiting");
  }

  @Test
  void aNotificationIdAnotherUnitCommittedWhileThisOneWasOpenConflicts() {
    ConflictException conflict =
        catchThrowableOfType(ConflictException.class, () -> run(unit -> {
          unit.providers().find(ProviderId.of("provider-1")); // the unit has begun, and only read
          inAnotherThread(() -> {
            commit("n-raced");
            return null;
          });
          unit.enqueue(notification("n-bystander"));
          unit.enqueue(notification("n-raced"));
        }));
    assertThat(conflict).as("enqueue of an id another unit committed meanwhile").isNotNull();
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("delivered").containsExactly("n-raced");
  }

  @Test
  void undeliveredNotificationsSurviveAReopen() {
    commit("n-1", "n-2", "n-3");
    catchThrowable(() -> store().dispatch(RecordingNotifier.failingAt("n-2")));
    restart();
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("delivered after a reopen").containsExactly("n-2", "n-3");
  }

  /** The timeout is a watchdog against a store whose dispatchers deadlock, not a speed requirement. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void concurrentDispatchersDeliverEachNotificationOnce() throws InterruptedException {
    int units = 25;
    int perUnit = 8;
    for (int u = 0; u < units; u++) {
      String[] ids = new String[perUnit];
      for (int i = 0; i < perUnit; i++) {
        ids[i] = String.format("n-%03d-%d", u, i);
      }
      commit(ids);
    }
    int dispatchers = 4;
    RecordingNotifier notifier = new RecordingNotifier();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(dispatchers);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (int d = 0; d < dispatchers; d++) {
        Callable<Integer> dispatch = () -> {
          start.await();
          return store().dispatch(notifier);
        };
        counts.add(executor.submit(dispatch));
      }
      start.countDown();
      int acknowledged = 0;
      for (Future<Integer> count : counts) {
        acknowledged += count.get();
      }
      assertThat(acknowledged).as("acknowledged by all dispatchers together").isEqualTo(units * perUnit);
    } catch (ExecutionException e) {
      throw new AssertionError("a dispatcher failed", e.getCause());
    } finally {
      executor.shutdownNow();
    }
    assertThat(notifier.ids()).as("every notification delivered").hasSize(units * perUnit).doesNotHaveDuplicates();
    assertThat(notifier.overlapping()).as("notifications delivered twice at once").isEmpty();
    assertThat(store().dispatch(new RecordingNotifier())).as("left after the dispatchers").isZero();
  }
}
