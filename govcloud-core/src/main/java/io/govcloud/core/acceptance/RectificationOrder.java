package io.govcloud.core.acceptance;

import io.govcloud.model.EvaluationId;
import io.govcloud.model.Party;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RectificationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the authority orders to be rectified by a deadline (限期整改, Art. 42): a problem found on a
 * platform, in an evaluation or otherwise, and the last day to rectify it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rectification's id, not null
 * @param platform the platform where the problem was found, not null
 * @param evaluation the evaluation that found it, if one did; not null
 * @param problem what must be rectified, not blank
 * @param orderedBy the authority setting the deadline, not null
 * @param dueOn the last day to rectify, in the platform's zone, not null
 */
public record RectificationOrder(
    RectificationId id, PlatformId platform, Optional<EvaluationId> evaluation, String problem, Party orderedBy, LocalDate dueOn) {

  /**
   * Checks the fields.
   *
   * @param id the rectification's id, not null
   * @param platform the platform where the problem was found, not null
   * @param evaluation the evaluation that found it, if one did; not null
   * @param problem what must be rectified, not blank
   * @param orderedBy the authority setting the deadline, not null
   * @param dueOn the last day to rectify, in the platform's zone, not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the problem is blank
   */
  public RectificationOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(orderedBy, "orderedBy");
    Objects.requireNonNull(dueOn, "dueOn");
    if (problem.isBlank()) {
      throw new IllegalArgumentException("rectification " + id + " must say what is to be rectified");
    }
  }
}
