package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The reads of rule R9 (Art. 16, 33, 44): a resource, its work orders and its audit trail, each checked
 * against the actor's reach and refused (and audited) like an unknown id when out of it; and the list
 * of resources the actor may read.
 */
public final class RecordCommands {

  private static final String RESOURCE = "resource";

  private final ActionRunner runner;

  /** Commands over a runner. */
  public RecordCommands(ActionRunner runner) {
    this.runner = runner;
  }

  /** A resource, if the actor may read it. */
  public Either<Violation, CloudResource> resource(Actor actor, ResourceId id) {
    return read(actor, "READ_RESOURCE", id, (tx, r) -> r);
  }

  /** The work orders of a resource, if the actor may read it. */
  public Either<Violation, List<WorkOrder>> workOrders(Actor actor, ResourceId id) {
    return read(actor, "READ_WORK_ORDERS", id, (tx, r) -> tx.uow().workOrders().ofResource(r.id()));
  }

  /** The audit trail of a resource, if the actor may read it. */
  public Either<Violation, List<AuditRecord>> auditTrail(Actor actor, ResourceId id) {
    return read(actor, "READ_AUDIT_TRAIL", id, (tx, r) -> tx.uow().audit().ofSubject(RESOURCE, r.id().value()));
  }

  /** The resources the actor may read, by id. */
  public List<CloudResource> resources(Actor actor) {
    return runner.store().transact(uow -> candidates(uow, actor).stream()
        .filter(r -> AccessPolicy.checkReach(actor, "READ_RESOURCE", Subjects.of(uow, r)).isEmpty())
        .sorted(Comparator.comparing(CloudResource::id))
        .toList());
  }

  /** The resources the actor might read, found through the store's queries; access decides. */
  private static List<CloudResource> candidates(UnitOfWork uow, Actor actor) {
    return switch (actor.role()) {
      case DEPARTMENT -> Subjects.withSubordinates(uow, DepartmentId.of(actor.subject())).stream()
          .flatMap(d -> uow.resources().ofDepartment(d).stream())
          .toList();
      case PROVIDER -> uow.resources().ofProvider(ProviderId.of(actor.subject()));
      case AUTHORITY, AUDITOR -> uow.platforms().all().stream()
          .filter(p -> p.jurisdiction().code().equals(actor.subject()))
          .flatMap(p -> uow.resources().onPlatform(p.id()).stream())
          .toList();
      case SYSTEM -> List.of();
    };
  }

  private <T> Either<Violation, T> read(Actor actor, String action, ResourceId id, BiFunction<Tx, CloudResource, T> body) {
    return runner.read(actor, action, RESOURCE, id.value(), tx -> {
      Optional<CloudResource> r = tx.uow().resources().find(id);
      if (r.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(Subjects.of(tx.uow(), r.get()));
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> Either.right(body.apply(tx, r.get())));
    });
  }
}
