package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE;
import static io.govcloud.core.acceptance.AcceptanceFixtures.FINANCE_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.HEALTH_CLOUD;
import static io.govcloud.core.acceptance.AcceptanceFixtures.NOW;
import static io.govcloud.core.acceptance.AcceptanceFixtures.POLICY;
import static io.govcloud.core.acceptance.AcceptanceFixtures.PROVIDER;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.account;
import static io.govcloud.core.acceptance.AcceptanceFixtures.allScored;
import static io.govcloud.core.acceptance.AcceptanceFixtures.ledger;
import static io.govcloud.core.acceptance.AcceptanceFixtures.request;
import static io.govcloud.core.acceptance.AcceptanceFixtures.valid;
import static io.govcloud.core.acceptance.AcceptanceFixtures.yearOfBills;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.billing.AnnualStatements;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.Evaluation;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionReportTest {

  private static CloudResource resource(String id, DepartmentId department, ResourceState state) {
    return CloudResource.builder().id(ResourceId.of(id)).department(department).applicant(department)
        .platform(FINANCE_CLOUD.id()).provider(PROVIDER).contract(ContractId.of("c-1")).project(ProjectId.of("pr"))
        .zone(NetworkZone.EXTRANET).item("ecs-4c8g").quantity(BigDecimal.TEN).requestedQuantity(BigDecimal.TEN)
        .fromRedundancy(BigDecimal.ZERO).deploymentMode(DeploymentMode.SHARED).deploymentConsented(false)
        .integrated(false).state(state).appliedAt(NOW).build();
  }

  @Test
  void aDepartmentsReportGathersItsResourcesFeesDeductionsPaymentsEvaluationsAndResults() {
    Evaluation own = Evaluations.evaluate(request("e-finance", FINANCE_CLOUD, allScored("65")), FINANCE_CLOUD, List.of(), valid(FINANCE_CLOUD),
        POLICY, NOW).get();
    Evaluation other = Evaluations.evaluate(request("e-health", HEALTH_CLOUD, allScored("90")), HEALTH_CLOUD, List.of(), valid(HEALTH_CLOUD),
        POLICY, NOW).get();
    List<MonthlyBill> bills = new ArrayList<>(yearOfBills(account(FINANCE_CLOUD), Y2026, Money.of("120000.00")));
    bills.addAll(yearOfBills(account(HEALTH_CLOUD), Y2026, Money.of("40000.00")));
    AnnualResult result = AnnualResults.combine(new AnnualResultRequest(AnnualResultId.of("ar-1"), PROVIDER, Y2026,
        LocalDate.parse("2027-02-01"), new BigDecimal("60")), List.of(own, other), bills, List.of(), POLICY, NOW).get();
    AnnualResult unrelated = new AnnualResult(AnnualResultId.of("ar-2"), ProviderId.of("provider-b"), Y2026, result.decidedOn(),
        result.shares(), result.evaluationsScore(), result.operationsScore(), result.operationsWeight(), result.score(), result.result(),
        List.of(), result.policy(), NOW, 1);
    AcceptanceDeductions port = AcceptanceDeductions.of(List.of(result), POLICY.deductions()).get();
    AnnualStatement statement = AnnualStatements.of(ledger(Y2026, bills), account(FINANCE_CLOUD), Y2026, port).get()
        .withPayments(List.of(Payment.of(PaymentId.of("pay-1"), account(FINANCE_CLOUD), Y2026, Money.of("50000.00"), LocalDate.parse("2026-12-20"),
            "凭证 1", NOW)));
    SupervisionReport report = SupervisionReport.of(FINANCE, Y2026,
        List.of(resource("r-2", FINANCE, ResourceState.ACTIVE), resource("r-1", FINANCE, ResourceState.TERMINATED),
            resource("r-3", FINANCE, ResourceState.CHANGE_REQUESTED), resource("r-0", FINANCE, ResourceState.APPLIED)),
        List.of(statement), List.of(other, own), List.of(unrelated, result));
    // 3/4 × 65 + 1/4 × 90 = 71.25; 0.8 × 71.25 + 0.2 × 60 = 69.00: deferred, 5% below 70
    assertThat(result.result()).isEqualTo(AcceptanceResult.DEFERRED);
    assertThat(report.resources()).extracting(r -> r.id().value()).containsExactly("r-2", "r-3");
    assertThat(report.fees()).isEqualTo(Money.of("120000.00"));
    assertThat(report.deductionsTotal()).isEqualTo(Money.of("6000.00"));
    assertThat(report.deductions()).singleElement().satisfies(d -> assertThat(d.basis()).isPresent());
    assertThat(report.payable()).isEqualTo(Money.of("114000.00"));
    assertThat(report.paid()).isEqualTo(Money.of("50000.00"));
    assertThat(report.outstanding()).isEqualTo(Money.of("64000.00"));
    assertThat(report.unpaidAtYearEnd()).isEqualTo(Money.of("64000.00"));
    assertThat(report.evaluations()).containsExactly(own);
    assertThat(report.annualResults()).containsExactly(result);
    assertThat(report.idleRatio()).isEmpty();
    assertThat(report.withIdleRatio(new BigDecimal("0.35")).idleRatio()).contains(new BigDecimal("0.35"));
    assertThat(report.toString()).contains("cq-finance", "2026");
  }

  @Test
  void anotherDepartmentsResourceOrStatementOrABadIdleRatioIsACallersBug() {
    DepartmentId other = DepartmentId.of("cq-health");
    assertThatThrownBy(() -> SupervisionReport.of(FINANCE, Y2026, List.of(resource("r-1", other, ResourceState.ACTIVE)), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r-1");
    AnnualStatement health = AnnualStatement.builder().account(account(HEALTH_CLOUD)).year(Y2026).build();
    assertThatThrownBy(() -> SupervisionReport.of(FINANCE, Y2026, List.of(), List.of(health), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    AnnualStatement lastYear = AnnualStatement.builder().account(account(FINANCE_CLOUD)).year(Year.of(2025)).build();
    assertThatThrownBy(() -> SupervisionReport.of(FINANCE, Y2026, List.of(), List.of(lastYear), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    SupervisionReport empty = SupervisionReport.of(FINANCE, Y2026, List.of(), List.of(), List.of(), List.of());
    assertThat(empty.fees()).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> empty.withIdleRatio(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
  }
}
