package io.govcloud.example;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The host's clock, moved by the story: a host passes {@code Clock.system(zone)}; the example moves
 * through a year in seconds. Not thread-safe: the story runs on one thread.
 */
final class HostClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  HostClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** Moves the clock, never backwards. */
  void set(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException("the story's clock goes forward only: " + instant + " is before " + now);
    }
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new HostClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
