package io.govcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CatalogItem;
import io.govcloud.model.Configuration;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.spi.Store;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small world for lifecycle tests: the municipal authority, a district; department D (municipal, with
 * platform PD run by provider P1, contract C-D, project PR-D of 2025) and its subordinate unit S; department
 * E with its own platform PE (provider P2); a district department X on the district platform PX.
 */
public final class World {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Monday 2025-03-03 09:00 in Shanghai. */
  public static final Instant START = LocalDateTime.of(2025, 3, 3, 9, 0).atZone(SHANGHAI).toInstant();

  public static final DepartmentId D = DepartmentId.of("dept-d");
  public static final DepartmentId S = DepartmentId.of("dept-s");
  public static final DepartmentId E = DepartmentId.of("dept-e");
  public static final DepartmentId X = DepartmentId.of("dept-x");
  public static final Jurisdiction DISTRICT = Jurisdiction.district("yuzhong");
  public static final ProviderId P1 = ProviderId.of("prov-1");
  public static final ProviderId P2 = ProviderId.of("prov-2");
  public static final PlatformId PD = PlatformId.of("plat-d");
  public static final PlatformId PE = PlatformId.of("plat-e");
  public static final PlatformId PX = PlatformId.of("plat-x");
  public static final ContractId CD = ContractId.of("contract-d");
  public static final ContractId CE = ContractId.of("contract-e");
  public static final ContractId CX = ContractId.of("contract-x");
  public static final ProjectId PRD = ProjectId.of("project-d-2025");
  public static final ProjectId PRS = ProjectId.of("project-s-2025");
  public static final ProjectId PRE = ProjectId.of("project-e-2025");
  public static final ProjectId PRX = ProjectId.of("project-x-2025");
  public static final ProjectId PRD_2024 = ProjectId.of("project-d-2024");

  public static final Actor CITY = Actor.authority(Jurisdiction.MUNICIPAL, "市大数据局-王");
  public static final Actor DISTRICT_AUTHORITY = Actor.authority(DISTRICT, "渝中区大数据局-李");
  public static final Actor DEPT_D = Actor.department(D, "D-张三");
  public static final Actor DEPT_S = Actor.department(S, "S-李四");
  public static final Actor DEPT_E = Actor.department(E, "E-王五");
  public static final Actor DEPT_X = Actor.department(X, "X-赵六");
  public static final Actor PROVIDER_1 = Actor.provider(P1, "P1-ops");
  public static final Actor PROVIDER_2 = Actor.provider(P2, "P2-ops");
  public static final Actor AUDITOR = Actor.auditor(Jurisdiction.MUNICIPAL, "审计局-周");

  public final Store store;
  public final TestClock clock = new TestClock(START, SHANGHAI);
  public final RecordingNotifier notifier = new RecordingNotifier();
  public final GovCloud gov;

  public World(Store store) {
    this(store, AcceptancePolicy.unconfigured());
  }

  /** A world whose entry point has an acceptance configuration. */
  public World(Store store, AcceptancePolicy acceptance) {
    this.store = store;
    AtomicLong ids = new AtomicLong();
    this.gov =
        GovCloud.builder()
            .store(store)
            .calendar(WorkingDayCalendar.china())
            .catalog(catalog())
            .notifier(notifier)
            .clock(clock)
            .ids(() -> Long.toString(ids.incrementAndGet()))
            .acceptance(acceptance)
            .build();
    register();
  }

  /** Starts the billing ledger at a month as the municipal authority, unless it is started (rule R4). */
  public void startLedger(java.time.YearMonth firstMonth) {
    if (gov.as(CITY).billing().ledgerStart().isEmpty()) {
      ok(gov.as(CITY).billing().startLedger(firstMonth));
    }
  }

  public static CatalogHistory catalog() {
    return CatalogHistory.of(
        ServiceCatalog.of(
            "2024-v1",
            LocalDate.of(2024, 1, 1),
            List.of(
                new CatalogItem("ecs.c2m4", "云服务器 2核4G", "compute", "台·月",
                    Configuration.builder().with(Dimension.VCPU, 2).with(Dimension.MEMORY_GIB, 4).build(),
                    CatalogItem.Scaling.BUNDLE, Money.of("300.00")),
                new CatalogItem("ecs.c4m8", "云服务器 4核8G", "compute", "台·月",
                    Configuration.builder().with(Dimension.VCPU, 4).with(Dimension.MEMORY_GIB, 8).build(),
                    CatalogItem.Scaling.BUNDLE, Money.of("600.00")),
                new CatalogItem("evs.ssd", "SSD云硬盘", "block-storage", "GB·月",
                    Configuration.builder().with(Dimension.STORAGE_GB, 1).build(),
                    CatalogItem.Scaling.PER_UNIT, Money.of("1.00")))));
  }

  private static List<ContractPrice> prices() {
    LocalDate from = LocalDate.of(2025, 1, 1);
    return List.of(
        ContractPrice.of("ecs.c2m4", Money.of("250.00"), from),
        ContractPrice.of("ecs.c4m8", Money.of("500.00"), from),
        ContractPrice.of("evs.ssd", Money.of("0.80"), from));
  }

  private void register() {
    ok(gov.as(CITY).registry().registerProvider(Provider.of(P1, "云服务商一")));
    ok(gov.as(CITY).registry().registerProvider(Provider.of(P2, "云服务商二")));
    ok(gov.as(CITY).registry().registerDepartment(Department.of(D, "市某局", Jurisdiction.MUNICIPAL)));
    ok(gov.as(CITY).registry().registerDepartment(Department.subordinate(S, "市某局信息中心", Jurisdiction.MUNICIPAL, D)));
    ok(gov.as(CITY).registry().registerDepartment(Department.of(E, "市另一局", Jurisdiction.MUNICIPAL)));
    ok(gov.as(DISTRICT_AUTHORITY).registry().registerDepartment(Department.of(X, "渝中区某局", DISTRICT)));
    ok(gov.as(CITY).registry().registerPlatform(Platform.builder().id(PD).name("市某局云平台").jurisdiction(Jurisdiction.MUNICIPAL).owner(D).provider(P1).build()));
    ok(gov.as(CITY).registry().registerPlatform(Platform.builder().id(PE).name("市另一局云平台").jurisdiction(Jurisdiction.MUNICIPAL).owner(E).provider(P2).build()));
    ok(gov.as(DISTRICT_AUTHORITY).registry().registerPlatform(Platform.builder().id(PX).name("渝中区政务云平台").jurisdiction(DISTRICT).provider(P1).build()));
    ok(gov.as(DEPT_D).registry().registerContract(contract(CD, D, P1, PD)));
    ok(gov.as(DEPT_E).registry().registerContract(contract(CE, E, P2, PE)));
    ok(gov.as(DEPT_X).registry().registerContract(contract(CX, X, P1, PX)));
    ok(gov.as(DEPT_D).registry().fileContract(CD));
    ok(gov.as(DEPT_E).registry().fileContract(CE));
    ok(gov.as(DEPT_X).registry().fileContract(CX));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD, "某局运维项目", D, 2025, Project.Type.OPERATIONS)));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRS, "信息中心新建项目", S, 2025, Project.Type.NEW_BUILD)));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRE, "另一局运维项目", E, 2025, Project.Type.OPERATIONS)));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD_2024, "某局2024运维项目", D, 2024, Project.Type.OPERATIONS)));
    ok(gov.as(DISTRICT_AUTHORITY).registry().registerProject(Project.of(PRX, "区某局运维项目", X, 2025, Project.Type.OPERATIONS)));
  }

  public static Contract contract(ContractId id, DepartmentId department, ProviderId provider, PlatformId platform) {
    return contractBuilder(id, department, provider, platform).build();
  }

  /** A contract signed the day before {@link #START}, with a 15-day trial and the standard prices. */
  public static Contract.Builder contractBuilder(ContractId id, DepartmentId department, ProviderId provider, PlatformId platform) {
    Contract.Builder builder = Contract.builder();
    builder
        .id(id)
        .department(department)
        .provider(provider)
        .platform(platform)
        .signedAt(START.minusSeconds(86_400))
        .trialDays(15)
        .addAllPrices(prices());
    return builder;
  }

  /** An emergency report of D for n units of an item on its platform (no project yet, Art. 25). */
  public static ResourceRequest emergency(String item, long quantity) {
    return ResourceRequest.emergency(PD, CD, item, BigDecimal.valueOf(quantity));
  }

  /** A request of D for n units of an item on its platform. */
  public static ResourceRequest request(String item, long quantity) {
    return ResourceRequest.of(PRD, PD, CD, item, BigDecimal.valueOf(quantity));
  }

  public static <T> T ok(Either<?, T> result) {
    assertThat(result.isRight()).as("expected success but got %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  /** Shanghai local time as an instant. */
  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }
}
