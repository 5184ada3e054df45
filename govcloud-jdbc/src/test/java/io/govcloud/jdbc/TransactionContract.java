package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.StoreException;
import io.govcloud.spi.UnitOfWork;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Units of work: optimistic versions, rollback, a connection lost midway, a broken data source. */
abstract class TransactionContract extends StoreFixture {

  @Test
  void insertingAnExistingIdConflictsWithTheSavedVersion() {
    String id = id("d");
    Department saved = tx(u -> u.departments().insert(Samples.department(id, "one", Optional.empty())));
    run(u -> u.departments().update(saved));
    assertThatThrownBy(() -> run(u -> u.departments().insert(Samples.department(id, "two", Optional.empty()))))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.aggregate()).isEqualTo("department");
          assertThat(e.id()).isEqualTo(id);
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertFound(u -> u.departments().find(DepartmentId.of(id))).get().extracting(Department::name).isEqualTo("one");
  }

  @Test
  void aStaleUpdateConflictsAndTheWholeUnitRollsBack() {
    String id = id("c");
    Contract v1 = tx(u -> u.contracts().insert(Samples.contract(id, "d-1", "pr-1")));
    run(u -> u.contracts().update(v1.withFiledAt(at(1))));
    String other = id("d");
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(other, "written before the conflict", Optional.empty()));
      u.contracts().update(v1.withSupplements(List.of()));
    })).isInstanceOfSatisfying(ConflictException.class, e -> {
      assertThat(e.expectedVersion()).isEqualTo(1);
      assertThat(e.actualVersion()).isEqualTo(2);
    });
    assertFound(u -> u.departments().find(DepartmentId.of(other))).isEmpty();
    assertFound(u -> u.contracts().find(ContractId.of(id))).contains(v1.withFiledAt(at(1)).withVersion(2));
  }

  @Test
  void updatingWhatWasNeverSavedConflicts() {
    Project never = Project.of(ProjectId.of(id("pj")), "n", DepartmentId.of("d-1"), 2026, Project.Type.OPERATIONS).withVersion(3);
    assertThatThrownBy(() -> run(u -> u.projects().update(never)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.actualVersion()).isZero());
  }

  @Test
  void updatingVersionZeroIsRefused() {
    Department never = Samples.department(id("d"), "n", Optional.empty());
    assertThatThrownBy(() -> run(u -> u.departments().update(never)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("insert");
  }

  @Test
  void insertingASavedVersionIsRefused() {
    Department saved = Samples.department(id("d"), "n", Optional.empty()).withVersion(1);
    assertThatThrownBy(() -> run(u -> u.departments().insert(saved))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConflictCaughtByTheBodyStillRollsTheUnitBack() {
    String id = id("d");
    Department saved = tx(u -> u.departments().insert(Samples.department(id, "one", Optional.empty())));
    String other = id("d");
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(other, "n", Optional.empty()));
      try {
        u.departments().insert(Samples.department(id, "again", Optional.empty()));
      } catch (ConflictException expected) {
        // the body goes on as if nothing happened; the store must not commit
      }
    })).isInstanceOf(ConflictException.class);
    assertFound(u -> u.departments().find(DepartmentId.of(other))).isEmpty();
    assertFound(u -> u.departments().find(DepartmentId.of(id))).contains(saved);
  }

  @Test
  void anExceptionOfTheBodyIsRethrownAsItWasAndNothingIsKept() {
    String id = id("d");
    IllegalStateException thrown = new IllegalStateException("the body fails");
    assertThatThrownBy(() -> run(u -> {
      u.departments().insert(Samples.department(id, "n", Optional.empty()));
      u.enqueue(Samples.notification(id("n"), at(0)));
      u.audit().append(Samples.accepted(id, at(0)));
      throw thrown;
    })).isSameAs(thrown);
    assertFound(u -> u.departments().find(DepartmentId.of(id))).isEmpty();
    assertListed(u -> u.audit().ofSubject("resource", id)).isEmpty();
  }

  @Test
  void aUnitCannotBeUsedAfterItsBodyReturns() {
    AtomicReference<UnitOfWork> kept = new AtomicReference<>();
    run(kept::set);
    assertThatThrownBy(() -> kept.get().departments().find(DepartmentId.of("d-1"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void concurrentUpdatesLoseNothing() throws Exception {
    String id = id("c");
    run(u -> u.contracts().insert(Samples.bareContract(id, "d-1", "pr-1")));
    int threads = 4;
    int increments = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(() -> {
          int conflicts = 0;
          for (int done = 0; done < increments; ) {
            try {
              run(u -> {
                Contract c = u.contracts().find(ContractId.of(id)).orElseThrow();
                u.contracts().update(c.withSupplements(append(c.supplements(), c.supplements().size())));
              });
              done++;
            } catch (ConflictException e) {
              conflicts++;
            }
          }
          return conflicts;
        });
      }
      for (Future<Integer> result : pool.invokeAll(workers)) {
        result.get();
      }
    } finally {
      pool.shutdown();
    }
    Contract last = tx(u -> u.contracts().find(ContractId.of(id))).orElseThrow();
    assertThat(last.supplements()).hasSize(threads * increments);
    assertThat(last.version()).isEqualTo(1 + threads * increments);
  }

  private static List<Contract.Supplement> append(List<Contract.Supplement> supplements, int n) {
    List<Contract.Supplement> more = new ArrayList<>(supplements);
    more.add(new Contract.Supplement("s-" + n, at(n), 1));
    return more;
  }

  @Test
  void aConnectionLostMidwayLeavesTheDatabaseAsItWas() throws SQLException {
    TestDataSource dataSource = database.dataSource();
    String id = id("d");
    Department before = tx(u -> u.departments().insert(Samples.department(id, "before", Optional.empty())));
    try (JdbcStore crashing = JdbcStore.of(dataSource)) {
      String second = id("d");
      assertThatThrownBy(() -> crashing.transact(u -> {
        u.departments().update(new Department(before.id(), "changed", before.jurisdiction(), before.parent(), before.version()));
        u.contracts().insert(Samples.contract(id("c"), id, "pr-1"));
        close(dataSource);
        return u.departments().insert(Samples.department(second, "after", Optional.empty()));
      })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("insert department " + second));
      assertFound(u -> u.departments().find(DepartmentId.of(second))).isEmpty();
    }
    assertFound(u -> u.departments().find(DepartmentId.of(id))).contains(before);
    assertListed(u -> u.contracts().ofDepartment(DepartmentId.of(id))).isEmpty();
  }

  private static void close(TestDataSource dataSource) {
    try {
      dataSource.lastConnection().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBrokenDataSourceGivesAStoreExceptionNamingTheOperation() {
    TestDataSource dataSource = database.dataSource();
    try (JdbcStore store = JdbcStore.of(dataSource)) {
      dataSource.breakIt();
      assertThatThrownBy(() -> store.transact(u -> u.departments().all()))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("unit of work: open a connection"))
          .hasRootCauseInstanceOf(SQLException.class);
      assertThatThrownBy(() -> store.dispatch(n -> { }))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).startsWith("dispatch notifications"));
      assertThatThrownBy(() -> JdbcStore.of(dataSource))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).startsWith("open the govcloud store"));
      dataSource.repair();
      Optional<Department> none = store.transact(u -> u.departments().find(DepartmentId.of("d-none")));
      assertThat(none).isEmpty();
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    JdbcStore store = JdbcStore.of(database.dataSource());
    store.close();
    store.close();
    assertThatThrownBy(() -> store.transact(u -> null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.dispatch(n -> { })).isInstanceOf(IllegalStateException.class);
  }
}
