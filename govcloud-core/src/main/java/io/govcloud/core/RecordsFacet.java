package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.RecordCommands;
import io.govcloud.model.Actor;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.vavr.control.Either;
import java.util.List;

/**
 * What one actor may read (rule R9; Art. 16, 33, 44): a department its own and its subordinate units'
 * resources, an authority or an auditor those of its jurisdiction's platforms, a provider those it
 * serves. Reached by {@code gov.as(actor).records()}.
 *
 * <p>A read of one resource returns it or the {@link Violation} that refused it ({@code ACCESS_DENIED},
 * the same for a resource out of reach and one that does not exist); a refused read is audited, an
 * accepted one writes nothing. A store fault throws a {@link GovCloudException}. Every argument is not
 * null: a null is a caller's bug, thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordsFacet {

  private final Actor actor;
  private final RecordCommands commands;

  RecordsFacet(Actor actor, RecordCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * A resource, if the actor may read it.
   *
   * @param resource the resource's id, not null
   * @return the resource, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, CloudResource> resource(ResourceId resource) {
    return commands.resource(actor, requireNonNull(resource, "resource"));
  }

  /**
   * The resources the actor may read, by id; never a refusal, an actor that may read none gets none.
   *
   * @return the resources, unmodifiable, not null
   * @throws GovCloudException if the store failed
   */
  public List<CloudResource> resources() {
    return commands.resources(actor);
  }

  /**
   * The work orders of a resource, if the actor may read it (Art. 22).
   *
   * @param resource the resource's id, not null
   * @return the work orders, in the store's order, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<WorkOrder>> workOrders(ResourceId resource) {
    return commands.workOrders(actor, requireNonNull(resource, "resource"));
  }

  /**
   * Who did what to a resource, when, and what changed (each value as the JSON text documented on {@link
   * io.govcloud.model.FieldChange}): its audit trail in order, if the actor may read the resource.
   *
   * @param resource the resource's id, not null
   * @return the audit records, in trail order, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<AuditRecord>> auditTrail(ResourceId resource) {
    return commands.auditTrail(actor, requireNonNull(resource, "resource"));
  }
}
