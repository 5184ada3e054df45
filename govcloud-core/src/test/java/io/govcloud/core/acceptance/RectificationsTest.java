package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.PROVIDER;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.EvaluationId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.Rectification.Status;
import io.govcloud.model.RectificationId;
import io.govcloud.model.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RectificationsTest {

  private static final Party MUNICIPAL = Party.authority(Jurisdiction.MUNICIPAL);
  /** 2027-02-01 10:00 in Chongqing. */
  private static final Instant ORDERED = Instant.parse("2027-02-01T02:00:00Z");

  private static Rectification ordered(String id, Platform platform, String dueOn) {
    return Rectifications.order(new RectificationOrder(RectificationId.of(id), platform.id(), Optional.of(EvaluationId.of("e-1")),
        "备份策略不符合合同约定", MUNICIPAL, LocalDate.parse(dueOn)), platform, ORDERED).get();
  }

  @Test
  void aRectificationIsDueAtTheEndOfItsLastDayInThePlatformsZone() {
    Rectification rectification = ordered("r-1", FINANCE_CLOUD, "2027-03-31");
    assertThat(rectification.status()).isEqualTo(Status.OPEN);
    assertThat(rectification.provider()).isEqualTo(PROVIDER);
    assertThat(rectification.expiresAt()).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
    assertThat(rectification.orderedAt()).isEqualTo(ORDERED);
    assertThat(rectification.version()).isZero();
    assertThat(ordered("r-2", FINANCE_CLOUD, "2027-02-01").expiresAt()).as("due today").isEqualTo(Instant.parse("2027-02-01T16:00:00Z"));
  }

  @Test
  void aDeadlineAlreadyPastIsRefused() {
    Violation refused = Rectifications.order(new RectificationOrder(RectificationId.of("r-1"), FINANCE_CLOUD.id(), Optional.empty(), "问题",
        MUNICIPAL, LocalDate.parse("2027-01-31")), FINANCE_CLOUD, ORDERED).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.RECTIFICATION_DUE_PASSED);
    assertThat(refused.article().number()).isEqualTo(42);
    assertTexts(refused, "r-1");
  }

  @Test
  void anOpenRectificationLapsesAtItsExpiryAndHoldsTheProviderSuspendedFromThen() {
    Rectification rectification = ordered("r-1", FINANCE_CLOUD, "2027-03-31");
    assertThat(Rectifications.lapse(rectification, Instant.parse("2027-03-31T15:59:59.999999Z"))).isEmpty();
    Rectification overdue = Rectifications.lapse(rectification, Instant.parse("2027-04-02T00:00:00Z")).orElseThrow();
    assertThat(overdue.status()).isEqualTo(Status.OVERDUE);
    assertThat(overdue.lapsedAt()).contains(rectification.expiresAt());
    assertThat(Rectifications.lapse(overdue, Instant.parse("2027-05-01T00:00:00Z"))).as("lapses once").isEmpty();
    Provider.Suspension suspension = Rectifications.suspension(PROVIDER, List.of(overdue)).orElseThrow();
    assertThat(suspension.since()).isEqualTo(rectification.expiresAt());
    assertThat(suspension.cause()).as("marked as held by rectifications").isEqualTo(Provider.Suspension.Cause.RECTIFICATION);
    assertThat(suspension.reason()).contains("r-1").doesNotContainPattern("[A-Za-z&&[^r]]");
  }

  @Test
  void aRectificationFoundStillWantingIsRejectedAndHoldsTheSuspensionUntilAccepted() {
    Rectification rectification = ordered("r-1", FINANCE_CLOUD, "2027-03-31");
    Instant review = Instant.parse("2027-03-20T02:00:00Z");
    Rectification rejected = Rectifications.reject(rectification, review, "整改后仍未按约定备份").get();
    assertThat(rejected.status()).isEqualTo(Status.REJECTED);
    assertThat(rejected.lapsedAt()).contains(review);
    assertThat(rejected.review()).contains("整改后仍未按约定备份");
    assertThat(Rectifications.suspension(PROVIDER, List.of(rejected))).isPresent();
    Instant accepted = Instant.parse("2027-04-10T02:00:00Z");
    Rectification done = Rectifications.accept(rejected, accepted, "复查合格").get();
    assertThat(done.status()).isEqualTo(Status.ACCEPTED);
    assertThat(done.closedAt()).contains(accepted);
    assertThat(done.lapsedAt()).as("the lapse stays on record").contains(review);
    assertThat(Rectifications.suspension(PROVIDER, List.of(done))).isEmpty();
    Violation again = Rectifications.accept(done, accepted, "再次").getLeft();
    assertThat(again.code()).isEqualTo(AcceptanceViolations.RECTIFICATION_CLOSED);
    assertTexts(again, "r-1");
    assertThat(Rectifications.reject(done, accepted, "再次").getLeft().code()).isEqualTo(AcceptanceViolations.RECTIFICATION_CLOSED);
  }

  @Test
  void aRejectionOfAnOverdueRectificationKeepsTheTimeItLapsed() {
    Rectification overdue = Rectifications.lapse(ordered("r-1", FINANCE_CLOUD, "2027-03-31"), Instant.parse("2027-04-05T00:00:00Z")).orElseThrow();
    Rectification rejected = Rectifications.reject(overdue, Instant.parse("2027-04-06T00:00:00Z"), "仍不符合").get();
    assertThat(rejected.lapsedAt()).isEqualTo(overdue.lapsedAt());
  }

  @Test
  void theProviderStaysSuspendedWhileAnyRectificationHoldsItFromTheEarliestLapse() {
    Rectification first = Rectifications.lapse(ordered("r-1", FINANCE_CLOUD, "2027-03-31"), Instant.parse("2027-06-01T00:00:00Z")).orElseThrow();
    Rectification second = Rectifications.lapse(ordered("r-2", HEALTH_CLOUD, "2027-02-28"), Instant.parse("2027-06-01T00:00:00Z")).orElseThrow();
    Rectification open = ordered("r-3", FINANCE_CLOUD, "2027-12-31");
    Provider.Suspension both = Rectifications.suspension(PROVIDER, List.of(first, second, open)).orElseThrow();
    assertThat(both.since()).isEqualTo(second.lapsedAt().orElseThrow());
    assertThat(both.reason()).contains("r-2、r-1").doesNotContain("r-3");
    Rectification firstDone = Rectifications.accept(first, Instant.parse("2027-06-02T00:00:00Z"), "合格").get();
    assertThat(Rectifications.suspension(PROVIDER, List.of(firstDone, second, open))).isPresent();
    Rectification secondDone = Rectifications.accept(second, Instant.parse("2027-06-03T00:00:00Z"), "合格").get();
    assertThat(Rectifications.suspension(PROVIDER, List.of(firstDone, secondDone, open))).as("reinstated").isEmpty();
  }

  @Test
  void theSuspensionReasonStaysWithinTheLengthAProviderKeeps() {
    List<Rectification> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(Rectifications.lapse(ordered("rectification-" + "x".repeat(30) + i, FINANCE_CLOUD, "2027-03-31"), Instant.parse("2027-06-01T00:00:00Z"))
          .orElseThrow());
    }
    Provider.Suspension suspension = Rectifications.suspension(PROVIDER, many).orElseThrow();
    assertThat(suspension.reason()).hasSizeLessThanOrEqualTo(200).endsWith("等 40 项");
  }

  @Test
  void callersBugsAreRefusedWithExceptions() {
    assertThatThrownBy(() -> Rectifications.suspension(ProviderId.of("provider-b"), List.of(ordered("r-1", FINANCE_CLOUD, "2027-03-31"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rectifications.reject(ordered("r-1", FINANCE_CLOUD, "2027-03-31"), ORDERED, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RectificationOrder(RectificationId.of("r-1"), FINANCE_CLOUD.id(), Optional.empty(), " ", MUNICIPAL,
        LocalDate.parse("2027-03-01"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rectifications.order(new RectificationOrder(RectificationId.of("r-1"), FINANCE_CLOUD.id(), Optional.empty(), "问题",
        Party.department(FINANCE_CLOUD.owner().orElseThrow()), LocalDate.parse("2027-03-01")), FINANCE_CLOUD, ORDERED))
        .as("set by a department").isInstanceOf(IllegalArgumentException.class);
  }
}
