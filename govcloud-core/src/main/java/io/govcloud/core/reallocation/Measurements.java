package io.govcloud.core.reallocation;

import io.govcloud.model.Actor;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Dimension;
import io.govcloud.model.Limits;
import io.govcloud.model.Platform;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule that decides whether a measurement of utilization is recorded (Art. 16: the management
 * system's data is a basis of elastic reallocation and must be true and accurate; rule R6). A refused
 * measurement records nothing and reduces nobody.
 *
 * <p>The checks, in the order a refusal reports the first that fails:
 *
 * <ol>
 *   <li>no quantity is negative ({@link ReallocationViolations#NEGATIVE_QUANTITY}), and the idle capacity
 *       is at most the allocated one ({@link ReallocationViolations#IDLE_ABOVE_ALLOCATED});
 *   <li>it was not measured after it is recorded ({@link ReallocationViolations#MEASURED_IN_FUTURE}), nor
 *       more than the policy's age limit before ({@link ReallocationViolations#MEASUREMENT_TOO_OLD}; exactly
 *       the limit is accepted);
 *   <li>its dimension is one the catalog in force on its date (in the platform's zone) uses ({@link
 *       ReallocationViolations#UNKNOWN_DIMENSION}), in the catalog's unit ({@link
 *       ReallocationViolations#UNIT_MISMATCH});
 *   <li>it was measured after the latest record of its series, the same department, platform and
 *       dimension ({@link ReallocationViolations#OLDER_THAN_LATEST}): a series only moves forward, so its
 *       latest record is the current state.
 * </ol>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Measurements {

  private Measurements() {}

  /**
   * What a measurement is checked against, loaded from the store.
   *
   * @param platform the platform measured, not null
   * @param catalog the service catalog's history, not null
   * @param latest the latest record of the measurement's series, if it has one
   * @param policy the reallocation policy, not null
   * @param now when it is recorded, not null
   */
  public record Facts(Platform platform, CatalogHistory catalog, Optional<UtilizationRecord> latest, ReallocationPolicy policy, Instant now) {
    /**
     * Checks the fields are present.
     *
     * @param platform the platform measured, not null
     * @param catalog the service catalog's history, not null
     * @param latest the latest record of the measurement's series, if it has one
     * @param policy the reallocation policy, not null
     * @param now when it is recorded, not null
     */
    public Facts {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(latest, "latest");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(now, "now");
    }
  }

  /**
   * Checks a measurement and, if it is accepted, the record that keeps it.
   *
   * @param measurement the measurement, not null
   * @param facts the facts, not null
   * @param id the id of the record to create, not null
   * @param recordedBy who records it, not null
   * @return the record, or the violation refusing the measurement
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the facts are of another platform, or their latest record of
   *     another series
   */
  public static Either<Violation, UtilizationRecord> record(
      Measurement measurement, Facts facts, UtilizationRecordId id, Actor recordedBy) {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (!facts.platform().id().equals(measurement.platform())) {
      throw new IllegalArgumentException("the facts are of platform " + facts.platform().id() + ", the measurement of " + measurement.platform());
    }
    facts.latest().ifPresent(latest -> {
      if (!latest.isOfSeries(measurement.department(), measurement.platform(), measurement.dimension())) {
        throw new IllegalArgumentException("the latest record " + latest.id() + " is of another series than the measurement");
      }
    });
    return check(measurement, facts).<Either<Violation, UtilizationRecord>>map(Either::left).orElseGet(() -> Either.right(
        new UtilizationRecord(id, measurement.department(), measurement.platform(), measurement.dimension(), measurement.allocated(),
            measurement.idle(), measurement.measuredAt(), measurement.source(), facts.now(), recordedBy)));
  }

  private static Optional<Violation> check(Measurement m, Facts facts) {
    if (m.allocated().signum() < 0 || m.idle().signum() < 0) {
      return Optional.of(ReallocationViolations.negativeQuantity(m));
    }
    if (m.idle().compareTo(m.allocated()) > 0) {
      return Optional.of(ReallocationViolations.idleAboveAllocated(m));
    }
    if (outOfLimits(m.allocated()) || outOfLimits(m.idle())) {
      return Optional.of(ReallocationViolations.quantityOutOfLimits(m));
    }
    if (m.measuredAt().isAfter(facts.now())) {
      return Optional.of(ReallocationViolations.measuredInFuture(m.measuredAt(), facts.now()));
    }
    if (m.measuredAt().plus(facts.policy().measurementMaxAge()).isBefore(facts.now())) {
      return Optional.of(ReallocationViolations.measurementTooOld(m.measuredAt(), facts.now(), facts.policy().measurementMaxAge()));
    }
    Optional<Violation> dimension = checkDimension(m.dimension(), m.measuredAt().atZone(facts.platform().timeZone()).toLocalDate(), facts.catalog());
    if (dimension.isPresent()) {
      return dimension;
    }
    if (facts.latest().isPresent() && !m.measuredAt().isAfter(facts.latest().get().measuredAt())) {
      return Optional.of(ReallocationViolations.olderThanLatest(m.measuredAt(), facts.latest().get()));
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkDimension(Dimension dimension, LocalDate date, CatalogHistory history) {
    Optional<ServiceCatalog> catalog = history.inForceOn(date);
    Dimension known = catalog.map(c -> c.dimensions().get(dimension.code())).orElse(null);
    if (known == null) {
      return Optional.of(ReallocationViolations.unknownDimension(dimension, date, catalog.map(ServiceCatalog::version)));
    }
    if (!known.equals(dimension)) {
      return Optional.of(ReallocationViolations.unitMismatch(dimension, known, catalog.get().version()));
    }
    return Optional.empty();
  }

  /** A positive quantity outside the limits (docs/rules.md#limits); zero is a measurement too. */
  private static boolean outOfLimits(BigDecimal quantity) {
    return quantity.signum() > 0 && Limits.quantityProblem(quantity).isPresent();
  }
}
