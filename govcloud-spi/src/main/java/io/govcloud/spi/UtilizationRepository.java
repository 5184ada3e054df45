package io.govcloud.spi;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import java.util.List;
import java.util.Optional;

/**
 * The utilization records (Art. 16; rule R6): append-only, never changed once saved. A <em>series</em> is
 * the records of one department on one platform in one dimension (code and unit, as {@link
 * Dimension#equals}).
 */
public interface UtilizationRepository {

  /**
   * The record of an id.
   *
   * @param id the id, not null
   * @return the record as saved, or empty
   */
  Optional<UtilizationRecord> find(UtilizationRecordId id);

  /**
   * Saves a new record.
   *
   * @param record the record, not null
   * @throws ConflictException if a record of its id exists
   */
  void insert(UtilizationRecord record);

  /**
   * The latest record of a series: the one measured last, and of two measured at the same instant the one
   * with the greater id.
   *
   * @param department the department, not null
   * @param platform the platform, not null
   * @param dimension the dimension, not null
   * @return the record, or empty if the series has none
   */
  Optional<UtilizationRecord> latest(DepartmentId department, PlatformId platform, Dimension dimension);

  /**
   * The records of a series, ordered by measurement time, then id.
   *
   * @param department the department, not null
   * @param platform the platform, not null
   * @param dimension the dimension, not null
   * @return the records, not null
   */
  List<UtilizationRecord> series(DepartmentId department, PlatformId platform, Dimension dimension);

  /**
   * The records of a department, on every platform and in every dimension, ordered by measurement time,
   * then id.
   *
   * @param department the department, not null
   * @return the records, not null
   */
  List<UtilizationRecord> ofDepartment(DepartmentId department);
}
