package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.HOSTILE;
import static io.govcloud.jdbc.Samples.LONGEST;
import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.Repository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every aggregate saved and read back field by field: hostile text, every optional empty and present. */
abstract class RoundTripContract extends StoreFixture {

  /** Inserts, reads back, updates with {@code change}, reads back again; both reads must be equal. */
  private <I, A extends io.govcloud.model.Aggregate<I, A>> void roundTrip(
      Function<io.govcloud.spi.UnitOfWork, Repository<I, A>> repository, A aggregate, Function<A, A> change) {
    A inserted = tx(u -> repository.apply(u).insert(aggregate));
    assertThat(inserted).isEqualTo(aggregate.withVersion(1));
    assertFound(u -> repository.apply(u).find(aggregate.id())).contains(inserted);
    A changed = change.apply(inserted);
    A updated = tx(u -> repository.apply(u).update(changed));
    assertThat(updated).isEqualTo(changed.withVersion(2));
    assertFound(u -> repository.apply(u).find(aggregate.id())).contains(updated);
  }

  @Test
  void platformsKeepEveryField() {
    roundTrip(u -> u.platforms(), Samples.platform(id("p"), HOSTILE),
        p -> p.withProvider(ProviderId.of("pr-9")).withZones(Set.of(NetworkZone.INTERNET, NetworkZone.EXTRANET)));
    roundTrip(u -> u.platforms(), Samples.districtPlatform(id("p")), p -> p.withZones(Set.of(NetworkZone.INTERNET)));
    roundTrip(u -> u.platforms(), Samples.platform(id("p"), LONGEST), p -> p);
  }

  @Test
  void departmentsKeepEveryField() {
    String parent = id("d");
    roundTrip(u -> u.departments(), Samples.department(parent, HOSTILE, Optional.empty()),
        d -> new Department(d.id(), LONGEST, d.jurisdiction(), Optional.of(DepartmentId.of("d-other")), d.version()));
    roundTrip(u -> u.departments(), Samples.department(id("d"), LONGEST, Optional.of(parent)),
        d -> new Department(d.id(), d.name(), d.jurisdiction(), Optional.empty(), d.version()));
  }

  @Test
  void providersKeepEveryField() {
    roundTrip(u -> u.providers(), Samples.provider(id("pr"), HOSTILE, true), p -> p.withSuspension(Optional.empty()));
    roundTrip(u -> u.providers(), Samples.provider(id("pr"), LONGEST, false),
        p -> p.withSuspension(Optional.of(new Provider.Suspension(at(9), LONGEST))));
  }

  @Test
  void contractsKeepEveryFieldAndListOrder() {
    roundTrip(u -> u.contracts(), Samples.contract(id("c"), "d-1", "pr-1"),
        c -> c.withSupplements(List.of(new Contract.Supplement(HOSTILE, at(7), 3))).withFiledAt(at(8)));
    roundTrip(u -> u.contracts(), Samples.bareContract(id("c"), "d-1", "pr-1"),
        c -> c.withSupplements(c.supplements()));
  }

  @Test
  void projectsKeepEveryField() {
    roundTrip(u -> u.projects(), Samples.project(id("pj"), "d-1", 2026), p -> p.withAccepted(false));
    roundTrip(u -> u.projects(), Project.of(ProjectId.of(id("pj")), LONGEST, DepartmentId.of("d-2"), 2999, Project.Type.NEW_BUILD),
        p -> p.withAccepted(true));
  }

  @Test
  void resourcesKeepEveryFieldWithTheScaleOfEveryQuantity() {
    roundTrip(u -> u.resources(), Samples.resource(id("r"), "d-1", "p-1", "pr-1"), r -> r);
    roundTrip(u -> u.resources(), Samples.bareResource(id("r"), "d-1"), r -> r);
    roundTrip(u -> u.resources(), Samples.terminatingResource(id("r"), "d-1"), r -> r);
    CloudResource full = tx(u -> u.resources().insert(Samples.resource(id("r"), "d-1", "p-1", "pr-1")));
    CloudResource read = tx(u -> u.resources().find(full.id())).orElseThrow();
    assertThat(read.quantity()).hasToString("2.50");
    assertThat(read.requestedQuantity()).hasToString("1E+3");
    assertThat(read.periods().get(1).quantity()).hasToString("8.0");
    assertThat(read.termination().orElseThrow().done()).hasSize(2);
  }

  @Test
  void resourceUpdatesReplaceNestedValues() {
    CloudResource full = tx(u -> u.resources().insert(Samples.resource(id("r"), "d-1", "p-1", "pr-1")));
    CloudResource bare = Samples.bareResource(full.id().value(), "d-9").withVersion(full.version());
    tx(u -> u.resources().update(bare));
    assertFound(u -> u.resources().find(full.id())).contains(bare.withVersion(2));
  }

  @Test
  void deadlinesKeepEveryField() {
    TrackedDeadline open = Samples.deadline(id("dl"), "c-" + HOSTILE.length(), at(0), at(86_400 * 7));
    roundTrip(u -> u.deadlines(), open, d -> d.closed(TrackedDeadline.Status.MET_LATE, at(86_400 * 8))
        .withNotified(Set.of(TrackedDeadline.Stage.values())));
    roundTrip(u -> u.deadlines(), Samples.deadline(id("dl"), HOSTILE.trim(), at(0), at(0), Set.of()), d -> d);
  }

  @Test
  void workOrdersKeepEveryField() {
    WorkOrder first = Samples.workOrder(id("wo"), "r-1", "d-1", at(10));
    WorkOrder correction = Samples.workOrder(id("wo"), "r-1", "d-1", at(20), Optional.of(first.id()));
    run(u -> u.workOrders().insertAll(List.of(first, correction)));
    assertFound(u -> u.workOrders().find(first.id())).contains(first);
    assertFound(u -> u.workOrders().find(correction.id())).contains(correction);
    assertFound(u -> u.workOrders().find(WorkOrderId.of("wo-missing"))).isEmpty();
  }

  @Test
  void aQuantityBeyondTheColumnIsRefusedAndNothingIsKept() {
    String id = id("r");
    CloudResource tooFine = Samples.bareResource(id, "d-1", new BigDecimal("0.0000000000000000001"));
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(id, "kept?", Optional.empty()));
      u.resources().insert(tooFine);
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0000000000000000001");
    assertFound(u -> u.departments().find(DepartmentId.of(id))).isEmpty();
    assertFound(u -> u.resources().find(ResourceId.of(id))).isEmpty();
  }

  @Test
  void instantsAreKeptToTheMicrosecondWhateverTheJvmZone() {
    String id = id("pr");
    Instant nanos = Instant.parse("1999-12-31T23:59:59.123456789Z");
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      run(u -> u.providers().insert(Provider.of(ProviderId.of(id), "p")
          .withSuspension(Optional.of(new Provider.Suspension(nanos, "reason")))));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      Provider read = tx(u -> u.providers().find(ProviderId.of(id))).orElseThrow();
      assertThat(read.suspension().orElseThrow().since()).isEqualTo(Instant.parse("1999-12-31T23:59:59.123456Z"));
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void identifiersAreComparedExactly() {
    String id = id("x") + "'\"";
    run(u -> {
      u.contracts().insert(Samples.bareContract(id, "d-1", "pr-1"));
      u.contracts().insert(Samples.bareContract(id + " z", "d-1", "pr-1"));
      u.contracts().insert(Samples.bareContract(id.toUpperCase(java.util.Locale.ROOT), "d-1", "pr-1"));
    });
    assertFound(u -> u.contracts().find(ContractId.of(id))).get().extracting(c -> c.id().value()).isEqualTo(id);
    assertFound(u -> u.contracts().find(ContractId.of(id + " z"))).get().extracting(c -> c.id().value()).isEqualTo(id + " z");
    assertFound(u -> u.contracts().find(ContractId.of(id + "  z"))).isEmpty();
    assertFound(u -> u.contracts().find(ContractId.of(id.toUpperCase(java.util.Locale.ROOT)))).get()
        .extracting(c -> c.id().value()).isEqualTo(id.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void aUnitReadsItsOwnWrites() {
    String id = id("p");
    Optional<Platform> seen = tx(u -> {
      u.platforms().insert(Samples.platform(id, HOSTILE));
      return u.platforms().find(PlatformId.of(id));
    });
    assertThat(seen).contains(Samples.platform(id, HOSTILE).withVersion(1));
    assertListed(u -> u.platforms().all()).extracting(Platform::id).contains(PlatformId.of(id)).isSorted();
  }
}
