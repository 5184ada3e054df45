package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationCriterion;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.GateFailure;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.Party;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.SecurityAttestation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acceptance aggregates the contract tests save (Art. 31, 32, 36, 40–42): every one fully populated
 * (every optional present, lists of several elements, scores of several scales, the largest fees) or
 * minimal (every optional empty, lists as short as allowed), with the texts and ids given.
 */
final class AcceptanceSamples {

  /** Scores by value, of several scales: a trailing zero, none, the extremes. */
  static final List<String> SCORES = List.of("85.50", "90", "77.25", "0", "100.00");

  private AcceptanceSamples() {}

  /** An attestation, recorded at an instant with microseconds. */
  static SecurityAttestation attestation(AttestationId id, PlatformId platform, AttestationKind kind, LocalDate passedOn, String document) {
    return SecurityAttestation.of(id, platform, kind, passedOn, document, at(passedOn.toEpochDay()));
  }

  private static Map<EvaluationCriterion, BigDecimal> scores() {
    Map<EvaluationCriterion, BigDecimal> scores = new LinkedHashMap<>();
    for (int i = 0; i < SCORES.size(); i++) {
      scores.put(EvaluationCriterion.values()[i], new BigDecimal(SCORES.get(i)));
    }
    return scores;
  }

  /**
   * An evaluation of a platform's provider for a year, by the department that runs it or by a district's
   * authority.
   *
   * @param text the policy's document
   * @param full whether it failed both security gates (one lapsed, one never held) and was made by an authority
   */
  static Evaluation evaluation(EvaluationId id, PlatformId platform, ProviderId provider, Year year, String text, boolean full) {
    List<GateFailure> gates = full
        ? List.of(new GateFailure(platform, AttestationKind.SECURITY_ASSESSMENT, Optional.of(LocalDate.of(year.getValue(), 7, 1))),
            new GateFailure(platform, AttestationKind.CLASSIFIED_PROTECTION, Optional.empty()))
        : List.of();
    Party evaluator = full ? Party.authority(Jurisdiction.district("yuzhong")) : Party.department(DepartmentId.of("dept-1"));
    return new Evaluation(id, year, platform, provider, evaluator, LocalDate.of(year.getValue() + 1, 1, 15), scores(), new BigDecimal("87.06"),
        full ? AcceptanceResult.FAIL : AcceptanceResult.PASS, gates, text, at(year.getValue()), 0);
  }

  /**
   * An annual result of a provider for a year.
   *
   * @param text the policy's document
   * @param full whether it combines three evaluations (fees of zero, of cents and the largest), failed gates
   *     and fails; otherwise one evaluation and a pass
   */
  static AnnualResult annualResult(AnnualResultId id, ProviderId provider, Year year, String text, boolean full) {
    PlatformId platform = PlatformId.of("platform-1");
    List<AnnualResult.Share> shares = full
        ? List.of(
            new AnnualResult.Share(EvaluationId.of("e-1"), Party.department(DepartmentId.of("dept-1")), platform, Money.of("300000.01"),
                new BigDecimal("90.50"), AcceptanceResult.PASS),
            new AnnualResult.Share(EvaluationId.of("e-2"), Party.authority(Jurisdiction.district("yuzhong")), PlatformId.of("platform-2"),
                Money.ZERO, new BigDecimal("60"), AcceptanceResult.DEFERRED),
            new AnnualResult.Share(EvaluationId.of("e-3"), Party.department(DepartmentId.of("dept-3")), PlatformId.of("platform-3"),
                Money.ofFen(Long.MAX_VALUE / 4), new BigDecimal("59.99"), AcceptanceResult.FAIL))
        : List.of(new AnnualResult.Share(EvaluationId.of("e-1"), Party.department(DepartmentId.of("dept-1")), platform, Money.of("0.01"),
            new BigDecimal("100"), AcceptanceResult.PASS));
    List<GateFailure> gates = full
        ? List.of(new GateFailure(PlatformId.of("platform-3"), AttestationKind.CLASSIFIED_PROTECTION, Optional.of(LocalDate.of(year.getValue(), 3, 1))),
            new GateFailure(PlatformId.of("platform-3"), AttestationKind.SECURITY_ASSESSMENT, Optional.empty()))
        : List.of();
    return new AnnualResult(id, provider, year, LocalDate.of(year.getValue() + 1, 2, 1), shares, new BigDecimal(full ? "75.10" : "100"),
        new BigDecimal(full ? "80.5" : "0"), new BigDecimal(full ? "0.125" : "0"), new BigDecimal(full ? "76.18" : "100.00"),
        full ? AcceptanceResult.FAIL : AcceptanceResult.PASS, gates, text, at(year.getValue() * 7L), 0);
  }

  /** A payment of an account's fees of a year. */
  static Payment payment(PaymentId id, BillingAccount account, Year feeYear, String amount, LocalDate paidOn, String reference) {
    return Payment.of(id, account, feeYear, Money.of(amount), paidOn, reference, at(paidOn.toEpochDay() * 3));
  }

  /**
   * A rectification of a provider.
   *
   * @param status its state; an accepted one is closed
   * @param text the problem, and the review when {@code full}
   * @param full whether every optional is present: the evaluation, the lapse (for all but open), the review
   */
  static Rectification rectification(RectificationId id, ProviderId provider, Rectification.Status status, String text, boolean full) {
    Instant ordered = at(1_000);
    Instant expires = at(90_000);
    boolean lapsed = status.holdsSuspension() || (full && status == Rectification.Status.ACCEPTED);
    return new Rectification(id, provider, PlatformId.of("platform-1"), full ? Optional.of(EvaluationId.of("e-1")) : Optional.empty(), text,
        Party.authority(Jurisdiction.MUNICIPAL), ordered, LocalDate.of(2025, 9, 27), expires, status,
        lapsed ? Optional.of(expires) : Optional.empty(),
        status == Rectification.Status.ACCEPTED ? Optional.of(at(200_000)) : Optional.empty(),
        full ? Optional.of(text) : Optional.empty(), 0);
  }

  /** An expiring rectification of a provider: open unless said otherwise, expiring at an instant. */
  static Rectification expiring(RectificationId id, ProviderId provider, Instant ordered, Instant expires, Rectification.Status status) {
    return new Rectification(id, provider, PlatformId.of("platform-1"), Optional.empty(), "问题", Party.authority(Jurisdiction.MUNICIPAL), ordered,
        LocalDate.of(2025, 9, 27), expires, status, status.holdsSuspension() ? Optional.of(expires) : Optional.empty(),
        status == Rectification.Status.ACCEPTED ? Optional.of(expires) : Optional.empty(), Optional.empty(), 0);
  }
}
