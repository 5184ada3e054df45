package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TrackedDeadlineTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Instant startOf(String date) {
    return LocalDate.parse(date).atStartOfDay(SHANGHAI).toInstant();
  }

  /** Applied on 2027-01-28; 2 working days counted without the 2027 notice: last day Monday 2027-02-01. */
  private static TrackedDeadline provisional() {
    return TrackedDeadline.builder()
        .id(DeadlineId.of("dl-1"))
        .kind("TRIAL_ENVIRONMENT_NOTICE")
        .article(Article.of(20))
        .subjectType("resource")
        .subjectId("r-1")
        .platform(PlatformId.of("p-1"))
        .responsible(Party.authority(Jurisdiction.MUNICIPAL))
        .trigger(startOf("2027-01-28").plusSeconds(36_000))
        .lastDay(LocalDate.parse("2027-02-01"))
        .lastDayStartsAt(startOf("2027-02-01"))
        .expiresAt(startOf("2027-02-02"))
        .provisional(true)
        .addNotified(TrackedDeadline.Stage.APPROACHING)
        .version(3)
        .build();
  }

  @Test
  void aDeadlineIsNotProvisionalUnlessSaidSo() {
    assertThat(provisional().provisional()).isTrue();
    TrackedDeadline built = TrackedDeadline.builder()
        .id(DeadlineId.of("dl-2")).kind("CONTRACT_FILING").article(Article.of(12)).subjectType("contract").subjectId("c-1")
        .platform(PlatformId.of("p-1")).responsible(Party.department(DepartmentId.of("d-1")))
        .trigger(startOf("2026-03-02")).lastDay(LocalDate.parse("2026-03-09"))
        .lastDayStartsAt(startOf("2026-03-09")).expiresAt(startOf("2026-03-10")).build();
    assertThat(built.provisional()).isFalse();
  }

  @Test
  void reschedulingEarlierOrLaterKeepsEverythingElse() {
    TrackedDeadline before = provisional();
    // earlier: the notice makes Sunday 2027-01-31 a makeup working day
    TrackedDeadline earlier = before.rescheduled(LocalDate.parse("2027-01-31"), startOf("2027-01-31"), startOf("2027-02-01"), false);
    assertThat(earlier.lastDay()).isEqualTo(LocalDate.parse("2027-01-31"));
    assertThat(earlier.lastDayStartsAt()).isEqualTo(startOf("2027-01-31"));
    assertThat(earlier.expiresAt()).isEqualTo(startOf("2027-02-01"));
    assertThat(earlier.provisional()).isFalse();
    assertThat(earlier.withLastDayStartsAt(before.lastDayStartsAt()).withLastDay(before.lastDay())
            .withExpiresAt(before.expiresAt()).withProvisional(true))
        .isEqualTo(before);
    // later, by more than a day: the last day starts after the old expiry
    TrackedDeadline later = before.rescheduled(LocalDate.parse("2027-02-16"), startOf("2027-02-16"), startOf("2027-02-17"), true);
    assertThat(later.lastDay()).isEqualTo(LocalDate.parse("2027-02-16"));
    assertThat(later.expiresAt()).isEqualTo(startOf("2027-02-17"));
    assertThat(later.lastDayStartsAt()).isEqualTo(startOf("2027-02-16"));
    assertThat(later.provisional()).isTrue();
    assertThat(later.notified()).isEqualTo(before.notified());
    assertThat(later.version()).isEqualTo(3);
    assertThat(later.id()).isEqualTo(before.id());
  }

  @Test
  void aRescheduleThatWouldExpireBeforeItsTriggerOrStartItsLastDayAfterExpiryIsRefused() {
    TrackedDeadline before = provisional();
    assertThatThrownBy(() -> before.rescheduled(LocalDate.parse("2027-01-26"), startOf("2027-01-26"), startOf("2027-01-27"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expires before its trigger");
    assertThatThrownBy(() -> before.rescheduled(LocalDate.parse("2027-02-03"), startOf("2027-02-03"), startOf("2027-02-02"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts after it expires");
  }
}
