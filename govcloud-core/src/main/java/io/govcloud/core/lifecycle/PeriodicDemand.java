package io.govcloud.core.lifecycle;

import io.govcloud.model.CloudResource;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Demand with a fixed yearly pattern (Art. 23: 云资源需求有固定周期变化的，按照周期变化而申请、配置云资源): a
 * resource's periods say which quantity is configured from which day of each year. The period in force
 * on a date is the one with the latest first day on or before it, wrapping around the year (before the
 * first period's day, the last period of the year before is in force). A first day of 29 February falls
 * on 28 February in a common year.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PeriodicDemand {

  /** How far ahead {@link #nextChange} looks: every period starts within a year, so two years suffice. */
  private static final int YEARS_AHEAD = 2;

  private PeriodicDemand() {}

  /**
   * A coming change of configuration.
   *
   * @param from the first day of the new period
   * @param quantity the quantity from that day
   */
  public record Change(LocalDate from, BigDecimal quantity) {}

  /**
   * The period in force on a date.
   *
   * @param periods the periods, ordered by first day, not null
   * @param date the date, not null
   * @return the period, or empty if there are none
   */
  public static Optional<CloudResource.Period> inForceOn(List<CloudResource.Period> periods, LocalDate date) {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(date, "date");
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    CloudResource.Period inForce = periods.get(periods.size() - 1);
    for (CloudResource.Period period : periods) {
      if (!period.from().atYear(date.getYear()).isAfter(date)) {
        inForce = period;
      }
    }
    return Optional.of(inForce);
  }

  /**
   * The first day after a date on which a period starts whose quantity differs from the one configured.
   *
   * @param periods the periods, ordered by first day, not null
   * @param after the day after which to look, not null
   * @param configured the quantity configured now, not null
   * @return the change, or empty if every period has the configured quantity
   */
  public static Optional<Change> nextChange(List<CloudResource.Period> periods, LocalDate after, BigDecimal configured) {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(configured, "configured");
    for (int year = after.getYear(); year <= after.getYear() + YEARS_AHEAD; year++) {
      for (CloudResource.Period period : periods) {
        LocalDate start = startIn(period.from(), year);
        if (start.isAfter(after) && period.quantity().compareTo(configured) != 0) {
          return Optional.of(new Change(start, period.quantity()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that a request with periods asks for the quantity of the period in force on its day.
   *
   * @param periods the periods of the request, by first day, not null; empty for a constant demand
   * @param requested the quantity requested, not null
   * @param today the day of the request, in the platform's zone, not null
   * @return the refusal {@code PERIOD_MISMATCH} (Art. 23) naming the quantity in force, or empty if the
   *     quantities agree or there is no period
   * @throws NullPointerException if {@code periods} or {@code today} is null
   */
  public static Optional<Violation> checkRequest(List<CloudResource.Period> periods, BigDecimal requested, LocalDate today) {
    Optional<CloudResource.Period> inForce = inForceOn(periods, today);
    if (inForce.isEmpty() || inForce.get().quantity().compareTo(requested) == 0) {
      return Optional.empty();
    }
    return Optional.of(LifecycleViolations.periodMismatch(requested, inForce.get(), today));
  }

  private static LocalDate startIn(MonthDay from, int year) {
    return from.atYear(year);
  }
}
