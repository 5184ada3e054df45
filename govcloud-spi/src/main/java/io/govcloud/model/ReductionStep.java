package io.govcloud.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a reduction case (Art. 17; rule R6): what happened, when, who took the step or recorded
 * it, and, for the two steps that start a period, that period's last day and expiry.
 *
 * <p>The steps of a case follow {@link Kind#next()}: the reminder, its month lapsing, the authority's
 * supervision, its five working days lapsing, the authority's reduction; the department's own reductions
 * or new data at or below the ratio close the case at any point before that.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what happened, not null
 * @param at when, not null
 * @param actor who took the step, or whose action recorded a period's lapse; not null
 * @param lastDay the last day of the period the step starts, in the platform's zone; present exactly when
 *     {@link Kind#startsPeriod()}
 * @param expiresAt the instant that period ends, after {@code at}; present exactly with {@code lastDay}
 */
public record ReductionStep(Kind kind, Instant at, Actor actor, Optional<LocalDate> lastDay, Optional<Instant> expiresAt) {

  /** The kinds of step, with the steps that may follow each. */
  public enum Kind {
    /**
     * The management system reminded the department to reduce its idle capacity; one month starts (Art. 17
     * 2nd para, 自多云管理系统发出提醒之日起).
     */
    REMINDED,
    /** More than one month passed without the department reducing (Art. 17 2nd para, 超过1个月未主动调减). */
    REMINDER_LAPSED,
    /**
     * The authority of the same level supervised the department (督促); five working days start (Art. 17
     * 2nd para).
     */
    SUPERVISED,
    /** More than five working days passed since the supervision without a reduction (Art. 17 2nd para). */
    SUPERVISION_LAPSED,
    /** The authority reduced the department's resources itself (由本级大数据主管部门予以调减); final. */
    REDUCED_BY_AUTHORITY,
    /** The department's own confirmed reductions brought the idle ratio to the ratio or below; final. */
    RESOLVED_BY_DEPARTMENT,
    /** New data shows the idle ratio at the ratio or below; final. */
    RESOLVED_BY_DATA;

    /**
     * The steps that may follow this one; empty for a final step.
     *
     * @return the steps that may follow this one; empty for a final step
     */
    public Set<Kind> next() {
      return switch (this) {
        case REMINDED -> EnumSet.of(REMINDER_LAPSED, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA);
        case REMINDER_LAPSED -> EnumSet.of(SUPERVISED, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA);
        case SUPERVISED -> EnumSet.of(SUPERVISION_LAPSED, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA);
        case SUPERVISION_LAPSED -> EnumSet.of(REDUCED_BY_AUTHORITY, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA);
        case REDUCED_BY_AUTHORITY, RESOLVED_BY_DEPARTMENT, RESOLVED_BY_DATA -> EnumSet.noneOf(Kind.class);
      };
    }

    /**
     * Whether this step starts a period: the reminder's month, the supervision's five working days.
     *
     * @return whether this step starts a period: the reminder's month, the supervision's five working days
     */
    public boolean startsPeriod() {
      return this == REMINDED || this == SUPERVISED;
    }

    /**
     * Whether this step records that a period ended unmet.
     *
     * @return whether this step records that a period ended unmet
     */
    public boolean isLapse() {
      return this == REMINDER_LAPSED || this == SUPERVISION_LAPSED;
    }

    /**
     * Whether this step closes its case.
     *
     * @return whether this step closes its case
     */
    public boolean isFinal() {
      return next().isEmpty();
    }
  }

  /**
   * Checks the fields.
   *
   * @param kind what happened, not null
   * @param at when, not null
   * @param actor who took the step, or whose action recorded a period's lapse; not null
   * @param lastDay the last day of the period the step starts, in the platform's zone; present exactly when
   *     {@link Kind#startsPeriod()}
   * @param expiresAt the instant that period ends, after {@code at}; present exactly with {@code lastDay}
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the period is present for a kind that starts none or missing for
   *     one that does, or it does not end after the step
   */
  public ReductionStep {
    Objects.requireNonNull(kind, "kind");
    Limits.requireInstant(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(lastDay, "lastDay");
    Limits.requireInstant(expiresAt, "expiresAt");
    if (kind.startsPeriod() != lastDay.isPresent() || lastDay.isPresent() != expiresAt.isPresent()) {
      throw new IllegalArgumentException("a " + kind + " step " + (kind.startsPeriod() ? "starts a period: it needs" : "starts no period: it has no")
          + " last day and expiry");
    }
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(at)) {
      throw new IllegalArgumentException("the period a " + kind + " step starts at " + at + " must end after it, not at " + expiresAt.get());
    }
  }

  /**
   * A step that starts a period.
   *
   * @param kind {@link Kind#REMINDED} or {@link Kind#SUPERVISED}
   * @param at when, not null
   * @param actor who, not null
   * @param lastDay the period's last day, not null
   * @param expiresAt the period's end, after {@code at}
   * @return the step, not null
   * @throws IllegalArgumentException as the constructor
   */
  public static ReductionStep startingPeriod(Kind kind, Instant at, Actor actor, LocalDate lastDay, Instant expiresAt) {
    return new ReductionStep(kind, at, actor, Optional.of(lastDay), Optional.of(expiresAt));
  }

  /**
   * A step that starts no period.
   *
   * @param kind any kind but {@link Kind#REMINDED} and {@link Kind#SUPERVISED}
   * @param at when, not null
   * @param actor who, not null
   * @return the step, not null
   * @throws IllegalArgumentException as the constructor
   */
  public static ReductionStep of(Kind kind, Instant at, Actor actor) {
    return new ReductionStep(kind, at, actor, Optional.empty(), Optional.empty());
  }
}
