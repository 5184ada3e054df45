package io.govcloud.inmemory;

import io.govcloud.model.AuditRecord;
import io.govcloud.spi.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail within a unit of work: the committed trail as the unit started, and the unit's own
 * records, which are numbered when it commits.
 *
 * <p>Not thread-safe: used by the one thread running its unit.
 */
final class UnitTrail implements AuditTrail {

  private final Unit unit;
  private final List<AuditRecord> appended = new ArrayList<>();

  UnitTrail(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void append(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    unit.checkOpen();
    if (record.sequence() != 0) {
      throw new IllegalArgumentException(
          "the store numbers audit records: append one with sequence 0, not " + record.sequence());
    }
    appended.add(record);
  }

  @Override
  public List<AuditRecord> ofSubject(String subjectType, String subjectId) {
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    unit.checkOpen();
    List<AuditRecord> records = new ArrayList<>(unit.base().auditOf(subjectType, subjectId).asJava());
    for (AuditRecord record : appended) {
      if (record.subjectType().equals(subjectType) && record.subjectId().equals(subjectId)) {
        records.add(record);
      }
    }
    return List.copyOf(records);
  }

  @Override
  public List<AuditRecord> after(long sequence, int limit) {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    unit.checkOpen();
    return List.copyOf(unit.base().auditAfter(sequence, limit).asJava());
  }

  /** The latest committed state with this unit's records appended and numbered. */
  Snapshot apply(Snapshot latest) {
    return appended.isEmpty() ? latest : latest.withAudit(appended);
  }

  /** Whether the unit appended none. */
  boolean isUnchanged() {
    return appended.isEmpty();
  }
}
