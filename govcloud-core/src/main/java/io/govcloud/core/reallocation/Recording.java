package io.govcloud.core.reallocation;

import io.govcloud.model.ReductionCase;
import io.govcloud.model.UtilizationRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * What recording a measurement did (Art. 16, 17; rule R6): the record kept, its assessment against the
 * redundancy ratio in force on its date, and the reduction case it opened, restated or closed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param record the utilization record, as saved; not null
 * @param assessment its assessment (with the capacity declared for the recurring period in force, Art.
 *     23); empty when the platform has no ratio in force on the measurement's date ({@link
 *     RedundancyPolicies#inForce}): then nobody is reminded on a guessed ratio
 * @param reductionCase the case of the record's series after it: opened by its reminder, given a new
 *     basis, or closed by the data; empty when the series has no case and the data is not above the ratio
 */
public record Recording(UtilizationRecord record, Optional<Assessment> assessment, Optional<ReductionCase> reductionCase) {

  /**
   * Checks the fields are present.
   *
   * @param record the utilization record, as saved; not null
   * @param assessment its assessment (with the capacity declared for the recurring period in force, Art.
   *     23); empty when the platform has no ratio in force on the measurement's date ({@link
   *     RedundancyPolicies#inForce}): then nobody is reminded on a guessed ratio
   * @param reductionCase the case of the record's series after it: opened by its reminder, given a new
   *     basis, or closed by the data; empty when the series has no case and the data is not above the ratio
   * @throws NullPointerException if a field is null
   */
  public Recording {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(reductionCase, "reductionCase");
  }
}
