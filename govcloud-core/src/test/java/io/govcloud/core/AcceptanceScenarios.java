package io.govcloud.core;

import static io.govcloud.core.AcceptanceExamples.*;
import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.acceptance.AcceptanceViolations;
import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.AnnualResults;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.acceptance.SupervisionReport;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.core.payments.PaymentViolations;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.Evaluation;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.Notification;
import io.govcloud.model.Party;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance and payments through the entry point and a store (rule R7; Art. 31, 32, 36, 40–42): a year
 * billed, evaluated by a department and a district authority, combined by the municipal authority into a
 * deferred result that deducts the table's share, paid to the fen; fees left unpaid at the year's end
 * flagged once; a rectification missed, the provider suspended and refused a new service, then rectified
 * and reinstated. Abstract: each store module runs them, unchanged, on its own store.
 */
public abstract class AcceptanceScenarios {

  private static final ProjectId PRD_2026 = ProjectId.of("project-d-2026");

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected AcceptanceScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  private void setUp(AcceptancePolicy policy) {
    world = new World(newStore(), policy);
    gov = world.gov;
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    if (world != null) {
      ScenarioChecks.check(world);
    }
  }

  /** D runs 3 units (750.00 a month) on PD and X 1 unit (250.00) on PX, March to December 2025, all issued. */
  private void aYearBilled() {
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    open(world, DEPT_X, "ecs.c2m4", 1, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 12));
  }

  private long delivered(String type) {
    gov.dispatchNotifications();
    return world.notifier.types().stream().filter(type::equals).count();
  }

  @Test
  void aYearBilledEvaluatedDeductedPaidThenARectificationMissedSuspendsUntilAccepted() {
    setUp(POLICY);
    aYearBilled();
    ok(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("5000.00"), LocalDate.of(2025, 12, 20), "国库支付凭证 2025-1220")));
    AnnualStatement beforeResult = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025));
    assertThat(beforeResult.fees()).isEqualTo(Money.of("7500.00"));
    assertThat(beforeResult.deductions()).isEmpty(); // no annual result yet: nothing to deduct
    assertThat(beforeResult.outstanding()).isEqualTo(Money.of("2500.00"));

    // the evaluations (Art. 40, 2nd para): the department its platform, the district authority its district's
    attestBoth(world, PD, CITY);
    attestBoth(world, PX, DISTRICT_AUTHORITY);
    world.clock.set(at("2026-01-15T10:00"));
    Evaluation byD = ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-pd-2025", PD, DEPT_D, "70", LocalDate.of(2026, 1, 15))));
    Evaluation byDistrict = ok(gov.as(DISTRICT_AUTHORITY).acceptance().evaluate(evaluation("e-px-2025", PX, DISTRICT_AUTHORITY, "90", LocalDate.of(2026, 1, 15))));
    assertThat(byD.result()).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(byDistrict.result()).isEqualTo(AcceptanceResult.PASS);

    // combined by the municipal authority, weighted by fees 7,500.00 and 2,500.00: 3/4 and 1/4 (Art. 40, 3rd para)
    world.clock.set(at("2026-01-20T10:00"));
    AnnualResult result = ok(gov.as(CITY).acceptance().publish(
        new AnnualResultRequest(AnnualResultId.of("ar-p1-2025"), P1, Y2025, LocalDate.of(2026, 1, 20), new BigDecimal("80"))));
    assertThat(result.shares()).extracting(share -> AnnualResults.weight(result, share))
        .containsExactlyInAnyOrder(new BigDecimal("0.75"), new BigDecimal("0.25"));
    assertThat(result.evaluationsScore()).isEqualByComparingTo("75.00"); // 70 x 3/4 + 90 x 1/4
    assertThat(result.score()).isEqualByComparingTo("76.00"); // 0.8 x 75 + 0.2 x 80
    assertThat(result.result()).isEqualTo(AcceptanceResult.DEFERRED);
    List<Party> told = world.notifier.delivered().stream()
        .filter(n -> n.type().equals(NotificationTypes.ANNUAL_RESULT_PUBLISHED)).map(Notification::recipient).toList();
    assertThat(told).containsExactlyInAnyOrder(Party.department(D), Party.authority(DISTRICT), Party.provider(P1));

    // the deduction (Art. 41): deferred at 76 falls in [70, 100], 3% of 7,500.00
    AnnualStatement statement = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025));
    FeeDeduction deduction = statement.deductions().get(0);
    assertThat(deduction.amount()).isEqualTo(Money.of("225.00"));
    assertThat(deduction.basis()).hasValueSatisfying(basis -> {
      assertThat(basis.result()).isEqualTo(AcceptanceResult.DEFERRED);
      assertThat(basis.bandFrom()).isEqualByComparingTo("70");
      assertThat(basis.share()).isEqualByComparingTo("0.03");
      assertThat(basis.table()).isEqualTo(TABLE_2025.document());
    });
    assertThat(statement.payable()).isEqualTo(Money.of("7275.00"));
    assertThat(statement.payable().plus(statement.deductionsTotal())).isEqualTo(statement.fees());
    assertThat(statement.outstanding()).isEqualTo(Money.of("2275.00"));

    // paid to the fen (Art. 31); a fen more is an overpayment, refused and not saved
    ok(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("2275.00"), LocalDate.of(2026, 1, 25), "国库支付凭证 2026-0125")));
    assertThat(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("0.01"), LocalDate.of(2026, 1, 26), "多付"))
        .getLeft().code()).isEqualTo(PaymentViolations.OVERPAYMENT);
    assertThat(ok(gov.as(PROVIDER_1).payments().payments(ACCOUNT_D, Y2025))).hasSize(2);
    AnnualStatement settled = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025));
    assertThat(settled.outstanding()).isEqualTo(Money.ZERO);
    assertThat(settled.paid().plus(settled.outstanding())).isEqualTo(settled.payable());

    // a rectification missed (Art. 42): the sweep suspends the provider at the deadline's end
    world.clock.set(at("2026-01-26T10:00"));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD_2026, "某局2026运维项目", D, 2026, Project.Type.OPERATIONS)));
    Rectification ordered = ok(gov.as(CITY).acceptance().orderRectification(new RectificationOrder(RectificationId.of("r-pd-1"), PD,
        Optional.of(byD.id()), "备份策略不符合合同约定", CITY.party(), LocalDate.of(2026, 2, 10))));
    assertThat(delivered(NotificationTypes.RECTIFICATION_ORDERED)).isEqualTo(1);
    gov.sweep(at("2026-02-10T23:59"));
    assertThat(provider().isSuspended()).isFalse();
    gov.sweep(at("2026-02-11T00:00"));
    assertThat(provider().suspension()).hasValueSatisfying(s -> {
      assertThat(s.cause()).isEqualTo(Provider.Suspension.Cause.RECTIFICATION);
      assertThat(s.since()).isEqualTo(ordered.expiresAt());
    });
    assertThat(delivered(NotificationTypes.RECTIFICATION_OVERDUE)).isEqualTo(2); // the provider and the authority
    assertThat(delivered(NotificationTypes.PROVIDER_SUSPENDED)).isEqualTo(1);
    gov.sweep(at("2026-02-12T09:00"));
    assertThat(delivered(NotificationTypes.PROVIDER_SUSPENDED)).isEqualTo(1); // once
    List<AuditRecord> lapses = world.store.transact(uow -> uow.audit().ofSubject("rectification", "r-pd-1")).stream()
        .filter(r -> r.action().equals("LAPSE_RECTIFICATION")).toList();
    assertThat(lapses).singleElement().satisfies(r -> assertThat(r.changes()).anyMatch(c -> c.field().equals("provider.suspension")));

    // a new application is refused while suspended; the authority cannot lift it by hand
    world.clock.set(at("2026-02-12T10:00"));
    ResourceRequest more = ResourceRequest.of(PRD_2026, PD, CD, "ecs.c2m4", BigDecimal.ONE);
    assertThat(gov.as(DEPT_D).resources().apply(more).getLeft().code()).isEqualTo(LifecycleViolations.PROVIDER_SUSPENDED);
    assertThat(gov.as(CITY).registry().reinstateProvider(P1).getLeft().code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);

    // rectified: the authority accepts it, which reinstates the provider
    Rectification accepted = ok(gov.as(CITY).acceptance().acceptRectification(ordered.id(), "已按合同约定完成备份策略整改"));
    assertThat(accepted.status()).isEqualTo(Rectification.Status.ACCEPTED);
    assertThat(provider().isSuspended()).isFalse();
    assertThat(delivered(NotificationTypes.PROVIDER_REINSTATED)).isEqualTo(1);
    assertThat(ok(gov.as(DEPT_D).resources().apply(more)).resource()).isPresent();
  }

  @Test
  void feesLeftUnpaidAtTheYearsEndAreFlaggedOnceWithTheAmount() {
    setUp(POLICY);
    open(world, DEPT_D, "ecs.c2m4", 3, "2025-03-01T08:00");
    issue(world, YearMonth.of(2025, 3), YearMonth.of(2025, 11));
    world.clock.set(at("2025-12-20T10:00"));
    ok(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("5000.00"), LocalDate.of(2025, 12, 20), "国库支付凭证")));
    gov.sweep(at("2026-01-01T00:30"));
    assertThat(delivered(NotificationTypes.FEES_UNPAID_AT_YEAR_END)).isZero(); // December is not issued: the year's fees are not known yet
    issue(world, YearMonth.of(2025, 12), YearMonth.of(2025, 12));
    ok(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1), "国库支付凭证")));
    gov.sweep(at("2026-01-02T09:00"));
    List<Notification> flags = world.notifier.delivered().stream().filter(n -> n.type().equals(NotificationTypes.FEES_UNPAID_AT_YEAR_END)).toList();
    assertThat(flags).extracting(Notification::recipient).containsExactlyInAnyOrder(Party.department(D), Party.provider(P1));
    assertThat(flags).allSatisfy(n -> assertThat(n.data()).containsEntry("amount", "2500.00")); // 7,500.00 less 5,000.00 paid within 2025
    gov.sweep(at("2026-01-03T09:00"));
    gov.sweep(at("2026-06-01T09:00"));
    assertThat(delivered(NotificationTypes.FEES_UNPAID_AT_YEAR_END)).isEqualTo(2); // once
  }

  @Test
  void withoutADeductionTableADeferredYearIsRefusedNeverGuessed() {
    setUp(WITHOUT_TABLE);
    aYearBilled();
    attestBoth(world, PD, CITY);
    world.clock.set(at("2026-01-15T10:00"));
    ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-pd-2025", PD, DEPT_D, "70", LocalDate.of(2026, 1, 15))));
    ok(gov.as(CITY).acceptance().publish(new AnnualResultRequest(AnnualResultId.of("ar-p1-2025"), P1, Y2025, LocalDate.of(2026, 1, 20), new BigDecimal("70"))));
    assertThat(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025).getLeft().code()).isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
    assertThat(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("100.00"), LocalDate.of(2026, 1, 20), "凭证"))
        .getLeft().code()).isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
    assertThat(gov.as(CITY).acceptance().report(D, Y2025).getLeft().code()).isEqualTo(AcceptanceViolations.DEDUCTION_TABLE_MISSING);
    gov.sweep(at("2026-01-21T09:00"));
    assertThat(delivered(NotificationTypes.FEES_UNPAID_AT_YEAR_END)).isZero(); // no amount is guessed
    // the host may still show the gross statement, saying so
    AnnualStatement gross = ok(gov.as(DEPT_D).billing().annualStatement(ACCOUNT_D, Y2025, FeeDeductions.none()));
    assertThat(gross.payable()).isEqualTo(Money.of("7500.00"));
  }

  @Test
  void theSupervisionReportShowsADepartmentsYear() {
    setUp(POLICY);
    aYearBilled();
    attestBoth(world, PD, CITY);
    world.clock.set(at("2026-01-15T10:00"));
    ok(gov.as(DEPT_D).acceptance().evaluate(evaluation("e-pd-2025", PD, DEPT_D, "70", LocalDate.of(2026, 1, 15))));
    ok(gov.as(CITY).acceptance().publish(new AnnualResultRequest(AnnualResultId.of("ar-p1-2025"), P1, Y2025, LocalDate.of(2026, 1, 20), new BigDecimal("70"))));
    ok(gov.as(DEPT_D).payments().record(new PaymentRequest(ACCOUNT_D, Y2025, new BigDecimal("1000.00"), LocalDate.of(2026, 1, 21), "凭证")));
    SupervisionReport report = ok(gov.as(CITY).acceptance().report(D, Y2025));
    assertThat(report.resources()).hasSize(1);
    assertThat(report.fees()).isEqualTo(Money.of("7500.00"));
    assertThat(report.deductionsTotal()).isEqualTo(Money.of("225.00")); // deferred at 70.00: 3%
    assertThat(report.paid()).isEqualTo(Money.of("1000.00"));
    assertThat(report.outstanding()).isEqualTo(Money.of("6275.00"));
    assertThat(report.evaluations()).extracting(e -> e.id().value()).containsExactly("e-pd-2025");
    assertThat(report.annualResults()).extracting(r -> r.id().value()).containsExactly("ar-p1-2025");
    assertThat(report.idleRatio()).isEmpty();
    assertThat(ok(gov.as(DEPT_D).acceptance().report(D, Y2025)).fees()).isEqualTo(report.fees());
    assertThat(gov.as(DEPT_E).acceptance().report(D, Y2025).isLeft()).isTrue();
  }

  private Provider provider() {
    return world.store.transact(uow -> uow.providers().find(P1)).orElseThrow();
  }
}
