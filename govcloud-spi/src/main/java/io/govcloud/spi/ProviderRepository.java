package io.govcloud.spi;

import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;

/** The providers (Art. 5, 42). */
public interface ProviderRepository extends Repository<ProviderId, Provider> {}
