package io.govcloud.spi;

import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.ProviderId;
import java.time.Year;
import java.util.List;

/** The yearly evaluations of providers' services on platforms (Art. 40; rule R7). */
public interface EvaluationRepository extends Repository<EvaluationId, Evaluation> {

  /**
   * The evaluations of a provider for a year of service, ordered by id.
   *
   * @param provider the provider, not null
   * @param year the year of service, not null
   * @return the evaluations, not null, possibly empty
   */
  List<Evaluation> ofProvider(ProviderId provider, Year year);

  /**
   * The evaluations of a year of service, of every provider, ordered by id.
   *
   * @param year the year of service, not null
   * @return the evaluations, not null, possibly empty
   */
  List<Evaluation> ofYear(Year year);
}
