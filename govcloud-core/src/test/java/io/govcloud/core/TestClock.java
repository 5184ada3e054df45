package io.govcloud.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; thread-safe. */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  public Instant advance(Duration duration) {
    return now.updateAndGet(i -> i.plus(duration));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now.get(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
