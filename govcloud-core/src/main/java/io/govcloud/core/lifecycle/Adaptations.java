package io.govcloud.core.lifecycle;

import io.govcloud.core.catalog.Adaptation;
import io.govcloud.core.catalog.AdaptationPolicies;
import io.govcloud.core.catalog.AdaptationPolicy;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.catalog.Adapted;
import io.govcloud.core.catalog.CatalogAdapter;
import io.govcloud.core.catalog.ExactMatch;
import io.govcloud.core.catalog.NotAdaptable;
import io.govcloud.core.catalog.OverProvisioning;
import io.govcloud.core.catalog.Rejection;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.ResourceAdaptation;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The adaptation of a request for a configuration in an application (Art. 27, 35; docs/rules.md#r3), as a
 * pure function of the catalog's versions, the adaptation policy's versions and the day: the catalog
 * version and the policy in force that day decide by the rule of {@link CatalogAdapter}. A configuration
 * the catalog lists becomes a request for that item; one it does not list, a request for the item of
 * nearest function and configuration carrying the {@link ResourceAdaptation} the resource records; one
 * nothing fits, the refusal of {@link NotAdaptable#violation()}, whose texts give the self-procurement
 * path (evaluation by the authority, Art. 27; security requirements before deployment, Art. 35).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Adaptations {

  private Adaptations() {}

  /**
   * Adapts a request for a configuration; a request for an item is returned as it is.
   *
   * @param request the request, not null
   * @param catalog the catalog's versions, not null
   * @param policies the adaptation policy's versions, not null
   * @param day the day of the application in the platform's zone, not null
   * @param adapters the adapter of a catalog version under a policy, e.g. {@code CatalogAdapter::of} (the
   *     entry point keeps one per version and policy, since indexing is the costly part), not null
   * @return the request for an item, or the refusal: {@code ITEM_NOT_IN_CATALOG} when no catalog version is
   *     in force, {@code ADAPTATION_POLICY_NOT_IN_FORCE}, or the {@link NotAdaptable} cause's code
   * @throws IllegalArgumentException if the request measures a dimension in another unit than the catalog
   */
  public static Either<Violation, ResourceRequest> adapt(
      ResourceRequest request, CatalogHistory catalog, AdaptationPolicies policies, LocalDate day,
      BiFunction<ServiceCatalog, AdaptationPolicy, CatalogAdapter> adapters) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(adapters, "adapters");
    if (request.configuration().isEmpty()) {
      return Either.right(request);
    }
    AdaptationRequest asked = request.configuration().get();
    Optional<ServiceCatalog> version = catalog.inForceOn(day);
    if (version.isEmpty()) {
      return Either.left(LifecycleViolations.itemNotInCatalog(asked.category(), day, "当日没有施行中的服务目录", "no catalog version is in force"));
    }
    return policies.forDay(day).flatMap(policy -> decide(request, adapters.apply(version.get(), policy.policy()).adapt(asked), policy));
  }

  private static Either<Violation, ResourceRequest> decide(
      ResourceRequest request, Adaptation adaptation, AdaptationPolicies.Version policy) {
    if (adaptation instanceof ExactMatch exact) {
      return Either.right(request.adaptedTo(exact.item().code(), exact.units(), Optional.empty()));
    }
    if (adaptation instanceof Adapted adapted) {
      return Either.right(request.adaptedTo(adapted.item().code(), adapted.units(), Optional.of(record(adapted, policy))));
    }
    return Either.left(((NotAdaptable) adaptation).violation());
  }

  /**
   * What the resource records of an adaptation.
   *
   * @param adapted the adaptation, not null
   * @param policy the version of the policy it applied, not null
   * @return the record, not null
   */
  public static ResourceAdaptation record(Adapted adapted, AdaptationPolicies.Version policy) {
    AdaptationRequest asked = adapted.request();
    return new ResourceAdaptation(
        adapted.catalog().version(), asked.category(), asked.instances(), adapted.item().code(), adapted.units(),
        adapted.monthlyTotal(), policy.effectiveFrom(), policy.policy().maxRelativeExcess(),
        adapted.overProvisioning().stream().map(Adaptations::provision).toList(),
        adapted.rejected().stream().map(Adaptations::rejected).toList(),
        adapted.chinese(), adapted.english());
  }

  private static ResourceAdaptation.Provision provision(OverProvisioning o) {
    return new ResourceAdaptation.Provision(o.dimension().code(), o.dimension().unit(), o.requested(), o.provided());
  }

  private static ResourceAdaptation.RejectedItem rejected(Rejection r) {
    return new ResourceAdaptation.RejectedItem(r.item().code(), r.reason().name(), r.chinese(), r.english());
  }
}
