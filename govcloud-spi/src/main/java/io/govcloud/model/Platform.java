package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A government cloud platform (政务云平台, Art. 3–4): a municipal department's platform (市级政务部门云平台,
 * owned by that department; one per department, Art. 10) or a district's platform (区县政务云平台), run by
 * one provider, with an internet zone and an e-gov extranet zone (Art. 9), a time zone in which its days
 * are counted (docs/rules.md#r1, #r4). Its redundancy ratio (Art. 15) is not a field: the authority sets it,
 * versioned by date, in the platform's {@link RedundancyPolicy}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class Platform implements Aggregate<PlatformId, Platform> {

  /** Asia/Shanghai, the default zone of the measures' setting. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  Platform() {}

  /** {@return a builder; id, name, jurisdiction and provider are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Platform}. */
  public static final class Builder extends ImmutablePlatform.Builder {
    Builder() {}
  }

  @Override
  public abstract PlatformId id();

  /** {@return the platform's name} */
  public abstract String name();

  /** {@return the level it belongs to} */
  public abstract Jurisdiction jurisdiction();

  /** {@return the municipal department that runs it; empty for a district's platform} */
  public abstract Optional<DepartmentId> owner();

  /** {@return the provider that builds and runs it} */
  public abstract ProviderId provider();

  /** {@return its business zones; both when the builder is given none (Art. 9)} */
  public abstract Set<NetworkZone> zones();

  /** {@return the zone its days are counted in;} Asia/Shanghai by default. */
  @Value.Default
  public ZoneId timeZone() {
    return DEFAULT_ZONE;
  }

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  public abstract Platform withVersion(long version);

  /**
   * This platform with another provider.
   *
   * @param provider the provider that now operates it, not null
   * @return a copy of this platform with that provider
   */
  public abstract Platform withProvider(ProviderId provider);

  /**
   * This platform with other zones.
   *
   * @param zones the business zones it offers, no null element; empty means the internet and extranet
   *     zones
   * @return a copy of this platform with those zones
   */
  public abstract Platform withZones(Iterable<NetworkZone> zones);

  @Value.Check
  Platform normalize() {
    if (zones().isEmpty()) {
      return withZones(Set.of(NetworkZone.INTERNET, NetworkZone.EXTRANET));
    }
    check();
    return this;
  }

  private void check() {
    Texts.requireName(name(), "platform " + id());
    Texts.requireVersion(version());
    if (jurisdiction().isMunicipal() && owner().isEmpty()) {
      throw new IllegalArgumentException("municipal platform " + id() + " must name the department that runs it (Art. 10)");
    }
    if (!jurisdiction().isMunicipal() && owner().isPresent()) {
      throw new IllegalArgumentException("district platform " + id() + " is run by its district, not by department " + owner().get());
    }
  }
}
