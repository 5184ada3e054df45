package io.govcloud.inmemory;

import io.govcloud.model.Notification;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A {@link Store} that keeps everything in memory, for tests, demos and small hosts (docs/design.md#modules). It passes
 * the contract tests of {@code govcloud-tck}; nothing survives the process.
 *
 * <p><b>Units of work.</b> A unit reads the state committed when it began (snapshot isolation: its reads
 * repeat, and it never sees another unit's uncommitted writes), overlaid with its own writes, which it
 * buffers. When its body returns, the store commits it under a lock: every aggregate it wrote must still
 * be at the version it loaded (or, for one it inserted, still absent), every work order, utilization
 * record and notification id still unused, and no open reduction case it wrote may meet another open
 * case of the same department, platform and dimension that another unit committed; otherwise a {@link
 * ConflictException} is thrown and nothing of the unit is kept. Then all of its writes become visible at once, its audit records are numbered 1, 2, ... in commit
 * order, and its notifications join the outbox.
 *
 * <p><b>When a conflict is reported.</b> A write the unit can already see is stale fails at once: an
 * {@code insert} of an id it sees, an {@code update} carrying another version than the one it sees (or
 * of an id it does not see). A write that became stale because another unit committed after this one
 * began fails at commit. Either way the whole unit rolls back, even if its body caught the exception.
 *
 * <p><b>Notifications.</b> {@link #dispatch} delivers the outbox oldest first, one dispatcher at a time:
 * a second caller waits until the first is done. Notifiers run on the dispatching thread, holding no
 * lock but the dispatcher's, so they may run units of work of their own; they may not call {@code
 * dispatch}.
 *
 * <p>This class is thread-safe; it starts no threads.
 */
public final class InMemoryStore implements Store {

  private final Object commitLock = new Object();
  private final ReentrantLock dispatcher = new ReentrantLock();
  private volatile Snapshot committed = Snapshot.EMPTY;

  private InMemoryStore() {}

  /**
   * An empty store.
   *
   * @return a new store, not null
   */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code work} is null
   */
  @Override
  public <T> T transact(Function<? super UnitOfWork, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    Unit unit = new Unit(committed);
    T result;
    try {
      result = work.apply(unit);
    } finally {
      unit.close();
    }
    synchronized (commitLock) {
      Snapshot latest = committed;
      unit.validate(latest);
      if (!unit.isReadOnly()) {
        committed = unit.apply(latest);
      }
    }
    return result;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The notifier's exception is rethrown as it was, after the notifications delivered before it were
   * acknowledged. Delivers the notifications committed before the call; those committed while it runs
   * wait for the next call.
   *
   * @throws NullPointerException if {@code notifier} is null
   * @throws IllegalStateException if called from within a notifier this store is delivering to
   */
  @Override
  public int dispatch(Notifier notifier) {
    Objects.requireNonNull(notifier, "notifier");
    if (dispatcher.isHeldByCurrentThread()) {
      throw new IllegalStateException("dispatch must not be called from within a notifier it is delivering to");
    }
    dispatcher.lock();
    try {
      int acknowledged = 0;
      for (Notification notification : committed.outbox()) {
        notifier.deliver(notification);
        synchronized (commitLock) {
          committed = committed.acknowledge(notification.id());
        }
        acknowledged++;
      }
      return acknowledged;
    } finally {
      dispatcher.unlock();
    }
  }

  @Override
  public String toString() {
    Snapshot state = committed;
    return "InMemoryStore[" + state.outbox().size() + " notifications to deliver]";
  }
}
