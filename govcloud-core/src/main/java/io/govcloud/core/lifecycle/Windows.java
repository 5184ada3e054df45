package io.govcloud.core.lifecycle;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The windows of the times and quantities a party confirms (Art. 22, 25, 30): a time lies between what
 * it may not precede and now, and a confirmed quantity is positive and at most the approved one.
 */
final class Windows {

  private Windows() {}

  /** What a time given by a party may not precede. */
  enum Since {
    APPLICATION("申请时间", "the application"),
    TRIAL_OPENING("试用环境开通时间", "the trial's opening"),
    LATEST_WORK_ORDER("该资源最近一张服务工单的生效时间", "the resource's latest work order"),
    REPORT("紧急报备时间", "the report"),
    PROVISIONING("紧急配置时间", "the provisioning");

    private final String chinese;
    private final String english;

    Since(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }
  }

  private static Either<Violation, CloudResource> notInFuture(CloudResource resource, Instant at, Instant now) {
    Objects.requireNonNull(at, "time");
    Objects.requireNonNull(now, "now");
    return at.isAfter(now)
        ? Either.left(LifecycleViolations.confirmationMismatch(resource, at + "晚于当前时间" + now,
            at + " is in the future (now " + now + ")"))
        : Either.right(resource);
  }

  /** The time lies between {@code notBefore} (inclusive) and now (inclusive). */
  static Either<Violation, CloudResource> between(
      CloudResource resource, Instant at, Instant notBefore, Since since, Instant now) {
    if (at.isBefore(notBefore)) {
      return Either.left(LifecycleViolations.confirmationMismatch(resource, at + "早于" + since.chinese + notBefore,
          at + " is before " + since.english + " (" + notBefore + ")"));
    }
    return notInFuture(resource, at, now);
  }

  /** The quantity is positive and at most the approved, and the time lies in its window. */
  static Either<Violation, CloudResource> checkConfirmation(
      CloudResource resource, BigDecimal quantity, Instant at, Instant notBefore, Since since, Instant now) {
    Objects.requireNonNull(quantity, "quantity");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("a confirmed quantity must be positive, not " + quantity.toPlainString());
    }
    BigDecimal approved = resource.pendingChange().map(CloudResource.PendingChange::quantity).orElse(resource.quantity());
    if (quantity.compareTo(approved) > 0) {
      return Either.left(LifecycleViolations.quantityAbove(resource, quantity, approved));
    }
    return between(resource, at, notBefore.isBefore(resource.appliedAt()) ? resource.appliedAt() : notBefore, since, now);
  }
}
