package io.govcloud.jdbc;

import static io.govcloud.jdbc.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Notification;
import io.govcloud.spi.StoreException;
import io.govcloud.spi.UnitOfWork;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A {@link JdbcStore} and its connections: a connection lost in the middle of a unit of work or while a
 * notification is being acknowledged, a data source that fails, a unit used after its body returned (its
 * connection given back), a closed store. Run on each database by its {@code *JdbcTest}.
 */
abstract class JdbcConnectionTest extends JdbcTestCase {

  @Test
  void aConnectionLostMidwayLeavesTheDatabaseAsItWas() {
    TestDataSource dataSource = database.dataSource();
    String id = id("d");
    Department before = tx(u -> u.departments().insert(Samples.department(id, "before", Optional.empty())));
    try (JdbcStore crashing = JdbcStore.of(dataSource)) {
      String second = id("d");
      assertThatThrownBy(() -> crashing.transact(u -> {
        u.departments().update(new Department(before.id(), "changed", before.jurisdiction(), before.parent(), before.version()));
        u.contracts().insert(Samples.contract(id("c"), id, "pr-1"));
        closeLastConnection(dataSource);
        return u.departments().insert(Samples.department(second, "after", Optional.empty()));
      })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("insert department " + second));
      assertFound(u -> u.departments().find(DepartmentId.of(second))).isEmpty();
    }
    assertFound(u -> u.departments().find(DepartmentId.of(id))).contains(before);
    assertListed(u -> u.contracts().ofDepartment(DepartmentId.of(id))).isEmpty();
  }

  @Test
  void aNotificationWhoseAcknowledgementIsLostIsDeliveredAgainNotLost() {
    store.dispatch(n -> { });
    TestDataSource dataSource = database.dataSource();
    Notification n = Samples.notification(id("n"), at(1));
    run(u -> u.enqueue(n));
    List<Notification> received = new ArrayList<>();
    try (JdbcStore crashing = JdbcStore.of(dataSource)) {
      assertThatThrownBy(() -> crashing.dispatch(delivered -> {
        received.add(delivered);
        closeLastConnection(dataSource);
      })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).contains(n.id().value()));
    }
    assertThat(store.dispatch(received::add)).isEqualTo(1);
    assertThat(received).containsExactly(n, n);
  }

  private static void closeLastConnection(TestDataSource dataSource) {
    try {
      dataSource.lastConnection().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBrokenDataSourceGivesAStoreExceptionNamingTheOperation() {
    TestDataSource dataSource = database.dataSource();
    try (JdbcStore broken = JdbcStore.of(dataSource)) {
      dataSource.breakIt();
      assertThatThrownBy(() -> broken.transact(u -> u.departments().all()))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).isEqualTo("unit of work: open a connection"))
          .hasRootCauseInstanceOf(SQLException.class);
      assertThatThrownBy(() -> broken.dispatch(n -> { }))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).startsWith("dispatch notifications"));
      assertThatThrownBy(() -> JdbcStore.of(dataSource))
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.operation()).startsWith("open the govcloud store"));
      dataSource.repair();
      Optional<Department> none = broken.transact(u -> u.departments().find(DepartmentId.of("d-none")));
      assertThat(none).isEmpty();
    }
  }

  @Test
  void aUnitCannotBeUsedAfterItsBodyReturns() {
    AtomicReference<UnitOfWork> kept = new AtomicReference<>();
    run(kept::set);
    assertThatThrownBy(() -> kept.get().departments().find(DepartmentId.of("d-1"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aClosedStoreRefusesWork() {
    JdbcStore closed = JdbcStore.of(database.dataSource());
    closed.close();
    closed.close();
    assertThatThrownBy(() -> closed.transact(u -> null)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> closed.dispatch(n -> { })).isInstanceOf(IllegalStateException.class);
  }
}
