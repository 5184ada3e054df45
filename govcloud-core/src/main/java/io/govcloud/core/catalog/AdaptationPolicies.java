package io.govcloud.core.catalog;

import io.govcloud.model.Article;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of the {@link AdaptationPolicy} (Art. 27; docs/rules.md#r3), each in force from its
 * effective date until the next one's, like the catalog's own versions: an application is adapted under
 * the policy in force on its day, and the resource records which (its effective date and bound).
 *
 * <p>{@link #standard()} is what the library ships: the {@linkplain AdaptationPolicy#standard() standard
 * bound} (100%) in force from {@link #STANDARD_FROM}. A host that changes the bound adds a version from
 * the day the change takes effect ({@link #with}); applications of earlier days keep the earlier bound.
 * On a day before every version nothing is adapted: the refusal {@link
 * CatalogViolations#ADAPTATION_POLICY_NOT_IN_FORCE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdaptationPolicies {

  /** The first day of the standard policy: 2000-01-01, before any catalog version a host keeps. */
  public static final LocalDate STANDARD_FROM = LocalDate.of(2000, 1, 1);

  private static final AdaptationPolicies STANDARD =
      new AdaptationPolicies(List.of(new Version(STANDARD_FROM, AdaptationPolicy.standard())));

  /**
   * One version: a policy and the first day it is in force.
   *
   * @param effectiveFrom the first day it is in force, not null
   * @param policy the policy, not null
   */
  public record Version(LocalDate effectiveFrom, AdaptationPolicy policy) {
    /**
     * Checks the fields.
     *
     * @param effectiveFrom the first day it is in force, not null
     * @param policy the policy, not null
     * @throws NullPointerException if a field is null
     */
    public Version {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(policy, "policy");
    }
  }

  private final List<Version> versions;

  private AdaptationPolicies(List<Version> versions) {
    this.versions = versions;
  }

  /**
   * What the library ships: the standard bound (100%) from {@link #STANDARD_FROM}.
   *
   * @return the history, not null
   */
  public static AdaptationPolicies standard() {
    return STANDARD;
  }

  /**
   * The versions given, in any order.
   *
   * @param versions the versions, not null, none null
   * @return the history, not null
   * @throws NullPointerException if the list or a version is null
   * @throws IllegalArgumentException if two versions take effect on the same day
   */
  public static AdaptationPolicies of(List<Version> versions) {
    List<Version> sorted = new ArrayList<>();
    for (Version version : Objects.requireNonNull(versions, "versions")) {
      sorted.add(Objects.requireNonNull(version, "version"));
    }
    sorted.sort(Comparator.comparing(Version::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException("two adaptation policies take effect on " + sorted.get(i).effectiveFrom());
      }
    }
    return new AdaptationPolicies(List.copyOf(sorted));
  }

  /**
   * These versions and one more.
   *
   * @param effectiveFrom the first day the policy is in force, not null
   * @param policy the policy, not null
   * @return the history, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a version already takes effect that day
   */
  public AdaptationPolicies with(LocalDate effectiveFrom, AdaptationPolicy policy) {
    List<Version> more = new ArrayList<>(versions);
    more.add(new Version(effectiveFrom, policy));
    return of(more);
  }

  /**
   * The version in force on a day: the one with the latest effective date not after it.
   *
   * @param day the day, not null
   * @return the version, or empty before every version; not null
   */
  public Optional<Version> inForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Version found = null;
    for (Version version : versions) {
      if (!version.effectiveFrom().isAfter(day)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The version in force on a day, or the refusal to adapt without one (Art. 27).
   *
   * @param day the day, not null
   * @return the version, or {@link CatalogViolations#ADAPTATION_POLICY_NOT_IN_FORCE}
   */
  public Either<Violation, Version> forDay(LocalDate day) {
    return inForceOn(day).<Either<Violation, Version>>map(Either::right).orElseGet(() -> Either.left(
        Violation.of(CatalogViolations.ADAPTATION_POLICY_NOT_IN_FORCE, Article.of(27),
                day + "没有施行中的服务目录适配规则，无法按功能和配置相近原则适配所需配置",
                "no adaptation policy is in force on " + day + ", so nothing can be adapted to the nearest item")
            .with("date", day)));
  }

  /** {@return every version, by effective date; not null} */
  public List<Version> all() {
    return versions;
  }

  @Override
  public String toString() {
    return "AdaptationPolicies" + versions;
  }
}
