package io.govcloud.jdbc.internal;

import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceAdaptation;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ResourceRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The cloud resources: {@code gc_resource}, one column per field of the nested test result, pending
 * change, termination, emergency and pending correction (all null when the optional value is absent); the
 * termination's done steps in {@code gc_resource_step}, the yearly periods in {@code gc_resource_period},
 * and an adaptation (Art. 27) in {@code gc_resource_adaptation} with its dimensions and rejected items in
 * {@code gc_resource_adaptation_dimension} and {@code gc_resource_adaptation_rejection}. Not API.
 */
final class ResourceTable extends AggregateTable<ResourceId, CloudResource> implements ResourceRepository {

  private static final List<String> COLUMNS = List.of(
      "department", "applicant", "platform", "provider", "contract", "project", "network_zone", "item",
      "quantity", "quantity_scale", "requested_quantity", "requested_quantity_scale", "from_redundancy", "from_redundancy_scale",
      "deployment_mode", "deployment_reason", "deployment_consented", "integrated", "state",
      "applied_at", "trial_opened_at", "trial_ends_on",
      "test_passed", "test_at", "test_notes",
      "change_item", "change_quantity", "change_quantity_scale", "change_project", "change_requested_at",
      "termination_requested_at", "termination_project",
      "emergency_reported_at", "emergency_provisioned_at", "emergency_completed_at",
      "emergency_supplement_approved_at", "emergency_backfilled_at",
      "correction_work_order", "correction_quantity", "correction_quantity_scale", "correction_effective_at", "correction_reason",
      "correction_requested_at");

  ResourceTable(JdbcUnitOfWork unit) {
    super(unit, "resource", "resources", "gc_resource", true);
  }

  @Override
  public List<CloudResource> ofDepartment(DepartmentId department) {
    String key = Objects.requireNonNull(department, "department").value();
    return list("list resources of department " + key, "department = ?", "id", p -> p.text(key));
  }

  @Override
  public List<CloudResource> onPlatform(PlatformId platform) {
    String key = Objects.requireNonNull(platform, "platform").value();
    return list("list resources on platform " + key, "platform = ?", "id", p -> p.text(key));
  }

  @Override
  public List<CloudResource> ofProvider(ProviderId provider) {
    String key = Objects.requireNonNull(provider, "provider").value();
    return list("list resources of provider " + key, "provider = ?", "id", p -> p.text(key));
  }

  @Override
  String key(ResourceId id) {
    return id.value();
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  void bindColumns(Params p, CloudResource r) throws SQLException {
    String of = "resource " + r.id() + " ";
    Optional<CloudResource.TestResult> test = r.test();
    Optional<CloudResource.PendingChange> change = r.pendingChange();
    Optional<CloudResource.Termination> termination = r.termination();
    Optional<CloudResource.Emergency> emergency = r.emergency();
    Optional<CloudResource.PendingCorrection> correction = r.pendingCorrection();
    p.text(r.department().value())
        .text(r.applicant().value())
        .text(r.platform().value())
        .text(r.provider().value())
        .text(r.contract().value())
        .text(r.project().map(ProjectId::value))
        .name(r.zone())
        .text(r.item())
        .decimal(r.quantity(), of + "quantity")
        .decimal(r.requestedQuantity(), of + "requested quantity")
        .decimal(r.fromRedundancy(), of + "quantity from redundancy")
        .name(r.deploymentMode())
        .text(r.deploymentReason())
        .bool(r.deploymentConsented())
        .bool(r.integrated())
        .name(r.state())
        .instant(r.appliedAt())
        .instant(r.trialOpenedAt())
        .date(r.trialEndsOn())
        .bool(test.map(CloudResource.TestResult::passed))
        .instant(test.map(CloudResource.TestResult::at))
        .text(test.map(CloudResource.TestResult::notes))
        .text(change.map(CloudResource.PendingChange::item))
        .decimal(change.map(CloudResource.PendingChange::quantity), of + "pending change quantity")
        .text(change.map(c -> c.project().value()))
        .instant(change.map(CloudResource.PendingChange::requestedAt))
        .instant(termination.map(CloudResource.Termination::requestedAt))
        .text(termination.map(t -> t.project().value()))
        .instant(emergency.map(CloudResource.Emergency::reportedAt))
        .instant(emergency.flatMap(CloudResource.Emergency::provisionedAt))
        .instant(emergency.flatMap(CloudResource.Emergency::completedAt))
        .instant(emergency.flatMap(CloudResource.Emergency::supplementApprovedAt))
        .instant(emergency.flatMap(CloudResource.Emergency::backfilledAt))
        .text(correction.map(c -> c.workOrder().value()))
        .decimal(correction.map(CloudResource.PendingCorrection::quantity), of + "corrected quantity")
        .instant(correction.map(CloudResource.PendingCorrection::effectiveAt))
        .text(correction.map(CloudResource.PendingCorrection::reason))
        .instant(correction.map(CloudResource.PendingCorrection::requestedAt));
  }

  @Override
  void insertChildren(CloudResource r) throws SQLException {
    String id = r.id().value();
    Transaction tx = unit.transaction();
    List<CloudResource.TerminationStep> steps =
        r.termination().map(t -> List.copyOf(t.done())).orElse(List.of());
    tx.batch("INSERT INTO gc_resource_step (resource_id, step) VALUES (?, ?)", steps, (p, step) -> p.text(id).name(step));
    List<CloudResource.Period> periods = r.periods();
    tx.batch("INSERT INTO gc_resource_period (resource_id, ordinal, from_month, from_day, quantity, quantity_scale) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        IntStream.range(0, periods.size()).boxed().toList(), (p, i) -> p.text(id).integer(i)
            .integer(periods.get(i).from().getMonthValue())
            .integer(periods.get(i).from().getDayOfMonth())
            .decimal(periods.get(i).quantity(), "resource " + id + " period quantity"));
    if (r.adaptation().isPresent()) {
      AdaptationRows.insert(tx, id, r.adaptation().get());
    }
  }

  @Override
  void deleteChildren(String key) throws SQLException {
    unit.transaction().update("DELETE FROM gc_resource_step WHERE resource_id = ?", p -> p.text(key));
    unit.transaction().update("DELETE FROM gc_resource_period WHERE resource_id = ?", p -> p.text(key));
    AdaptationRows.delete(unit.transaction(), key);
  }

  /** A resource read from its row, waiting for its child rows. */
  private record Partial(CloudResource.Builder builder, Optional<Instant> terminationRequestedAt, Optional<String> terminationProject) {}

  @Override
  List<CloudResource> read(String predicate, String order, Sql.Binder binder) throws SQLException {
    Map<String, Partial> resources = new LinkedHashMap<>();
    unit.transaction().forEach(selectParents(predicate, order), binder, row -> resources.put(row.text("id"), partial(row)));
    if (resources.isEmpty()) {
      return List.of();
    }
    Map<String, List<CloudResource.TerminationStep>> steps = children(
        selectChildren("gc_resource_step", "resource_id", predicate, "step"), binder, "resource_id",
        row -> row.constant("step", CloudResource.TerminationStep.class));
    Map<String, List<CloudResource.Period>> periods = children(
        selectChildren("gc_resource_period", "resource_id", predicate, "ordinal"), binder, "resource_id",
        row -> new CloudResource.Period(
            MonthDay.of(row.integer("from_month"), row.integer("from_day")), row.decimal("quantity")));
    Map<String, ResourceAdaptation> adaptations = new AdaptationRows(this, predicate, binder).read();
    return resources.entrySet().stream().map(e -> {
      Partial partial = e.getValue();
      Optional<CloudResource.Termination> termination = partial.terminationRequestedAt().map(at -> new CloudResource.Termination(
          at, ProjectId.of(partial.terminationProject().orElseThrow()), Set.copyOf(steps.getOrDefault(e.getKey(), List.of()))));
      return partial.builder()
          .termination(termination)
          .addAllPeriods(periods.getOrDefault(e.getKey(), List.of()))
          .adaptation(Optional.ofNullable(adaptations.get(e.getKey())))
          .build();
    }).toList();
  }

  private static Partial partial(Row row) throws SQLException {
    Optional<Instant> testAt = row.optionalInstant("test_at");
    Optional<CloudResource.TestResult> test = testAt.isEmpty()
        ? Optional.empty()
        : Optional.of(new CloudResource.TestResult(row.bool("test_passed"), testAt.get(), row.text("test_notes")));
    Optional<Instant> changeAt = row.optionalInstant("change_requested_at");
    Optional<CloudResource.PendingChange> change = changeAt.isEmpty()
        ? Optional.empty()
        : Optional.of(new CloudResource.PendingChange(
            row.text("change_item"), row.decimal("change_quantity"), ProjectId.of(row.text("change_project")), changeAt.get()));
    Optional<Instant> reportedAt = row.optionalInstant("emergency_reported_at");
    Optional<CloudResource.Emergency> emergency = reportedAt.isEmpty()
        ? Optional.empty()
        : Optional.of(new CloudResource.Emergency(
            reportedAt.get(),
            row.optionalInstant("emergency_provisioned_at"),
            row.optionalInstant("emergency_completed_at"),
            row.optionalInstant("emergency_supplement_approved_at"),
            row.optionalInstant("emergency_backfilled_at")));
    Optional<Instant> correctionAt = row.optionalInstant("correction_requested_at");
    Optional<CloudResource.PendingCorrection> correction = correctionAt.isEmpty()
        ? Optional.empty()
        : Optional.of(new CloudResource.PendingCorrection(WorkOrderId.of(row.text("correction_work_order")),
            row.decimal("correction_quantity"), row.instant("correction_effective_at"), row.text("correction_reason"), correctionAt.get()));
    CloudResource.Builder builder = CloudResource.builder()
        .id(ResourceId.of(row.text("id")))
        .department(DepartmentId.of(row.text("department")))
        .applicant(DepartmentId.of(row.text("applicant")))
        .platform(PlatformId.of(row.text("platform")))
        .provider(ProviderId.of(row.text("provider")))
        .contract(ContractId.of(row.text("contract")))
        .project(row.optionalText("project").map(ProjectId::of))
        .zone(row.constant("network_zone", NetworkZone.class))
        .item(row.text("item"))
        .quantity(row.decimal("quantity"))
        .requestedQuantity(row.decimal("requested_quantity"))
        .fromRedundancy(row.decimal("from_redundancy"))
        .deploymentMode(row.constant("deployment_mode", DeploymentMode.class))
        .deploymentReason(row.optionalText("deployment_reason"))
        .deploymentConsented(row.bool("deployment_consented"))
        .integrated(row.bool("integrated"))
        .state(row.constant("state", ResourceState.class))
        .appliedAt(row.instant("applied_at"))
        .trialOpenedAt(row.optionalInstant("trial_opened_at"))
        .trialEndsOn(row.optionalDate("trial_ends_on"))
        .test(test)
        .pendingChange(change)
        .emergency(emergency)
        .pendingCorrection(correction)
        .version(row.number("version"));
    return new Partial(builder, row.optionalInstant("termination_requested_at"), row.optionalText("termination_project"));
  }
}
