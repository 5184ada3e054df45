package io.govcloud.core.reallocation;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How many units of a catalog item a department's own idle capacity on a platform can meet, from the
 * recorded data, before any new resource is requested (Art. 18: 各政务部门的云资源需求从本部门、本区县（自治县）云平台中弹性调配。冗余的云资源不能满足需求的，应当向本级大数据主管部门提出新增云资源的申请;
 * rule R5.2, R6). Never a figure the caller asserts.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>For each dimension of the item's configuration, the idle capacity is that of the latest record of
 *       the department's series on the platform (Art. 16: the management system's data is the basis),
 *       less the capacity declared for the recurring period in force (Art. 23), never below zero: the
 *       {@link Assessment#countedIdle() counted idle} capacity.
 *   <li>A dimension without a record, or whose latest record was measured longer ago than the policy's
 *       age limit ({@link ReallocationPolicy#measurementMaxAge()}), meets nothing: stale data does not say
 *       what is idle now, and a demand it cannot vouch for goes to the authority as a request.
 *   <li>The units met are the whole units ({@link RoundingMode#FLOOR}) that every dimension's counted idle
 *       capacity can provide, the least over the dimensions; an item whose configuration names no
 *       dimension meets nothing from redundancy.
 *   <li>The management system carries the reallocation out, and its next measurement shows the idle
 *       capacity drawn; until then the latest record stands.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param item the catalog item's code, not null
 * @param units the whole units of the item the counted idle capacity meets, not negative
 * @param parts each dimension of the item's configuration, by dimension
 */
public record Redundancy(String item, BigDecimal units, List<Part> parts) {

  /**
   * One dimension of the item.
   *
   * @param dimension the dimension, not null
   * @param perUnit the item's configuration in the dimension, per unit; not null
   * @param record the record used: the latest of the series, if there is one within the age limit
   * @param countedIdle its idle capacity less the periodic capacity, 0 without a record; not null
   * @param units the whole units of the item it can provide; not null
   */
  public record Part(Dimension dimension, BigDecimal perUnit, Optional<UtilizationRecordId> record, BigDecimal countedIdle, BigDecimal units) {
    /**
     * Checks the fields are present.
     *
     * @param dimension the dimension, not null
     * @param perUnit the item's configuration in the dimension, per unit; not null
     * @param record the record used: the latest of the series, if there is one within the age limit
     * @param countedIdle its idle capacity less the periodic capacity, 0 without a record; not null
     * @param units the whole units of the item it can provide; not null
     */
    public Part {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(perUnit, "perUnit");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(countedIdle, "countedIdle");
      Objects.requireNonNull(units, "units");
    }
  }

  /**
   * Checks and copies the fields.
   *
   * @param item the catalog item's code, not null
   * @param units the whole units of the item the counted idle capacity meets, not negative
   * @param parts each dimension of the item's configuration, by dimension
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the units are negative
   */
  public Redundancy {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(units, "units");
    parts = List.copyOf(parts);
    if (units.signum() < 0) {
      throw new IllegalArgumentException("the redundancy of item " + item + " cannot be negative, not " + units.toPlainString());
    }
  }

  /**
   * Nothing met from redundancy: for a demand that does not draw on it (an emergency, Art. 25).
   *
   * @param item the catalog item's code, not null
   * @return no units, not null
   */
  public static Redundancy none(String item) {
    return new Redundancy(item, BigDecimal.ZERO, List.of());
  }

  /**
   * What the department's recorded idle capacity on a platform meets of an item.
   *
   * @param item the catalog item in force, not null
   * @param latest the latest record of each of the department's series on the platform, by dimension;
   *     a dimension of the item missing here has no record; not null
   * @param periodic the capacity the department declared for the recurring period in force on the day,
   *     by dimension (see {@link PeriodicCapacity}); a dimension missing here has none; not null
   * @param policy the age limit of the data, not null
   * @param now when the demand is made, not null
   * @return the units met and how, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a record is of another dimension than its key
   */
  public static Redundancy of(
      CatalogItem item, Map<Dimension, UtilizationRecord> latest, Map<Dimension, BigDecimal> periodic, ReallocationPolicy policy,
      Instant now) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(periodic, "periodic");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(now, "now");
    List<Part> parts = new ArrayList<>();
    BigDecimal units = null;
    for (Map.Entry<Dimension, BigDecimal> configured : item.configuration().quantities().entrySet()) {
      Dimension dimension = configured.getKey();
      BigDecimal perUnit = configured.getValue();
      Optional<UtilizationRecord> record = Optional.ofNullable(latest.get(dimension))
          .filter(r -> !r.measuredAt().plus(policy.measurementMaxAge()).isBefore(now));
      record.ifPresent(r -> {
        if (!r.dimension().equals(dimension)) {
          throw new IllegalArgumentException("record " + r.id() + " of " + r.dimension() + " is given for " + dimension);
        }
      });
      BigDecimal counted = record.map(r -> r.idle().subtract(r.idle().min(periodic.getOrDefault(dimension, BigDecimal.ZERO).max(BigDecimal.ZERO))))
          .orElse(BigDecimal.ZERO);
      BigDecimal provided = perUnit.signum() > 0 ? counted.divide(perUnit, 0, RoundingMode.FLOOR) : BigDecimal.ZERO;
      parts.add(new Part(dimension, perUnit, record.map(UtilizationRecord::id), counted, provided));
      units = units == null ? provided : units.min(provided);
    }
    return new Redundancy(item.code(), units == null ? BigDecimal.ZERO : units, parts);
  }
}
