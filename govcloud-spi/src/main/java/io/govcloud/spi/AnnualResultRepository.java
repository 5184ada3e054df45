package io.govcloud.spi;

import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.ProviderId;
import java.time.Year;
import java.util.List;

/** The annual evaluation results of the providers (Art. 40, 3rd para; rule R7). */
public interface AnnualResultRepository extends Repository<AnnualResultId, AnnualResult> {

  /**
   * The annual results of a provider, ordered by year, then id.
   *
   * @param provider the provider, not null
   * @return the results, not null, possibly empty
   */
  List<AnnualResult> ofProvider(ProviderId provider);

  /**
   * The annual results of a year of service, of every provider, ordered by id.
   *
   * @param year the year of service, not null
   * @return the results, not null, possibly empty
   */
  List<AnnualResult> ofYear(Year year);
}
