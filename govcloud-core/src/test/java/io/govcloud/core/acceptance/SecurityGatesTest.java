package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.VALIDITY;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static io.govcloud.core.acceptance.AcceptanceFixtures.attestation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.GateFailure;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityGatesTest {

  private static final LocalDate ON = LocalDate.parse("2027-01-15");

  private static List<GateFailure> check(List<SecurityAttestation> held) {
    return SecurityGates.check(FINANCE_CLOUD.id(), ON, held, VALIDITY).get();
  }

  @Test
  void aPlatformWithAValidOneOfEachPassesBothGates() {
    assertThat(check(List.of(attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2024-01-16"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-01-15")))).isEmpty();
  }

  @Test
  void aLapsedAssessmentFailsItsGateFromTheDayAfterItsLastValidDay() {
    // passed 2024-01-14, valid 3 years through 2027-01-14 (Civil Code Art. 201, 202): lapsed on 2027-01-15
    List<GateFailure> failures = check(List.of(attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2024-01-14"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-06-30")));
    assertThat(failures).containsExactly(
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.SECURITY_ASSESSMENT, Optional.of(LocalDate.parse("2027-01-15"))));
    assertThat(failures.get(0).article().number()).isEqualTo(32);
  }

  @Test
  void aPlatformNeverAttestedFailsBothGatesWithoutADate() {
    assertThat(check(List.of())).containsExactly(
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.SECURITY_ASSESSMENT, Optional.empty()),
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.CLASSIFIED_PROTECTION, Optional.empty()));
  }

  @Test
  void anAttestationPassedAfterTheAcceptanceDateDoesNotCountOnIt() {
    List<GateFailure> failures = check(List.of(attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2026-01-01"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2025-01-01"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2027-01-16")));
    assertThat(failures).containsExactly(
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.CLASSIFIED_PROTECTION, Optional.of(LocalDate.parse("2026-01-02"))));
  }

  @Test
  void theLatestOfSeveralAttestationsDecidesAndAMonthEndPeriodEndsOnTheMonthsLastDay() {
    AttestationValidity sixMonths = VALIDITY.with(AttestationKind.CLASSIFIED_PROTECTION, Period.ofMonths(6), "示例");
    // 2026-07-31 + 6 months = 2027-01-31; 2026-08-31 + 6 months: no 2027-02-31, so 2027-02-28
    List<SecurityAttestation> held = List.of(attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2026-01-01"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-08-31"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-07-31"));
    assertThat(SecurityGates.check(FINANCE_CLOUD.id(), LocalDate.parse("2027-02-28"), held, sixMonths).get()).isEmpty();
    assertThat(SecurityGates.check(FINANCE_CLOUD.id(), LocalDate.parse("2027-03-01"), held, sixMonths).get()).containsExactly(
        new GateFailure(FINANCE_CLOUD.id(), AttestationKind.CLASSIFIED_PROTECTION, Optional.of(LocalDate.parse("2027-03-01"))));
  }

  @Test
  void aKindWhoseValidityIsNotConfiguredIsRefusedNotAssumed() {
    List<SecurityAttestation> held = List.of(attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2026-01-01"),
        attestation(FINANCE_CLOUD, AttestationKind.CLASSIFIED_PROTECTION, "2026-06-01"));
    AttestationValidity onlyAssessment = AttestationValidity.none()
        .with(AttestationKind.SECURITY_ASSESSMENT, Period.ofYears(3), "示例");
    Violation refused = SecurityGates.check(FINANCE_CLOUD.id(), ON, held, onlyAssessment).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.VALIDITY_NOT_CONFIGURED);
    assertThat(refused.article().number()).isEqualTo(36);
    assertThat(refused.facts()).containsEntry("kind", "CLASSIFIED_PROTECTION").containsEntry("platform", "finance-cloud");
    assertTexts(refused, "finance-cloud");
    assertThat(SecurityGates.check(FINANCE_CLOUD.id(), ON, held, AttestationValidity.none()).getLeft().code())
        .isEqualTo(AcceptanceViolations.VALIDITY_NOT_CONFIGURED);
  }

  @Test
  void recordingAnAttestationDatedAfterTodayIsRefused() {
    ZoneId zone = FINANCE_CLOUD.timeZone();
    LocalDate today = LocalDate.ofInstant(NOW, zone);
    SecurityAttestation recorded = SecurityGates.attest(AttestationId.of("att-1"), FINANCE_CLOUD.id(), AttestationKind.SECURITY_ASSESSMENT,
        today, "渝评〔2027〕1号", NOW, zone).get();
    assertThat(recorded.version()).isZero();
    assertThat(recorded.passedOn()).isEqualTo(today);
    Violation refused = SecurityGates.attest(AttestationId.of("att-2"), FINANCE_CLOUD.id(), AttestationKind.SECURITY_ASSESSMENT,
        today.plusDays(1), "渝评〔2027〕2号", NOW, zone).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.ATTESTATION_IN_FUTURE);
    assertTexts(refused, "finance-cloud");
  }

  @Test
  void validityTermsMustBePositiveAndCiteASource() {
    assertThatThrownBy(() -> VALIDITY.with(AttestationKind.SECURITY_ASSESSMENT, Period.ZERO, "示例"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P0D");
    assertThatThrownBy(() -> VALIDITY.with(AttestationKind.SECURITY_ASSESSMENT, Period.of(1, -1, 0), "示例"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VALIDITY.with(AttestationKind.SECURITY_ASSESSMENT, Period.ofYears(1), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    assertThat(AttestationValidity.none().terms()).isEmpty();
  }

  @Test
  void anAttestationOfAnotherPlatformIsACallersBug() {
    assertThatThrownBy(() -> check(List.of(attestation(HEALTH_CLOUD, AttestationKind.SECURITY_ASSESSMENT, "2026-01-01"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("health-cloud");
  }

  /** Oracle: a gate passes on a day when some attestation of its kind was passed on or before it and is valid through it, day by day. */
  @Test
  void aGatePassesExactlyWhenSomeAttestationCoversTheDay() {
    LocalDate base = LocalDate.parse("2020-01-01");
    qt().forAll(lists().of(integers().between(0, 3000)).ofSizeBetween(0, 4), integers().between(0, 3000)).checkAssert((offsets, day) -> {
      LocalDate on = base.plusDays(day);
      List<SecurityAttestation> held = offsets.stream()
          .map(o -> attestation(FINANCE_CLOUD, AttestationKind.SECURITY_ASSESSMENT, base.plusDays(o).toString()))
          .distinct()
          .toList();
      boolean covered = held.stream().anyMatch(a -> {
        for (LocalDate d = a.passedOn(); !d.isAfter(a.passedOn().plusYears(3)); d = d.plusDays(1)) {
          if (d.equals(on)) {
            return true;
          }
        }
        return false;
      });
      List<GateFailure> failures = SecurityGates.check(FINANCE_CLOUD.id(), on, held, VALIDITY).get();
      assertThat(failures.stream().noneMatch(f -> f.kind() == AttestationKind.SECURITY_ASSESSMENT)).isEqualTo(covered);
    });
  }
}
