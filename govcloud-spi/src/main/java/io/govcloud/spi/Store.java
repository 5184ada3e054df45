package io.govcloud.spi;

import java.util.function.Function;

/**
 * The port through which govcloud keeps its aggregates (docs/design.md#units-of-work): units of work with optimistic
 * versions, an append-only audit trail and an outbox of notifications. {@code govcloud-inmemory} and
 * {@code govcloud-jdbc} implement it; a host may implement it on its own storage and prove it with the
 * contract tests of {@code govcloud-tck}. Implementations know nothing of the rules.
 *
 * <p>What a store keeps, it gives back unchanged: every field of every aggregate and value, texts of any
 * Unicode characters but NUL (quotes, SQL fragments, characters outside the Basic Multilingual Plane,
 * names of 200 characters), the order of lists and of maps documented as ordered. Two liberties are
 * allowed, because relational databases take them: instants are kept to the microsecond (finer digits
 * may be cut off), and a decimal quantity keeps its value but not necessarily its scale ({@code 8} may
 * come back as {@code 8.000000}); amounts of {@code Money} are exact.
 *
 * <p>Implementations must be safe to use from many threads at once.
 */
public interface Store {

  /**
   * Runs a unit of work: everything it writes commits together when {@code work} returns, or nothing
   * does when it throws (the exception is rethrown as it was). Writes are checked against the versions
   * they were loaded with; a stale write fails with {@link ConflictException}, either when it is made or
   * at commit, and the whole unit rolls back: once a write has failed with a conflict, the unit rolls back
   * and {@code transact} throws that conflict even if the body caught it. Notifications enqueued in a
   * unit are kept (in the outbox) only if it commits.
   *
   * <p>A unit never sees another unit's uncommitted writes.
   *
   * <p>A unit of work must not be used after {@code work} returns, nor shared between threads.
   *
   * @param work the unit's body, not null
   * @param <T> what the body returns
   * @return what {@code work} returned
   * @throws ConflictException if a write was stale
   * @throws StoreException if the storage fails; nothing of the unit is kept
   */
  <T> T transact(Function<? super UnitOfWork, ? extends T> work);

  /**
   * Delivers the committed notifications not yet acknowledged, oldest first: each one the notifier
   * returns from normally is acknowledged and never delivered again; at the first one it throws for,
   * delivery stops, that one and the rest stay for the next call, and the notifier's exception is
   * rethrown as it was. Notifications of units that committed before a crash are delivered by the first
   * call after it.
   *
   * <p>Oldest first: a unit's notifications in the order it enqueued them, after those of every unit
   * that committed before it began. Calls from several threads at once never deliver one notification
   * more than once (for instance, one dispatcher at a time).
   *
   * @param notifier the host's notifier, not null
   * @return the number of notifications acknowledged
   * @throws RuntimeException the notifier's, as it threw it
   * @throws StoreException if the storage fails
   */
  int dispatch(Notifier notifier);

  /**
   * Removes from the outbox the notifications delivered (acknowledged by the notifier) before an instant,
   * so that the outbox does not grow for ever (docs/rules.md#r9). A notification not yet delivered is
   * never removed, whatever its age. The entry point calls this from {@code GovCloud.sweep} with the
   * policy's retention of delivered notifications; the audit trail, which records every change, is not
   * touched.
   *
   * <p>The default keeps every notification and returns 0: right for a store that drops a notification as
   * soon as it is acknowledged (the in-memory store does), or that keeps them for a reason of its own.
   *
   * @param deliveredBefore remove those delivered strictly before this instant, not null
   * @return the number of notifications removed
   * @throws NullPointerException if {@code deliveredBefore} is null
   * @throws StoreException if the storage fails; nothing is removed
   */
  default int purgeDelivered(java.time.Instant deliveredBefore) {
    java.util.Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    return 0;
  }
}
