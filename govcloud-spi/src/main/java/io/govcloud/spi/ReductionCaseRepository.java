package io.govcloud.spi;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reduction cases (Art. 17; rule R6), with one guarantee beyond optimistic versions: <b>at most one
 * open case per department, platform and dimension</b> (code and unit, as {@link Dimension#equals}).
 * {@link #insert} of an open case throws {@link ConflictException} when the unit can see another open
 * case of the same department, platform and dimension; and when two units that cannot see each other
 * both insert one, at most one of them commits: the other throws {@link ConflictException} from the
 * insert or from {@link Store#transact}, and keeps nothing. A unit that closes a case (an update to a
 * final step) may open another for the same department, platform and dimension. A closed case is never
 * opened again.
 */
public interface ReductionCaseRepository extends Repository<ReductionCaseId, ReductionCase> {

  /**
   * {@inheritDoc}
   *
   * @throws ConflictException also if the case is open and another open case of its department, platform
   *     and dimension exists, in this unit or committed by another (then naming that case), or is
   *     committed by another unit before this one
   */
  @Override
  ReductionCase insert(ReductionCase reductionCase);

  /**
   * The open case of a department, platform and dimension.
   *
   * @param department the department, not null
   * @param platform the platform, not null
   * @param dimension the dimension, not null
   * @return the case, or empty if none is open
   */
  Optional<ReductionCase> openFor(DepartmentId department, PlatformId platform, Dimension dimension);

  /**
   * The cases of a department, open and closed, ordered by id.
   *
   * @param department the department, not null
   * @return the cases, not null
   */
  List<ReductionCase> ofDepartment(DepartmentId department);

  /**
   * The cases on a platform, open and closed, ordered by id.
   *
   * @param platform the platform, not null
   * @return the cases, not null
   */
  List<ReductionCase> onPlatform(PlatformId platform);

  /**
   * The open cases whose running period ({@link ReductionCase#runningPeriodEnds()}) ends at or before an
   * instant, ordered by that end, then id: what a sweep moves on.
   *
   * @param instant the instant, not null
   * @return the cases, not null
   */
  List<ReductionCase> periodEndingBy(Instant instant);
}
