package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.spi.ConflictException;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two threads confirm the same resource at once (docs/rules.md#r5, docs/design.md#units-of-work: optimistic versions): one wins,
 * the other gets a conflict, and nothing is lost or doubled. A store decorator holds both units of work
 * after they loaded the resource, so that both load version n before either commits.
 */
class ConcurrentConfirmationTest {

  @Test
  void twoConfirmationsOfOneResourceOneWinsOneConflicts() throws Exception {
    BarrierStore store = new BarrierStore(InMemoryStore.create());
    World world = new World(store);
    GovCloud gov = world.gov;
    ResourceId id = ok(gov.as(DEPT_D).resources().apply(request("ecs.c2m4", 1))).resource().orElseThrow().id();
    ok(gov.as(CITY).resources().approve(id));
    ok(gov.as(PROVIDER_1).resources().openTrial(id, world.clock.instant(), false));
    ok(gov.as(DEPT_D).resources().recordTest(id, true, "通过"));

    store.holdNextLoads(id, 2);
    Callable<Object> confirm = () -> gov.as(DEPT_D).resources().confirmOpen(id, BigDecimal.ONE, world.clock.instant());
    List<Object> outcomes = race(List.of(confirm, confirm));
    assertThat(outcomes).filteredOn(o -> o instanceof Either<?, ?> e && e.isRight()).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
    assertThat(ok(gov.as(DEPT_D).records().workOrders(id))).hasSize(1);
    assertThat(ok(gov.as(DEPT_D).records().resource(id)).state()).isEqualTo(ResourceState.ACTIVE);
    List<AuditRecord> confirmations = ok(gov.as(DEPT_D).records().auditTrail(id)).stream().filter(r -> r.action().equals("CONFIRM_OPEN")).toList();
    assertThat(confirmations).hasSize(1);
    assertThat(world.notifier.types()).filteredOn("WORK_ORDER_GENERATED"::equals).hasSize(2); // department and provider, once
  }

  @Test
  void twoPlatformsRegisteredAtOnceForOneDepartmentCannotBothWin() throws Exception {
    BarrierStore store = new BarrierStore(InMemoryStore.create());
    World world = new World(store);
    io.govcloud.model.DepartmentId f = io.govcloud.model.DepartmentId.of("dept-f");
    ok(world.gov.as(CITY).registry().registerDepartment(io.govcloud.model.Department.of(f, "市新局", io.govcloud.model.Jurisdiction.MUNICIPAL)));
    store.holdNextLoads(f, 2);
    List<Callable<Object>> registrations = new ArrayList<>();
    for (String id : List.of("plat-f-1", "plat-f-2")) {
      registrations.add(() -> world.gov.as(CITY).registry().registerPlatform(io.govcloud.model.Platform.builder()
          .id(io.govcloud.model.PlatformId.of(id)).name("平台 " + id).jurisdiction(io.govcloud.model.Jurisdiction.MUNICIPAL)
          .owner(f).provider(P1).build()));
    }
    List<Object> outcomes = race(registrations);
    assertThat(outcomes).filteredOn(o -> o instanceof Either<?, ?> e && e.isRight()).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
    List<io.govcloud.model.Platform> owned = world.store.transact(uow -> uow.platforms().ownedBy(f));
    assertThat(owned).hasSize(1); // Art. 10 holds under a race
  }

  /** Runs the actions on threads of their own; each outcome is what it returned, or what it threw. */
  private static List<Object> race(List<Callable<Object>> actions) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(actions.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      actions.forEach(action -> futures.add(threads.submit(action)));
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a racing action did not finish", e);
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }
}
