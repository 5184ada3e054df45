package io.govcloud.example;

import static io.govcloud.example.District.*;
import static io.govcloud.example.Host.ok;

import io.govcloud.core.GovCloud;
import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.example.Journal.Outcome;
import io.govcloud.example.Lang.Text;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ProviderStatementLine;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The district's autumn and the year's end: idle capacity escalated across the National Day holiday
 * (Art. 15–17), an emergency over the holiday (Art. 25), a contract filed late (Art. 12), a provider's
 * statement with a planted error found by reconciliation (Art. 30), payments and the fees left unpaid
 * at the year's end (Art. 31), the annual acceptance with its deduction (Art. 32, 36, 40, 41), and the
 * annual statements.
 */
final class Autumn {

  private final Story story;
  private final Host host;
  private final GovCloud gov;
  private final Journal journal;
  private ResourceId emergency;

  Autumn(Story story) {
    this.story = story;
    this.host = story.host;
    this.gov = story.gov;
    this.journal = host.journal;
  }

  void play() {
    idleCapacity();
    holiday();
    escalation();
    reconciliation();
    yearEnd();
    acceptance();
  }

  /**
   * The authority sets a 15% redundancy ratio from 1 September; the management system's data show 24 of
   * education's 64 vCPU idle on 5 September: a reminder to reduce within one month (Art. 15–17).
   */
  private void idleCapacity() {
    host.at("2025-08-25T10:00");
    ok(AUTHORITY, gov.as(AUTHORITY).reallocation().setRedundancyRatio(PLATFORM, new BigDecimal("0.15"), LocalDate.of(2025, 9, 1),
        "江北大数据发〔2025〕12号"));
    Instant measured = host.at("2025-09-05T10:00");
    journal.reminder = ok(COLLECTOR, gov.as(COLLECTOR).reallocation().recordUtilization(new Measurement(EDUCATION, PLATFORM,
        Dimension.VCPU, BigDecimal.valueOf(64), BigDecimal.valueOf(24), District.at("2025-09-05T08:00"), "多云管理系统数据接口")));
    ReductionStep reminded = journal.reminder.reductionCase().orElseThrow().lastStep();
    journal.watch(measured, Text.of("区教委闲置资源提醒", "idle capacity reminder to education"), StatutoryDeadline.IDLE_REDUCTION,
        EDUCATION.value(), reminded.lastDay().orElseThrow(), reminded.expiresAt().orElseThrow());
  }

  /**
   * Market signs a contract on Friday 26 September and reports an emergency on 30 September at 22:00;
   * the provider has 24 hours, holiday or not; the backfill has 2 working days from the supplementary
   * project's approval, and the Saturday after the holiday is one (Art. 25).
   */
  private void holiday() {
    story.sign(MARKET_DEPT, MARKET_CONTRACT, "2025-09-26T15:30");
    host.at("2025-09-30T22:00");
    emergency = ok(MARKET_DEPT, gov.as(MARKET_DEPT).emergencies().report(
        ResourceRequest.emergency(PLATFORM, MARKET_CONTRACT, "ecs.c16m32", BigDecimal.valueOf(4)))).id();
    host.watch(host.clock.instant(), Text.of("区市场监管局紧急报备 ecs.c16m32 × 4", "market regulation reports an emergency: ecs.c16m32 × 4"),
        StatutoryDeadline.EMERGENCY_PROVISIONING, emergency.value());
    Instant provisioned = host.at("2025-10-01T10:00");
    ok(OPERATOR, gov.as(OPERATOR).emergencies().provision(emergency, provisioned));
    journal.met(StatutoryDeadline.EMERGENCY_PROVISIONING, emergency.value(), provisioned);
    host.at("2025-10-01T11:00");
    ok(MARKET_DEPT, gov.as(MARKET_DEPT).emergencies().confirm(emergency, BigDecimal.valueOf(4), provisioned));
    Instant approved = host.at("2025-10-09T10:00");
    story.project(MARKET_EMERGENCY, "食品安全应急指挥系统扩容", MARKET, io.govcloud.model.Project.Type.NEW_BUILD);
    ok(MARKET_DEPT, gov.as(MARKET_DEPT).emergencies().recordSupplementApproval(emergency, MARKET_EMERGENCY, approved));
    host.watch(approved, Text.of("区市场监管局应急项目增补获批", "market regulation's supplementary project approved"), StatutoryDeadline.EMERGENCY_BACKFILL,
        emergency.value());
    Instant backfilled = host.at("2025-10-10T15:00");
    ok(MARKET_DEPT, gov.as(MARKET_DEPT).emergencies().backfill(emergency));
    journal.met(StatutoryDeadline.EMERGENCY_BACKFILL, emergency.value(), backfilled);
  }

  /**
   * The month lapses on 9 October (5 October falls in the holiday); the authority supervises on 10
   * October; five working days later, the makeup Saturday counted, it may reduce: refused on 16 October,
   * done on 17 October (Art. 17). Market files its contract late on 13 October and opens its project.
   */
  private void escalation() {
    Instant supervised = host.at("2025-10-10T16:00");
    ReductionCase reminded = journal.reminder.reductionCase().orElseThrow();
    ReductionCase underSupervision = ok(AUTHORITY, gov.as(AUTHORITY).reallocation().supervise(reminded.id()));
    ReductionStep step = underSupervision.lastStep();
    journal.watch(supervised, Text.of("区大数据局督促区教委调减", "the district authority supervises education"), StatutoryDeadline.FORCED_REDUCTION,
        EDUCATION.value(), step.lastDay().orElseThrow(), step.expiresAt().orElseThrow());

    story.file(MARKET_DEPT, MARKET_CONTRACT, "2025-10-13T09:30");
    host.at("2025-10-14T10:00");
    ResourceId marketServers = story.apply(MARKET_DEPT,
        ResourceRequest.of(MARKET_BUILD, PLATFORM, MARKET_CONTRACT, "ecs.c4m8", BigDecimal.valueOf(2)));
    story.approve("2025-10-14T16:00", marketServers);
    story.trial("2025-10-15T10:00", marketServers);
    story.test(MARKET_DEPT, "2025-10-16T10:00", marketServers);
    host.at("2025-10-16T17:00");
    host.refused(Text.of("10月16日强制调减", "a forced reduction on 16 October"),
        gov.as(AUTHORITY).reallocation().reduce(reminded.id(), Map.of(story.eduServers, BigDecimal.valueOf(5))));
    host.at("2025-10-17T09:00");
    journal.reductionCase = ok(AUTHORITY, gov.as(AUTHORITY).reallocation().reduce(reminded.id(),
        Map.of(story.eduServers, BigDecimal.valueOf(5))));
    for (ReductionStep s : journal.reductionCase.steps()) {
      switch (s.kind()) {
        case REMINDER_LAPSED -> journal.step(StatutoryDeadline.IDLE_REDUCTION, EDUCATION.value(), s.at(), Outcome.Kind.LAPSED);
        case SUPERVISED -> journal.step(StatutoryDeadline.IDLE_REDUCTION, EDUCATION.value(), s.at(), Outcome.Kind.SUPERVISED);
        case SUPERVISION_LAPSED -> journal.step(StatutoryDeadline.FORCED_REDUCTION, EDUCATION.value(), s.at(), Outcome.Kind.LAPSED);
        case REDUCED_BY_AUTHORITY -> journal.step(StatutoryDeadline.FORCED_REDUCTION, EDUCATION.value(), s.at(), Outcome.Kind.REDUCED);
        default -> { }
      }
    }
    story.confirm(MARKET_DEPT, "2025-10-20T09:00", "2025-10-20T09:00", marketServers);
  }

  /**
   * The provider's statement for education's October bills the 8 servers for the whole month, as if the
   * reduction of 17 October had not happened; the reconciliation finds it line by line (Art. 30).
   */
  private void reconciliation() {
    host.at("2025-11-05T10:00");
    ProviderStatement statement = ProviderStatement.of(account(EDUCATION), YearMonth.of(2025, 10), List.of(
        ProviderStatementLine.of(story.eduServers, "ecs.c8m16", BigDecimal.valueOf(8), Money.of("8000.00")),
        ProviderStatementLine.of(story.eduDisks, "evs.ssd", BigDecimal.valueOf(2000), Money.of("1400.00"))));
    journal.reconciliation = ok(AUTHORITY, gov.as(AUTHORITY).billing().reconcile(statement));
  }

  /**
   * Each department pays in December what January to November came to; December's bill, issued on the
   * first working day of 2026, is left unpaid at the year's end, which the sweep flags (Art. 31).
   */
  private void yearEnd() {
    host.at("2025-12-19T10:00");
    for (DepartmentId department : DEPARTMENTS) {
      Actor payer = payer(department);
      List<Money> issued = new ArrayList<>();
      for (int month = 1; month <= 11; month++) {
        gov.as(payer).billing().bills(YearMonth.of(2025, month)).stream()
            .filter(bill -> bill.account().department().equals(department)).map(MonthlyBill::total).forEach(issued::add);
      }
      Money total = Money.total(issued);
      if (total.isPositive()) {
        ok(payer, gov.as(payer).payments().record(new PaymentRequest(account(department), YEAR, total.amount(),
            LocalDate.of(2025, 12, 19), "国库集中支付 2025-1219")));
      }
    }
    host.at("2026-01-06T09:00");
    Money unpaid = Money.total(journal.notifications().stream()
        .filter(n -> n.type().equals(io.govcloud.core.NotificationTypes.FEES_UNPAID_AT_YEAR_END))
        .filter(n -> n.recipient().role() == Actor.Role.DEPARTMENT)
        .map(n -> Money.of(n.data().get("amount"))).toList());
    long accounts = journal.notifications().stream()
        .filter(n -> n.type().equals(io.govcloud.core.NotificationTypes.FEES_UNPAID_AT_YEAR_END))
        .filter(n -> n.recipient().role() == Actor.Role.DEPARTMENT).count();
    Instant flagged = journal.notifications().stream()
        .filter(n -> n.type().equals(io.govcloud.core.NotificationTypes.FEES_UNPAID_AT_YEAR_END))
        .map(n -> n.createdAt()).findFirst().orElseThrow(() -> new IllegalStateException("no fees were flagged unpaid"));
    journal.event(flagged, Text.of("2025年度费用未在当年付清：" + accounts + "个账户，" + Lang.money(unpaid) + " 元",
        "fees of 2025 unpaid at the year's end: " + accounts + " accounts, " + Lang.money(unpaid)),
        io.govcloud.model.Article.of(31));
  }

  /**
   * The district authority records the platform's attestations and evaluates its year; the municipal
   * authority combines it with its operations score into the provider's annual result (Art. 32, 36, 40);
   * each statement deducts by the table in force and the departments pay what is left (Art. 41, 31).
   */
  private void acceptance() {
    host.at("2026-01-12T10:00");
    ok(AUTHORITY, gov.as(AUTHORITY).acceptance().attest(AttestationId.of("att-2024-sa"), PLATFORM, AttestationKind.SECURITY_ASSESSMENT,
        LocalDate.of(2024, 6, 1), "云计算服务安全评估报告（示例）"));
    ok(AUTHORITY, gov.as(AUTHORITY).acceptance().attest(AttestationId.of("att-2025-cp"), PLATFORM, AttestationKind.CLASSIFIED_PROTECTION,
        LocalDate.of(2025, 6, 1), "网络安全等级保护测评报告（示例）"));
    host.at("2026-01-15T10:00");
    journal.evaluation = ok(AUTHORITY, gov.as(AUTHORITY).acceptance().evaluate(new EvaluationRequest(EvaluationId.of("e-2025-jb-cloud"),
        YEAR, PLATFORM, AUTHORITY.party(), LocalDate.of(2026, 1, 15), scores())));
    host.at("2026-01-20T10:00");
    journal.annualResult = ok(CITY, gov.as(CITY).acceptance().publish(new AnnualResultRequest(AnnualResultId.of("ar-2025-yuyun"),
        PROVIDER, YEAR, LocalDate.of(2026, 1, 20), new BigDecimal("70"))));
    host.at("2026-01-26T10:00");
    for (DepartmentId department : DEPARTMENTS) {
      Actor payer = payer(department);
      AnnualStatement statement = ok(payer, gov.as(payer).billing().annualStatement(account(department), YEAR));
      if (statement.outstanding().isPositive()) {
        ok(payer, gov.as(payer).payments().record(new PaymentRequest(account(department), YEAR, statement.outstanding().amount(),
            LocalDate.of(2026, 1, 26), "国库集中支付 2026-0126")));
      }
      journal.statements.add(ok(payer, gov.as(payer).billing().annualStatement(account(department), YEAR)));
    }
  }

  /** Who pays for a department's account: the department, or the parent for its subordinate unit (Art. 19). */
  private static Actor payer(DepartmentId department) {
    return department.equals(EDUCATION_IT) ? EDU_IT : Actor.department(department, "财务");
  }
}
