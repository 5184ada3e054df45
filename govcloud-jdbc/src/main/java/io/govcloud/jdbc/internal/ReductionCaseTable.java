package io.govcloud.jdbc.internal;

import io.govcloud.model.Actor;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ReductionBasis;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.ReductionCaseRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The reduction cases: {@code gc_reduction_case}, their steps, bases and reductions in {@code
 * gc_reduction_step}, {@code gc_reduction_basis} and {@code gc_resource_reduction}. The parent row keeps
 * the case's status, {@code open_case} (1 while open, NULL once closed) and the end of its running period,
 * for the queries; the unique key on department, platform, dimension and {@code open_case} holds at most
 * one open case of each, so that of two units racing to open one, the second to insert waits for the
 * first and fails on the key ({@link ConflictException}) once it commits. An insert first looks for an
 * open case the unit can see, so that the conflict names it. Not API.
 */
final class ReductionCaseTable extends AggregateTable<ReductionCaseId, ReductionCase> implements ReductionCaseRepository {

  private static final String NOUN = "reduction case";
  private static final List<String> COLUMNS = List.of(
      "department", "platform", "dimension_code", "dimension_unit", "status", "open_case", "period_ends_at");
  private static final List<String> CHILDREN = List.of("gc_reduction_step", "gc_reduction_basis", "gc_resource_reduction");
  private static final String OPEN_OF = "department = ? AND platform = ? AND dimension_code = ? AND dimension_unit = ? AND open_case = 1";

  /** The columns of the parent row, before the children are read. */
  private record Head(ReductionCaseId id, DepartmentId department, PlatformId platform, Dimension dimension, long version) {}

  ReductionCaseTable(JdbcUnitOfWork unit) {
    super(unit, NOUN, "reduction cases", "gc_reduction_case", true);
  }

  @Override
  public ReductionCase insert(ReductionCase reductionCase) {
    Objects.requireNonNull(reductionCase, "reductionCase");
    if (reductionCase.isOpen()) {
      unit.write("insert " + NOUN + " " + reductionCase.id() + ": look for an open case", () -> {
        Optional<String[]> open = unit.transaction().queryOne("SELECT id, version FROM gc_reduction_case WHERE " + OPEN_OF,
            key(reductionCase.department(), reductionCase.platform(), reductionCase.dimension()),
            row -> new String[] {row.text("id"), Long.toString(row.number("version"))});
        if (open.isPresent()) {
          throw new ConflictException(NOUN, open.get()[0], 0, Long.parseLong(open.get()[1]));
        }
      });
    }
    return super.insert(reductionCase);
  }

  @Override
  public Optional<ReductionCase> openFor(DepartmentId department, PlatformId platform, Dimension dimension) {
    return list("find the open " + NOUN + " of " + department + " on " + platform + " in " + dimension, OPEN_OF, "id",
        key(department, platform, dimension)).stream().findFirst();
  }

  @Override
  public List<ReductionCase> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list the " + NOUN + "s of " + key, "department = ?", "id", p -> p.text(key));
  }

  @Override
  public List<ReductionCase> onPlatform(PlatformId platform) {
    String key = Objects.requireNonNull(platform, "platform").value();
    return list("list the " + NOUN + "s on " + key, "platform = ?", "id", p -> p.text(key));
  }

  @Override
  public List<ReductionCase> periodEndingBy(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return list("list the " + NOUN + "s whose period ends by " + instant, "period_ends_at <= ?", "period_ends_at, id",
        Comparator.comparing((ReductionCase c) -> c.runningPeriodEnds().orElseThrow()).thenComparing(ReductionCase::id),
        p -> p.instant(instant));
  }

  private static Sql.Binder key(DepartmentId department, PlatformId platform, Dimension dimension) {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    return p -> p.text(department.value()).text(platform.value()).text(dimension.code()).text(dimension.unit());
  }

  @Override
  String key(ReductionCaseId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, ReductionCase c) throws SQLException {
    p.text(c.department().value())
        .text(c.platform().value())
        .text(c.dimension().code())
        .text(c.dimension().unit())
        .name(c.status())
        .integer(c.isOpen() ? Optional.of(1) : Optional.empty())
        .instant(c.runningPeriodEnds());
  }

  @Override
  void insertChildren(ReductionCase c) throws SQLException {
    String id = c.id().value();
    Transaction tx = unit.transaction();
    List<ReductionStep> steps = c.steps();
    tx.batch("INSERT INTO gc_reduction_step (case_id, ordinal, kind, step_at, actor_role, actor_subject, actor_person, last_day, expires_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        positions(steps.size()), (p, i) -> p.text(id).integer(i)
            .name(steps.get(i).kind())
            .instant(steps.get(i).at())
            .name(steps.get(i).actor().role())
            .text(steps.get(i).actor().subject())
            .text(steps.get(i).actor().person())
            .date(steps.get(i).lastDay())
            .instant(steps.get(i).expiresAt()));
    List<ReductionBasis> bases = c.bases();
    tx.batch("INSERT INTO gc_reduction_basis (case_id, ordinal, measurement, measured_at, allocated, allocated_scale, idle, idle_scale, "
            + "periodic, periodic_scale, ratio, ratio_scale, least_reduction, least_reduction_scale) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        positions(bases.size()), (p, i) -> p.text(id).integer(i)
            .text(bases.get(i).measurement().value())
            .instant(bases.get(i).measuredAt())
            .decimal(bases.get(i).allocated(), NOUN + " " + id + " allocated")
            .decimal(bases.get(i).idle(), NOUN + " " + id + " idle")
            .decimal(bases.get(i).periodic(), NOUN + " " + id + " periodic")
            .decimal(bases.get(i).ratio(), NOUN + " " + id + " ratio")
            .decimal(bases.get(i).leastReduction(), NOUN + " " + id + " least reduction"));
    List<ResourceReduction> reductions = c.reductions();
    tx.batch("INSERT INTO gc_resource_reduction (case_id, ordinal, resource_id, from_item, from_quantity, from_quantity_scale, to_item, "
            + "to_quantity, to_quantity_scale, capacity, capacity_scale, effective_at, work_order, forced) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        positions(reductions.size()), (p, i) -> p.text(id).integer(i)
            .text(reductions.get(i).resource().value())
            .text(reductions.get(i).fromItem())
            .decimal(reductions.get(i).fromQuantity(), NOUN + " " + id + " quantity before")
            .text(reductions.get(i).toItem())
            .decimal(reductions.get(i).toQuantity(), NOUN + " " + id + " quantity after")
            .decimal(reductions.get(i).capacity(), NOUN + " " + id + " capacity reduced")
            .instant(reductions.get(i).effectiveAt())
            .text(reductions.get(i).workOrder().map(WorkOrderId::value))
            .bool(reductions.get(i).forced()));
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    for (String child : CHILDREN) {
      unit.transaction().update("DELETE FROM " + child + " WHERE case_id = ?", p -> p.text(key));
    }
  }

  @Override
  List<ReductionCase> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Head> heads = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> heads.put(row.text("id"), new Head(
        ReductionCaseId.of(row.text("id")),
        DepartmentId.of(row.text("department")),
        PlatformId.of(row.text("platform")),
        Dimension.of(row.text("dimension_code"), row.text("dimension_unit")),
        row.number("version"))));
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<String, List<ReductionStep>> steps = children(selectChildren("gc_reduction_step", "case_id", predicate, "ordinal"), binder, "case_id",
        row -> new ReductionStep(
            row.constant("kind", ReductionStep.Kind.class),
            row.instant("step_at"),
            new Actor(row.constant("actor_role", Actor.Role.class), row.text("actor_subject"), row.text("actor_person")),
            row.optionalDate("last_day"),
            row.optionalInstant("expires_at")));
    Map<String, List<ReductionBasis>> bases = children(selectChildren("gc_reduction_basis", "case_id", predicate, "ordinal"), binder, "case_id",
        row -> new ReductionBasis(
            UtilizationRecordId.of(row.text("measurement")),
            row.instant("measured_at"),
            row.decimal("allocated"),
            row.decimal("idle"),
            row.decimal("periodic"),
            row.decimal("ratio"),
            row.decimal("least_reduction")));
    Map<String, List<ResourceReduction>> reductions = children(
        selectChildren("gc_resource_reduction", "case_id", predicate, "ordinal"), binder, "case_id",
        row -> new ResourceReduction(
            ResourceId.of(row.text("resource_id")),
            row.text("from_item"),
            row.decimal("from_quantity"),
            row.text("to_item"),
            row.decimal("to_quantity"),
            row.decimal("capacity"),
            row.instant("effective_at"),
            row.optionalText("work_order").map(WorkOrderId::of),
            row.bool("forced")));
    return heads.entrySet().stream()
        .map(e -> new ReductionCase(e.getValue().id(), e.getValue().department(), e.getValue().platform(), e.getValue().dimension(),
            steps.getOrDefault(e.getKey(), List.of()), bases.getOrDefault(e.getKey(), List.of()),
            reductions.getOrDefault(e.getKey(), List.of()), e.getValue().version()))
        .toList();
  }

  private static List<Integer> positions(int size) {
    return IntStream.range(0, size).boxed().toList();
  }
}
