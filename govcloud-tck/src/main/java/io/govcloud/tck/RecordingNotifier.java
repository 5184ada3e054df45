package io.govcloud.tck;

import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.spi.Notifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A notifier that keeps what it is given, in order, as a host's would send it; it can be told to fail
 * for one notification. It also notices a notification delivered while the same one is still being
 * delivered on another thread. Thread-safe.
 */
final class RecordingNotifier implements Notifier {

  /** What a failing notifier throws. */
  static final class DeliveryFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeliveryFailure(NotificationId id) {
      super("the host could not send notification " + id);
    }
  }

  private final List<Notification> delivered = new CopyOnWriteArrayList<>();
  private final Set<NotificationId> inFlight = ConcurrentHashMap.newKeySet();
  private final List<NotificationId> overlapping = new CopyOnWriteArrayList<>();
  private final Optional<DeliveryFailure> failure;
  private final Optional<NotificationId> failAt;

  /** A notifier that accepts everything. */
  RecordingNotifier() {
    this(Optional.empty());
  }

  private RecordingNotifier(Optional<NotificationId> failAt) {
    this.failAt = failAt;
    this.failure = failAt.map(DeliveryFailure::new);
  }

  /** A notifier that throws a {@link DeliveryFailure} for the notification of an id, and accepts the others. */
  static RecordingNotifier failingAt(String id) {
    return new RecordingNotifier(Optional.of(NotificationId.of(id)));
  }

  /** What this notifier throws for the notification it fails at: always the same exception. */
  DeliveryFailure failure() {
    return failure.orElseThrow(() -> new IllegalStateException("this notifier fails at no notification"));
  }

  @Override
  public void deliver(Notification notification) {
    if (!inFlight.add(notification.id())) {
      overlapping.add(notification.id());
    }
    try {
      if (failAt.filter(notification.id()::equals).isPresent()) {
        throw failure();
      }
      delivered.add(notification);
      Thread.yield(); // give a second dispatcher the chance to deliver the same one, if it would
    } finally {
      inFlight.remove(notification.id());
    }
  }

  /** The notifications accepted, in the order they came. */
  List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  /** The ids of the notifications accepted, in the order they came. */
  List<String> ids() {
    return delivered.stream().map(n -> n.id().value()).toList();
  }

  /** The ids delivered while the same id was being delivered on another thread. */
  List<NotificationId> overlapping() {
    return List.copyOf(overlapping);
  }
}
