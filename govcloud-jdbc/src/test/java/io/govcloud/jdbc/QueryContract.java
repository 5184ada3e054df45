package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The queries of the repositories: what they select and in which order. */
abstract class QueryContract extends StoreFixture {

  @Test
  void resourcesOfADepartmentPlatformOrProviderInIdOrder() {
    String d = id("d");
    String p = id("p");
    String pr = id("pr");
    run(u -> {
      u.resources().insert(Samples.resource(d + "-r-b", d, p, "pr-x"));
      u.resources().insert(Samples.resource(d + "-r-a", d, "p-x", pr));
      u.resources().insert(Samples.resource(d + "-r-c", "d-other", p, pr));
    });
    assertListed(u -> u.resources().ofDepartment(DepartmentId.of(d))).extracting(r -> r.id().value())
        .containsExactly(d + "-r-a", d + "-r-b");
    assertListed(u -> u.resources().onPlatform(PlatformId.of(p))).extracting(r -> r.id().value())
        .containsExactly(d + "-r-b", d + "-r-c");
    assertListed(u -> u.resources().ofProvider(ProviderId.of(pr))).extracting(r -> r.id().value())
        .containsExactly(d + "-r-a", d + "-r-c");
    List<CloudResource> listed = tx(u -> u.resources().ofDepartment(DepartmentId.of(d)));
    assertThat(listed.get(0)).isEqualTo(Samples.resource(d + "-r-a", d, "p-x", pr).withVersion(1));
  }

  @Test
  void departmentsPlatformsProjectsAndContractsByOwner() {
    String parent = id("d");
    run(u -> {
      u.departments().insert(Samples.department(parent, "parent", Optional.empty()));
      u.departments().insert(Samples.department(parent + "-z", "z", Optional.of(parent)));
      u.departments().insert(Samples.department(parent + "-a", "a", Optional.of(parent)));
      u.platforms().insert(Samples.platform(parent + "-p", "owned"));
      u.projects().insert(Samples.project(parent + "-pj-2", parent, 2026));
      u.projects().insert(Samples.project(parent + "-pj-1", parent, 2026));
      u.projects().insert(Samples.project(parent + "-pj-0", parent, 2025));
      u.contracts().insert(Samples.contract(parent + "-c-2", parent, parent + "-pr"));
      u.contracts().insert(Samples.bareContract(parent + "-c-1", parent, "pr-other"));
    });
    assertListed(u -> u.departments().childrenOf(DepartmentId.of(parent))).extracting(Department::name).containsExactly("a", "z");
    assertListed(u -> u.platforms().ownedBy(DepartmentId.of("d-owner"))).extracting(p -> p.id().value()).contains(parent + "-p");
    assertListed(u -> u.platforms().ownedBy(DepartmentId.of(parent))).isEmpty();
    assertListed(u -> u.projects().ofDepartment(DepartmentId.of(parent), 2026)).extracting(p -> p.id().value())
        .containsExactly(parent + "-pj-1", parent + "-pj-2");
    assertListed(u -> u.contracts().ofDepartment(DepartmentId.of(parent))).extracting(c -> c.id().value())
        .containsExactly(parent + "-c-1", parent + "-c-2");
    assertListed(u -> u.contracts().ofProvider(ProviderId.of(parent + "-pr"))).containsExactly(
        Samples.contract(parent + "-c-2", parent, parent + "-pr").withVersion(1));
    assertListed(u -> u.projects().all()).extracting(Project::id).isSorted();
    assertListed(u -> u.contracts().all()).extracting(Contract::id).isSorted();
  }

  @Test
  void openDeadlinesExpiringByAnInstantInExpiryThenIdOrder() {
    String s = id("subject");
    TrackedDeadline late = Samples.deadline(s + "-a", s, at(0), at(300));
    TrackedDeadline sameExpiryB = Samples.deadline(s + "-c", s, at(0), at(200));
    TrackedDeadline sameExpiryA = Samples.deadline(s + "-b", s, at(10), at(200));
    TrackedDeadline closed = Samples.deadline(s + "-d", s, at(0), at(100)).closed(TrackedDeadline.Status.MET, at(50));
    TrackedDeadline later = Samples.deadline(s + "-e", s, at(5), at(301));
    run(u -> List.of(late, sameExpiryB, sameExpiryA, closed, later).forEach(u.deadlines()::insert));
    assertListed(u -> u.deadlines().openExpiringBy(at(300))).filteredOn(d -> d.subjectId().equals(s))
        .extracting(d -> d.id().value()).containsExactly(s + "-b", s + "-c", s + "-a");
    assertListed(u -> u.deadlines().openExpiringBy(at(199))).filteredOn(d -> d.subjectId().equals(s)).isEmpty();
    assertListed(u -> u.deadlines().ofSubject("contract", s)).extracting(d -> d.id().value())
        .containsExactly(s + "-a", s + "-c", s + "-d", s + "-e", s + "-b");
    assertListed(u -> u.deadlines().ofSubject("resource", s)).isEmpty();
  }

  @Test
  void workOrdersAreWrittenInBatchesAndListedByConfirmationThenId() {
    String r = id("r");
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      orders.add(Samples.workOrder(r + "-wo-" + (10_000 + i), r, "d-" + r, at(i % 7)));
    }
    run(u -> u.workOrders().insertAll(orders));
    List<WorkOrder> ofResource = tx(u -> u.workOrders().ofResource(ResourceId.of(r)));
    assertThat(ofResource).hasSize(2_500);
    assertThat(new HashSet<>(ofResource)).isEqualTo(new HashSet<>(orders));
    assertThat(ofResource).isSortedAccordingTo((a, b) -> a.confirmedAt().equals(b.confirmedAt())
        ? a.id().compareTo(b.id()) : a.confirmedAt().compareTo(b.confirmedAt()));
    assertListed(u -> u.workOrders().ofDepartment(DepartmentId.of("d-" + r))).isEqualTo(ofResource);
  }

  @Test
  void everyWorkOrderIsListedByConfirmationThenId() {
    String r = id("r");
    List<WorkOrder> orders = List.of(
        Samples.workOrder(r + "-b", r, "d-1", at(50)),
        Samples.workOrder(r + "-a", r + "-other", "d-2", at(50)),
        Samples.workOrder(r + "-B", r, "d-1", at(50)),
        Samples.workOrder(r + "-c", r, "d-3", at(-50)),
        Samples.workOrder(r + "-0", r + "-other", "d-1", at(99)));
    run(u -> u.workOrders().insertAll(orders));
    List<WorkOrder> all = tx(u -> u.workOrders().all());
    assertThat(all).isSortedAccordingTo(Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id));
    assertThat(all).filteredOn(o -> o.id().value().startsWith(r + "-")).extracting(o -> o.id().value())
        .containsExactly(r + "-c", r + "-B", r + "-a", r + "-b", r + "-0");
    assertThat(all).containsAll(orders);
  }

  @Test
  void aWorkOrderBatchWithAnExistingIdKeepsNothing() {
    String r = id("r");
    WorkOrder first = Samples.workOrder(r + "-1", r, "d-1", at(1));
    run(u -> u.workOrders().insertAll(List.of(first)));
    List<WorkOrder> batch = List.of(Samples.workOrder(r + "-0", r, "d-1", at(2)), Samples.workOrder(r + "-1", r, "d-1", at(3)));
    assertThatThrownBy(() -> run(u -> u.workOrders().insertAll(batch)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.id()).isEqualTo(r + "-1"));
    assertThatThrownBy(() -> run(u -> u.workOrders().insertAll(List.of(batch.get(0), batch.get(0)))))
        .isInstanceOf(ConflictException.class);
    assertListed(u -> u.workOrders().ofResource(ResourceId.of(r))).containsExactly(first);
    assertFound(u -> u.workOrders().find(WorkOrderId.of(r + "-0"))).isEmpty();
  }
}
