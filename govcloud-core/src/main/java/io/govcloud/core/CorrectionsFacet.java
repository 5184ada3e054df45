package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.CorrectionCommands;
import io.govcloud.model.Actor;
import io.govcloud.model.CloudResource;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The corrections of confirmed work orders of one actor (rule R4; Art. 22, 30): the department asks to
 * correct the quantity or the time a work order states, saying why; the provider of the resource
 * acknowledges the correction, and only then a new work order supersedes the one corrected, or declines
 * it. A bill already issued never changes: the next month issued carries the difference as adjustments
 * (docs/rules.md#r4). Reached by {@code gov.as(actor).corrections()}.
 *
 * <p>Every method runs one unit of work, audited on the work order, and returns the result or the {@link
 * Violation} that refused it (audited): {@code ACCESS_DENIED} when the work order is out of the actor's
 * reach or does not exist (the two are indistinguishable), or a code of {@link
 * io.govcloud.core.lifecycle.CorrectionViolations}. A lost race and a store fault throw a {@link
 * GovCloudException}; nothing of the unit is kept. Arguments are not null (a null is a caller's bug: a
 * {@link NullPointerException} naming it). This class is immutable and thread-safe.
 */
public final class CorrectionsFacet {

  private final Actor actor;
  private final CorrectionCommands commands;

  CorrectionsFacet(Actor actor, CorrectionCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * The department asks to correct the quantity a confirmed work order states, saying why (Art. 22;
   * docs/rules.md#r4); the time stays as confirmed. See {@link #correct(WorkOrderId, BigDecimal, Instant,
   * String)}.
   *
   * @param workOrder the work order to correct, not null
   * @param quantity the quantity it should have stated, positive, not null
   * @param reason why, not blank
   * @return the resource with the correction pending, or the refusal
   * @throws IllegalArgumentException if the quantity is not positive or the reason blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> correct(WorkOrderId workOrder, BigDecimal quantity, String reason) {
    return commands.correct(actor, requireNonNull(workOrder, "workOrder"), Optional.of(positive(quantity)), Optional.empty(),
        correctionReason(reason));
  }

  /**
   * The department asks to correct the time a confirmed work order states (the configuration's completion,
   * the change's effect or the termination), saying why (Art. 22, 24; docs/rules.md#r4); the quantity stays
   * as confirmed. See {@link #correct(WorkOrderId, BigDecimal, Instant, String)}.
   *
   * @param workOrder the work order to correct, not null
   * @param effectiveAt the time it should have stated, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @param reason why, not blank
   * @return the resource with the correction pending, or the refusal
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> correct(WorkOrderId workOrder, Instant effectiveAt, String reason) {
    return commands.correct(actor, requireNonNull(workOrder, "workOrder"), Optional.empty(),
        Optional.of(requireNonNull(effectiveAt, "effectiveAt")), correctionReason(reason));
  }

  /**
   * The department asks to correct the quantity and the time a confirmed work order states, saying why
   * (Art. 22; docs/rules.md#r4). Whoever may confirm the resource's work orders may ask (its department,
   * or a parent of it); the correction waits on the resource for the provider's acknowledgement ({@code
   * CORRECTION_REQUESTED} to the provider), and changes nothing billed until then. Refused ({@link
   * io.govcloud.core.lifecycle.CorrectionViolations}): a work order corrected already (only the latest
   * may be), another correction of the resource pending, nothing changed, a time after now or before the
   * application, work orders that would no longer form a service history. A work order out of reach or
   * unknown is refused alike ({@code ACCESS_DENIED}); every refusal is audited on the work order.
   *
   * @param workOrder the work order to correct, not null
   * @param quantity the quantity it should have stated, positive, not null
   * @param effectiveAt the time it should have stated, kept to the microsecond (truncated, docs/rules.md#limits), not null
   * @param reason why, not blank
   * @return the resource with the correction pending, or the refusal
   * @throws IllegalArgumentException if the quantity is not positive or the reason blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> correct(WorkOrderId workOrder, BigDecimal quantity, Instant effectiveAt, String reason) {
    return commands.correct(actor, requireNonNull(workOrder, "workOrder"), Optional.of(positive(quantity)),
        Optional.of(requireNonNull(effectiveAt, "effectiveAt")), correctionReason(reason));
  }

  /**
   * The provider of the resource acknowledges the correction pending of a work order (Art. 22): a new work
   * order with the corrected quantity and time, confirmed now, supersedes it ({@link WorkOrder#supersedes()});
   * billing uses it from then on, and the next month issued carries the difference for months already
   * issued as adjustments (docs/rules.md#r4). The department is notified ({@code CORRECTION_ACKNOWLEDGED},
   * {@code WORK_ORDER_GENERATED}). A correction of the configuration in force corrects the resource's
   * quantity too.
   *
   * @param workOrder the work order whose correction is pending, not null
   * @return the new work order, or the refusal ({@code ACCESS_DENIED}, {@code CORRECTION_NOT_PENDING}, or a
   *     code of {@link #correct(WorkOrderId, BigDecimal, Instant, String)} if the work orders changed since)
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, WorkOrder> acknowledge(WorkOrderId workOrder) {
    return commands.acknowledge(actor, requireNonNull(workOrder, "workOrder"));
  }

  /**
   * The provider of the resource declines the correction pending of a work order, saying why (Art. 22):
   * the work order stands and the department is notified ({@code CORRECTION_DECLINED}); it may ask again.
   *
   * @param workOrder the work order whose correction is pending, not null
   * @param reason why, not blank
   * @return the resource without the correction, or the refusal ({@code ACCESS_DENIED}, {@code
   *     CORRECTION_NOT_PENDING})
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, CloudResource> decline(WorkOrderId workOrder, String reason) {
    return commands.decline(actor, requireNonNull(workOrder, "workOrder"), correctionReason(reason));
  }

  private static BigDecimal positive(BigDecimal quantity) {
    if (requireNonNull(quantity, "quantity").signum() <= 0) {
      throw new IllegalArgumentException("a corrected quantity must be positive, not " + quantity.toPlainString());
    }
    return quantity;
  }

  private static String correctionReason(String reason) {
    if (requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("a correction must state its reason, not '" + reason + "'");
    }
    return reason;
  }
}
