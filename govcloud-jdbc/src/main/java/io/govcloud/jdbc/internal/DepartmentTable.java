package io.govcloud.jdbc.internal;

import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.spi.DepartmentRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** The departments: {@code gc_department}. Not API. */
final class DepartmentTable extends AggregateTable<DepartmentId, Department> implements DepartmentRepository {

  private static final List<String> COLUMNS = List.of("name", "jurisdiction", "parent");

  DepartmentTable(JdbcUnitOfWork unit) {
    super(unit, "department", "departments", "gc_department", false);
  }

  @Override
  public List<Department> childrenOf(DepartmentId parent) {
    String key = Objects.requireNonNull(parent, "parent").value();
    return list("list subordinate units of department " + key, "parent = ?", "id", p -> p.text(key));
  }

  @Override
  String key(DepartmentId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Department department) throws SQLException {
    p.text(department.name()).text(department.jurisdiction().code()).text(department.parent().map(DepartmentId::value));
  }

  @Override
  List<Department> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> new Department(
        DepartmentId.of(row.text("id")),
        row.text("name"),
        new Jurisdiction(row.text("jurisdiction")),
        row.optionalText("parent").map(DepartmentId::of),
        row.number("version")));
  }
}
