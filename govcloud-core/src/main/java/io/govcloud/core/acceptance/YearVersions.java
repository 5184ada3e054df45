package io.govcloud.core.acceptance;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Versions of a policy, each in force from a year until the next one's: the version in force for a year is
 * the one with the latest effective year not after it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the policy
 */
final class YearVersions<T> {

  private final List<T> versions;
  private final Function<T, Year> effectiveFrom;

  private YearVersions(List<T> versions, Function<T, Year> effectiveFrom) {
    this.versions = versions;
    this.effectiveFrom = effectiveFrom;
  }

  /**
   * The versions given, in any order.
   *
   * @throws NullPointerException if the list or a version is null
   * @throws IllegalArgumentException if two take effect in the same year
   */
  static <T> YearVersions<T> of(List<? extends T> versions, Function<T, Year> effectiveFrom, String what) {
    List<T> sorted = new ArrayList<>();
    for (T version : Objects.requireNonNull(versions, what)) {
      sorted.add(Objects.requireNonNull(version, what));
    }
    sorted.sort(Comparator.comparing(effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (effectiveFrom.apply(sorted.get(i)).equals(effectiveFrom.apply(sorted.get(i - 1)))) {
        throw new IllegalArgumentException("two " + what + " take effect in " + effectiveFrom.apply(sorted.get(i)));
      }
    }
    return new YearVersions<>(List.copyOf(sorted), effectiveFrom);
  }

  /** The version in force for a year, if any. */
  Optional<T> inForce(Year year) {
    Objects.requireNonNull(year, "year");
    T found = null;
    for (T version : versions) {
      if (!effectiveFrom.apply(version).isAfter(year)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every version, by effective year. */
  List<T> all() {
    return versions;
  }
}
