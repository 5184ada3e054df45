package io.govcloud.spi;

import io.govcloud.model.AuditRecord;
import java.util.List;

/**
 * The append-only audit trail (docs/rules.md#r9): records are added, never changed or removed, and read back
 * in the order they were appended.
 */
public interface AuditTrail {

  /**
   * Appends a record; it takes its place in the trail when the unit commits.
   *
   * <p>Times in commit order (docs/rules.md#r9): when the unit commits, each of its records is kept with
   * the later of its own {@link AuditRecord#at()} and the time of the last record of the trail at that
   * moment ({@link AuditRecord#notBefore}), so that times never go back from one unit's records to the
   * next unit's, whatever the contention between units or the skew between the clocks of several hosts.
   * Within a unit each record keeps its own time (the entry point gives all of a unit's records one).
   * Until the unit commits, {@link #ofSubject} shows its records as appended.
   *
   * @param record the record, with sequence 0, not null
   * @throws IllegalArgumentException if its sequence is not 0
   */
  void append(AuditRecord record);

  /**
   * The records of a subject, in trail order (committed ones, then this unit's).
   *
   * @param subjectType the kind of subject, e.g. {@code resource}, not null
   * @param subjectId the subject's id, not null
   * @return its records, possibly empty; not null
   */
  List<AuditRecord> ofSubject(String subjectType, String subjectId);

  /**
   * The committed records with a sequence greater than the given one, in trail order, at most {@code
   * limit}: a reader pages through the whole trail by passing the last sequence it read. Sequences are
   * positive and strictly increasing in commit order, but need not be consecutive.
   *
   * @param sequence the last sequence read, 0 for the start of the trail
   * @param limit the most records to return, not negative
   * @return at most {@code limit} committed records, by sequence ascending; empty at the end of the trail
   * @throws IllegalArgumentException if {@code sequence} or {@code limit} is negative
   */
  List<AuditRecord> after(long sequence, int limit);
}
