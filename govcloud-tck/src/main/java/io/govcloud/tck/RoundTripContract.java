package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.govcloud.model.Aggregate;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Money;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Save and load: every aggregate and work order comes back field by field as it was saved, fully
 * populated or with every optional empty, with hostile texts and ids; an update that empties or fills
 * optionals, lists and sets replaces them; an id is found exactly; versions count the saves.
 */
public abstract class RoundTripContract extends StoreContractSupport {

  /** For subclasses. */
  protected RoundTripContract() {}

  private static final DepartmentId DEPT = DepartmentId.of("dept-1");
  private static final ProviderId PROVIDER = ProviderId.of("provider-1");
  private static final PlatformId PLATFORM = PlatformId.of("platform-1");

  /**
   * Inserts a value, checks what insert returned, reopens the store, loads the value in a new unit and
   * checks it field by field.
   */
  private <I, A extends Aggregate<I, A>> void assertRoundTrip(AggregateKind<I, A> kind, A value, String context) {
    A saved = inUnit(unit -> kind.in(unit).insert(value));
    assertThat(saved.version()).as("%s: version insert returned", context).isEqualTo(1);
    kind.fields().assertSame(value, saved, context + ", as insert returned it");
    restart();
    Optional<A> loaded = inUnit(unit -> kind.in(unit).find(value.id()));
    assertThat(loaded).as("%s: %s %s loaded", context, kind, value.id()).isPresent();
    assertThat(loaded.get().version()).as("%s: version loaded", context).isEqualTo(1);
    kind.fields().assertSame(value, loaded.get(), context + ", as loaded");
  }

  @Test
  void platformOwnedByADepartmentRoundTripsWithEveryField() {
    assertRoundTrip(AggregateKind.PLATFORM, Samples.platform(PLATFORM, Optional.of(DEPT), PROVIDER, "渝中区政务云"), "municipal platform");
  }

  @Test
  void districtPlatformWithDefaultsRoundTrips() {
    assertRoundTrip(AggregateKind.PLATFORM, Samples.platform(PLATFORM, Optional.empty(), PROVIDER, "区县平台"), "district platform");
  }

  @Test
  void departmentsWithAndWithoutParentRoundTrip() {
    assertRoundTrip(AggregateKind.DEPARTMENT, Samples.department(DEPT, Optional.empty(), "市大数据局"), "top-level department");
    assertRoundTrip(
        AggregateKind.DEPARTMENT, Samples.department(DepartmentId.of("dept-2"), Optional.of(DEPT), "下属单位"), "subordinate unit");
  }

  @Test
  void providersSuspendedAndActiveRoundTrip() {
    assertRoundTrip(AggregateKind.PROVIDER, Samples.provider(PROVIDER, "服务商甲", true), "suspended provider");
    assertRoundTrip(AggregateKind.PROVIDER, Samples.provider(ProviderId.of("provider-2"), "服务商乙", false), "active provider");
  }

  @Test
  void contractWithPartiesSupplementsPricesAndFilingRoundTrips() {
    assertRoundTrip(AggregateKind.CONTRACT, Samples.contract(ContractId.of("contract-1"), DEPT, PROVIDER, 30, "合同", true), "full contract");
  }

  @Test
  void aContractUpdatedWithAPriceOnlySupplementAndItsPricesRoundTrips() {
    Contract bare = inUnit(unit -> unit.contracts().insert(Samples.contract(ContractId.of("contract-2"), DEPT, PROVIDER, 30, "合同", false)));
    List<ContractPrice> prices = List.of(ContractPrice.of("ecs-4c8g", Money.of("1000.00"), LocalDate.of(2025, 1, 1)),
        ContractPrice.of("ecs-4c8g", Money.of("900.00"), LocalDate.of(2025, 7, 1)));
    Contract supplemented = bare.withSupplements(List.of(new Contract.Supplement("补充协议：调价", at(3600), 0))).withPrices(prices);
    Contract saved = inUnit(unit -> unit.contracts().update(supplemented));
    assertThat(saved.version()).isEqualTo(2);
    restart();
    Contract loaded = inUnit(unit -> unit.contracts().find(bare.id())).orElseThrow();
    AggregateKind.CONTRACT.fields().assertSame(supplemented.withVersion(2), loaded, "contract with a price-only supplement, as loaded");
    assertThat(loaded.priceList().priceOn("ecs-4c8g", LocalDate.of(2025, 7, 1)).orElseThrow().unitPrice()).isEqualTo(Money.of("900.00"));
  }

  @Test
  void contractWithoutOptionalPartsRoundTrips() {
    assertRoundTrip(AggregateKind.CONTRACT, Samples.contract(ContractId.of("contract-1"), DEPT, PROVIDER, 1, "合同", false), "bare contract");
  }

  @Test
  void projectsOfEveryTypeRoundTrip() {
    int n = 0;
    for (Project.Type type : Project.Type.values()) {
      for (boolean accepted : List.of(true, false)) {
        Project project = Samples.project(ProjectId.of("project-" + n++), DEPT, 2026, "项目 " + type, type, accepted);
        assertRoundTrip(AggregateKind.PROJECT, project, type + (accepted ? " accepted" : " not accepted"));
      }
    }
  }

  @Test
  void resourceWithEveryOptionalPresentRoundTrips() {
    assertRoundTrip(
        AggregateKind.RESOURCE,
        Samples.resource(ResourceId.of("resource-1"), DEPT, PLATFORM, PROVIDER, "专享云：业务连续性", Samples.Fill.FULL),
        "full resource");
  }

  @Test
  void resourceWithEveryOptionalEmptyRoundTrips() {
    assertRoundTrip(
        AggregateKind.RESOURCE,
        Samples.resource(ResourceId.of("resource-1"), DEPT, PLATFORM, PROVIDER, "共享云", Samples.Fill.MINIMAL),
        "minimal resource");
  }

  @Test
  void emergencyResourceWithoutProjectRoundTrips() {
    assertRoundTrip(
        AggregateKind.RESOURCE,
        Samples.resource(ResourceId.of("resource-1"), DEPT, PLATFORM, PROVIDER, "应急", Samples.Fill.EMERGENCY),
        "emergency resource");
  }

  @Test
  void resourceWithATerminationOfNoStepDoneRoundTrips() {
    assertRoundTrip(
        AggregateKind.RESOURCE,
        Samples.resource(ResourceId.of("resource-1"), DEPT, PLATFORM, PROVIDER, "退出", Samples.Fill.TERMINATING),
        "terminating resource");
  }

  @Test
  void closedDeadlineWithEveryNoticeRoundTrips() {
    for (TrackedDeadline.Status status : List.of(TrackedDeadline.Status.MET, TrackedDeadline.Status.MET_LATE, TrackedDeadline.Status.CANCELLED)) {
      TrackedDeadline deadline =
          Samples.deadline(DeadlineId.of("deadline-" + status), "resource-1", at(0), at(86_400), status, "期限", true);
      assertRoundTrip(AggregateKind.DEADLINE, deadline, status + " deadline");
    }
  }

  @Test
  void openDeadlineWithoutNoticesRoundTrips() {
    TrackedDeadline deadline =
        Samples.deadline(DeadlineId.of("deadline-1"), "resource-1", at(0), at(172_800), TrackedDeadline.Status.OPEN, "期限", false);
    assertRoundTrip(AggregateKind.DEADLINE, deadline, "open deadline");
  }

  @Test
  void workOrdersWithAndWithoutSupersededOneRoundTrip() {
    WorkOrder original = Samples.workOrder(WorkOrderId.of("wo-1"), ResourceId.of("r-1"), DEPT, at(100), "ecs-4c8g", Optional.empty());
    WorkOrder correction =
        Samples.workOrder(WorkOrderId.of("wo-2"), ResourceId.of("r-1"), DEPT, at(200), "ecs-8c16g", Optional.of(original.id()));
    run(unit -> unit.workOrders().insertAll(List.of(original, correction)));
    restart();
    for (WorkOrder expected : List.of(original, correction)) {
      Optional<WorkOrder> loaded = inUnit(unit -> unit.workOrders().find(expected.id()));
      assertThat(loaded).as("work order %s", expected.id()).isPresent();
      Fields.WORK_ORDER.assertSame(expected, loaded.get(), "work order " + expected.id());
    }
  }

  @Test
  void hostileTextsRoundTripInEveryTextField() {
    List<String> texts = Samples.HOSTILE_TEXTS;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String context = "text #" + i + " «" + text + "»";
      assertRoundTrip(AggregateKind.PLATFORM, Samples.platform(PlatformId.of("pl-" + i), Optional.of(DEPT), PROVIDER, text), context);
      assertRoundTrip(AggregateKind.DEPARTMENT, Samples.department(DepartmentId.of("d-" + i), Optional.of(DEPT), text), context);
      assertRoundTrip(AggregateKind.PROVIDER, Samples.provider(ProviderId.of("pv-" + i), text, true), context);
      assertRoundTrip(AggregateKind.CONTRACT, Samples.contract(ContractId.of("c-" + i), DEPT, PROVIDER, 30, text, true), context);
      assertRoundTrip(
          AggregateKind.PROJECT, Samples.project(ProjectId.of("pj-" + i), DEPT, 2026, text, Project.Type.NEW_BUILD, false), context);
      assertRoundTrip(
          AggregateKind.RESOURCE, Samples.resource(ResourceId.of("r-" + i), DEPT, PLATFORM, PROVIDER, text, Samples.Fill.FULL), context);
    }
  }

  @Test
  void hostileIdsRoundTripAndFindTheirAggregate() {
    List<String> ids = Samples.HOSTILE_IDS;
    List<DepartmentId> expected = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String value = ids.get(i);
      Department department = Samples.department(DepartmentId.of(value), Optional.empty(), "部门");
      Department child = Samples.department(DepartmentId.of("child-" + i), Optional.of(department.id()), "下属");
      TrackedDeadline deadline =
          Samples.deadline(DeadlineId.of("dl-" + i), value, at(0), at(86_400), TrackedDeadline.Status.OPEN, "期限", false);
      run(unit -> {
        unit.departments().insert(department);
        unit.departments().insert(child);
        unit.deadlines().insert(deadline);
      });
      expected.add(department.id());
      expected.add(child.id());
      Optional<Department> loaded = inUnit(unit -> unit.departments().find(department.id()));
      assertThat(loaded.map(Department::id)).as("department of id «%s»", value).contains(department.id());
      List<Department> children = inUnit(unit -> unit.departments().childrenOf(department.id()));
      assertThat(children).extracting(Department::id).as("children of «%s»", value).containsExactly(child.id());
      List<TrackedDeadline> ofSubject = inUnit(unit -> unit.deadlines().ofSubject("resource", value));
      assertThat(ofSubject).extracting(TrackedDeadline::id).as("deadlines of the subject «%s»", value).containsExactly(deadline.id());
      Fields.DEADLINE.assertSame(deadline, ofSubject.get(0), "deadline of the subject «" + value + "»");
    }
    List<DepartmentId> all = inUnit(unit -> unit.departments().all()).stream().map(Department::id).toList();
    assertThat(all).as("every department").containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void findMatchesAnIdExactlyNotByCaseSpacingOrPattern() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertFoundExactly(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertFoundExactly(AggregateKind<I, A> kind) {
    List<String> saved = List.of("a-1'\"", "A-1'\"", "a-1'\" z", "a-%", "a-_");
    run(unit -> {
      for (int i = 0; i < saved.size(); i++) {
        kind.in(unit).insert(kind.sample(kind.id(saved.get(i)), i));
      }
    });
    for (int i = 0; i < saved.size(); i++) {
      I id = kind.id(saved.get(i));
      Optional<A> found = inUnit(unit -> kind.in(unit).find(id));
      assertThat(found).as("%s «%s»", kind, id).isPresent();
      assertThat(found.get().id()).as("%s found by «%s»", kind, id).isEqualTo(id);
      kind.fields().assertSame(kind.sample(id, i), found.get(), kind + " «" + id + "»");
    }
    for (String near : List.of("a-1'\"  z", "a-1'\"z", "a-", "a-1", "A-%", "a-x", "a-10")) {
      Optional<A> found = inUnit(unit -> kind.in(unit).find(kind.id(near)));
      assertThat(found).as("%s «%s», an id never saved", kind, near).isEmpty();
    }
  }

  @Test
  void anyTextOfHostileFragmentsRoundTrips() {
    AtomicInteger n = new AtomicInteger();
    qt().withExamples(40).withShrinkCycles(20).forAll(hostileTexts()).checkAssert(text -> {
      ProviderId id = ProviderId.of("pv-" + n.incrementAndGet());
      assertRoundTrip(AggregateKind.PROVIDER, Samples.provider(id, text, true), "text «" + text + "»");
    });
  }

  /** Names of 1 to 200 chars, made of fragments that stores and drivers have got wrong. */
  private static Gen<String> hostileTexts() {
    List<String> fragments =
        List.of("'", "''", "\"", "`", "\\", "%", "_", ";", "--", "/*", "*/", "?", "$1", ":x", "\u00a0", "\u3000", "שלום", " ",
            "a", "Z", "0", "重庆", "𠀀", "🎉", "👩‍💻", "e\u0301", "\u200b", "\u200d", "DROP TABLE x", "NULL");
    return lists().of(Generate.pick(fragments)).ofSizeBetween(1, 40)
        .map(parts -> parts.stream().collect(Collectors.joining()))
        .map(text -> "«" + text + "»")
        .map(text -> text.length() <= 200 ? text : text.substring(0, Character.isHighSurrogate(text.charAt(199)) ? 199 : 200));
  }

  @Test
  void versionsCountTheSaves() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertVersionsCountTheSaves(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertVersionsCountTheSaves(AggregateKind<I, A> kind) {
    I id = kind.id("counted");
    A first = inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    A second = inUnit(unit -> kind.in(unit).update(kind.next(first, 1)));
    A third = inUnit(unit -> kind.in(unit).update(kind.next(second, 2)));
    assertThat(List.of(first.version(), second.version(), third.version())).as("%s versions returned", kind).containsExactly(1L, 2L, 3L);
    A loaded = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    assertThat(loaded.version()).as("%s version loaded", kind).isEqualTo(3);
    kind.fields().assertSame(kind.sample(id, 2), loaded, kind + " after two updates");
  }

  @Test
  void updatesThatEmptyAndRefillOptionalsListsAndSetsKeepEveryField() {
    assertUpdates(AggregateKind.PLATFORM, List.of(
        Samples.platform(PLATFORM, Optional.of(DEPT), PROVIDER, "市级平台"),
        Samples.platform(PLATFORM, Optional.empty(), ProviderId.of("provider-2"), "区县平台"),
        Samples.platform(PLATFORM, Optional.of(DepartmentId.of("dept-2")), PROVIDER, "市级平台")));
    DepartmentId unit = DepartmentId.of("dept-2");
    assertUpdates(AggregateKind.DEPARTMENT, List.of(
        Samples.department(unit, Optional.empty(), "部门"),
        Samples.department(unit, Optional.of(DEPT), "下属单位"),
        Samples.department(unit, Optional.empty(), "部门")));
    assertUpdates(AggregateKind.PROVIDER, List.of(
        Samples.provider(PROVIDER, "服务商", true), Samples.provider(PROVIDER, "服务商", false), Samples.provider(PROVIDER, "服务商", true)));
    ContractId contract = ContractId.of("contract-1");
    assertUpdates(AggregateKind.CONTRACT, List.of(
        Samples.contract(contract, DEPT, PROVIDER, 30, "合同", true),
        Samples.contract(contract, DEPT, PROVIDER, 30, "合同", false),
        Samples.contract(contract, DEPT, PROVIDER, 15, "另一份合同", true)));
    ResourceId resource = ResourceId.of("resource-1");
    List<CloudResource> resources = new ArrayList<>();
    for (Samples.Fill fill : List.of(Samples.Fill.FULL, Samples.Fill.MINIMAL, Samples.Fill.TERMINATING, Samples.Fill.FULL,
        Samples.Fill.EMERGENCY, Samples.Fill.TERMINATING)) {
      resources.add(Samples.resource(resource, DEPT, PLATFORM, PROVIDER, "资源 " + fill, fill));
    }
    assertUpdates(AggregateKind.RESOURCE, resources);
    DeadlineId deadline = DeadlineId.of("deadline-1");
    assertUpdates(AggregateKind.DEADLINE, List.of(
        Samples.deadline(deadline, "resource-1", at(0), at(86_400), TrackedDeadline.Status.OPEN, "期限", false),
        Samples.deadline(deadline, "resource-1", at(0), at(86_400), TrackedDeadline.Status.MET_LATE, "期限", true),
        Samples.deadline(deadline, "resource-1", at(0), at(0), TrackedDeadline.Status.OPEN, "期限", false)));
  }

  /**
   * Inserts the first state, then updates to each next one in a unit of its own, checking each field by
   * field as loaded after its update, and the last after a reopen.
   */
  private <I, A extends Aggregate<I, A>> void assertUpdates(AggregateKind<I, A> kind, List<A> states) {
    I id = states.get(0).id();
    A saved = inUnit(unit -> kind.in(unit).insert(states.get(0)));
    for (int i = 1; i < states.size(); i++) {
      A next = states.get(i).withVersion(saved.version());
      saved = inUnit(unit -> kind.in(unit).update(next));
      A loaded = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
      assertThat(loaded.version()).as("%s: version after update #%d", kind, i).isEqualTo(i + 1);
      kind.fields().assertSame(states.get(i), loaded, kind + " after update #" + i);
    }
    restart();
    A reopened = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    kind.fields().assertSame(states.get(states.size() - 1), reopened, kind + " after the updates and a reopen");
  }

  @Test
  void aUnitReadsItsOwnWritesAndUpdatesWhatItInserted() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertUnitReadsItsOwnWrites(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertUnitReadsItsOwnWrites(AggregateKind<I, A> kind) {
    I id = kind.id("own");
    run(unit -> {
      A inserted = kind.in(unit).insert(kind.sample(id, 0));
      kind.fields().assertSame(kind.sample(id, 0), kind.in(unit).find(id).orElseThrow(), kind + " read after insert");
      A updated = kind.in(unit).update(kind.next(inserted, 1));
      assertThat(updated.version()).as("%s version after insert and update in one unit", kind).isEqualTo(2);
      A read = kind.in(unit).find(id).orElseThrow();
      assertThat(read.version()).as("%s version read back in the unit", kind).isEqualTo(2);
      kind.fields().assertSame(kind.sample(id, 1), read, kind + " read after update");
      assertThat(kind.in(unit).all()).as("%s all() in the unit", kind).hasSize(1);
    });
    A committed = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    assertThat(committed.version()).as("%s version committed", kind).isEqualTo(2);
    kind.fields().assertSame(kind.sample(id, 1), committed, kind + " committed");
  }

  @Test
  void findOfAnUnknownIdIsEmptyAndAnEmptyStoreListsNothing() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertNothingSaved(kind);
    }
    Optional<WorkOrder> workOrder = inUnit(unit -> unit.workOrders().find(WorkOrderId.of("unknown")));
    assertThat(workOrder).as("work order of an unknown id").isEmpty();
  }

  private <I, A extends Aggregate<I, A>> void assertNothingSaved(AggregateKind<I, A> kind) {
    Optional<A> unknown = inUnit(unit -> kind.in(unit).find(kind.id("unknown")));
    assertThat(unknown).as("%s of an unknown id", kind).isEmpty();
    List<A> all = inUnit(unit -> kind.in(unit).all());
    assertThat(all).as("every %s of an empty store", kind).isEmpty();
  }

  @Test
  void insertOfASavedVersionAndUpdateOfVersionZeroAreRefused() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertVersionArgumentsChecked(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertVersionArgumentsChecked(AggregateKind<I, A> kind) {
    I id = kind.id("checked");
    assertThatThrownBy(() -> run(unit -> kind.in(unit).insert(kind.sample(id, 0).withVersion(3))))
        .as("%s insert of version 3", kind)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(id));
    assertThatThrownBy(() -> run(unit -> kind.in(unit).update(kind.sample(id, 0))))
        .as("%s update of version 0", kind)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(id));
    Optional<A> after = inUnit(unit -> kind.in(unit).find(id));
    assertThat(after).as("%s after refused writes", kind).isEmpty();
  }

  @Test
  void committedStateSurvivesAReopen() {
    Provider provider = Samples.provider(PROVIDER, "服务商", false);
    Provider saved = inUnit(unit -> unit.providers().insert(provider));
    inUnit(unit -> unit.providers().update(saved.withSuspension(Optional.of(new Provider.Suspension(at(5), "整改不到位")))));
    restart();
    Provider loaded = inUnit(unit -> unit.providers().find(PROVIDER)).orElseThrow();
    assertThat(loaded.version()).as("version after reopen").isEqualTo(2);
    assertThat(loaded.suspension()).as("suspension after reopen").contains(new Provider.Suspension(at(5), "整改不到位"));
  }
}
