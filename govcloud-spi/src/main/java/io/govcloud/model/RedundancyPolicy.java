package io.govcloud.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The redundancy ratios of one platform over time (Art. 15; rule R6): each {@link RedundancyRatio} is in
 * force from its effective date until the next one's. Set by the authority of the platform's
 * jurisdiction; the rules of {@code io.govcloud.core.reallocation} decide which new versions it accepts.
 * A platform without a policy has no ratio, and nobody is reminded on a guessed one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the platform, not null
 * @param ratios the versions, in strictly increasing order of effective date; not null, not empty
 * @param version the optimistic version, 0 if never saved
 */
public record RedundancyPolicy(PlatformId id, List<RedundancyRatio> ratios, long version)
    implements Aggregate<PlatformId, RedundancyPolicy> {

  /**
   * Checks and copies the fields.
   *
   * @param id the platform, not null
   * @param ratios the versions, in strictly increasing order of effective date; not null, not empty
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field or a ratio is null
   * @throws IllegalArgumentException if there is no ratio, two are not in increasing order of effective
   *     date, or the version is negative
   */
  public RedundancyPolicy {
    Objects.requireNonNull(id, "id");
    ratios = List.copyOf(ratios);
    Texts.requireVersion(version);
    if (ratios.isEmpty()) {
      throw new IllegalArgumentException("the redundancy policy of platform " + id + " needs at least one ratio");
    }
    for (int i = 1; i < ratios.size(); i++) {
      if (!ratios.get(i - 1).effectiveFrom().isBefore(ratios.get(i).effectiveFrom())) {
        throw new IllegalArgumentException("the redundancy ratios of platform " + id
            + " must be in strictly increasing order of effective date: " + ratios.get(i - 1).effectiveFrom()
            + " is followed by " + ratios.get(i).effectiveFrom());
      }
    }
  }

  /**
   * A policy of one ratio, never saved.
   *
   * @param platform the platform, not null
   * @param ratio its first ratio, not null
   * @return the policy, not null
   */
  public static RedundancyPolicy of(PlatformId platform, RedundancyRatio ratio) {
    return new RedundancyPolicy(platform, List.of(ratio), 0);
  }

  /**
   * The ratio in force on a date: the version with the latest effective date on or before it.
   *
   * @param date the date, in the platform's zone; not null
   * @return the ratio, or empty before the first version's effective date
   */
  public Optional<RedundancyRatio> ratioOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    RedundancyRatio inForce = null;
    for (RedundancyRatio ratio : ratios) {
      if (!ratio.effectiveFrom().isAfter(date)) {
        inForce = ratio;
      }
    }
    return Optional.ofNullable(inForce);
  }

  /**
   * The latest version, the one with the latest effective date; not null.
   *
   * @return the latest version, the one with the latest effective date; not null
   */
  public RedundancyRatio latest() {
    return ratios.get(ratios.size() - 1);
  }

  /**
   * This policy with one more version, after the others.
   *
   * @param ratio the new version, not null
   * @return the policy, with the same optimistic version; not null
   * @throws IllegalArgumentException if its effective date is not after the latest one's
   */
  public RedundancyPolicy with(RedundancyRatio ratio) {
    Objects.requireNonNull(ratio, "ratio");
    List<RedundancyRatio> more = new ArrayList<>(ratios);
    more.add(ratio);
    return new RedundancyPolicy(id, more, version);
  }

  @Override
  public RedundancyPolicy withVersion(long version) {
    return new RedundancyPolicy(id, ratios, version);
  }
}
