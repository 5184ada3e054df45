package io.govcloud.jdbc.internal;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.spi.ProjectRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** The projects of the annual lists: {@code gc_project}. Not API. */
final class ProjectTable extends AggregateTable<ProjectId, Project> implements ProjectRepository {

  private static final List<String> COLUMNS = List.of("name", "department", "list_year", "project_type", "accepted");

  ProjectTable(JdbcUnitOfWork unit) {
    super(unit, "project", "projects", "gc_project", false);
  }

  @Override
  public List<Project> ofDepartment(DepartmentId department, int year) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list projects of department " + key + " in " + year, "department = ? AND list_year = ?", "id",
        p -> p.text(key).integer(year));
  }

  @Override
  String key(ProjectId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, Project project) throws SQLException {
    p.text(project.name()).text(project.department().value()).integer(project.year()).name(project.type()).bool(project.accepted());
  }

  @Override
  List<Project> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    return unit.transaction().query(selectParents(predicate, order), binder, row -> new Project(
        ProjectId.of(row.text("id")),
        row.text("name"),
        DepartmentId.of(row.text("department")),
        row.integer("list_year"),
        row.constant("project_type", Project.Type.class),
        row.bool("accepted"),
        row.number("version")));
  }
}
