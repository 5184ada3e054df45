package io.govcloud.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of the entry point that the measures do not fix (docs/design.md#policies: policies are values passed
 * in, with documented defaults).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param approachingLeadTime how long before a deadline expires {@link GovCloud#sweep} sends the
 *     APPROACHING notice; positive; 2 days by default
 */
public record GovCloudPolicy(Duration approachingLeadTime) {

  /** Checks the fields. */
  public GovCloudPolicy {
    Objects.requireNonNull(approachingLeadTime, "approachingLeadTime");
    if (approachingLeadTime.isNegative() || approachingLeadTime.isZero()) {
      throw new IllegalArgumentException("the lead time must be positive, not " + approachingLeadTime);
    }
  }

  /** The defaults: APPROACHING notices 2 days before expiry. */
  public static GovCloudPolicy defaults() {
    return new GovCloudPolicy(Duration.ofDays(2));
  }

  /** This policy with another lead time. */
  public GovCloudPolicy withApproachingLeadTime(Duration leadTime) {
    return new GovCloudPolicy(leadTime);
  }
}
