package io.govcloud.core.reallocation;

import io.govcloud.core.calendar.Deadline;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.model.Actor;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ReductionBasis;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceReduction;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation of idle capacity above the redundancy ratio as a pure state machine (Art. 17; rule R6,
 * R1): 自多云管理系统发出提醒之日起，相关政务部门超过1个月未主动调减的，本级大数据主管部门应当督促相关政务部门予以调减。督促之日起，超过5个工作日仍未调减的，可以由本级大数据主管部门予以调减.
 *
 * <ol>
 *   <li>{@link #open}: the management system reminds the department; the month runs by the R1 month rule
 *       ({@link StatutoryDeadline#IDLE_REDUCTION}: the corresponding day of the next month, rolled
 *       forward off a day that is not a working day, ending at 24:00 in the platform's zone).
 *   <li>From the instant after the month ends, the case has lapsed to {@link
 *       ReductionCase.Status#AWAITING_SUPERVISION}; {@link #supervise}: the authority of the same level
 *       supervises; five working days run ({@link StatutoryDeadline#FORCED_REDUCTION}).
 *   <li>From the instant after they end, the case is {@link ReductionCase.Status#REDUCIBLE}; {@link
 *       #reduce}: the authority names resources and their new quantities, at least the least reduction
 *       and at most the idle capacity, and the case is closed.
 *   <li>At any point before, the department's own confirmed reductions ({@link #count}) or new data
 *       ({@link #reassess}) at or below the ratio close it.
 * </ol>
 *
 * <p>Time moves the case, not a sweep: every function first records the lapse of a period that ended
 * before {@code now} ({@link #advance}), as a step of its own, so that no step is ever skipped and each
 * appears once. {@link Transition#added()} lists the steps a call added, in order: what to notify.
 *
 * <p>Decisions: new data above the ratio adds a basis (and a new least reduction) but restarts no period;
 * a department's reduction counts only if it took effect after the case's latest measurement (an earlier
 * one is in the data already); the figures a case stands on now are {@link #standing}.
 *
 * <p>Every function throws {@link IllegalArgumentException} for an instant before the case's last step,
 * and {@link io.govcloud.core.calendar.CalendarCoverageException} when a period reaches a year the
 * calendar cannot count. A period counted over a year without an official schedule is computed
 * provisionally, as {@link Deadlines} does; the step keeps its last day and end as computed then. This
 * class is stateless and thread-safe.
 */
public final class ReductionCases {

  private ReductionCases() {}

  /**
   * A case after a call: the case, and the steps the call added to it, in order (each is notified once).
   *
   * @param reductionCase the case, never saved or with the optimistic version it was loaded with; not
   *     null
   * @param added the steps added, not null, possibly empty
   */
  public record Transition(ReductionCase reductionCase, List<ReductionStep> added) {
    /**
     * Checks and copies the fields.
     *
     * @param reductionCase the case, never saved or with the optimistic version it was loaded with; not
     *     null
     * @param added the steps added, not null, possibly empty
     */
    public Transition {
      Objects.requireNonNull(reductionCase, "reductionCase");
      added = List.copyOf(added);
    }
  }

  /**
   * Opens a case with the management system's reminder.
   *
   * @param id the case's id, not null
   * @param measurement the utilization record assessed, not null
   * @param assessment its assessment, with the periodic capacity and the ratio in force on its date; not
   *     null
   * @param deadlines the deadlines in the platform's calendar and zone, not null
   * @param actor who sends the reminder: the management system; not null
   * @param now when, not before the measurement; not null
   * @return the case and its reminder, or {@link ReallocationViolations#NOT_ABOVE_RATIO}
   */
  public static Either<Violation, Transition> open(
      ReductionCaseId id, UtilizationRecord measurement, Assessment assessment, Deadlines deadlines, Actor actor, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(deadlines, "deadlines");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    if (now.isBefore(measurement.measuredAt())) {
      throw new IllegalArgumentException("a reminder at " + now + " cannot come before its measurement at " + measurement.measuredAt());
    }
    if (!assessment.exceedsRatio()) {
      return Either.left(ReallocationViolations.notAboveRatio(measurement.department(), measurement.platform(), measurement.dimension(), assessment));
    }
    Deadline month = deadlines.due(StatutoryDeadline.IDLE_REDUCTION, now);
    ReductionStep reminder = ReductionStep.startingPeriod(ReductionStep.Kind.REMINDED, now, actor, month.lastDay(), month.expiresAt());
    ReductionCase opened = ReductionCase.opened(id, measurement.department(), measurement.platform(), measurement.dimension(), reminder,
        assessment.basis(measurement.id(), measurement.measuredAt()));
    return Either.right(new Transition(opened, List.of(reminder)));
  }

  /**
   * Records the lapse of the running period if it ended before {@code now}: the reminder's month ({@link
   * ReductionStep.Kind#REMINDER_LAPSED}) or the supervision's five working days ({@link
   * ReductionStep.Kind#SUPERVISION_LAPSED}). What a sweep does for each case whose period ended.
   *
   * @param reductionCase the case, not null
   * @param actor whose action records the lapse (the sweep's system actor, or the actor acting), not null
   * @param now the instant, not before the case's last step; not null
   * @return the case with the lapse, or unchanged with nothing added
   */
  public static Transition advance(ReductionCase reductionCase, Actor actor, Instant now) {
    requireNotBefore(reductionCase, now);
    Objects.requireNonNull(actor, "actor");
    Optional<Instant> ends = reductionCase.runningPeriodEnds();
    if (ends.isEmpty() || !now.isAfter(ends.get())) {
      return new Transition(reductionCase, List.of());
    }
    ReductionStep.Kind lapse = reductionCase.status() == ReductionCase.Status.REMINDED
        ? ReductionStep.Kind.REMINDER_LAPSED : ReductionStep.Kind.SUPERVISION_LAPSED;
    return then(new Transition(reductionCase, List.of()), ReductionStep.of(lapse, now, actor), List.of(), List.of());
  }

  /**
   * The authority of the same level supervises the department: allowed from the instant after the
   * reminder's month ends, once.
   *
   * @param reductionCase the case, not null
   * @param deadlines the deadlines in the platform's calendar and zone, not null
   * @param authority who supervises, not null
   * @param now when, not before the case's last step; not null
   * @return the case supervised (after the month's lapse, if it was not recorded yet), or {@link
   *     ReallocationViolations#STEP_TOO_EARLY} within the month, {@link
   *     ReallocationViolations#STEP_NOT_ALLOWED} once supervised or closed
   */
  public static Either<Violation, Transition> supervise(ReductionCase reductionCase, Deadlines deadlines, Actor authority, Instant now) {
    Objects.requireNonNull(deadlines, "deadlines");
    Transition advanced = advance(reductionCase, authority, now);
    ReductionCase current = advanced.reductionCase();
    if (current.status() == ReductionCase.Status.REMINDED) {
      return Either.left(ReallocationViolations.stepTooEarly(current, ReductionStep.Kind.SUPERVISED, now));
    }
    if (current.status() != ReductionCase.Status.AWAITING_SUPERVISION) {
      return Either.left(ReallocationViolations.stepNotAllowed(current, ReductionStep.Kind.SUPERVISED));
    }
    Deadline days = deadlines.due(StatutoryDeadline.FORCED_REDUCTION, now);
    return Either.right(then(advanced,
        ReductionStep.startingPeriod(ReductionStep.Kind.SUPERVISED, now, authority, days.lastDay(), days.expiresAt()), List.of(), List.of()));
  }

  /**
   * New data for the case's series: at or below the ratio it closes the case ({@link
   * ReductionStep.Kind#RESOLVED_BY_DATA}); above, it becomes the case's basis, with its least reduction,
   * and no period restarts.
   *
   * @param reductionCase the case, not null
   * @param measurement the new record of the case's series, measured after its basis; not null
   * @param assessment its assessment, not null
   * @param actor who recorded it, not null
   * @param now when, not before the case's last step; not null
   * @return the case with the new basis, or {@link ReallocationViolations#STEP_NOT_ALLOWED} if it is closed
   * @throws IllegalArgumentException if the record is of another series or not after the case's basis
   */
  public static Either<Violation, Transition> reassess(
      ReductionCase reductionCase, UtilizationRecord measurement, Assessment assessment, Actor actor, Instant now) {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(assessment, "assessment");
    if (!measurement.isOfSeries(reductionCase.department(), reductionCase.platform(), reductionCase.dimension())) {
      throw new IllegalArgumentException("record " + measurement.id() + " is not of the series of reduction case " + reductionCase.id());
    }
    if (!measurement.measuredAt().isAfter(reductionCase.basis().measuredAt())) {
      throw new IllegalArgumentException("record " + measurement.id() + " is not after the basis of reduction case " + reductionCase.id());
    }
    Transition advanced = advance(reductionCase, actor, now);
    if (!advanced.reductionCase().isOpen()) {
      return Either.left(ReallocationViolations.stepNotAllowed(advanced.reductionCase(), ReductionStep.Kind.RESOLVED_BY_DATA));
    }
    ReductionBasis basis = assessment.basis(measurement.id(), measurement.measuredAt());
    if (assessment.exceedsRatio()) {
      return Either.right(new Transition(advanced.reductionCase().followedBy(List.of(), List.of(basis), List.of()), advanced.added()));
    }
    return Either.right(then(advanced, ReductionStep.of(ReductionStep.Kind.RESOLVED_BY_DATA, now, actor), List.of(basis), List.of()));
  }

  /**
   * A reduction of the department's own, a confirmed change or termination ({@link Capacity#reduction}):
   * counted if it took effect after the case's latest measurement, and closing the case ({@link
   * ReductionStep.Kind#RESOLVED_BY_DEPARTMENT}) once the counted reductions bring the idle ratio to the
   * ratio or below.
   *
   * @param reductionCase the case, not null
   * @param reduction the reduction, not forced, of the case's dimension; not null
   * @param actor the department that confirmed it, not null
   * @param now when, not before the case's last step; not null
   * @return the case, with the reduction if it counts, or {@link ReallocationViolations#STEP_NOT_ALLOWED}
   *     if it is closed
   * @throws IllegalArgumentException if the reduction is forced
   */
  public static Either<Violation, Transition> count(ReductionCase reductionCase, ResourceReduction reduction, Actor actor, Instant now) {
    Objects.requireNonNull(reduction, "reduction");
    if (reduction.forced()) {
      throw new IllegalArgumentException("a forced reduction is the authority's: use reduce, not count");
    }
    Transition advanced = advance(reductionCase, actor, now);
    ReductionCase current = advanced.reductionCase();
    if (!current.isOpen()) {
      return Either.left(ReallocationViolations.stepNotAllowed(current, ReductionStep.Kind.RESOLVED_BY_DEPARTMENT));
    }
    if (!reduction.effectiveAt().isAfter(current.basis().measuredAt())) {
      return Either.right(advanced);
    }
    ReductionCase counted = current.followedBy(List.of(), List.of(), List.of(reduction));
    Transition withReduction = new Transition(counted, advanced.added());
    if (standing(counted).exceedsRatio()) {
      return Either.right(withReduction);
    }
    return Either.right(then(withReduction, ReductionStep.of(ReductionStep.Kind.RESOLVED_BY_DEPARTMENT, now, actor), List.of(), List.of()));
  }

  /**
   * The authority reduces: allowed from the instant after the supervision's five working days end. The
   * cuts must take away at least what brings the idle ratio to the ratio and at most the idle capacity
   * counted; the case records them, forced, with their work orders, and who reduced.
   *
   * @param reductionCase the case, not null
   * @param cuts the resources and their new quantities, not null
   * @param catalog the service catalog's history; an item's configuration is that in force on {@code
   *     now}'s date; not null
   * @param deadlines the deadlines in the platform's calendar and zone (for the date of {@code now}), not
   *     null
   * @param authority who reduces, not null
   * @param now when, not before the case's last step; not null
   * @return the case closed by the authority, or the refusal: {@link ReallocationViolations#STEP_NOT_ALLOWED}
   *     before a supervision or once closed, {@link ReallocationViolations#STEP_TOO_EARLY} within the five
   *     working days; then, for the cuts, {@link ReallocationViolations#REDUCTION_INVALID} for one that is
   *     not a reduction of the department's resource in service on the platform, {@link
   *     ReallocationViolations#ITEM_NOT_IN_CATALOG}, {@link ReallocationViolations#REDUCTION_ABOVE_IDLE}
   *     and {@link ReallocationViolations#REDUCTION_INSUFFICIENT}, checked in that order
   */
  public static Either<Violation, Transition> reduce(
      ReductionCase reductionCase, List<Cut> cuts, CatalogHistory catalog, Deadlines deadlines, Actor authority,
      Instant now) {
    Objects.requireNonNull(cuts, "cuts");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(deadlines, "deadlines");
    Transition advanced = advance(reductionCase, authority, now);
    ReductionCase current = advanced.reductionCase();
    if (current.status() == ReductionCase.Status.SUPERVISED) {
      return Either.left(ReallocationViolations.stepTooEarly(current, ReductionStep.Kind.REDUCED_BY_AUTHORITY, now));
    }
    if (current.status() != ReductionCase.Status.REDUCIBLE) {
      return Either.left(ReallocationViolations.stepNotAllowed(current, ReductionStep.Kind.REDUCED_BY_AUTHORITY));
    }
    return Cuts.check(current, cuts, catalog, now.atZone(deadlines.zone()).toLocalDate(), standing(current), now).map(reductions ->
        then(advanced, ReductionStep.of(ReductionStep.Kind.REDUCED_BY_AUTHORITY, now, authority), List.of(), reductions));
  }

  /**
   * The figures a case stands on now: its latest basis, less the department's reductions it counted since
   * (at most the idle capacity counted).
   *
   * @param reductionCase the case, not null
   * @return the assessment, not null
   */
  public static Assessment standing(ReductionCase reductionCase) {
    Objects.requireNonNull(reductionCase, "reductionCase");
    ReductionBasis basis = reductionCase.basis();
    BigDecimal reduced = reductionCase.reductions().stream()
        .filter(r -> !r.forced() && r.effectiveAt().isAfter(basis.measuredAt()))
        .map(ResourceReduction::capacity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    Assessment assessment = Assessment.of(basis);
    return assessment.afterReduction(reduced.min(assessment.countedIdle()));
  }

  private static Transition then(
      Transition before, ReductionStep step, List<ReductionBasis> bases, List<ResourceReduction> reductions) {
    List<ReductionStep> added = new ArrayList<>(before.added());
    added.add(step);
    return new Transition(before.reductionCase().followedBy(List.of(step), bases, reductions), added);
  }

  private static void requireNotBefore(ReductionCase reductionCase, Instant now) {
    Objects.requireNonNull(reductionCase, "reductionCase");
    Objects.requireNonNull(now, "now");
    if (now.isBefore(reductionCase.lastStep().at())) {
      throw new IllegalArgumentException("reduction case " + reductionCase.id() + " took its last step at " + reductionCase.lastStep().at()
          + ": it cannot move at an earlier instant, " + now);
    }
  }
}
