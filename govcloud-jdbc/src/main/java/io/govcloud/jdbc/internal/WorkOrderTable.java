package io.govcloud.jdbc.internal;

import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.WorkOrderRepository;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The work orders: {@code gc_work_order}, append-only, written in JDBC batches.
 *
 * <p>{@link #insertAll} sends the rows in JDBC batches of the store's batch size after a savepoint, and looks for
 * existing ids only when the database reports a duplicate key: it then rolls back to the savepoint
 * (PostgreSQL refuses any statement after an error until then) and names the first id of the batch that
 * exists. An id twice in one batch is a conflict too. Work orders have no version: a conflict carries 0
 * for both. Not API.
 */
final class WorkOrderTable implements WorkOrderRepository {

  /** Ids per existence query (an {@code IN} list of parameters). */
  static final int CHUNK = 1000;

  private static final String INSERT = "INSERT INTO gc_work_order (id, resource_id, kind, department, platform, provider, "
      + "contract, project, item, quantity, quantity_scale, effective_at, time_zone, confirmed_at, supersedes) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final Comparator<WorkOrder> PORT_ORDER =
      Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id);

  private final JdbcUnitOfWork unit;

  WorkOrderTable(JdbcUnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public Optional<WorkOrder> find(WorkOrderId id) {
    String key = Objects.requireNonNull(id, "id").value();
    return unit.read("find work order " + key,
        () -> unit.transaction().queryOne("SELECT * FROM gc_work_order WHERE id = ?", p -> p.text(key), WorkOrderTable::read));
  }

  @Override
  public void insertAll(Collection<WorkOrder> workOrders) {
    List<WorkOrder> orders = List.copyOf(Objects.requireNonNull(workOrders, "workOrders"));
    if (orders.isEmpty()) {
      return;
    }
    unit.write("insert " + orders.size() + " work orders", () -> {
      Set<String> ids = new HashSet<>();
      for (WorkOrder order : orders) {
        if (!ids.add(order.id().value())) {
          throw new ConflictException("work order", order.id().value(), 0, 0);
        }
      }
      Transaction tx = unit.transaction();
      Savepoint beforeBatch = tx.savepoint();
      try {
        tx.batch(INSERT, orders, WorkOrderTable::bind);
      } catch (SQLException e) {
        if (!unit.dialect().isDuplicateKey(e)) {
          throw e;
        }
        tx.rollbackTo(beforeBatch);
        throw new ConflictException("work order", firstExisting(orders).orElse(orders.get(0).id().value()), 0, 0);
      }
      tx.release(beforeBatch);
    });
  }

  @Override
  public List<WorkOrder> ofResource(ResourceId resource) {
    String key = Objects.requireNonNull(resource, "resource").value();
    return unit.read("list work orders of resource " + key, () -> inPortOrder(unit.transaction().query(
        "SELECT * FROM gc_work_order WHERE resource_id = ? ORDER BY confirmed_at, id", p -> p.text(key), WorkOrderTable::read)));
  }

  @Override
  public List<WorkOrder> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return unit.read("list work orders of department " + key, () -> inPortOrder(unit.transaction().query(
        "SELECT * FROM gc_work_order WHERE department = ? ORDER BY confirmed_at, id", p -> p.text(key), WorkOrderTable::read)));
  }

  @Override
  public List<WorkOrder> all() {
    return unit.read("list every work order", () -> inPortOrder(unit.transaction().query(
        "SELECT * FROM gc_work_order ORDER BY confirmed_at, id", Sql.Binder.NONE, WorkOrderTable::read)));
  }

  /**
   * Sorts work orders read in SQL order (confirmation time, then id) in the port's: the same, with ids
   * compared by {@link WorkOrderId#compareTo} (by UTF-16 code unit), which differs from the code point
   * order of a binary or "C" collation for characters beyond the BMP.
   */
  private static List<WorkOrder> inPortOrder(List<WorkOrder> read) {
    List<WorkOrder> sorted = new ArrayList<>(read);
    sorted.sort(PORT_ORDER);
    return sorted;
  }

  private Optional<String> firstExisting(List<WorkOrder> orders) throws SQLException {
    for (int from = 0; from < orders.size(); from += CHUNK) {
      List<WorkOrder> chunk = orders.subList(from, Math.min(orders.size(), from + CHUNK));
      String sql = "SELECT id FROM gc_work_order WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
      Set<String> found = new HashSet<>(unit.transaction().query(sql, p -> {
        for (WorkOrder order : chunk) {
          p.text(order.id().value());
        }
      }, row -> row.text("id")));
      for (WorkOrder order : chunk) {
        if (found.contains(order.id().value())) {
          return Optional.of(order.id().value());
        }
      }
    }
    return Optional.empty();
  }

  private static void bind(Params p, WorkOrder order) throws SQLException {
    p.text(order.id().value())
        .text(order.resource().value())
        .name(order.kind())
        .text(order.department().value())
        .text(order.platform().value())
        .text(order.provider().value())
        .text(order.contract().value())
        .text(order.project().value())
        .text(order.item())
        .decimal(order.quantity(), "work order " + order.id() + " quantity")
        .instant(order.effectiveAt())
        .text(order.zone().getId())
        .instant(order.confirmedAt())
        .text(order.supersedes().map(WorkOrderId::value));
  }

  private static WorkOrder read(Row row) throws SQLException {
    return WorkOrder.builder()
        .id(WorkOrderId.of(row.text("id")))
        .resource(ResourceId.of(row.text("resource_id")))
        .kind(row.constant("kind", WorkOrder.Kind.class))
        .department(DepartmentId.of(row.text("department")))
        .platform(PlatformId.of(row.text("platform")))
        .provider(ProviderId.of(row.text("provider")))
        .contract(ContractId.of(row.text("contract")))
        .project(ProjectId.of(row.text("project")))
        .item(row.text("item"))
        .quantity(row.decimal("quantity"))
        .effectiveAt(row.instant("effective_at"))
        .zone(ZoneId.of(row.text("time_zone")))
        .confirmedAt(row.instant("confirmed_at"))
        .supersedes(row.optionalText("supersedes").map(WorkOrderId::of))
        .build();
  }
}
