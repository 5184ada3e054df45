package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.RectificationId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule R9 (Art. 5, 12, 15–17, 19, 31, 33, 40, 42–44) for every facet method and every kind of actor: own and other
 * department, parent and subordinate unit, own and other provider, municipal and district authority,
 * municipal and district auditor, the host system. Each cell runs in a world of its own: the subject is
 * prepared by the parties allowed to, then the method is called as the cell's actor. A refused cell must
 * be refused with {@code ACCESS_DENIED} and leave exactly one audit record, the refusal; an allowed cell
 * must not be refused for access (another rule may still refuse it). A method that takes an id is also
 * called with an id that does not exist: the refusal is the same, word for word, as that of a subject out
 * of reach. The list reads ({@code billing().bills}, {@code billing().billingAccounts}, {@code
 * records().resources}, {@code reallocation().cases}) filter instead of refusing: an actor may read a
 * subject when the list holds it.
 */
class AccessMatrixTest {

  /** The kinds of actor, relative to the subject's owner. */
  enum Kind { OWN, PARENT, SUBORDINATE, OTHER_DEPARTMENT, OWN_PROVIDER, OTHER_PROVIDER, MUNICIPAL, DISTRICT, AUDITOR, DISTRICT_AUDITOR, SYSTEM }

  private static final String UNKNOWN = "no-such-id";
  private static final Set<Kind> DEPARTMENT = EnumSet.of(Kind.OWN, Kind.PARENT);
  private static final Set<Kind> CITY_ONLY = EnumSet.of(Kind.MUNICIPAL);
  private static final Set<Kind> AUTHORITIES = EnumSet.of(Kind.MUNICIPAL, Kind.DISTRICT);
  private static final Set<Kind> PROVIDER = EnumSet.of(Kind.OWN_PROVIDER);
  private static final Set<Kind> READERS = EnumSet.of(Kind.OWN, Kind.PARENT, Kind.OWN_PROVIDER, Kind.MUNICIPAL, Kind.AUDITOR);
  private static final Set<Kind> DISTRICT_ONLY = EnumSet.of(Kind.DISTRICT);
  private static final Set<Kind> DISTRICT_READERS = EnumSet.of(Kind.OWN, Kind.OWN_PROVIDER, Kind.DISTRICT, Kind.DISTRICT_AUDITOR);
  private static final Set<Kind> DISTRICT_BILL_READERS =
      EnumSet.of(Kind.OWN, Kind.OWN_PROVIDER, Kind.DISTRICT, Kind.DISTRICT_AUDITOR, Kind.MUNICIPAL, Kind.AUDITOR);
  private static final Set<Kind> CASE_READERS = EnumSet.of(Kind.OWN, Kind.PARENT, Kind.MUNICIPAL, Kind.AUDITOR);
  private static final Set<Kind> DISTRICT_CASE_READERS = EnumSet.of(Kind.OWN, Kind.DISTRICT, Kind.DISTRICT_AUDITOR);
  private static final String DOCUMENT = "渝大数据发〔2025〕12号";
  private static final Set<Kind> PROVIDER_READERS = EnumSet.of(Kind.OWN_PROVIDER, Kind.MUNICIPAL, Kind.AUDITOR);

  /** Prepares the subject of a call for an owner, as the parties allowed to. */
  interface Prepare {
    Object subject(AccessFixture f, DepartmentId owner);
  }

  /** Calls a facet method as an actor on a subject (or on an id that does not exist). */
  interface Call {
    Object call(ActorScope as, Object subject, AccessFixture f, DepartmentId owner);
  }

  /**
   * One facet method on one kind of subject.
   *
   * @param byId whether the subject is an id, which is also tried unknown
   */
  record Row(String method, boolean district, Set<Kind> allowed, Prepare prepare, Call call, boolean byId) {}

  private static Row row(String method, Set<Kind> allowed, Prepare prepare, Call call) {
    return new Row(method, false, allowed, prepare, call, false);
  }

  private static Row byId(String method, Set<Kind> allowed, Prepare prepare, Call call) {
    return new Row(method, false, allowed, prepare, call, true);
  }

  private static Row district(Row row, Set<Kind> allowed) {
    return new Row(row.method() + " (district)", true, allowed, row.prepare(), row.call(), row.byId());
  }

  private static ResourceId r(Object id) {
    return ResourceId.of((String) id);
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // registry (rule R8)
    rows.add(row("registry().registerProvider", AUTHORITIES, (f, o) -> null,
        (as, s, f, o) -> as.registry().registerProvider(Provider.of(ProviderId.of(f.newId("prov")), "新服务商"))));
    rows.add(row("registry().registerDepartment", CITY_ONLY, (f, o) -> null,
        (as, s, f, o) -> as.registry().registerDepartment(Department.of(DepartmentId.of(f.newId("dept")), "新局", Jurisdiction.MUNICIPAL))));
    rows.add(row("registry().registerPlatform", CITY_ONLY, (f, o) -> {
      DepartmentId owner = DepartmentId.of(f.newId("dept"));
      ok(f.gov.as(CITY).registry().registerDepartment(Department.of(owner, "新局", Jurisdiction.MUNICIPAL)));
      return owner;
    }, (as, s, f, o) -> as.registry().registerPlatform(Platform.builder().id(PlatformId.of(f.newId("plat"))).name("新平台")
        .jurisdiction(Jurisdiction.MUNICIPAL).owner((DepartmentId) s).provider(P2).build())));
    rows.add(row("registry().registerProject", CITY_ONLY, (f, o) -> null,
        (as, s, f, o) -> as.registry().registerProject(Project.of(ProjectId.of(f.newId("project")), "项目", o, 2025, Project.Type.OPERATIONS))));
    rows.add(byId("registry().acceptProject", CITY_ONLY, AccessFixture::newBuild,
        (as, s, f, o) -> as.registry().acceptProject(ProjectId.of((String) s))));
    rows.add(row("registry().registerContract", DEPARTMENT, (f, o) -> null, (as, s, f, o) -> as.registry().registerContract(f.newContract(o))));
    rows.add(byId("registry().fileContract", DEPARTMENT, AccessFixture::contract,
        (as, s, f, o) -> as.registry().fileContract(ContractId.of((String) s))));
    rows.add(byId("registry().addSupplement", DEPARTMENT, AccessFixture::contract,
        (as, s, f, o) -> as.registry().addSupplement(ContractId.of((String) s), new Contract.Supplement("补充协议", f.world.clock.instant(), 5))));
    rows.add(byId("registry().addSupplement (prices)", DEPARTMENT, AccessFixture::contract,
        (as, s, f, o) -> as.registry().addSupplement(ContractId.of((String) s), new Contract.Supplement("补充协议", f.world.clock.instant(), 0),
            List.of(io.govcloud.model.ContractPrice.of("ecs.c2m4", io.govcloud.model.Money.of("200.00"), java.time.LocalDate.of(2025, 6, 1))))));
    rows.add(byId("registry().suspendProvider", CITY_ONLY, (f, o) -> P1.value(),
        (as, s, f, o) -> as.registry().suspendProvider(ProviderId.of((String) s), "未按期整改")));
    rows.add(byId("registry().reinstateProvider", CITY_ONLY, (f, o) -> {
      ok(f.gov.as(CITY).registry().suspendProvider(P2, "未按期整改"));
      return P2.value();
    }, (as, s, f, o) -> as.registry().reinstateProvider(ProviderId.of((String) s))));
    // resources (rule R5)
    rows.add(row("resources().apply", DEPARTMENT, (f, o) -> null, (as, s, f, o) -> as.resources().apply(AccessFixture.request(o))));
    rows.add(byId("resources().approve", CITY_ONLY, AccessFixture::applied, (as, s, f, o) -> as.resources().approve(r(s))));
    rows.add(byId("resources().reject", CITY_ONLY, AccessFixture::applied, (as, s, f, o) -> as.resources().reject(r(s), "不符合要求")));
    rows.add(byId("resources().openTrial", PROVIDER, AccessFixture::trialNotified,
        (as, s, f, o) -> as.resources().openTrial(r(s), f.world.clock.instant(), false)));
    rows.add(byId("resources().extendTrial", DEPARTMENT, AccessFixture::inTrial, (as, s, f, o) -> as.resources().extendTrial(r(s), "补充协议")));
    rows.add(byId("resources().recordTest", DEPARTMENT, AccessFixture::inTrial, (as, s, f, o) -> as.resources().recordTest(r(s), true, "通过")));
    rows.add(byId("resources().confirmOpen", DEPARTMENT, AccessFixture::testPassed,
        (as, s, f, o) -> as.resources().confirmOpen(r(s), BigDecimal.ONE, f.world.clock.instant())));
    rows.add(byId("resources().applyChange", DEPARTMENT, AccessFixture::active,
        (as, s, f, o) -> as.resources().applyChange(r(s), "ecs.c4m8", BigDecimal.ONE, AccessFixture.project(o))));
    rows.add(byId("resources().approveChange", CITY_ONLY, AccessFixture::changeRequested, (as, s, f, o) -> as.resources().approveChange(r(s))));
    rows.add(byId("resources().rejectChange", CITY_ONLY, AccessFixture::changeRequested,
        (as, s, f, o) -> as.resources().rejectChange(r(s), "无批准的方案")));
    rows.add(byId("resources().confirmChange", DEPARTMENT, AccessFixture::changeApproved,
        (as, s, f, o) -> as.resources().confirmChange(r(s), BigDecimal.ONE, f.world.clock.instant())));
    rows.add(byId("resources().applyTermination", DEPARTMENT, AccessFixture::active,
        (as, s, f, o) -> as.resources().applyTermination(r(s), AccessFixture.project(o))));
    rows.add(byId("resources().approveTermination", CITY_ONLY, AccessFixture::terminationRequested,
        (as, s, f, o) -> as.resources().approveTermination(r(s))));
    rows.add(byId("resources().rejectTermination", CITY_ONLY, AccessFixture::terminationRequested,
        (as, s, f, o) -> as.resources().rejectTermination(r(s), "系统仍在使用")));
    rows.add(byId("resources().recordTerminationStep", DEPARTMENT, AccessFixture::terminationApproved,
        (as, s, f, o) -> as.resources().recordTerminationStep(r(s), CloudResource.TerminationStep.SYSTEM_OFFLINE)));
    rows.add(byId("resources().confirmTermination", DEPARTMENT, AccessFixture::terminationReady,
        (as, s, f, o) -> as.resources().confirmTermination(r(s), f.world.clock.instant())));
    // emergencies (rule R5.8)
    rows.add(row("emergencies().report", DEPARTMENT, (f, o) -> null, (as, s, f, o) -> as.emergencies().report(AccessFixture.emergencyRequest(o))));
    rows.add(byId("emergencies().provision", PROVIDER, AccessFixture::emergencyReported,
        (as, s, f, o) -> as.emergencies().provision(r(s), f.world.clock.instant())));
    rows.add(byId("emergencies().confirm", DEPARTMENT, AccessFixture::emergencyProvisioned,
        (as, s, f, o) -> as.emergencies().confirm(r(s), BigDecimal.ONE, f.world.clock.instant())));
    rows.add(byId("emergencies().recordSupplementApproval", DEPARTMENT, AccessFixture::emergencyProvisioned,
        (as, s, f, o) -> as.emergencies().recordSupplementApproval(r(s), AccessFixture.project(o), f.world.clock.instant())));
    rows.add(byId("emergencies().backfill", DEPARTMENT, AccessFixture::emergencyConfirmed, (as, s, f, o) -> as.emergencies().backfill(r(s))));
    // billing (rule R4)
    // each authority starts and issues its own jurisdiction's ledger (Art. 17, 20); the district's ledger
    // is not started here, so its issue is refused for that, not for access
    rows.add(row("billing().startLedger", AUTHORITIES, (f, o) -> null, (as, s, f, o) -> as.billing().startLedger(AccessFixture.MARCH)));
    rows.add(row("billing().issue", AUTHORITIES, (f, o) -> {
      f.active(o);
      f.world.clock.set(at("2025-04-01T09:00"));
      f.world.startLedger(AccessFixture.MARCH);
      return null;
    }, (as, s, f, o) -> as.billing().issue(AccessFixture.MARCH)));
    rows.add(row("billing().bills", READERS, AccessFixture::billed, (as, s, f, o) -> as.billing().bills(AccessFixture.MARCH)));
    rows.add(row("billing().billingAccounts", READERS, AccessFixture::billed,
        (as, s, f, o) -> as.billing().billingAccounts().stream().filter(s::equals).toList()));
    rows.add(row("billing().annualStatement", READERS, AccessFixture::billed,
        (as, s, f, o) -> as.billing().annualStatement((BillingAccount) s, Year.of(2025), FeeDeductions.none())));
    rows.add(row("billing().reconcile", READERS, AccessFixture::billed,
        (as, s, f, o) -> as.billing().reconcile(ProviderStatement.of((BillingAccount) s, AccessFixture.MARCH, List.of()))));
    rows.add(row("billing().annualStatement (acceptance)", READERS, AccessFixture::billed,
        (as, s, f, o) -> as.billing().annualStatement((BillingAccount) s, Year.of(2025))));
    // acceptance (rule R7); an evaluation reaches the owner's line and the platform's authority, and the
    // rule then names the one evaluator (the municipal authority is refused ACCEPTANCE_WRONG_EVALUATOR)
    rows.add(byId("acceptance().attest", CITY_ONLY, (f, o) -> AccessFixture.platform(o).value(),
        (as, s, f, o) -> as.acceptance().attest(AttestationId.of(f.newId("attestation")), PlatformId.of((String) s),
            AttestationKind.SECURITY_ASSESSMENT, LocalDate.of(2025, 3, 1), "云计算服务安全评估报告")));
    rows.add(byId("acceptance().attestations", READERS, (f, o) -> AccessFixture.platform(o).value(),
        (as, s, f, o) -> as.acceptance().attestations(PlatformId.of((String) s))));
    rows.add(byId("acceptance().evaluate", EnumSet.of(Kind.OWN, Kind.PARENT, Kind.MUNICIPAL), (f, o) -> AccessFixture.platform(o).value(),
        (as, s, f, o) -> as.acceptance().evaluate(new EvaluationRequest(EvaluationId.of(f.newId("evaluation")), Year.of(2025),
            PlatformId.of((String) s), as.actor().party(), LocalDate.of(2025, 3, 3), AcceptanceExamples.byCriterion("85")))));
    rows.add(byId("acceptance().publish", CITY_ONLY, (f, o) -> P1.value(),
        (as, s, f, o) -> as.acceptance().publish(new AnnualResultRequest(AnnualResultId.of(f.newId("result")), ProviderId.of((String) s),
            Year.of(2025), LocalDate.of(2025, 3, 3), new BigDecimal("80")))));
    rows.add(byId("acceptance().annualResults", PROVIDER_READERS, (f, o) -> P1.value(),
        (as, s, f, o) -> as.acceptance().annualResults(ProviderId.of((String) s))));
    rows.add(byId("acceptance().orderRectification", CITY_ONLY, (f, o) -> AccessFixture.platform(o).value(),
        (as, s, f, o) -> as.acceptance().orderRectification(new RectificationOrder(RectificationId.of(f.newId("rectification")),
            PlatformId.of((String) s), Optional.empty(), "安全漏洞未修复", as.actor().party(), LocalDate.of(2025, 3, 10)))));
    rows.add(byId("acceptance().acceptRectification", CITY_ONLY, AccessFixture::rectification,
        (as, s, f, o) -> as.acceptance().acceptRectification(RectificationId.of((String) s), "已整改")));
    rows.add(byId("acceptance().rejectRectification", CITY_ONLY, AccessFixture::rectification,
        (as, s, f, o) -> as.acceptance().rejectRectification(RectificationId.of((String) s), "仍不符合要求")));
    rows.add(byId("acceptance().rectifications", PROVIDER_READERS, (f, o) -> P1.value(),
        (as, s, f, o) -> as.acceptance().rectifications(ProviderId.of((String) s))));
    rows.add(byId("acceptance().report", EnumSet.of(Kind.OWN, Kind.PARENT, Kind.MUNICIPAL, Kind.AUDITOR), (f, o) -> o.value(),
        (as, s, f, o) -> as.acceptance().report(DepartmentId.of((String) s), Year.of(2025))));
    // payments (Art. 31)
    rows.add(row("payments().record", DEPARTMENT, AccessFixture::billed, (as, s, f, o) -> as.payments().record(
        new PaymentRequest((BillingAccount) s, Year.of(2025), new BigDecimal("1.00"), LocalDate.of(2025, 4, 1), "国库支付凭证"))));
    rows.add(row("payments().payments", READERS, AccessFixture::billed,
        (as, s, f, o) -> as.payments().payments((BillingAccount) s, Year.of(2025))));
    // records (rule R9)
    rows.add(byId("records().resource", READERS, AccessFixture::applied, (as, s, f, o) -> as.records().resource(r(s))));
    rows.add(row("records().resources", READERS, AccessFixture::applied, (as, s, f, o) -> as.records().resources()));
    rows.add(byId("records().workOrders", READERS, AccessFixture::active, (as, s, f, o) -> as.records().workOrders(r(s))));
    rows.add(byId("records().auditTrail", READERS, AccessFixture::applied, (as, s, f, o) -> as.records().auditTrail(r(s))));
    // reallocation (rule R6)
    rows.add(byId("reallocation().setRedundancyRatio", CITY_ONLY, (f, o) -> AccessFixture.platformOf(o).value(),
        (as, s, f, o) -> as.reallocation().setRedundancyRatio(PlatformId.of((String) s), new BigDecimal("0.15"), f.today(), DOCUMENT)));
    rows.add(row("reallocation().recordUtilization", EnumSet.of(Kind.MUNICIPAL, Kind.SYSTEM), (f, o) -> null,
        (as, s, f, o) -> as.reallocation().recordUtilization(f.measurement(o))));
    rows.add(row("reallocation().cases", CASE_READERS, AccessFixture::reductionCase, (as, s, f, o) -> as.reallocation().cases()));
    rows.add(byId("reallocation().reductionCase", CASE_READERS, AccessFixture::reductionCase,
        (as, s, f, o) -> as.reallocation().reductionCase(ReductionCaseId.of((String) s))));
    rows.add(byId("reallocation().supervise", CITY_ONLY, AccessFixture::reductionCase,
        (as, s, f, o) -> as.reallocation().supervise(ReductionCaseId.of((String) s))));
    rows.add(byId("reallocation().reduce", CITY_ONLY, AccessFixture::reductionCase,
        (as, s, f, o) -> as.reallocation().reduce(ReductionCaseId.of((String) s), Map.of())));
    // the same on a district's platform: its authority and auditor, not the municipality's
    Map<String, Row> byMethod = new LinkedHashMap<>();
    rows.forEach(row -> byMethod.put(row.method(), row));
    for (String method : List.of("resources().approve", "resources().rejectChange", "resources().approveTermination")) {
      rows.add(district(byMethod.get(method), DISTRICT_ONLY));
    }
    for (String method : List.of("resources().apply", "resources().recordTest", "emergencies().report", "registry().fileContract")) {
      rows.add(district(byMethod.get(method), EnumSet.of(Kind.OWN)));
    }
    rows.add(district(byMethod.get("resources().openTrial"), PROVIDER));
    for (String method : List.of("records().resource", "records().resources", "records().auditTrail")) {
      rows.add(district(byMethod.get(method), DISTRICT_READERS));
    }
    // a district's bills: their parties, the municipal authority, which supervises every level (Art. 43), and
    // the municipal auditor, whose jurisdiction is the whole city (docs/rules.md#r9)
    for (String method : List.of("billing().annualStatement", "billing().bills", "billing().billingAccounts", "billing().reconcile",
        "billing().annualStatement (acceptance)")) {
      rows.add(district(byMethod.get(method), DISTRICT_BILL_READERS));
    }
    rows.add(district(byMethod.get("registry().registerProject"), DISTRICT_ONLY));
    for (String method : List.of("reallocation().setRedundancyRatio", "reallocation().supervise", "reallocation().reduce")) {
      rows.add(district(byMethod.get(method), DISTRICT_ONLY));
    }
    rows.add(district(byMethod.get("reallocation().recordUtilization"), EnumSet.of(Kind.DISTRICT, Kind.SYSTEM)));
    for (String method : List.of("reallocation().cases", "reallocation().reductionCase")) {
      rows.add(district(byMethod.get(method), DISTRICT_CASE_READERS));
    }
    for (String method : List.of("acceptance().attest", "acceptance().evaluate")) {
      rows.add(district(byMethod.get(method), DISTRICT_ONLY));
    }
    for (String method : List.of("acceptance().orderRectification", "acceptance().acceptRectification")) {
      rows.add(district(byMethod.get(method), CITY_ONLY)); // Art. 42: the municipal authority, whatever the platform
    }
    rows.add(district(byMethod.get("acceptance().attestations"), EnumSet.of(Kind.OWN_PROVIDER, Kind.DISTRICT, Kind.DISTRICT_AUDITOR)));
    rows.add(district(byMethod.get("acceptance().report"), EnumSet.of(Kind.OWN, Kind.MUNICIPAL, Kind.DISTRICT, Kind.DISTRICT_AUDITOR)));
    rows.add(district(byMethod.get("payments().record"), EnumSet.of(Kind.OWN)));
    rows.add(district(byMethod.get("payments().payments"), DISTRICT_READERS));
    return rows;
  }

  /** The actor of a kind and the owner of its subject; null where the kind does not apply (a district department has no subordinate). */
  static Map.Entry<Actor, DepartmentId> cell(Kind kind, boolean district) {
    DepartmentId own = district ? X : D;
    Actor actor = switch (kind) {
      case OWN -> district ? DEPT_X : DEPT_D;
      case PARENT, SUBORDINATE -> district ? null : kind == Kind.PARENT ? DEPT_D : DEPT_S;
      case OTHER_DEPARTMENT -> DEPT_E;
      case OWN_PROVIDER -> PROVIDER_1;
      case OTHER_PROVIDER -> PROVIDER_2;
      case MUNICIPAL -> CITY;
      case DISTRICT -> DISTRICT_AUTHORITY;
      case AUDITOR -> World.AUDITOR;
      case DISTRICT_AUDITOR -> Actor.auditor(World.DISTRICT, "区审计局-吴");
      case SYSTEM -> Actor.system("host");
    };
    return actor == null ? null : Map.entry(actor, kind == Kind.PARENT ? S : own);
  }

  @TestFactory
  Stream<DynamicTest> everyFacetMethodForEveryKindOfActor() {
    return rows().stream().flatMap(row -> Stream.of(Kind.values())
        .filter(kind -> cell(kind, row.district()) != null)
        .map(kind -> DynamicTest.dynamicTest(row.method() + " as " + kind, () -> check(row, kind))));
  }

  private static void check(Row row, Kind kind) {
    Map.Entry<Actor, DepartmentId> cell = cell(kind, row.district());
    AccessFixture f = new AccessFixture();
    Object subject = row.prepare().subject(f, cell.getValue());
    Outcome real = call(f, row, cell.getKey(), subject, cell.getValue());
    assertThat(real.denied()).as("%s as %s (%s): %s", row.method(), kind, cell.getKey(), real.result())
        .isEqualTo(!row.allowed().contains(kind));
    if (!row.byId()) {
      return;
    }
    Outcome unknown = call(f, row, cell.getKey(), UNKNOWN, cell.getValue());
    assertThat(unknown.denied()).as("%s as %s on an unknown id: %s", row.method(), kind, unknown.result()).isTrue();
    if (real.denied()) {
      assertThat(renamed(unknown.violation(), UNKNOWN, (String) subject)).as("%s as %s: unknown and forbidden alike", row.method(), kind)
          .isEqualTo(real.violation());
    }
    ScenarioChecks.check(f.world);
  }

  /** What a call returned, and whether it was an access refusal, audited as the one record it left. */
  record Outcome(Object result, boolean denied, Violation violation) {}

  private static Outcome call(AccessFixture f, Row row, Actor actor, Object subject, DepartmentId owner) {
    List<AuditRecord> before = f.trail();
    Object result = row.call().call(f.gov.as(actor), subject, f, owner);
    List<AuditRecord> added = f.trail().subList(before.size(), f.trail().size());
    if (result instanceof List<?> list) {
      return new Outcome(result, list.isEmpty(), null);
    }
    Either<?, ?> either = (Either<?, ?>) result;
    Violation violation = either.isRight() ? null
        : either.getLeft() instanceof List<?> all ? (Violation) all.get(0) : (Violation) either.getLeft();
    boolean denied = violation != null && violation.code().equals(AccessViolations.ACCESS_DENIED);
    if (denied) {
      assertThat(added).as("the refusal of %s, audited once", row.method()).singleElement().satisfies(record -> {
        assertThat(record.actor()).isEqualTo(actor);
        assertThat(record.refusal()).contains(violation);
      });
    }
    return new Outcome(result, denied, violation);
  }

  private static Violation renamed(Violation v, String from, String to) {
    Map<String, String> facts = new LinkedHashMap<>();
    v.facts().forEach((name, value) -> facts.put(name, value.replace(from, to)));
    return new Violation(v.code(), v.article(), v.chinese().replace(from, to), v.english().replace(from, to), facts);
  }
}
