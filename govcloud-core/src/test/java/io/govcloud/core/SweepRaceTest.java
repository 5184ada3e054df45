package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Party;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A sweep races a change of the deadline it is about to notify (docs/rules.md#r1): the stage it notifies is
 * the one the deadline reached as the notifying unit reads it, never one computed from the copy the sweep
 * read before, which another unit (loading a notice, counting the deadline again) may have moved since.
 */
class SweepRaceTest {

  private static final DeadlineId ID = DeadlineId.of("dl-race");

  @Test
  void aDeadlineMovedLaterBetweenTheSweepsReadAndItsNoticeIsNotNotifiedDue() {
    HookStore store = new HookStore(InMemoryStore.create());
    World world = new World(store);
    insert(world, LocalDate.of(2025, 3, 5));
    // the sweep reads the deadline due on 03-05; before its notifying unit, another unit moves it to 03-12
    store.beforeSecondUnitFromNow(uow -> {
      TrackedDeadline d = uow.deadlines().find(ID).orElseThrow();
      uow.deadlines().update(d.rescheduled(LocalDate.of(2025, 3, 12), at("2025-03-12T00:00"), at("2025-03-13T00:00"), false));
    });

    List<DeadlineNotice> notices = world.gov.sweep(at("2025-03-05T10:00"));

    assertThat(notices).as("the deadline as it is now is neither due nor approaching").isEmpty();
    TrackedDeadline after = store.transact(uow -> uow.deadlines().find(ID).orElseThrow());
    assertThat(after.notified()).isEmpty();
    assertThat(audit(store)).noneMatch(r -> r.action().startsWith("NOTIFY_DEADLINE"));
    assertThat(world.notifier.delivered()).noneMatch(n -> n.subjectId().equals(ID.value()));
    // on 03-12 it is due, and notified so, once
    assertThat(world.gov.sweep(at("2025-03-12T10:00"))).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.DUE);
    assertThat(world.gov.sweep(at("2025-03-12T11:00"))).isEmpty();
  }

  @Test
  void aDeadlineMovedEarlierBetweenTheSweepsReadAndItsNoticeIsNotifiedAtTheStageItReached() {
    HookStore store = new HookStore(InMemoryStore.create());
    World world = new World(store);
    insert(world, LocalDate.of(2025, 3, 6));
    // read as approaching (last day 03-06), moved to a last day of 03-05 before the notice: it is due now
    store.beforeSecondUnitFromNow(uow -> {
      TrackedDeadline d = uow.deadlines().find(ID).orElseThrow();
      uow.deadlines().update(d.rescheduled(LocalDate.of(2025, 3, 5), at("2025-03-05T00:00"), at("2025-03-06T00:00"), false));
    });

    List<DeadlineNotice> notices = world.gov.sweep(at("2025-03-05T10:00"));

    assertThat(notices).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.DUE);
    assertThat(notices.get(0).deadline().lastDay()).isEqualTo(LocalDate.of(2025, 3, 5));
    TrackedDeadline after = store.transact(uow -> uow.deadlines().find(ID).orElseThrow());
    assertThat(after.notified()).containsExactlyInAnyOrder(TrackedDeadline.Stage.APPROACHING, TrackedDeadline.Stage.DUE);
  }

  private static void insert(World world, LocalDate lastDay) {
    TrackedDeadline deadline = TrackedDeadline.builder()
        .id(ID).kind("PERIODIC_CHANGE").article(Article.of(23)).subjectType("resource").subjectId("r-race")
        .platform(PD).responsible(Party.department(D)).trigger(at("2025-03-03T10:00")).lastDay(lastDay)
        .lastDayStartsAt(lastDay.atStartOfDay(SHANGHAI).toInstant())
        .expiresAt(lastDay.plusDays(1).atStartOfDay(SHANGHAI).toInstant()).build();
    world.store.transact(uow -> {
      uow.deadlines().insert(deadline);
      return null;
    });
  }

  private static List<AuditRecord> audit(Store store) {
    return store.transact(uow -> uow.audit().ofSubject("deadline", ID.value()));
  }

  /** A store that runs another unit of work just before a chosen later unit begins. */
  private static final class HookStore implements Store {
    private final Store delegate;
    private final AtomicInteger countdown = new AtomicInteger(-1);
    private final AtomicReference<java.util.function.Consumer<UnitOfWork>> hook = new AtomicReference<>();

    HookStore(Store delegate) {
      this.delegate = delegate;
    }

    /** The unit after the next one is preceded by a unit running {@code change}. */
    void beforeSecondUnitFromNow(java.util.function.Consumer<UnitOfWork> change) {
      hook.set(change);
      countdown.set(2);
    }

    @Override
    public <T> T transact(Function<? super UnitOfWork, ? extends T> work) {
      if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
        java.util.function.Consumer<UnitOfWork> change = hook.getAndSet(null);
        delegate.transact(uow -> {
          change.accept(uow);
          return null;
        });
      }
      return delegate.transact(work);
    }

    @Override
    public int dispatch(Notifier notifier) {
      return delegate.dispatch(notifier);
    }
  }
}
