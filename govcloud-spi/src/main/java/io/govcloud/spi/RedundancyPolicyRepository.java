package io.govcloud.spi;

import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;

/**
 * The redundancy policies, one per platform, found by the platform's id (Art. 15; rule R6). A new
 * version of a platform's ratio is an update of its policy, so two authorities setting one at once
 * conflict rather than lose one.
 */
public interface RedundancyPolicyRepository extends Repository<PlatformId, RedundancyPolicy> {}
