package io.govcloud.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reduction case (Art. 17; rule R6): one department's idle capacity on one platform in one dimension
 * above the redundancy ratio, from the management system's reminder until the department's own
 * reductions or new data bring it to the ratio or below, or the authority of the same level reduces it
 * after supervising. Its {@link #steps()} never skip one (see {@link ReductionStep.Kind#next()}): a
 * period's lapse and the step that follows it are only ever after the period ended. A store keeps at
 * most one open case per department, platform and dimension.
 *
 * <p>The rules that move a case are in {@code io.govcloud.core.reallocation}; this value holds where it
 * is and checks the order of its steps.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param department the department reminded, not null
 * @param platform the platform, not null
 * @param dimension the dimension whose idle capacity is above the ratio, not null
 * @param steps the steps so far, in order: the reminder first; not empty
 * @param bases the figures it rests on, in order of measurement: the one it was opened on first; not
 *     empty
 * @param reductions the reductions it counted, in order: the department's, then the authority's; not
 *     null
 * @param version the optimistic version, 0 if never saved
 */
public record ReductionCase(
    ReductionCaseId id,
    DepartmentId department,
    PlatformId platform,
    Dimension dimension,
    List<ReductionStep> steps,
    List<ReductionBasis> bases,
    List<ResourceReduction> reductions,
    long version) implements Aggregate<ReductionCaseId, ReductionCase> {

  /** Where a case is: its last step, as a state. */
  public enum Status {
    /** Reminded; the department has one month to reduce (Art. 17). */
    REMINDED,
    /** The month lapsed; the authority of the same level is to supervise (Art. 17). */
    AWAITING_SUPERVISION,
    /** Supervised; the department has five working days to reduce (Art. 17). */
    SUPERVISED,
    /** The five working days lapsed; the authority may reduce (Art. 17). */
    REDUCIBLE,
    /** Closed by a final step. */
    CLOSED;

    /**
     * Whether a case in this status is still open.
     *
     * @return whether a case in this status is still open
     */
    public boolean isOpen() {
      return this != CLOSED;
    }
  }

  /**
   * Checks and copies the fields.
   *
   * @param id the identifier, not null
   * @param department the department reminded, not null
   * @param platform the platform, not null
   * @param dimension the dimension whose idle capacity is above the ratio, not null
   * @param steps the steps so far, in order: the reminder first; not empty
   * @param bases the figures it rests on, in order of measurement: the one it was opened on first; not
   *     empty
   * @param reductions the reductions it counted, in order: the department's, then the authority's; not
   *     null
   * @param version the optimistic version, 0 if never saved
   * @throws NullPointerException if a field or an element is null
   * @throws IllegalArgumentException if the steps do not begin with the reminder, skip a step, go back in
   *     time, or take a step that ends a period before that period ended; if there is no basis, or the
   *     bases are not in increasing order of measurement; if the authority's reductions are not exactly
   *     those of a case it reduced, or a case its department resolved counts no reduction of its own; if
   *     the version is negative
   */
  public ReductionCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(dimension, "dimension");
    steps = List.copyOf(steps);
    bases = List.copyOf(bases);
    reductions = List.copyOf(reductions);
    Texts.requireVersion(version);
    checkSteps(id, steps);
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("reduction case " + id + " needs the basis it was opened on");
    }
    for (int i = 1; i < bases.size(); i++) {
      if (!bases.get(i - 1).measuredAt().isBefore(bases.get(i).measuredAt())) {
        throw new IllegalArgumentException("reduction case " + id + ": its bases must be in increasing order of measurement");
      }
    }
    ReductionStep.Kind last = steps.get(steps.size() - 1).kind();
    boolean forced = reductions.stream().anyMatch(ResourceReduction::forced);
    if (forced != (last == ReductionStep.Kind.REDUCED_BY_AUTHORITY)) {
      throw new IllegalArgumentException("reduction case " + id + ": the authority's reductions belong to a case it reduced, and only to one");
    }
    if (last == ReductionStep.Kind.RESOLVED_BY_DEPARTMENT && reductions.stream().allMatch(ResourceReduction::forced)) {
      throw new IllegalArgumentException("reduction case " + id + " resolved by its department counts none of its reductions");
    }
  }

  private static void checkSteps(ReductionCaseId id, List<ReductionStep> steps) {
    if (steps.isEmpty() || steps.get(0).kind() != ReductionStep.Kind.REMINDED) {
      throw new IllegalArgumentException("reduction case " + id + " must begin with the reminder");
    }
    Instant periodEnds = steps.get(0).expiresAt().orElseThrow();
    for (int i = 1; i < steps.size(); i++) {
      ReductionStep previous = steps.get(i - 1);
      ReductionStep step = steps.get(i);
      if (!previous.kind().next().contains(step.kind())) {
        throw new IllegalArgumentException("reduction case " + id + ": " + step.kind() + " cannot follow " + previous.kind()
            + " (it may be followed by " + previous.kind().next() + ")");
      }
      if (step.at().isBefore(previous.at())) {
        throw new IllegalArgumentException("reduction case " + id + ": its " + step.kind() + " step at " + step.at()
            + " comes before the " + previous.kind() + " step at " + previous.at());
      }
      if (step.kind().isLapse() && !step.at().isAfter(periodEnds)) {
        throw new IllegalArgumentException("reduction case " + id + ": the period that ends at " + periodEnds
            + " cannot have lapsed at " + step.at());
      }
      if (step.kind().startsPeriod()) {
        periodEnds = step.expiresAt().orElseThrow();
      }
    }
  }

  /**
   * A case opened by a reminder, never saved.
   *
   * @param id the identifier, not null
   * @param department the department reminded, not null
   * @param platform the platform, not null
   * @param dimension the dimension, not null
   * @param reminder the {@link ReductionStep.Kind#REMINDED} step, not null
   * @param basis the figures of the reminder, not null
   * @return the case, not null
   * @throws IllegalArgumentException if the step is not a reminder
   */
  public static ReductionCase opened(
      ReductionCaseId id, DepartmentId department, PlatformId platform, Dimension dimension, ReductionStep reminder, ReductionBasis basis) {
    return new ReductionCase(id, department, platform, dimension, List.of(reminder), List.of(basis), List.of(), 0);
  }

  /**
   * Where the case is, from its last step; not null.
   *
   * @return where the case is, from its last step; not null
   */
  public Status status() {
    return switch (lastStep().kind()) {
      case REMINDED -> Status.REMINDED;
      case REMINDER_LAPSED -> Status.AWAITING_SUPERVISION;
      case SUPERVISED -> Status.SUPERVISED;
      case SUPERVISION_LAPSED -> Status.REDUCIBLE;
      case REDUCED_BY_AUTHORITY, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA -> Status.CLOSED;
    };
  }

  /**
   * Whether the case is still open.
   *
   * @return whether the case is still open
   */
  public boolean isOpen() {
    return status().isOpen();
  }

  /**
   * The last step taken, not null.
   *
   * @return the last step taken, not null
   */
  public ReductionStep lastStep() {
    return steps.get(steps.size() - 1);
  }

  /**
   * The latest step that started a period: the supervision once there is one, otherwise the reminder; not null.
   *
   * @return the latest step that started a period: the supervision once there is one, otherwise the reminder; not null
   */
  public ReductionStep periodStep() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).kind().startsPeriod()) {
        return steps.get(i);
      }
    }
    throw new IllegalStateException("reduction case " + id + " has no reminder");
  }

  /**
   * The end of the period running now: the reminder's month while {@link Status#REMINDED}, the
   * supervision's five working days while {@link Status#SUPERVISED}.
   *
   * @return the instant, or empty in any other status
   */
  public Optional<Instant> runningPeriodEnds() {
    Status status = status();
    return status == Status.REMINDED || status == Status.SUPERVISED ? periodStep().expiresAt() : Optional.empty();
  }

  /**
   * The latest basis, the one the case rests on now; not null.
   *
   * @return the latest basis, the one the case rests on now; not null
   */
  public ReductionBasis basis() {
    return bases.get(bases.size() - 1);
  }

  /**
   * When the case was opened: the reminder's instant; not null.
   *
   * @return when the case was opened: the reminder's instant; not null
   */
  public Instant openedAt() {
    return steps.get(0).at();
  }

  /**
   * This case with more steps, reductions and bases, in that order after its own.
   *
   * @param moreSteps the steps that follow, not null
   * @param moreBases the later bases, not null
   * @param moreReductions the reductions counted, not null
   * @return the case, with the same optimistic version; not null
   * @throws IllegalArgumentException as the constructor
   */
  public ReductionCase followedBy(
      Collection<ReductionStep> moreSteps, Collection<ReductionBasis> moreBases, Collection<ResourceReduction> moreReductions) {
    return new ReductionCase(id, department, platform, dimension, concat(steps, moreSteps), concat(bases, moreBases),
        concat(reductions, moreReductions), version);
  }

  @Override
  public ReductionCase withVersion(long version) {
    return new ReductionCase(id, department, platform, dimension, steps, bases, reductions, version);
  }

  private static <T> List<T> concat(List<T> first, Collection<T> then) {
    List<T> all = new ArrayList<>(first);
    all.addAll(Objects.requireNonNull(then, "more"));
    return all;
  }
}
