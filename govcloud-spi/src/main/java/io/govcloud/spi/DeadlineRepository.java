package io.govcloud.spi;

import io.govcloud.model.DeadlineId;
import io.govcloud.model.TrackedDeadline;
import java.time.Instant;
import java.util.List;

/** The deadlines being watched (docs/rules.md#r1). */
public interface DeadlineRepository extends Repository<DeadlineId, TrackedDeadline> {

  /**
   * The open deadlines that expire at or before an instant, ordered by expiry, then id.
   *
   * @param instant the instant, not null
   * @return the open deadlines expired by then (the sweep's input), possibly empty; not null
   */
  List<TrackedDeadline> openExpiringBy(Instant instant);

  /**
   * The open deadlines that expire at or after an instant, ordered by expiry, then id: those a newly
   * loaded holiday notice may move (docs/rules.md#r1).
   *
   * @param instant the instant, not null
   * @return the open deadlines not yet expired at that instant, possibly empty; not null
   */
  List<TrackedDeadline> openExpiringFrom(Instant instant);

  /**
   * The deadlines of a subject, ordered by trigger, then id.
   *
   * @param subjectType the kind of subject, e.g. {@code resource}, not null
   * @param subjectId the subject's id, not null
   * @return its deadlines, open and closed, possibly empty; not null
   */
  List<TrackedDeadline> ofSubject(String subjectType, String subjectId);
}
