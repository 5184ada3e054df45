package io.govcloud.core.acceptance;

import io.govcloud.model.AnnualResultId;
import io.govcloud.model.ProviderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * What the municipal authority submits to form a provider's annual result (Art. 40, 3rd para): the
 * provider, the year, the date, and its score of the provider's day-to-day operations (日常运行保障情况),
 * unchecked; {@link AnnualResults#combine} checks it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the annual result's id, not null
 * @param provider the provider, not null
 * @param year the year of service, not null
 * @param decidedOn the date of the decision, not null
 * @param operationsScore the day-to-day operations score, as given, not null
 */
public record AnnualResultRequest(AnnualResultId id, ProviderId provider, Year year, LocalDate decidedOn, BigDecimal operationsScore) {

  /**
   * Checks the fields.
   *
   * @param id the annual result's id, not null
   * @param provider the provider, not null
   * @param year the year of service, not null
   * @param decidedOn the date of the decision, not null
   * @param operationsScore the day-to-day operations score, as given, not null
   * @throws NullPointerException if a field is null
   */
  public AnnualResultRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(operationsScore, "operationsScore");
  }
}
