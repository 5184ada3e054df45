package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UtilizationRepository;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The utilization records: {@code gc_utilization}, append-only. An insert first looks for the id, so
 * that a conflict names it; a concurrent insert of the same id that commits in between is caught by the
 * primary key. Records have no version: a conflict carries 0 and 1. Lists come in the port's order,
 * sorted in Java after the query (ids by {@code String.compareTo}). Not API.
 */
final class UtilizationTable implements UtilizationRepository {

  private static final String KIND = "utilization record";
  private static final String SERIES = "department = ? AND platform = ? AND dimension_code = ? AND dimension_unit = ?";
  private static final Comparator<UtilizationRecord> PORT_ORDER =
      Comparator.comparing(UtilizationRecord::measuredAt).thenComparing(UtilizationRecord::id);

  private final JdbcUnitOfWork unit;

  UtilizationTable(JdbcUnitOfWork unit) {
    this.unit = unit;
  }

  @Override
  public Optional<UtilizationRecord> find(UtilizationRecordId id) {
    String key = Objects.requireNonNull(id, "id").value();
    return unit.read("find utilization record " + key,
        () -> unit.transaction().queryOne("SELECT * FROM gc_utilization WHERE id = ?", p -> p.text(key), UtilizationTable::read));
  }

  @Override
  public void insert(UtilizationRecord record) {
    Objects.requireNonNull(record, "record");
    String key = record.id().value();
    unit.write("insert utilization record " + key, () -> {
      if (unit.transaction().queryOne("SELECT id FROM gc_utilization WHERE id = ?", p -> p.text(key), row -> row.text("id")).isPresent()) {
        throw new ConflictException(KIND, key, 0, 1);
      }
      try {
        unit.transaction().update("INSERT INTO gc_utilization (id, department, platform, dimension_code, dimension_unit, allocated, "
            + "allocated_scale, idle, idle_scale, measured_at, measurement_source, recorded_at, recorded_by_role, recorded_by_subject, "
            + "recorded_by_person) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p -> p
            .text(key)
            .text(record.department().value())
            .text(record.platform().value())
            .text(record.dimension().code())
            .text(record.dimension().unit())
            .decimal(record.allocated(), "utilization record " + key + " allocated")
            .decimal(record.idle(), "utilization record " + key + " idle")
            .instant(record.measuredAt())
            .text(record.source())
            .instant(record.recordedAt())
            .name(record.recordedBy().role())
            .text(record.recordedBy().subject())
            .text(record.recordedBy().person()));
      } catch (SQLException e) {
        if (unit.dialect().isDuplicateKey(e)) {
          throw new ConflictException(KIND, key, 0, 1);
        }
        throw e;
      }
    });
  }

  @Override
  public Optional<UtilizationRecord> latest(DepartmentId department, PlatformId platform, Dimension dimension) {
    Sql.Binder series = seriesKey(department, platform, dimension);
    List<UtilizationRecord> last = unit.read("find the latest utilization record of " + department + " on " + platform + " in " + dimension,
        () -> unit.transaction().query("SELECT * FROM gc_utilization WHERE " + SERIES
            + " AND measured_at = (SELECT MAX(measured_at) FROM gc_utilization WHERE " + SERIES + ")",
            p -> {
              series.bind(p);
              series.bind(p);
            }, UtilizationTable::read));
    return last.stream().max(PORT_ORDER);
  }

  @Override
  public List<UtilizationRecord> series(DepartmentId department, PlatformId platform, Dimension dimension) {
    return list("list the utilization records of " + department + " on " + platform + " in " + dimension, SERIES,
        seriesKey(department, platform, dimension));
  }

  @Override
  public List<UtilizationRecord> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list the utilization records of " + key, "department = ?", p -> p.text(key));
  }

  private static Sql.Binder seriesKey(DepartmentId department, PlatformId platform, Dimension dimension) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    return p -> p.text(department.value()).text(platform.value()).text(dimension.code()).text(dimension.unit());
  }

  private List<UtilizationRecord> list(String operation, String predicate, Sql.Binder binder) {
    List<UtilizationRecord> read = new ArrayList<>(unit.read(operation, () -> unit.transaction().query(
        "SELECT * FROM gc_utilization WHERE " + predicate + " ORDER BY measured_at, id", binder, UtilizationTable::read)));
    read.sort(PORT_ORDER);
    return read;
  }

  private static UtilizationRecord read(Row row) throws SQLException {
    return new UtilizationRecord(
        UtilizationRecordId.of(row.text("id")),
        DepartmentId.of(row.text("department")),
        PlatformId.of(row.text("platform")),
        Dimension.of(row.text("dimension_code"), row.text("dimension_unit")),
        row.decimal("allocated"),
        row.decimal("idle"),
        row.instant("measured_at"),
        row.text("measurement_source"),
        row.instant("recorded_at"),
        new Actor(row.constant("recorded_by_role", Actor.Role.class), row.text("recorded_by_subject"), row.text("recorded_by_person")));
  }
}
