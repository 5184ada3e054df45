package io.govcloud.core.catalog;

import io.govcloud.core.calendar.Deadline;
import io.govcloud.model.Article;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the latest catalog revision was more than 2 years old on a date (Art. 26, 2nd para), with the
 * revision deadline it was judged by. Created by {@link CatalogRevision}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevisionStatus {

  private final LocalDate date;
  private final ServiceCatalog latest;
  private final Deadline deadline;
  private final boolean overdue;

  RevisionStatus(LocalDate date, ServiceCatalog latest, Deadline deadline, boolean overdue) {
    this.date = date;
    this.latest = latest;
    this.deadline = deadline;
    this.overdue = overdue;
  }

  /** {@return the date the status is for, not null} */
  public LocalDate date() {
    return date;
  }

  /** {@return the latest revision: the catalog version in force on {@link #date()}, not null} */
  public ServiceCatalog latest() {
    return latest;
  }

  /** {@return the revision deadline counted from the latest revision's effective date, not null} */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * {@return whether the latest revision is more than 2 years old on the date: the date is after the
   * deadline's last day}
   */
  public boolean isOverdue() {
    return overdue;
  }

  /** {@return the article the revision rule comes from: Art. 26, not null} */
  public Article article() {
    return Article.of(26);
  }

  /**
   * The refusal when overdue: {@code CATALOG_REVISION_OVERDUE}, Art. 26, naming the version, its effective
   * date, the deadline's last day and the date; empty when not overdue.
   *
   * @return the violation if overdue, not null
   */
  public Optional<Violation> violation() {
    if (!overdue) {
      return Optional.empty();
    }
    return Optional.of(
        Violation.of(
                CatalogViolations.CATALOG_REVISION_OVERDUE, article(),
                "服务目录" + latest.version() + "版自" + latest.effectiveDate() + "起施行，应于" + deadline.lastDay()
                    + "前调整，至" + date + "已超过两年未调整（" + article().toChinese() + "：调整频率不低于1次/两年）",
                "Catalog version " + latest.version() + ", in force from " + latest.effectiveDate()
                    + ", was due for revision by the end of " + deadline.lastDay() + "; on " + date
                    + " it is more than 2 years old (" + article() + ": revised at least once every two years)")
            .with("catalogVersion", latest.version())
            .with("effectiveDate", latest.effectiveDate())
            .with("lastDay", deadline.lastDay())
            .with("expiresAt", deadline.expiresAt())
            .with("date", date));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RevisionStatus other
        && date.equals(other.date)
        && latest.equals(other.latest)
        && deadline.equals(other.deadline)
        && overdue == other.overdue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, latest.version(), deadline, overdue);
  }

  @Override
  public String toString() {
    return "RevisionStatus[" + latest.version() + " from " + latest.effectiveDate() + " on " + date + ": "
        + (overdue ? "overdue" : "due by") + " " + deadline.lastDay() + " (" + article() + ")]";
  }
}
