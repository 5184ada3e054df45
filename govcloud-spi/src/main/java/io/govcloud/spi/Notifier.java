package io.govcloud.spi;

import io.govcloud.model.Notification;

/**
 * The host's way of sending a notification (docs/rules.md#r9): by message, mail, its own queue. govcloud
 * calls it only for notifications whose change committed, through {@link Store#dispatch}.
 *
 * <p>Returning normally acknowledges the notification: it is never delivered again. Throwing leaves it
 * to be delivered again on the next dispatch, so an implementation that may be called twice for the same
 * notification (after a crash between sending and acknowledging) should use {@link Notification#id()}
 * to drop repeats.
 */
@FunctionalInterface
public interface Notifier {

  /**
   * Sends one notification.
   *
   * @param notification the notification, not null
   */
  void deliver(Notification notification);
}
