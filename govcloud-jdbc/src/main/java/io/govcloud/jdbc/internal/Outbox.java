package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.Party;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.Notifier;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The outbox of notifications: {@code gc_notification}, its data in {@code gc_notification_data}.
 *
 * <p>A notification is inserted by the unit of work that raises it, in the unit's transaction, so it
 * exists exactly when the unit commits. {@link #dispatch} delivers the rows not yet delivered, oldest
 * first, each in a transaction of its own: it locks the row ({@code SELECT ... WHERE id = ? AND
 * delivered_at IS NULL FOR UPDATE SKIP LOCKED}), calls the notifier, and on its normal return sets
 * {@code delivered_at} and commits. A crash before that commit leaves the row undelivered, to be
 * delivered again (the notifier drops repeats by id); a committed row is never delivered again.
 *
 * <p>Dispatchers in several threads or processes deliver one at a time, so that delivery stays oldest
 * first across them (the port's order: a unit's notifications after those of the units that committed
 * before it began). A dispatcher that finds the next row it would deliver held by another dispatcher
 * stops there and leaves the rest to that one, which goes on to the newest row; it does not skip ahead,
 * which would deliver a newer notification while an older one is still with the notifier. On a server
 * without {@code SKIP LOCKED} it waits for the row instead, finds it delivered, and goes on behind the
 * other dispatcher. Either way no row is delivered twice.
 *
 * <p>The row lock is held while the notifier runs, so a slow notifier holds one connection. H2 accepts
 * {@code SKIP LOCKED}; as the row is locked by its id, the limit-before-lock behaviour H2 shows for
 * {@code ORDER BY ... LIMIT 1 FOR UPDATE SKIP LOCKED} does not arise here.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class Outbox {

  private static final int PAGE = 100;

  private Outbox() {}

  /**
   * Inserts a notification in a unit of work.
   *
   * @throws ConflictException if a notification of the same id exists
   */
  static void enqueue(JdbcUnitOfWork unit, Notification notification) {
    Objects.requireNonNull(notification, "notification");
    String id = notification.id().value();
    unit.write("enqueue notification " + id, () -> {
      Transaction tx = unit.transaction();
      if (tx.queryOne("SELECT id FROM gc_notification WHERE id = ?", p -> p.text(id), r -> r.text("id")).isPresent()) {
        throw new ConflictException("notification", id, 0, 0);
      }
      try {
        tx.update("INSERT INTO gc_notification (id, notification_type, recipient_role, recipient_subject, subject_type, "
                + "subject_id, article_instrument, article_number, chinese, english, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            p -> p.text(id)
                .text(notification.type())
                .name(notification.recipient().role())
                .text(notification.recipient().subject())
                .text(notification.subjectType())
                .text(notification.subjectId())
                .name(notification.article().instrument())
                .integer(notification.article().number())
                .text(notification.chinese())
                .text(notification.english())
                .instant(notification.createdAt()));
      } catch (SQLException e) {
        if (tx.dialect().isDuplicateKey(e)) {
          throw new ConflictException("notification", id, 0, 0);
        }
        throw e;
      }
      List<Map.Entry<String, String>> data = List.copyOf(notification.data().entrySet());
      tx.batch("INSERT INTO gc_notification_data (notification_id, ordinal, data_name, data_value) VALUES (?, ?, ?, ?)",
          IntStream.range(0, data.size()).boxed().toList(),
          (p, i) -> p.text(id).integer(i).text(data.get(i).getKey()).text(data.get(i).getValue()));
    });
  }

  /**
   * Delivers the committed notifications not yet delivered, oldest first, until the notifier throws.
   *
   * @param connector where the store's transactions come from
   * @param notifier the host's notifier
   * @return the number delivered and acknowledged
   * @throws RuntimeException the notifier's, as it threw it, once its notification's row is released
   * @throws io.govcloud.spi.StoreException if the storage fails
   */
  public static int dispatch(Connector connector, Notifier notifier) {
    Objects.requireNonNull(notifier, "notifier");
    int delivered = 0;
    while (true) {
      // each page from the oldest undelivered row: a row below the last one delivered may have been
      // committed since (its position was taken when its unit inserted it, not when the unit committed)
      List<String> page = candidates(connector);
      if (page.isEmpty()) {
        return delivered;
      }
      for (String id : page) {
        switch (deliver(connector, id, notifier)) {
          case DELIVERED -> delivered++;
          case DELIVERED_ELSEWHERE -> { }
          case HELD_ELSEWHERE -> {
            return delivered;
          }
        }
      }
    }
  }

  /** The latest instant a purge compares with: the end of the year 9999, which every dialect stores. */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * Removes the rows delivered before an instant, their data first, in one transaction. A row not yet
   * delivered is never removed; a delivered row is never written again, so nothing races the removal.
   *
   * @param connector where the store's transactions come from
   * @param deliveredBefore remove rows whose {@code delivered_at} (the database's clock) is before this
   * @return the number of notifications removed
   * @throws io.govcloud.spi.StoreException if the storage fails; nothing is removed
   */
  public static int purge(Connector connector, Instant deliveredBefore) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    if (!deliveredBefore.isAfter(Instant.EPOCH)) {
      return 0; // nothing is delivered before the store existed
    }
    Instant cutoff = deliveredBefore.isAfter(LATEST) ? LATEST : deliveredBefore;
    String operation = "purge notifications delivered before " + cutoff;
    try (Transaction tx = connector.begin(operation)) {
      int removed = Sql.call(operation, () -> {
        tx.update("DELETE FROM gc_notification_data WHERE notification_id IN "
                + "(SELECT id FROM gc_notification WHERE delivered_at IS NOT NULL AND delivered_at < ?)",
            p -> p.instant(cutoff));
        return tx.update("DELETE FROM gc_notification WHERE delivered_at IS NOT NULL AND delivered_at < ?", p -> p.instant(cutoff));
      });
      tx.commit(operation);
      return removed;
    }
  }

  /** The ids of the oldest rows waiting for delivery, oldest first. */
  private static List<String> candidates(Connector connector) {
    String operation = "dispatch notifications: find undelivered";
    try (Transaction tx = connector.begin(operation)) {
      List<String> page = Sql.call(operation, () -> tx.query(
          "SELECT id FROM gc_notification WHERE delivered_at IS NULL ORDER BY queue_position LIMIT ?",
          p -> p.integer(PAGE),
          row -> row.text("id")));
      tx.commit(operation);
      return page;
    }
  }

  /** What became of a notification a dispatcher tried to deliver. */
  private enum Outcome {
    /** Delivered and acknowledged by this dispatcher. */
    DELIVERED,
    /** Delivered by another dispatcher already. */
    DELIVERED_ELSEWHERE,
    /** Held by another dispatcher, whose notifier has it now. */
    HELD_ELSEWHERE
  }

  /**
   * Delivers one notification if it is still undelivered and no other dispatcher holds it.
   *
   * @throws RuntimeException the notifier's, after rolling back, so that the row stays undelivered
   */
  private static Outcome deliver(Connector connector, String id, Notifier notifier) {
    Database database = connector.database();
    String operation = "dispatch notification " + id;
    try (Transaction tx = connector.begin(operation)) {
      Optional<Notification> locked = Sql.call(operation, () -> lock(tx, id, database.skipLocked()));
      if (locked.isEmpty()) {
        // skipped (only SKIP LOCKED skips) or delivered: a row still undelivered is with another dispatcher
        boolean held = database.skipLocked() && Sql.call(operation, () -> tx.queryOne(
            "SELECT id FROM gc_notification WHERE id = ? AND delivered_at IS NULL", p -> p.text(id), r -> r.text("id")).isPresent());
        tx.commit(operation);
        return held ? Outcome.HELD_ELSEWHERE : Outcome.DELIVERED_ELSEWHERE;
      }
      try {
        notifier.deliver(locked.get());
      } catch (RuntimeException e) {
        tx.rollback(e);
        throw e;
      }
      Sql.run(operation, () -> tx.update(
          "UPDATE gc_notification SET delivered_at = " + database.dialect().nowUtc() + " WHERE id = ?", p -> p.text(id)));
      tx.commit(operation);
      return Outcome.DELIVERED;
    }
  }

  private static Optional<Notification> lock(Transaction tx, String id, boolean skipLocked) throws SQLException {
    Optional<Head> row = tx.queryOne(
        "SELECT * FROM gc_notification WHERE id = ? AND delivered_at IS NULL FOR UPDATE" + (skipLocked ? " SKIP LOCKED" : ""),
        p -> p.text(id), Outbox::read);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> data = new LinkedHashMap<>();
    tx.forEach("SELECT data_name, data_value FROM gc_notification_data WHERE notification_id = ? ORDER BY ordinal",
        p -> p.text(id), r -> data.put(r.text("data_name"), r.text("data_value")));
    return Optional.of(row.get().with(data));
  }

  /** A notification's row, waiting for its data. */
  private record Head(
      NotificationId id, String type, Party recipient, String subjectType, String subjectId, Article article,
      String chinese, String english, Instant createdAt) {

    Notification with(Map<String, String> data) {
      return new Notification(id, type, recipient, subjectType, subjectId, article, chinese, english, data, createdAt);
    }
  }

  private static Head read(Row row) throws SQLException {
    return new Head(
        NotificationId.of(row.text("id")),
        row.text("notification_type"),
        new Party(row.constant("recipient_role", Actor.Role.class), row.text("recipient_subject")),
        row.text("subject_type"),
        row.text("subject_id"),
        new Article(row.constant("article_instrument", Article.Instrument.class), row.integer("article_number")),
        row.text("chinese"),
        row.text("english"),
        row.instant("created_at"));
  }
}
