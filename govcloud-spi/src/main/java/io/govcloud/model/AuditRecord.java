package io.govcloud.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the append-only audit trail (docs/rules.md#r9; Art. 16, 44): who did what to which subject,
 * when, whether it was accepted or refused (with the violation), and what changed, field by field.
 * Every accepted action leaves exactly one record; every refusal too.
 *
 * <p>{@link #sequence()} is 0 until the store appends the record, then its position in the trail (1, 2,
 * ...), strictly increasing in commit order. {@link #at()} follows commit order too: a store keeps a
 * record no earlier than the last record of the trail when its unit commits (see {@link
 * io.govcloud.spi.AuditTrail#append}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sequence the position in the trail, 0 before it is appended
 * @param at when the action took effect, not null: the host clock's instant when it was taken, or the
 *     instant of the record committed before it if that is later (docs/rules.md#r9)
 * @param actor who took it, not null
 * @param action the action's code, e.g. {@code CONFIRM_OPEN}, not blank
 * @param subjectType the kind of subject, e.g. {@code resource}, not blank
 * @param subjectId the subject's id, not blank
 * @param refusal the violation, if the action was refused
 * @param changes what changed, in order; empty for a refusal or a read
 */
public record AuditRecord(
    long sequence,
    Instant at,
    Actor actor,
    String action,
    String subjectType,
    String subjectId,
    Optional<Violation> refusal,
    List<FieldChange> changes) {

  /**
   * Checks and copies the fields.
   *
   * @param sequence the position in the trail, 0 before it is appended
   * @param at when the action was taken, not null
   * @param actor who took it, not null
   * @param action the action's code, e.g. {@code CONFIRM_OPEN}, not blank
   * @param subjectType the kind of subject, e.g. {@code resource}, not blank
   * @param subjectId the subject's id, not blank
   * @param refusal the violation, if the action was refused
   * @param changes what changed, in order; empty for a refusal or a read
   */
  public AuditRecord {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    Limits.requireInstant(at, "at");
    Objects.requireNonNull(actor, "actor");
    Ids.check(action, "action");
    Ids.check(subjectType, "subjectType");
    Ids.check(subjectId, "subjectId");
    Objects.requireNonNull(refusal, "refusal");
    changes = List.copyOf(changes);
  }

  /**
   * An accepted action, not yet appended.
   *
   * @param at when the action was taken, not null
   * @param actor who took it, not null
   * @param action the action's code, e.g. {@code CONFIRM_OPEN}, not blank
   * @param subjectType the kind of subject, e.g. {@code resource}, not blank
   * @param subjectId the subject's id, not blank
   * @param changes what changed, in order; empty for a refusal or a read
   * @return the record, at sequence 0 until a store appends it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public static AuditRecord accepted(
      Instant at, Actor actor, String action, String subjectType, String subjectId, List<FieldChange> changes) {
    return new AuditRecord(0, at, actor, action, subjectType, subjectId, Optional.empty(), changes);
  }

  /**
   * A refused action, not yet appended.
   *
   * @param at when the action was taken, not null
   * @param actor who took it, not null
   * @param action the action's code, e.g. {@code CONFIRM_OPEN}, not blank
   * @param subjectType the kind of subject, e.g. {@code resource}, not blank
   * @param subjectId the subject's id, not blank
   * @param violation why it was refused: its code and article, not null
   * @return the record, at sequence 0 until a store appends it, with no change
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public static AuditRecord refused(
      Instant at, Actor actor, String action, String subjectType, String subjectId, Violation violation) {
    return new AuditRecord(0, at, actor, action, subjectType, subjectId, Optional.of(violation), List.of());
  }

  /** {@return whether the action was accepted} */
  public boolean isAccepted() {
    return refusal.isEmpty();
  }

  /**
   * This record taking effect no earlier than an instant: itself if its {@link #at()} is not before it,
   * else the same record at that instant. Stores call it when they append, with the time of the last
   * record of the trail, so that times never go back along the trail (see {@link
   * io.govcloud.spi.AuditTrail#append}).
   *
   * @param floor the earliest instant the record may carry, not null
   * @return this record, or a copy at {@code floor}
   */
  public AuditRecord notBefore(Instant floor) {
    Objects.requireNonNull(floor, "floor");
    return at.isBefore(floor) ? new AuditRecord(sequence, floor, actor, action, subjectType, subjectId, refusal, changes) : this;
  }

  /**
   * This record at a position of the trail; stores call it when they append.
   *
   * @param sequence the position in the trail, 0 before it is appended
   * @return a copy of this record at that position
   * @throws IllegalArgumentException if the sequence is negative
   */
  public AuditRecord withSequence(long sequence) {
    return new AuditRecord(sequence, at, actor, action, subjectType, subjectId, refusal, changes);
  }
}
