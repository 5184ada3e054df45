package io.govcloud.core.catalog;

import io.govcloud.core.calendar.Deadline;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ServiceCatalog;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the service catalog is overdue for revision (Art. 26, 2nd para: the catalog is adjusted at
 * least once every two years, 调整频率不低于1次/两年; docs/rules.md#r2).
 *
 * <p>The latest revision on a date D is the catalog version in force on D (a version taking effect after
 * D does not count yet). Its revision deadline is {@link StatutoryDeadline#CATALOG_REVISION}: 2 years
 * counted from the start of its effective date in the platform's zone by the Civil Code's period rules
 * (the effective day not counted; the corresponding day two years later, or 28 February for 29 February;
 * rolled forward past a non-working day; ending at 24:00). "More than 2 years" holds from the instant
 * after that deadline ends, which falls in the day after its last day, so the catalog is overdue on D if
 * and only if D is after the deadline's last day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogRevision {

  private final Deadlines deadlines;

  private CatalogRevision(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /**
   * The rule, counting in a calendar and zone.
   *
   * @param deadlines the deadline computer of the platform's calendar and zone, not null
   * @return the rule, not null
   * @throws NullPointerException if deadlines is null
   */
  public static CatalogRevision of(Deadlines deadlines) {
    return new CatalogRevision(Objects.requireNonNull(deadlines, "deadlines"));
  }

  /**
   * Whether the latest revision in force on a date is more than 2 years old on it.
   *
   * @param history the catalog versions, not null
   * @param date the date asked about, not null
   * @return the status, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no catalog version is in force on the date
   * @throws io.govcloud.core.calendar.CalendarCoverageException if the calendar has no schedule for the
   *     year of the deadline's last day
   */
  public RevisionStatus status(CatalogHistory history, LocalDate date) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(date, "date");
    Optional<ServiceCatalog> inForce = history.inForceOn(date);
    if (inForce.isEmpty()) {
      throw new IllegalArgumentException(
          "no catalog version is in force on " + date + ": the first takes effect on "
              + history.versions().get(0).effectiveDate());
    }
    ServiceCatalog latest = inForce.get();
    Deadline deadline =
        deadlines.due(StatutoryDeadline.CATALOG_REVISION, latest.effectiveDate().atStartOfDay(deadlines.zone()));
    return new RevisionStatus(date, latest, deadline, date.isAfter(deadline.lastDay()));
  }

  @Override
  public String toString() {
    return "CatalogRevision[" + deadlines.zone() + "]";
  }
}
