package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.Aggregate;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.TrackedDeadline.Status;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The queries of the repositories: each returns exactly the matching aggregates (no more: ids that are
 * prefixes or patterns of others do not match), field by field as saved, in the documented order, sees
 * the unit's own writes, and follows an aggregate that an update moved.
 */
public abstract class QueryContract extends StoreContractSupport {

  /** For subclasses. */
  protected QueryContract() {}

  private static final DepartmentId D1 = DepartmentId.of("d-1");
  private static final DepartmentId D10 = DepartmentId.of("d-10");
  private static final DepartmentId D_PATTERN = DepartmentId.of("d-%");

  private static CloudResource resource(String id, DepartmentId department, String platform, String provider) {
    return Samples.resource(ResourceId.of(id), department, PlatformId.of(platform), ProviderId.of(provider), "资源", Samples.Fill.MINIMAL);
  }

  /** What a query returns, read in a unit of its own. */
  private <T> List<T> list(Function<UnitOfWork, List<T>> query) {
    return inUnit(query);
  }

  private static <T> List<String> ids(List<T> values, Function<T, Object> id) {
    return values.stream().map(v -> id.apply(v).toString()).toList();
  }

  @Test
  void everyRepositoryListsAllOrderedById() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertAllOrderedById(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertAllOrderedById(AggregateKind<I, A> kind) {
    // by UTF-16 code unit, as String.compareTo: a character beyond the BMP (a surrogate pair) before U+FF01
    List<String> committed = List.of("a-2", "部门", "a-\uFF01", "a-10");
    List<String> own = List.of("b-1", "B-1", "a-\uD83D\uDE00", "a-1", "a");
    List<String> ordered = List.of("B-1", "a", "a-1", "a-10", "a-2", "a-\uD83D\uDE00", "a-\uFF01", "b-1", "部门");
    run(unit -> {
      for (int i = 0; i < committed.size(); i++) {
        kind.in(unit).insert(kind.sample(kind.id(committed.get(i)), i));
      }
    });
    run(unit -> {
      for (int i = 0; i < own.size(); i++) {
        kind.in(unit).insert(kind.sample(kind.id(own.get(i)), i));
      }
      assertThat(ids(kind.in(unit).all(), Aggregate::id)).as("every %s in a unit that inserted some, by id", kind)
          .containsExactlyElementsOf(ordered);
    });
    List<A> all = inUnit(unit -> kind.in(unit).all());
    assertThat(ids(all, Aggregate::id)).as("every %s, by id (natural order of the id)", kind).containsExactlyElementsOf(ordered);
  }

  @Test
  void everyQueryReturnsItsAggregatesFieldByFieldAsSaved() {
    DepartmentId child = DepartmentId.of("d-1-a");
    CloudResource full = Samples.resource(ResourceId.of("r-full"), D1, PlatformId.of("p-1"), ProviderId.of("v-1"), "全量", Samples.Fill.FULL);
    CloudResource terminating =
        Samples.resource(ResourceId.of("r-terminating"), D1, PlatformId.of("p-1"), ProviderId.of("v-1"), "退出", Samples.Fill.TERMINATING);
    Contract contract = Samples.contract(ContractId.of("c-1"), D1, ProviderId.of("v-1"), 30, "合同", true);
    Project project = Samples.project(ProjectId.of("pj-1"), D1, 2026, "项目", Project.Type.NEW_BUILD, true);
    Platform platform = Samples.platform(PlatformId.of("pl-1"), Optional.of(D1), ProviderId.of("v-1"), "平台");
    Department subordinate = Samples.department(child, Optional.of(D1), "下属");
    TrackedDeadline open = Samples.deadline(DeadlineId.of("dl-open"), "r-1", at(0), at(3600), Status.OPEN, "期限", true);
    TrackedDeadline closed = Samples.deadline(DeadlineId.of("dl-closed"), "r-1", at(10), at(3600), Status.MET, "期限", true);
    WorkOrder original = workOrder("wo-1", "r-1", D1, 10);
    WorkOrder correction = Samples.workOrder(WorkOrderId.of("wo-2"), ResourceId.of("r-1"), D1, at(20), "ecs-8c16g", Optional.of(original.id()));
    run(unit -> {
      unit.resources().insert(full);
      unit.resources().insert(terminating);
      unit.contracts().insert(contract);
      unit.projects().insert(project);
      unit.platforms().insert(platform);
      unit.departments().insert(subordinate);
      unit.deadlines().insert(open);
      unit.deadlines().insert(closed);
      unit.workOrders().insertAll(List.of(original, correction));
    });
    List<CloudResource> resources = List.of(full, terminating);
    Fields.RESOURCE.assertSameList(resources, inUnit(unit -> unit.resources().ofDepartment(D1)), "resources of d-1");
    Fields.RESOURCE.assertSameList(resources, inUnit(unit -> unit.resources().onPlatform(PlatformId.of("p-1"))), "resources on p-1");
    Fields.RESOURCE.assertSameList(resources, inUnit(unit -> unit.resources().ofProvider(ProviderId.of("v-1"))), "resources of v-1");
    Fields.CONTRACT.assertSameList(List.of(contract), inUnit(unit -> unit.contracts().ofDepartment(D1)), "contracts of d-1");
    Fields.CONTRACT.assertSameList(List.of(contract), inUnit(unit -> unit.contracts().ofProvider(ProviderId.of("v-1"))), "contracts of v-1");
    Fields.PROJECT.assertSameList(List.of(project), inUnit(unit -> unit.projects().ofDepartment(D1, 2026)), "projects of d-1 in 2026");
    Fields.PLATFORM.assertSameList(List.of(platform), inUnit(unit -> unit.platforms().ownedBy(D1)), "platforms of d-1");
    Fields.DEPARTMENT.assertSameList(List.of(subordinate), inUnit(unit -> unit.departments().childrenOf(D1)), "children of d-1");
    Fields.DEADLINE.assertSameList(List.of(open), inUnit(unit -> unit.deadlines().openExpiringBy(at(3600))), "open deadlines");
    Fields.DEADLINE.assertSameList(List.of(open, closed), inUnit(unit -> unit.deadlines().ofSubject("resource", "r-1")), "deadlines of r-1");
    List<WorkOrder> orders = List.of(original, correction);
    Fields.WORK_ORDER.assertSameList(orders, inUnit(unit -> unit.workOrders().ofResource(ResourceId.of("r-1"))), "work orders of r-1");
    Fields.WORK_ORDER.assertSameList(orders, inUnit(unit -> unit.workOrders().ofDepartment(D1)), "work orders of d-1");
    Fields.WORK_ORDER.assertSameList(orders, inUnit(unit -> unit.workOrders().all()), "every work order");
  }

  @Test
  void resourcesOfADepartmentOnAPlatformAndOfAProviderAreExactlyTheMatchingOnesById() {
    run(unit -> {
      unit.resources().insert(resource("r-3", D1, "p-1", "v-1"));
      unit.resources().insert(resource("r-1", D10, "p-1", "v-2"));
      unit.resources().insert(resource("r-10", D1, "p-10", "v-1"));
      unit.resources().insert(resource("r-2", D_PATTERN, "p-%", "v-%"));
      unit.resources().insert(resource("r-0", D1, "p-1", "v-2"));
      unit.resources().insert(resource("r-4", D10, "p-10", "v-10"));
    });
    assertThat(ids(inUnit(unit -> unit.resources().ofDepartment(D1)), CloudResource::id)).as("resources of d-1").containsExactly("r-0", "r-10", "r-3");
    assertThat(ids(list(unit -> unit.resources().ofDepartment(D10)), CloudResource::id)).as("resources of d-10").containsExactly("r-1", "r-4");
    assertThat(ids(inUnit(unit -> unit.resources().ofDepartment(D_PATTERN)), CloudResource::id)).as("resources of d-%").containsExactly("r-2");
    assertThat(ids(inUnit(unit -> unit.resources().onPlatform(PlatformId.of("p-1"))), CloudResource::id)).as("resources on p-1").containsExactly("r-0", "r-1", "r-3");
    assertThat(ids(inUnit(unit -> unit.resources().ofProvider(ProviderId.of("v-1"))), CloudResource::id)).as("resources of v-1").containsExactly("r-10", "r-3");
    assertThat(list(unit -> unit.resources().ofDepartment(DepartmentId.of("d-none")))).as("resources of a department without any").isEmpty();
  }

  @Test
  void queriesSeeTheUnitsOwnWritesAndFollowAMovedAggregate() {
    CloudResource saved = inUnit(unit -> unit.resources().insert(resource("r-1", D1, "p-1", "v-1")));
    run(unit -> {
      unit.resources().insert(resource("r-2", D1, "p-1", "v-1"));
      unit.resources().update(resource("r-1", D10, "p-10", "v-10").withVersion(saved.version()));
      assertThat(ids(unit.resources().ofDepartment(D1), CloudResource::id)).as("resources of d-1 in the unit").containsExactly("r-2");
      assertThat(ids(unit.resources().ofDepartment(D10), CloudResource::id)).as("resources of d-10 in the unit").containsExactly("r-1");
      assertThat(ids(unit.resources().onPlatform(PlatformId.of("p-1")), CloudResource::id)).as("resources on p-1 in the unit").containsExactly("r-2");
      assertThat(ids(unit.resources().ofProvider(ProviderId.of("v-10")), CloudResource::id)).as("resources of v-10 in the unit").containsExactly("r-1");
      assertThat(unit.resources().ofDepartment(D10).get(0).version()).as("version of the moved resource in the unit").isEqualTo(2);
    });
    assertThat(ids(inUnit(unit -> unit.resources().ofDepartment(D1)), CloudResource::id)).as("resources of d-1 after commit").containsExactly("r-2");
    assertThat(ids(inUnit(unit -> unit.resources().ofDepartment(D10)), CloudResource::id)).as("resources of d-10 after commit").containsExactly("r-1");
  }

  @Test
  void openDeadlinesExpiringByAnInstantIncludeTheBoundaryAndExcludeLaterAndClosedOnes() {
    Instant now = at(86_400);
    run(unit -> {
      unit.deadlines().insert(deadline("dl-b", now.minusSeconds(3600), Status.OPEN));
      unit.deadlines().insert(deadline("dl-a", now.minusSeconds(3600), Status.OPEN));
      unit.deadlines().insert(deadline("dl-0", now, Status.OPEN));
      unit.deadlines().insert(deadline("dl-later", now.plusNanos(1_000), Status.OPEN));
      unit.deadlines().insert(deadline("dl-z", now.minusSeconds(7200), Status.OPEN));
      unit.deadlines().insert(deadline("dl-met", now.minusSeconds(7200), Status.MET));
      unit.deadlines().insert(deadline("dl-late", now.minusSeconds(7200), Status.MET_LATE));
      unit.deadlines().insert(deadline("dl-cancelled", now, Status.CANCELLED));
    });
    List<TrackedDeadline> due = inUnit(unit -> unit.deadlines().openExpiringBy(now));
    assertThat(ids(due, TrackedDeadline::id)).as("open deadlines expiring by %s, by expiry then id", now)
        .containsExactly("dl-z", "dl-a", "dl-b", "dl-0");
    List<TrackedDeadline> before = inUnit(unit -> unit.deadlines().openExpiringBy(now.minusNanos(1_000)));
    assertThat(ids(before, TrackedDeadline::id)).as("open deadlines expiring by 1 µs earlier").containsExactly("dl-z", "dl-a", "dl-b");
    run(unit -> {
      TrackedDeadline open = unit.deadlines().find(DeadlineId.of("dl-a")).orElseThrow();
      unit.deadlines().update(deadline("dl-a", open.expiresAt(), Status.MET).withVersion(open.version()));
      assertThat(ids(unit.deadlines().openExpiringBy(now), TrackedDeadline::id)).as("open deadlines after closing one in the unit")
          .containsExactly("dl-z", "dl-b", "dl-0");
    });
    assertThat(ids(inUnit(unit -> unit.deadlines().openExpiringBy(now)), TrackedDeadline::id)).as("open deadlines after the close committed")
        .containsExactly("dl-z", "dl-b", "dl-0");
  }

  @Test
  void openDeadlinesExpiringFromAnInstantIncludeTheBoundaryAndExcludeEarlierAndClosedOnes() {
    Instant from = at(86_400);
    run(unit -> {
      unit.deadlines().insert(deadline("dl-b", from.plusSeconds(3600), Status.OPEN));
      unit.deadlines().insert(deadline("dl-a", from.plusSeconds(3600), Status.OPEN));
      unit.deadlines().insert(deadline("dl-0", from, Status.OPEN));
      unit.deadlines().insert(deadline("dl-earlier", from.minusNanos(1_000), Status.OPEN));
      unit.deadlines().insert(deadline("dl-z", from.plusSeconds(7200), Status.OPEN));
      unit.deadlines().insert(deadline("dl-met", from.plusSeconds(7200), Status.MET));
      unit.deadlines().insert(deadline("dl-late", from.plusSeconds(7200), Status.MET_LATE));
      unit.deadlines().insert(deadline("dl-cancelled", from, Status.CANCELLED));
    });
    assertThat(ids(inUnit(unit -> unit.deadlines().openExpiringFrom(from)), TrackedDeadline::id))
        .as("open deadlines expiring from %s, by expiry then id", from)
        .containsExactly("dl-0", "dl-a", "dl-b", "dl-z");
    assertThat(ids(inUnit(unit -> unit.deadlines().openExpiringFrom(from.plusNanos(1_000))), TrackedDeadline::id))
        .as("open deadlines expiring from 1 µs later").containsExactly("dl-a", "dl-b", "dl-z");
    run(unit -> {
      TrackedDeadline open = unit.deadlines().find(DeadlineId.of("dl-a")).orElseThrow();
      unit.deadlines().update(open.rescheduled(open.lastDay(), from.minusSeconds(86_400), from.minusSeconds(1), true));
      assertThat(ids(unit.deadlines().openExpiringFrom(from), TrackedDeadline::id)).as("open deadlines after moving one earlier in the unit")
          .containsExactly("dl-0", "dl-b", "dl-z");
    });
    assertThat(ids(inUnit(unit -> unit.deadlines().openExpiringFrom(from)), TrackedDeadline::id)).as("after the move committed")
        .containsExactly("dl-0", "dl-b", "dl-z");
    boolean provisional = inUnit(unit -> unit.deadlines().find(DeadlineId.of("dl-a")).orElseThrow().provisional());
    assertThat(provisional).as("provisional after the move committed").isTrue();
  }

  private static TrackedDeadline deadline(String id, Instant expiresAt, Status status) {
    return Samples.deadline(DeadlineId.of(id), "r-1", at(0), expiresAt, status, "期限", false);
  }

  @Test
  void deadlinesOfASubjectAreOrderedByTriggerThenId() {
    run(unit -> {
      unit.deadlines().insert(Samples.deadline(DeadlineId.of("dl-b"), "r-1", at(20), at(90_000), Status.OPEN, "期限", false));
      unit.deadlines().insert(Samples.deadline(DeadlineId.of("dl-c"), "r-1", at(10), at(90_000), Status.MET, "期限", true));
      unit.deadlines().insert(Samples.deadline(DeadlineId.of("dl-a"), "r-1", at(20), at(80_000), Status.OPEN, "期限", false));
      unit.deadlines().insert(Samples.deadline(DeadlineId.of("dl-other"), "r-10", at(0), at(80_000), Status.OPEN, "期限", false));
    });
    List<TrackedDeadline> ofSubject = inUnit(unit -> unit.deadlines().ofSubject("resource", "r-1"));
    assertThat(ids(ofSubject, TrackedDeadline::id)).as("deadlines of resource r-1").containsExactly("dl-c", "dl-a", "dl-b");
    assertThat(list(unit -> unit.deadlines().ofSubject("contract", "r-1"))).as("deadlines of contract r-1").isEmpty();
  }

  @Test
  void contractsOfADepartmentAndOfAProvider() {
    run(unit -> {
      unit.contracts().insert(Samples.contract(ContractId.of("c-2"), D1, ProviderId.of("v-1"), 30, "合同", true));
      unit.contracts().insert(Samples.contract(ContractId.of("c-1"), D10, ProviderId.of("v-1"), 30, "合同", false));
      unit.contracts().insert(Samples.contract(ContractId.of("c-10"), D1, ProviderId.of("v-10"), 30, "合同", false));
    });
    assertThat(ids(inUnit(unit -> unit.contracts().ofDepartment(D1)), Contract::id)).as("contracts of d-1").containsExactly("c-10", "c-2");
    assertThat(ids(inUnit(unit -> unit.contracts().ofProvider(ProviderId.of("v-1"))), Contract::id)).as("contracts of v-1").containsExactly("c-1", "c-2");
  }

  @Test
  void projectsOfADepartmentInAYearsList() {
    run(unit -> {
      unit.projects().insert(Samples.project(ProjectId.of("pj-2"), D1, 2026, "项目", Project.Type.OPERATIONS, false));
      unit.projects().insert(Samples.project(ProjectId.of("pj-1"), D1, 2026, "项目", Project.Type.NEW_BUILD, true));
      unit.projects().insert(Samples.project(ProjectId.of("pj-3"), D1, 2025, "项目", Project.Type.NEW_BUILD, false));
      unit.projects().insert(Samples.project(ProjectId.of("pj-0"), D10, 2026, "项目", Project.Type.RENOVATION, false));
    });
    assertThat(ids(inUnit(unit -> unit.projects().ofDepartment(D1, 2026)), Project::id)).as("projects of d-1 in 2026").containsExactly("pj-1", "pj-2");
    assertThat(ids(inUnit(unit -> unit.projects().ofDepartment(D1, 2025)), Project::id)).as("projects of d-1 in 2025").containsExactly("pj-3");
    assertThat(list(unit -> unit.projects().ofDepartment(D1, 2027))).as("projects of d-1 in 2027").isEmpty();
  }

  @Test
  void childrenOfADepartmentAreItsDirectSubordinatesOnly() {
    run(unit -> {
      unit.departments().insert(Samples.department(D1, Optional.empty(), "市局"));
      unit.departments().insert(Samples.department(DepartmentId.of("d-1-b"), Optional.of(D1), "下属乙"));
      unit.departments().insert(Samples.department(DepartmentId.of("d-1-a"), Optional.of(D1), "下属甲"));
      unit.departments().insert(Samples.department(DepartmentId.of("d-1-a-x"), Optional.of(DepartmentId.of("d-1-a")), "下下属"));
      unit.departments().insert(Samples.department(DepartmentId.of("d-2-a"), Optional.of(D10), "别家"));
    });
    assertThat(ids(inUnit(unit -> unit.departments().childrenOf(D1)), Department::id)).as("children of d-1").containsExactly("d-1-a", "d-1-b");
    assertThat(ids(inUnit(unit -> unit.departments().childrenOf(DepartmentId.of("d-1-a"))), Department::id)).as("children of d-1-a").containsExactly("d-1-a-x");
    assertThat(list(unit -> unit.departments().childrenOf(DepartmentId.of("d-1-b")))).as("children of d-1-b").isEmpty();
  }

  @Test
  void platformsOwnedByADepartment() {
    run(unit -> {
      unit.platforms().insert(Samples.platform(PlatformId.of("pl-2"), Optional.of(D1), ProviderId.of("v-1"), "平台"));
      unit.platforms().insert(Samples.platform(PlatformId.of("pl-1"), Optional.of(D10), ProviderId.of("v-1"), "平台"));
      unit.platforms().insert(Samples.platform(PlatformId.of("pl-0"), Optional.empty(), ProviderId.of("v-1"), "区县平台"));
    });
    assertThat(ids(inUnit(unit -> unit.platforms().ownedBy(D1)), Platform::id)).as("platforms of d-1").containsExactly("pl-2");
    assertThat(ids(inUnit(unit -> unit.platforms().ownedBy(DepartmentId.of("d-none"))), Platform::id)).as("platforms of a department without any").isEmpty();
  }

  @Test
  void workOrdersOfAResourceAndOfADepartmentAreOrderedByConfirmationThenId() {
    run(unit -> unit.workOrders().insertAll(List.of(
        workOrder("wo-b", "r-1", D1, 100),
        workOrder("wo-a", "r-1", D1, 100),
        workOrder("wo-0", "r-1", D1, 200),
        workOrder("wo-z", "r-1", D1, 50),
        workOrder("wo-x", "r-10", D10, 10))));
    run(unit -> unit.workOrders().insertAll(List.of(workOrder("wo-y", "r-10", D1, 75))));
    List<WorkOrder> ofResource = inUnit(unit -> unit.workOrders().ofResource(ResourceId.of("r-1")));
    assertThat(ids(ofResource, WorkOrder::id)).as("work orders of r-1").containsExactly("wo-z", "wo-a", "wo-b", "wo-0");
    List<WorkOrder> ofDepartment = inUnit(unit -> unit.workOrders().ofDepartment(D1));
    assertThat(ids(ofDepartment, WorkOrder::id)).as("work orders of d-1").containsExactly("wo-z", "wo-y", "wo-a", "wo-b", "wo-0");
    run(unit -> {
      unit.workOrders().insertAll(List.of(workOrder("wo-new", "r-1", D1, 60)));
      assertThat(ids(unit.workOrders().ofResource(ResourceId.of("r-1")), WorkOrder::id)).as("work orders of r-1 in the unit that added one")
          .containsExactly("wo-z", "wo-new", "wo-a", "wo-b", "wo-0");
    });
  }

  @Test
  void everyWorkOrderIsListedByConfirmationToTheMicrosecondThenByIdAsJavaComparesIt() {
    run(unit -> unit.workOrders().insertAll(List.of(
        workOrder("wo-b", "r-1", D1, 100),
        workOrder("wo-a", "r-2", D10, 100),
        workOrder("wo-0", "r-1", D_PATTERN, 200),
        workOrder("wo-z", "r-10", D1, 50))));
    // Java puts a character beyond the BMP (a surrogate pair) before U+FF01; ordering by code point does not
    run(unit -> unit.workOrders().insertAll(List.of(
        workOrder("wo-\uFF01", "r-3", D1, 150),
        workOrder("wo-\uD83D\uDE00", "r-3", D1, 150),
        workOrder("wo-B", "r-3", D10, 150),
        Samples.workOrder(WorkOrderId.of("wo-1"), ResourceId.of("r-4"), D1, at(100).plusNanos(1_000), "ecs", Optional.empty()))));
    List<String> expected = List.of("wo-z", "wo-a", "wo-b", "wo-1", "wo-B", "wo-\uD83D\uDE00", "wo-\uFF01", "wo-0");
    assertThat(ids(inUnit(unit -> unit.workOrders().all()), WorkOrder::id)).as("every work order").containsExactlyElementsOf(expected);
    assertThat(ids(inUnit(unit -> unit.workOrders().ofResource(ResourceId.of("r-3"))), WorkOrder::id)).as("work orders of r-3")
        .containsExactly("wo-B", "wo-\uD83D\uDE00", "wo-\uFF01");
    run(unit -> {
      unit.workOrders().insertAll(List.of(workOrder("wo-new", "r-5", D10, 60)));
      assertThat(ids(unit.workOrders().all(), WorkOrder::id)).as("every work order in the unit that added one")
          .containsExactly("wo-z", "wo-new", "wo-a", "wo-b", "wo-1", "wo-B", "wo-\uD83D\uDE00", "wo-\uFF01", "wo-0");
    });
  }

  @Test
  void everyWorkOrderAgreesWithASortOfTheWorkOrdersSaved() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(25).withShrinkCycles(30)
        .forAll(lists().of(integers().between(0, 3 * 8 - 1)).ofSizeBetween(0, 12))
        .checkAssert(codes -> {
          String prefix = "e" + example.incrementAndGet() + "-";
          List<WorkOrder> model = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            // ids in an order unrelated to the insertion, times with ties, units of one or more work orders
            WorkOrder order = workOrder(prefix + (char) ('a' + (code * 7 + i) % 26) + i, "r-" + code % 3, D1, code / 3);
            model.add(order);
          }
          for (int from = 0; from < model.size(); from += 5) {
            List<WorkOrder> batch = model.subList(from, Math.min(model.size(), from + 5));
            run(unit -> unit.workOrders().insertAll(batch));
          }
          List<WorkOrder> expected = model.stream().sorted(Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id)).toList();
          List<WorkOrder> all = inUnit(unit -> unit.workOrders().all()).stream().filter(o -> o.id().value().startsWith(prefix)).toList();
          Fields.WORK_ORDER.assertSameList(expected, all, "every work order of " + prefix);
        });
  }

  private static WorkOrder workOrder(String id, String resource, DepartmentId department, long confirmedAfter) {
    return Samples.workOrder(WorkOrderId.of(id), ResourceId.of(resource), department, at(confirmedAfter), "ecs", Optional.empty());
  }

  @Test
  void resourceQueriesAgreeWithAFilterOverEveryResource() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(30).withShrinkCycles(30)
        .forAll(lists().of(integers().between(0, 26)).ofSizeBetween(0, 20))
        .checkAssert(codes -> {
          String prefix = "e" + example.incrementAndGet() + "-";
          List<CloudResource> model = new ArrayList<>();
          run(unit -> {
            for (int i = 0; i < codes.size(); i++) {
              int code = codes.get(i);
              CloudResource resource = resource(prefix + "r-" + (codes.size() - i), DepartmentId.of(prefix + code % 3), prefix + code / 3 % 3, prefix + code / 9);
              unit.resources().insert(resource);
              model.add(resource);
            }
          });
          for (int k = 0; k < 3; k++) {
            DepartmentId department = DepartmentId.of(prefix + k);
            PlatformId platform = PlatformId.of(prefix + k);
            ProviderId provider = ProviderId.of(prefix + k);
            assertQuery(model, r -> r.department().equals(department), unit -> unit.resources().ofDepartment(department), "of " + department);
            assertQuery(model, r -> r.platform().equals(platform), unit -> unit.resources().onPlatform(platform), "on " + platform);
            assertQuery(model, r -> r.provider().equals(provider), unit -> unit.resources().ofProvider(provider), "of " + provider);
          }
        });
  }

  private void assertQuery(
      List<CloudResource> model, java.util.function.Predicate<CloudResource> filter, Function<UnitOfWork, List<CloudResource>> query, String what) {
    List<String> expected = model.stream().filter(filter).sorted(Comparator.comparing(CloudResource::id)).map(r -> r.id().value()).toList();
    assertThat(ids(inUnit(query), CloudResource::id)).as("resources %s", what).containsExactlyElementsOf(expected);
  }

  @Test
  void openExpiringByAndFromAgreeWithAFilterOverEveryDeadline() {
    AtomicInteger example = new AtomicInteger();
    qt().withExamples(30).withShrinkCycles(30)
        .forAll(lists().of(integers().between(0, 4 * 10 - 1)).ofSizeBetween(0, 20), integers().between(0, 10))
        .checkAssert((codes, boundary) -> {
          String prefix = "e" + example.incrementAndGet() + "-";
          List<TrackedDeadline> model = new ArrayList<>();
          run(unit -> {
            for (int i = 0; i < codes.size(); i++) {
              int code = codes.get(i);
              TrackedDeadline deadline =
                  deadline(prefix + "dl-" + (codes.size() - i), at(3600L * (code % 10)), Status.values()[code / 10]);
              unit.deadlines().insert(deadline);
              model.add(deadline);
            }
          });
          Instant by = at(3600L * boundary);
          List<String> expected = model.stream()
              .filter(d -> d.status() == Status.OPEN && !d.expiresAt().isAfter(by))
              .sorted(Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id))
              .map(d -> d.id().value())
              .toList();
          List<String> actual = ids(inUnit(unit -> unit.deadlines().openExpiringBy(by)), TrackedDeadline::id)
              .stream().filter(id -> id.startsWith(prefix)).toList();
          assertThat(actual).as("open deadlines expiring by %s", by).containsExactlyElementsOf(expected);
          List<String> expectedFrom = model.stream()
              .filter(d -> d.status() == Status.OPEN && !d.expiresAt().isBefore(by))
              .sorted(Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id))
              .map(d -> d.id().value())
              .toList();
          List<String> actualFrom = ids(inUnit(unit -> unit.deadlines().openExpiringFrom(by)), TrackedDeadline::id)
              .stream().filter(id -> id.startsWith(prefix)).toList();
          assertThat(actualFrom).as("open deadlines expiring from %s", by).containsExactlyElementsOf(expectedFrom);
        });
  }
}
