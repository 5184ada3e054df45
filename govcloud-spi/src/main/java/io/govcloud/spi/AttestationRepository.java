package io.govcloud.spi;

import io.govcloud.model.AttestationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.SecurityAttestation;
import java.util.List;

/** The security attestations of the platforms (Art. 32, 36; rule R7). */
public interface AttestationRepository extends Repository<AttestationId, SecurityAttestation> {

  /**
   * The attestations of a platform, of every kind, ordered by the date passed, then id.
   *
   * @param platform the platform, not null
   * @return the attestations, not null, possibly empty
   */
  List<SecurityAttestation> ofPlatform(PlatformId platform);
}
