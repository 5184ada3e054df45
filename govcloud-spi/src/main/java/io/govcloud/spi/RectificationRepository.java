package io.govcloud.spi;

import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import java.time.Instant;
import java.util.List;

/** The rectifications ordered after acceptance and evaluation (Art. 42; rule R7). */
public interface RectificationRepository extends Repository<RectificationId, Rectification> {

  /**
   * The rectifications of a provider, in every state, ordered by the time ordered, then id.
   *
   * @param provider the provider, not null
   * @return the rectifications, not null, possibly empty
   */
  List<Rectification> ofProvider(ProviderId provider);

  /**
   * The {@link Rectification.Status#OPEN} rectifications that expire at or before an instant, ordered by
   * expiry, then id: those a sweep finds overdue.
   *
   * @param instant the instant, not null
   * @return the rectifications, not null, possibly empty
   */
  List<Rectification> openExpiringBy(Instant instant);
}
