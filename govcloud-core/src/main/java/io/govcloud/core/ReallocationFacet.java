package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.ReallocationCommands;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.core.reallocation.Recording;
import io.govcloud.model.Actor;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elastic reallocation for one actor (rule R6; Art. 15–17, 23): the redundancy ratio of a platform, the
 * utilization data, and the reduction cases it opens, from the management system's reminder through the
 * authority's supervision to its forced reduction. Reached by {@code gov.as(actor).reallocation()}; time
 * moves the cases through {@link GovCloud#sweep}.
 *
 * <pre>{@code
 * gov.as(cityAuthority).reallocation()
 *     .setRedundancyRatio(platform, new BigDecimal("0.15"), LocalDate.of(2025, 9, 1), "渝大数据发〔2025〕1号");
 * gov.as(Actor.system("collector")).reallocation()
 *     .recordUtilization(new Measurement(dept, platform, Dimension.VCPU, allocated, idle, measuredAt, "数据接口"));
 * }</pre>
 *
 * <p>Access (rule R9): the authority of the platform's level sets the ratio, supervises and reduces; the
 * management system ({@link Actor.Role#SYSTEM}) or that authority records data; a department reads its
 * own and its subordinate units' cases and answers them through its own confirmed changes and
 * terminations ({@link ResourcesFacet}); an auditor reads its level's cases. Every method runs one unit
 * of work and returns the result or the {@link Violation} that refused it, audited: {@code
 * ACCESS_DENIED} (the same for a subject out of reach and one that does not exist) or a code of {@link
 * io.govcloud.core.reallocation.ReallocationViolations}; a refusal keeps nothing, so bad data reduces
 * nobody. A lost race and a store fault throw a {@link GovCloudException}. Arguments are not null (a null
 * is a caller's bug, a {@link NullPointerException} naming it). This class is immutable and
 * thread-safe.
 */
public final class ReallocationFacet {

  private final Actor actor;
  private final ReallocationCommands commands;

  ReallocationFacet(Actor actor, ReallocationCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * The authority of the platform's level sets a new version of its redundancy ratio, citing the document
   * that sets it (Art. 15: 弹性调配管理制度); it applies to measurements from its effective date, which is
   * neither before today nor on or before the latest version's.
   *
   * @param platform the platform, not null
   * @param ratio the ratio, exact, at least 0 and less than 1; not null
   * @param effectiveFrom the first day it is in force, in the platform's zone; not null
   * @param document the document that sets it, at most 200 characters; not null
   * @return the platform's policy with the new version, or the refusal ({@code REALLOCATION_RATIO_*})
   * @throws IllegalArgumentException if the document is longer than 200 characters
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, RedundancyPolicy> setRedundancyRatio(PlatformId platform, BigDecimal ratio, LocalDate effectiveFrom, String document) {
    return commands.setRatio(actor, requireNonNull(platform, "platform"), requireNonNull(ratio, "ratio"),
        requireNonNull(effectiveFrom, "effectiveFrom"), requireNonNull(document, "document"));
  }

  /**
   * The management system or the authority of the platform's level records a measurement of a
   * department's allocated and idle capacity (Art. 16), audited with its source. Assessed against the
   * ratio in force on its date (less the capacity declared for the recurring period in force, Art. 23), it
   * opens the series' reduction case with the reminder when above the ratio (notified to the department,
   * one month to reduce), gives an open case its new figures, or closes it at or below the ratio (Art.
   * 17). Refused, and nothing recorded: idle above allocated, a negative figure, an unknown dimension or
   * unit, a measurement in the future, older than the policy's age limit, or not after the series'
   * latest; and a measurement that cannot be weighed because an item of the department's periodic
   * resources is in no catalog in force ({@code REALLOCATION_ITEM_NOT_IN_CATALOG}). A platform or
   * department that does not exist is refused like one out of reach.
   *
   * @param measurement the measurement, not null; its instant is kept to the microsecond (truncated, docs/rules.md#limits)
   * @return what recording did, or the refusal
   * @throws GovCloudException if the unit lost its race three times or the store failed; nothing is kept
   */
  public Either<Violation, Recording> recordUtilization(Measurement measurement) {
    return commands.record(actor, requireNonNull(measurement, "measurement"));
  }

  /**
   * The reduction cases the actor may read, open and closed, by id: a department its own and its
   * subordinate units', an authority or an auditor those on its level's platforms; never a refusal, an
   * actor that may read none gets none.
   *
   * @return the cases, unmodifiable, not null
   * @throws GovCloudException if the store failed
   */
  public List<ReductionCase> cases() {
    return commands.cases(actor);
  }

  /**
   * A reduction case, if the actor may read it.
   *
   * @param reductionCase the case's id, not null
   * @return the case, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, ReductionCase> reductionCase(ReductionCaseId reductionCase) {
    return commands.reductionCase(actor, requireNonNull(reductionCase, "reductionCase"));
  }

  /**
   * The authority of the same level supervises a department that did not reduce within the reminder's
   * month: allowed from the instant after the month ends, once; five working days run, notified to the
   * department (Art. 17: 督促).
   *
   * @param reductionCase the case's id, not null
   * @return the case supervised, or the refusal ({@code REALLOCATION_STEP_TOO_EARLY} within the month,
   *     {@code REALLOCATION_STEP_NOT_ALLOWED} once supervised or closed)
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, ReductionCase> supervise(ReductionCaseId reductionCase) {
    return commands.supervise(actor, requireNonNull(reductionCase, "reductionCase"));
  }

  /**
   * The authority of the same level reduces the department's resources itself, from the instant after
   * the supervision's five working days end (Art. 17: 由本级大数据主管部门予以调减): each resource named
   * gets its new, smaller quantity and a change work order effective now, so that billing follows (Art.
   * 22, 30), and the case is closed naming who reduced what. Together the cuts take at least the least
   * reduction and at most the idle capacity.
   *
   * @param reductionCase the case's id, not null
   * @param newQuantities each resource to reduce and its quantity after, not null, no null key or value
   * @return the case closed, or the refusal ({@code REALLOCATION_STEP_*}, {@code
   *     REALLOCATION_REDUCTION_*}); nothing is reduced when refused
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, ReductionCase> reduce(ReductionCaseId reductionCase, Map<ResourceId, BigDecimal> newQuantities) {
    requireNonNull(newQuantities, "newQuantities");
    Map<ResourceId, BigDecimal> copy = new LinkedHashMap<>();
    newQuantities.forEach((resource, quantity) -> copy.put(requireNonNull(resource, "resource"), requireNonNull(quantity, "quantity")));
    return commands.reduce(actor, requireNonNull(reductionCase, "reductionCase"), copy);
  }
}
