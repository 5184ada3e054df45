package io.govcloud.core;

import static io.govcloud.core.World.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The retention of delivered notifications (docs/rules.md#r9): a policy value, 90 days unless set, applied by
 * {@link GovCloud#sweep} through {@link Store#purgeDelivered}.
 */
class OutboxRetentionTest {

  @Test
  void theRetentionIsAPolicyValueOf90DaysUnlessSet() {
    assertThat(GovCloudPolicy.defaults().deliveredRetention()).isEqualTo(Duration.ofDays(90));
    assertThat(new GovCloudPolicy(Duration.ofDays(1), 30).deliveredRetention()).isEqualTo(Duration.ofDays(90));
    assertThat(GovCloudPolicy.defaults().withDeliveredRetention(Duration.ZERO).deliveredRetention()).isZero();
    assertThatThrownBy(() -> GovCloudPolicy.defaults().withDeliveredRetention(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    assertThatThrownBy(() -> new GovCloudPolicy(Duration.ofDays(1), 30, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSweepRemovesWhatWasDeliveredLongerAgoThanTheRetention() {
    PurgeRecordingStore store = new PurgeRecordingStore(InMemoryStore.create());
    World world = new World(store);
    world.gov.sweep(at("2025-06-01T09:00"));
    assertThat(store.purgedBefore).containsExactly(at("2025-06-01T09:00").minus(Duration.ofDays(90)));

    GovCloud keepingAWeek = GovCloud.builder().store(store).calendar(world.gov.calendar()).catalog(World.catalog())
        .notifier(world.notifier).clock(world.clock)
        .policy(GovCloudPolicy.defaults().withDeliveredRetention(Duration.ofDays(7))).build();
    keepingAWeek.sweep(at("2025-06-01T09:00:00.123456789"));
    assertThat(store.purgedBefore).last().as("the sweep's instant to the microsecond, less a week")
        .isEqualTo(at("2025-06-01T09:00:00.123456").minus(Duration.ofDays(7)));
  }

  /** A store recording the instants it is asked to purge before. */
  private static final class PurgeRecordingStore implements Store {
    final List<Instant> purgedBefore = new CopyOnWriteArrayList<>();
    private final Store delegate;

    PurgeRecordingStore(Store delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T transact(Function<? super UnitOfWork, ? extends T> work) {
      return delegate.transact(work);
    }

    @Override
    public int dispatch(Notifier notifier) {
      return delegate.dispatch(notifier);
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore) {
      purgedBefore.add(deliveredBefore);
      return delegate.purgeDelivered(deliveredBefore);
    }
  }
}
