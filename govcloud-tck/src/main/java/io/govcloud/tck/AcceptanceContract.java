package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.Rectification.Status;
import io.govcloud.model.RectificationId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The acceptance aggregates (Art. 31, 32, 36, 40–42): security attestations, evaluations, annual results,
 * payments and rectifications come back field by field, fully populated or minimal, with hostile texts
 * and ids, scores and weights by value; their queries return exactly the matching ones (no more: ids that
 * are prefixes or patterns of others do not match), in the documented orders, see the unit's own writes
 * and follow an update. Versions, conflicts on a duplicate id, rollback and concurrency are checked for
 * them with every other aggregate by the other contract classes.
 */
public abstract class AcceptanceContract extends StoreContractSupport {

  /** For subclasses. */
  protected AcceptanceContract() {}

  private static final Year Y2026 = Year.of(2026);
  private static final ProviderId V1 = ProviderId.of("v-1");
  private static final ProviderId V10 = ProviderId.of("v-10");
  private static final ProviderId V_PATTERN = ProviderId.of("v-%");

  private <I, A extends Aggregate<I, A>> void assertRoundTrip(AggregateKind<I, A> kind, A value, String context) {
    A saved = inUnit(unit -> kind.in(unit).insert(value));
    assertThat(saved.version()).as("%s: version insert returned", context).isEqualTo(1);
    restart();
    Optional<A> loaded = inUnit(unit -> kind.in(unit).find(value.id()));
    assertThat(loaded).as("%s: %s %s loaded", context, kind, value.id()).isPresent();
    assertThat(loaded.get().version()).as("%s: version loaded", context).isEqualTo(1);
    kind.fields().assertSame(value, loaded.get(), context);
  }

  /** What a query returns, read in a unit of its own. */
  private <T> List<T> list(Function<UnitOfWork, List<T>> query) {
    return inUnit(query);
  }

  private static <T> List<String> ids(List<T> values, Function<T, Object> id) {
    return values.stream().map(v -> id.apply(v).toString()).toList();
  }

  @Test
  void everyAcceptanceAggregateRoundTripsFieldByFieldFullOrMinimal() {
    PlatformId platform = PlatformId.of("platform-1");
    for (boolean full : List.of(true, false)) {
      String how = full ? "full" : "minimal";
      assertRoundTrip(AggregateKind.EVALUATION, AcceptanceSamples.evaluation(EvaluationId.of("e-" + how), platform, V1, Y2026, "评价办法", full),
          how + " evaluation");
      assertRoundTrip(AggregateKind.ANNUAL_RESULT, AcceptanceSamples.annualResult(AnnualResultId.of("ar-" + how), V1, Y2026, "评价办法", full),
          how + " annual result");
      for (Status status : Status.values()) {
        assertRoundTrip(AggregateKind.RECTIFICATION,
            AcceptanceSamples.rectification(RectificationId.of("r-" + how + "-" + status), V1, status, "备份策略不符合合同约定", full),
            how + " " + status + " rectification");
      }
    }
    for (AttestationKind kind : AttestationKind.values()) {
      assertRoundTrip(AggregateKind.ATTESTATION,
          AcceptanceSamples.attestation(AttestationId.of("a-" + kind), platform, kind, LocalDate.of(2025, 6, 30), "渝评〔2025〕12号"), kind + " attestation");
    }
    BillingAccount account = BillingAccount.of(DepartmentId.of("dept-1"), platform, V1);
    assertRoundTrip(AggregateKind.PAYMENT, AcceptanceSamples.payment(PaymentId.of("pay-1"), account, Y2026, "92233720368547758.07",
        LocalDate.of(2027, 1, 5), "凭证 1"), "the largest payment");
    assertRoundTrip(AggregateKind.PAYMENT, AcceptanceSamples.payment(PaymentId.of("pay-2"), account, Y2026, "0.01", LocalDate.of(2026, 12, 31), "凭证 2"),
        "a payment of a fen");
  }

  @Test
  void hostileTextsAndIdsRoundTripInEveryTextAndIdOfTheAcceptanceAggregates() {
    List<String> texts = Samples.HOSTILE_TEXTS;
    List<String> ids = Samples.HOSTILE_IDS;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String id = ids.get(i % ids.size());
      String context = "text #" + i + " «" + text + "», id «" + id + "»";
      PlatformId platform = PlatformId.of(id);
      ProviderId provider = ProviderId.of(ids.get((i + 1) % ids.size()));
      assertRoundTrip(AggregateKind.ATTESTATION,
          AcceptanceSamples.attestation(AttestationId.of("a-" + i), platform, AttestationKind.CLASSIFIED_PROTECTION, LocalDate.of(2025, 1, 1), text),
          context);
      assertRoundTrip(AggregateKind.EVALUATION, AcceptanceSamples.evaluation(EvaluationId.of("e-" + i), platform, provider, Y2026, text, i % 2 == 0),
          context);
      assertRoundTrip(AggregateKind.ANNUAL_RESULT, AcceptanceSamples.annualResult(AnnualResultId.of("ar-" + i), provider, Y2026, text, true), context);
      assertRoundTrip(AggregateKind.PAYMENT, AcceptanceSamples.payment(PaymentId.of("pay-" + i),
          BillingAccount.of(DepartmentId.of(id), platform, provider), Y2026, "1.00", LocalDate.of(2026, 5, 1), text), context);
      assertRoundTrip(AggregateKind.RECTIFICATION,
          AcceptanceSamples.rectification(RectificationId.of("r-" + i), provider, Status.REJECTED, text, true), context);
      if (i < ids.size()) {
        assertRoundTrip(AggregateKind.ATTESTATION,
            AcceptanceSamples.attestation(AttestationId.of(id), platform, AttestationKind.SECURITY_ASSESSMENT, LocalDate.of(2025, 1, 1), "报告"),
            context + " as the attestation's id");
      }
    }
  }

  @Test
  void attestationsOfAPlatformAreExactlyItsOwnByDatePassedThenId() {
    run(unit -> {
      unit.attestations().insert(attestation("a-3", "p-1", "2025-03-01"));
      unit.attestations().insert(attestation("a-1", "p-1", "2025-03-01"));
      unit.attestations().insert(attestation("a-0", "p-1", "2026-01-01"));
      unit.attestations().insert(attestation("a-2", "p-1", "2024-12-31"));
      unit.attestations().insert(attestation("a-4", "p-10", "2020-01-01"));
      unit.attestations().insert(attestation("a-5", "p-%", "2020-01-01"));
    });
    List<SecurityAttestation> ofP1 = inUnit(unit -> unit.attestations().ofPlatform(PlatformId.of("p-1")));
    assertThat(ids(ofP1, SecurityAttestation::id)).as("attestations of p-1").containsExactly("a-2", "a-1", "a-3", "a-0");
    assertThat(ids(inUnit(unit -> unit.attestations().ofPlatform(PlatformId.of("p-%"))), SecurityAttestation::id)).as("of p-%").containsExactly("a-5");
    assertThat(list(unit -> unit.attestations().ofPlatform(PlatformId.of("p-none")))).as("of a platform without any").isEmpty();
  }

  private static SecurityAttestation attestation(String id, String platform, String passedOn) {
    return AcceptanceSamples.attestation(AttestationId.of(id), PlatformId.of(platform), AttestationKind.SECURITY_ASSESSMENT, LocalDate.parse(passedOn), "报告");
  }

  @Test
  void evaluationsOfAProviderAndYearOrOfAYearAreExactlyTheMatchingOnesById() {
    run(unit -> {
      unit.evaluations().insert(evaluation("e-3", V1, 2026));
      unit.evaluations().insert(evaluation("e-1", V1, 2026));
      unit.evaluations().insert(evaluation("e-10", V1, 2025));
      unit.evaluations().insert(evaluation("e-2", V10, 2026));
      unit.evaluations().insert(evaluation("e-4", V_PATTERN, 2026));
    });
    assertThat(ids(inUnit(unit -> unit.evaluations().ofProvider(V1, Y2026)), Evaluation::id)).as("of v-1 for 2026").containsExactly("e-1", "e-3");
    assertThat(ids(inUnit(unit -> unit.evaluations().ofProvider(V1, Year.of(2025))), Evaluation::id)).as("of v-1 for 2025").containsExactly("e-10");
    assertThat(ids(inUnit(unit -> unit.evaluations().ofProvider(V_PATTERN, Y2026)), Evaluation::id)).as("of v-%").containsExactly("e-4");
    assertThat(ids(inUnit(unit -> unit.evaluations().ofYear(Y2026)), Evaluation::id)).as("of 2026").containsExactly("e-1", "e-2", "e-3", "e-4");
    assertThat(list(unit -> unit.evaluations().ofYear(Year.of(2024)))).as("of a year without any").isEmpty();
  }

  private static Evaluation evaluation(String id, ProviderId provider, int year) {
    return AcceptanceSamples.evaluation(EvaluationId.of(id), PlatformId.of("p-1"), provider, Year.of(year), "评价办法", false);
  }

  @Test
  void annualResultsOfAProviderComeByYearThenIdAndOfAYearById() {
    run(unit -> {
      unit.annualResults().insert(result("ar-2", V1, 2026));
      unit.annualResults().insert(result("ar-1", V1, 2027));
      unit.annualResults().insert(result("ar-3", V1, 2025));
      unit.annualResults().insert(result("ar-0", V10, 2026));
      unit.annualResults().insert(result("ar-4", V_PATTERN, 2026));
    });
    assertThat(ids(inUnit(unit -> unit.annualResults().ofProvider(V1)), AnnualResult::id)).as("of v-1, by year").containsExactly("ar-3", "ar-2", "ar-1");
    assertThat(ids(inUnit(unit -> unit.annualResults().ofProvider(V_PATTERN)), AnnualResult::id)).as("of v-%").containsExactly("ar-4");
    assertThat(ids(inUnit(unit -> unit.annualResults().ofYear(Y2026)), AnnualResult::id)).as("of 2026").containsExactly("ar-0", "ar-2", "ar-4");
    assertThat(list(unit -> unit.annualResults().ofYear(Year.of(2024)))).as("of a year without any").isEmpty();
  }

  private static AnnualResult result(String id, ProviderId provider, int year) {
    return AcceptanceSamples.annualResult(AnnualResultId.of(id), provider, Year.of(year), "评价办法", false);
  }

  @Test
  void paymentsOfAnAccountAndYearOrOfADepartmentComeByDatePaidThenId() {
    BillingAccount account = account("d-1", "p-1", V1);
    run(unit -> {
      unit.payments().insert(payment("pay-3", account, 2026, "2026-06-30"));
      unit.payments().insert(payment("pay-1", account, 2026, "2026-06-30"));
      unit.payments().insert(payment("pay-0", account, 2026, "2027-01-05"));
      unit.payments().insert(payment("pay-2", account, 2026, "2026-01-31"));
      unit.payments().insert(payment("pay-4", account, 2025, "2026-01-01"));
      unit.payments().insert(payment("pay-5", account("d-1", "p-10", V1), 2026, "2026-02-01"));
      unit.payments().insert(payment("pay-6", account("d-1", "p-1", V10), 2026, "2026-02-01"));
      unit.payments().insert(payment("pay-7", account("d-10", "p-1", V1), 2026, "2026-02-01"));
      unit.payments().insert(payment("pay-8", account("d-%", "p-%", V_PATTERN), 2026, "2026-02-01"));
    });
    assertThat(ids(inUnit(unit -> unit.payments().ofAccount(account, Y2026)), Payment::id)).as("of the account for 2026")
        .containsExactly("pay-2", "pay-1", "pay-3", "pay-0");
    assertThat(ids(inUnit(unit -> unit.payments().ofAccount(account, Year.of(2025))), Payment::id)).as("for 2025").containsExactly("pay-4");
    assertThat(ids(inUnit(unit -> unit.payments().ofDepartment(DepartmentId.of("d-1"))), Payment::id)).as("of d-1")
        .containsExactly("pay-4", "pay-2", "pay-5", "pay-6", "pay-1", "pay-3", "pay-0");
    assertThat(ids(inUnit(unit -> unit.payments().ofDepartment(DepartmentId.of("d-%"))), Payment::id)).as("of d-%").containsExactly("pay-8");
    assertThat(list(unit -> unit.payments().ofAccount(account("d-1", "p-1", ProviderId.of("v-2")), Y2026))).as("of an account without any").isEmpty();
  }

  private static BillingAccount account(String department, String platform, ProviderId provider) {
    return BillingAccount.of(DepartmentId.of(department), PlatformId.of(platform), provider);
  }

  private static Payment payment(String id, BillingAccount account, int feeYear, String paidOn) {
    return AcceptanceSamples.payment(PaymentId.of(id), account, Year.of(feeYear), "10.00", LocalDate.parse(paidOn), "凭证");
  }

  @Test
  void rectificationsOfAProviderComeByTimeOrderedAndTheOpenOnesExpiringByAnInstantByExpiry() {
    Instant cut = at(10_000);
    run(unit -> {
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-3"), V1, at(5), cut, Status.OPEN));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-1"), V1, at(5), at(9_000), Status.OPEN));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-0"), V1, at(9), at(9_999), Status.OPEN));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-2"), V1, at(1), cut.plusNanos(1_000), Status.OPEN));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-4"), V10, at(1), at(100), Status.OVERDUE));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-5"), V_PATTERN, at(1), at(100), Status.ACCEPTED));
      unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-6"), V10, at(1), at(200), Status.REJECTED));
    });
    assertThat(ids(inUnit(unit -> unit.rectifications().ofProvider(V1)), Rectification::id)).as("of v-1, by time ordered")
        .containsExactly("r-2", "r-1", "r-3", "r-0");
    assertThat(ids(inUnit(unit -> unit.rectifications().ofProvider(V_PATTERN)), Rectification::id)).as("of v-%").containsExactly("r-5");
    assertThat(ids(inUnit(unit -> unit.rectifications().openExpiringBy(cut)), Rectification::id)).as("open, expiring by the cut, by expiry")
        .containsExactly("r-1", "r-0", "r-3");
    assertThat(list(unit -> unit.rectifications().openExpiringBy(at(0)))).as("expiring by an early instant").isEmpty();
  }

  @Test
  void queriesSeeTheUnitsOwnWritesAndFollowAnUpdate() {
    Rectification open = inUnit(unit -> unit.rectifications().insert(AcceptanceSamples.expiring(RectificationId.of("r-1"), V1, at(1), at(100), Status.OPEN)));
    Evaluation evaluation = inUnit(unit -> unit.evaluations().insert(evaluation("e-1", V1, 2026)));
    run(unit -> {
      assertThat(ids(unit.rectifications().openExpiringBy(at(100)), Rectification::id)).as("open before the update").containsExactly("r-1");
      unit.rectifications().update(open.with(Status.OVERDUE, Optional.of(at(100)), Optional.empty(), Optional.empty()));
      assertThat(unit.rectifications().openExpiringBy(at(100))).as("open after it lapsed, in the unit").isEmpty();
      unit.evaluations().update(evaluation("e-1", V10, 2026).withVersion(evaluation.version()));
      assertThat(unit.evaluations().ofProvider(V1, Y2026)).as("of v-1 after it moved, in the unit").isEmpty();
      assertThat(ids(unit.evaluations().ofProvider(V10, Y2026), Evaluation::id)).as("of v-10 in the unit").containsExactly("e-1");
      unit.payments().insert(payment("pay-1", account("d-1", "p-1", V1), 2026, "2026-03-01"));
      assertThat(ids(unit.payments().ofDepartment(DepartmentId.of("d-1")), Payment::id)).as("payments in the unit").containsExactly("pay-1");
      unit.annualResults().insert(result("ar-1", V1, 2026));
      assertThat(ids(unit.annualResults().ofYear(Y2026), AnnualResult::id)).as("annual results in the unit").containsExactly("ar-1");
      unit.attestations().insert(attestation("a-1", "p-1", "2025-01-01"));
      assertThat(ids(unit.attestations().ofPlatform(PlatformId.of("p-1")), SecurityAttestation::id)).as("attestations in the unit").containsExactly("a-1");
    });
    assertThat(list(unit -> unit.rectifications().openExpiringBy(at(1_000)))).as("open after the commit").isEmpty();
    Rectification lapsed = inUnit(unit -> unit.rectifications().find(RectificationId.of("r-1"))).orElseThrow();
    assertThat(lapsed.version()).as("version of the lapsed rectification").isEqualTo(2);
    assertThat(lapsed.status()).isEqualTo(Status.OVERDUE);
    assertThat(ids(inUnit(unit -> unit.evaluations().ofProvider(V10, Y2026)), Evaluation::id)).as("of v-10 after the commit").containsExactly("e-1");
  }
}
