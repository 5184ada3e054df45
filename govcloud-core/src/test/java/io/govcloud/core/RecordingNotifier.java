package io.govcloud.core;

import io.govcloud.model.Notification;
import io.govcloud.spi.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A notifier that keeps what it was given; thread-safe. */
public final class RecordingNotifier implements Notifier {

  private final List<Notification> delivered = new ArrayList<>();

  /** An empty recorder. */
  public RecordingNotifier() {}

  @Override
  public synchronized void deliver(Notification notification) {
    delivered.add(notification);
  }

  public synchronized List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  public synchronized List<String> types() {
    return delivered.stream().map(Notification::type).toList();
  }
}
