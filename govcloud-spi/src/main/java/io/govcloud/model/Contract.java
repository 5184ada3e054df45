package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service contract (服务合同) between a department and its platform's provider (Art. 12): the trial
 * period (Art. 20), supplementary contracts that extend it, the other parties of a multi-party contract
 * (who may only provide services outside cloud services, Art. 12 2nd para), the price list, and when it
 * was filed with the authority (within 5 working days of signing, Art. 12 3rd para).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class Contract implements Aggregate<ContractId, Contract> {

  Contract() {}

  /** {@return a builder; id, department, provider, platform, signedAt and trialDays are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Contract}. */
  public static final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }

  /**
   * Another party of a multi-party contract (多方服务合同).
   *
   * @param name the other service provider's name, not blank
   * @param service the service it provides, not blank
   * @param cloudService whether that service is a cloud service (then Art. 12 forbids it)
   */
  public record OtherParty(String name, String service, boolean cloudService) {
    /**
     * Checks the fields.
     *
     * @param name the other service provider's name, not blank
     * @param service the service it provides, not blank
     * @param cloudService whether that service is a cloud service (then Art. 12 forbids it)
     */
    public OtherParty {
      Texts.requireName(name, "other party");
      Texts.requireName(service, "other party's service");
    }
  }

  /**
   * A supplementary contract (补充合同): it extends the trial period (Art. 20 2nd para), revises or adds
   * prices (Art. 26; docs/rules.md#r2), or both. The prices it agrees are added to the contract's {@link
   * #prices()} when it is registered; a supplement that neither extends the trial nor agrees a price is
   * refused then.
   *
   * @param reference the supplementary contract's reference, not blank
   * @param signedAt when it was signed, not null
   * @param trialExtensionDays the calendar days it adds to the trial, 0 for a supplement that only agrees prices
   */
  public record Supplement(String reference, Instant signedAt, int trialExtensionDays) {
    /**
     * Checks the fields.
     *
     * @param reference the supplementary contract's reference, not blank
     * @param signedAt when it was signed, not null
     * @param trialExtensionDays the calendar days it adds to the trial, not negative
     * @throws IllegalArgumentException if the reference is blank or the days negative
     */
    public Supplement {
      Texts.requireName(reference, "supplementary contract");
      Limits.requireInstant(signedAt, "signedAt");
      if (trialExtensionDays < 0) {
        throw new IllegalArgumentException("a supplementary contract cannot shorten the trial: " + trialExtensionDays + " days");
      }
    }
  }

  @Override
  public abstract ContractId id();

  /** {@return the department that signed} */
  public abstract DepartmentId department();

  /** {@return the cloud provider that signed} */
  public abstract ProviderId provider();

  /** {@return the platform it covers} */
  public abstract PlatformId platform();

  /** {@return when it was signed: the trigger of the filing deadline (Art. 12)} */
  public abstract Instant signedAt();

  /** {@return the trial period in calendar days (Art. 20)} */
  public abstract int trialDays();

  /** {@return other parties of a multi-party contract} */
  public abstract List<OtherParty> otherParties();

  /** {@return supplementary contracts extending the trial or agreeing prices, in order} */
  public abstract List<Supplement> supplements();

  /** {@return the contracted unit prices, those of the contract then those its supplements added} */
  public abstract List<ContractPrice> prices();

  /** {@return when it was filed with the authority (备案), if it was} */
  public abstract Optional<Instant> filedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  public abstract Contract withVersion(long version);

  /**
   * This contract filed at an instant.
   *
   * @param filedAt when it was filed with the authority (Art. 11), not null
   * @return a copy of this contract with that filing time
   */
  public abstract Contract withFiledAt(Instant filedAt);

  /**
   * This contract with other supplements.
   *
   * @param supplements the supplementary contracts, in order of signature; not null, no null element
   * @return a copy of this contract with those supplements
   */
  public abstract Contract withSupplements(Iterable<? extends Supplement> supplements);

  /**
   * This contract with other prices.
   *
   * @param prices the contracted unit prices, at most one per item and effective date; not null, no null element
   * @return a copy of this contract with those prices
   * @throws IllegalArgumentException if an item has two prices from one date
   */
  public abstract Contract withPrices(Iterable<? extends ContractPrice> prices);

  /**
   * The length in calendar days of a trial opened at an instant (Art. 20): the contract's trial days plus
   * the extension of every supplementary contract signed since it opened (one signed before serves
   * earlier trials, not this one).
   *
   * @param trialOpenedAt when the trial opened, not null
   * @return the length of that trial in calendar days
   * @throws NullPointerException if the instant is null
   */
  public int trialDaysOfTrialOpenedAt(Instant trialOpenedAt) {
    Objects.requireNonNull(trialOpenedAt, "trialOpenedAt");
    return trialDays()
        + supplements().stream().filter(s -> !s.signedAt().isBefore(trialOpenedAt)).mapToInt(Supplement::trialExtensionDays).sum();
  }

  /** {@return the price list of this contract} */
  @Value.Lazy
  public PriceList priceList() {
    return PriceList.of(id(), provider(), prices());
  }

  @Value.Check
  void check() {
    Texts.requireVersion(version());
    Limits.requireInstant(signedAt(), "contract " + id() + ": signedAt");
    Limits.requireInstant(filedAt(), "contract " + id() + ": filedAt");
    if (trialDays() <= 0) {
      throw new IllegalArgumentException("contract " + id() + ": the trial period must be a positive number of days, not " + trialDays());
    }
    priceList();
  }
}
