package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.lifecycle.LifecycleViolations;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An id named inside a request (a department, platform, contract, project or parent) that does not
 * exist is refused exactly as one the actor may not use: same code, article, messages and facts but for
 * the id itself, never an exception and never a word about the real subject's department, jurisdiction
 * or provider (rule R9, Art. 33).
 */
class UnknownReferencesTest {

  private static final String UNKNOWN = "no-such-id";

  private World world;
  private GovCloud gov;

  @BeforeEach
  void setUp() {
    world = new World(InMemoryStore.create());
    gov = world.gov;
  }

  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    ScenarioChecks.check(world);
  }

  /** Refused for another's id and for an unknown one alike, the ids aside. */
  private static <T> Violation alike(String real, Function<String, Either<Violation, T>> call) {
    Either<Violation, T> forbidden = call.apply(real);
    Either<Violation, T> unknown = call.apply(UNKNOWN);
    assertThat(forbidden.isLeft()).as("refused: %s", forbidden).isTrue();
    assertThat(unknown.isLeft()).as("refused: %s", unknown).isTrue();
    assertThat(renamed(unknown.getLeft(), UNKNOWN, real)).isEqualTo(forbidden.getLeft());
    return forbidden.getLeft();
  }

  private static Violation renamed(Violation v, String from, String to) {
    Map<String, String> facts = new LinkedHashMap<>();
    v.facts().forEach((name, value) -> facts.put(name, value.replace(from, to)));
    return new Violation(v.code(), v.article(), v.chinese().replace(from, to), v.english().replace(from, to), facts);
  }

  @Test
  void anApplicationForAnotherDepartment() {
    Violation v = alike(E.value(), id -> gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1).forSubordinate(DepartmentId.of(id))));
    assertThat(v.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void anApplicationOnAnotherDepartmentsPlatform() {
    Violation v = alike(PE.value(), id -> gov.as(DEPT_D).resources().apply(
        ResourceRequest.of(PRD, PlatformId.of(id), CD, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.WRONG_PLATFORM);
    assertThat(v.chinese() + v.english()).doesNotContain(E.value()).doesNotContain(P2.value());
  }

  @Test
  void anApplicationUnderAnotherDepartmentsContract() {
    Violation v = alike(CE.value(), id -> gov.as(DEPT_D).resources().apply(
        ResourceRequest.of(PRD, PD, ContractId.of(id), "ecs.c2m4", BigDecimal.ONE)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.WRONG_PLATFORM);
    assertThat(v.chinese() + v.english()).doesNotContain(E.value()).doesNotContain(PE.value());
  }

  @Test
  void anApplicationCitingAnotherDepartmentsProject() {
    Violation v = alike(PRE.value(), id -> gov.as(DEPT_D).resources().apply(
        ResourceRequest.of(ProjectId.of(id), PD, CD, "ecs.c2m4", BigDecimal.ONE)));
    assertThat(v.code()).isEqualTo(LifecycleViolations.PROJECT_NOT_IN_ANNUAL_LIST);
    assertThat(v.chinese() + v.english()).doesNotContain(E.value());
  }

  @Test
  void aContractForAnotherDepartmentsPlatformOrSigner() {
    Violation platform = alike(PE.value(), id -> gov.as(DEPT_D).registry().registerContract(
        World.contract(ContractId.of("c-new"), D, P1, PlatformId.of(id))).mapLeft(all -> all.get(0)));
    assertThat(platform.code()).isEqualTo(RegistrationViolations.CONTRACT_PLATFORM_NOT_USABLE);
    Violation signer = alike(E.value(), id -> gov.as(DEPT_D).registry().registerContract(
        World.contract(ContractId.of("c-signed"), DepartmentId.of(id), P1, PD)).mapLeft(all -> all.get(0)));
    assertThat(signer.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void aProjectOfAnotherJurisdictionsDepartment() {
    Violation v = alike(D.value(), id -> gov.as(DISTRICT_AUTHORITY).registry().registerProject(
        Project.of(ProjectId.of("p-new"), "项目", DepartmentId.of(id), 2025, Project.Type.OPERATIONS)));
    assertThat(v.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(v.chinese() + v.english()).doesNotContain("municipal").doesNotContain("市级");
  }

  @Test
  void aPlatformOwnedByAnotherJurisdictionsDepartment() {
    Violation v = alike(X.value(), id -> gov.as(CITY).registry().registerPlatform(Platform.builder()
        .id(PlatformId.of("plat-new")).name("市某平台").jurisdiction(Jurisdiction.MUNICIPAL).owner(DepartmentId.of(id)).provider(P1).build()));
    assertThat(v.code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);
  }

  @Test
  void aDepartmentUnderAnotherJurisdictionsParent() {
    Violation v = alike(D.value(), id -> gov.as(DISTRICT_AUTHORITY).registry().registerDepartment(
        Department.subordinate(DepartmentId.of("dept-new"), "区某局下属单位", DISTRICT, DepartmentId.of(id))));
    assertThat(v.code()).isEqualTo(RegistrationViolations.INVALID_REGISTRATION);
  }

  @Test
  void anAccountOnAnotherJurisdictionsPlatform() {
    Violation v = alike(PD.value(), id -> gov.as(DISTRICT_AUTHORITY).billing().annualStatement(
        BillingAccount.of(D, PlatformId.of(id), P1), Year.of(2025), FeeDeductions.none()));
    assertThat(v.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
  }

  @Test
  void theMunicipalAuthorityAcceptingAnUnknownProjectOrSuspendingAnUnknownProvider() {
    Violation project = gov.as(CITY).registry().acceptProject(ProjectId.of(UNKNOWN)).getLeft();
    assertThat(project.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    Violation provider = gov.as(CITY).registry().suspendProvider(io.govcloud.model.ProviderId.of(UNKNOWN), "整改").getLeft();
    assertThat(provider.code()).isEqualTo(AccessViolations.ACCESS_DENIED);
    assertThat(gov.as(CITY).registry().registerDepartment(Department.of(DepartmentId.of("dept-new"), "新局", Jurisdiction.MUNICIPAL)).isRight())
        .isTrue();
  }
}
