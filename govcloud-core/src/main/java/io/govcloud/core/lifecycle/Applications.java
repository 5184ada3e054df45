package io.govcloud.core.lifecycle;

import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of an application for new resources and of an emergency report (docs/rules.md#r5 items 1–3, 8
 * and 9; Art. 10, 12, 13, 18, 19, 25, 27, 28, 42), as pure functions of the facts the entry point loads.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Applications {

  private Applications() {}

  /**
   * What an application is checked against, loaded from the store.
   *
   * @param applicant the department applying, not null
   * @param user the department the resources are for: the applicant or one of its subordinate units
   * @param project the cited project, if it exists
   * @param platform the platform, not null
   * @param provider the platform's provider, not null
   * @param contract the contract, not null
   * @param catalog the service catalog's history, not null
   * @param now when the application is received, not null
   */
  public record Facts(
      Department applicant,
      Department user,
      Optional<Project> project,
      Platform platform,
      Provider provider,
      Contract contract,
      CatalogHistory catalog,
      Instant now) {
    /**
     * Checks the fields are present.
     *
     * @param applicant the department applying, not null
     * @param user the department the resources are for: the applicant or one of its subordinate units
     * @param project the cited project, if it exists
     * @param platform the platform, not null
     * @param provider the platform's provider, not null
     * @param contract the contract, not null
     * @param catalog the service catalog's history, not null
     * @param now when the application is received, not null
     */
    public Facts {
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(now, "now");
    }

    /** {@return the day the application is received, in the platform's zone} */
    public LocalDate today() {
      return now.atZone(platform.timeZone()).toLocalDate();
    }
  }

  /**
   * The result of an accepted application: the part met from the department's own redundancy (Art. 18)
   * and, for any shortfall, the resource applied for.
   *
   * @param resource the resource applied for; empty when redundancy met the whole request
   * @param fromRedundancy the part met from redundancy
   * @param shortfall the part requested as new resources
   */
  public record Outcome(Optional<CloudResource> resource, BigDecimal fromRedundancy, BigDecimal shortfall) {}

  /**
   * Checks an application to open resources and, if it is accepted, the resource it creates in state
   * {@link ResourceState#APPLIED}: the department's own idle capacity meets the request first, and only
   * the shortfall is requested as new resources (Art. 18).
   *
   * @param request the request, not null
   * @param facts the facts, not null
   * @param redundancy the units of the requested item the department's recorded idle capacity on the
   *     platform meets (from the data, e.g. {@code io.govcloud.core.reallocation.Redundancy#units()}), not
   *     negative
   * @param id the id of the resource to create, not null
   * @return the outcome, or the violation refusing it
   * @throws IllegalArgumentException if the redundancy is negative
   */
  public static Either<Violation, Outcome> apply(ResourceRequest request, Facts facts, BigDecimal redundancy, ResourceId id) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(redundancy, "redundancy");
    Objects.requireNonNull(id, "id");
    if (redundancy.signum() < 0) {
      throw new IllegalArgumentException("the redundancy that meets a request cannot be negative, not " + redundancy.toPlainString());
    }
    Optional<Violation> common = checkCommon(request, facts, LifecycleAction.APPLY_OPEN);
    if (common.isPresent()) {
      return Either.left(common.get());
    }
    if (request.project().isEmpty()) {
      return Either.left(LifecycleViolations.noProjectCited(facts.user().id(), facts.today().getYear()));
    }
    Optional<Violation> project = checkProject(request.project().get(), facts.project(), facts.applicant(), facts.user(), facts.today());
    if (project.isPresent()) {
      return Either.left(project.get());
    }
    BigDecimal fromRedundancy = redundancy.min(request.quantity());
    BigDecimal shortfall = request.quantity().subtract(fromRedundancy);
    if (shortfall.signum() == 0) {
      return Either.right(new Outcome(Optional.empty(), fromRedundancy, shortfall));
    }
    CloudResource resource = newResource(request, facts, id, ResourceState.APPLIED, shortfall, fromRedundancy)
        .project(request.project())
        .build();
    return Either.right(new Outcome(Optional.of(resource), fromRedundancy, shortfall));
  }

  /**
   * Checks an emergency report (Art. 25): the same as an application but without a project, which is
   * supplemented later; the resource starts in {@link ResourceState#EMERGENCY_REPORTED}.
   *
   * @param request the request, not null
   * @param facts the facts, not null
   * @param id the id of the resource to create, not null
   * @return the resource, or the violation refusing it
   */
  public static Either<Violation, CloudResource> reportEmergency(ResourceRequest request, Facts facts, ResourceId id) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(id, "id");
    Optional<Violation> common = checkCommon(request, facts, LifecycleAction.REPORT_EMERGENCY);
    if (common.isPresent()) {
      return Either.left(common.get());
    }
    return Either.right(
        newResource(request, facts, id, ResourceState.EMERGENCY_REPORTED, request.quantity(), BigDecimal.ZERO)
            .emergency(CloudResource.Emergency.reported(facts.now()))
            .build());
  }

  /**
   * Checks that the department applying is not a subordinate unit: its applications (to open, change,
   * terminate, backfill) are filed by its parent (Art. 19 2nd para).
   *
   * @param applicant the department filing the application, not null
   * @param action the action applied for, named in the refusal, not null
   * @return the refusal {@code MUST_APPLY_THROUGH_PARENT} (Art. 19) naming the parent, or empty if the
   *     applicant has no parent
   * @throws NullPointerException if the applicant is null
   */
  public static Optional<Violation> checkApplicant(Department applicant, LifecycleAction action) {
    Objects.requireNonNull(applicant, "applicant");
    return applicant.parent().map(parent -> LifecycleViolations.mustApplyThroughParent(applicant.id(), parent, action));
  }

  /**
   * Checks that a cited project is in the department's annual list of the year (Art. 28): it exists, it
   * belongs to the department or to the applicant filing for it, and it is of the year. A project that
   * does not exist and one of another department are refused alike (rule R9, Art. 33).
   *
   * @param cited the project cited, not null
   * @param project the project, if it exists
   * @param applicant the department applying, not null
   * @param user the department the resources are for, not null
   * @param today the day of the application in the platform's zone, not null
   * @return the violation, or empty if the project may be cited
   */
  public static Optional<Violation> checkProject(
      ProjectId cited, Optional<Project> project, Department applicant, Department user, LocalDate today) {
    int year = today.getYear();
    Optional<Project> own = project.filter(p -> p.department().equals(user.id()) || p.department().equals(applicant.id()));
    if (own.isEmpty()) {
      return Optional.of(LifecycleViolations.projectNotInList(cited, user.id(), year,
          "它不是本部门已登记的项目", "it is not a registered project of the department"));
    }
    if (own.get().year() != year) {
      return Optional.of(LifecycleViolations.projectNotInList(cited, user.id(), year,
          "它属于" + own.get().year() + "年度的项目清单", "it is in the list of " + own.get().year()));
    }
    return Optional.empty();
  }

  /**
   * Checks that an item is in the catalog in force on a day (Art. 27) and that the contract prices it on
   * that day (Art. 30).
   *
   * @param item the item's code, not null
   * @param catalog the catalog's history, not null
   * @param contract the contract, not null
   * @param day the day, not null
   * @return the violation, or empty if the item may be requested
   */
  public static Optional<Violation> checkItem(String item, CatalogHistory catalog, Contract contract, LocalDate day) {
    Optional<ServiceCatalog> version = catalog.inForceOn(day);
    if (version.isEmpty()) {
      return Optional.of(LifecycleViolations.itemNotInCatalog(item, day, "当日没有施行中的服务目录", "no catalog version is in force"));
    }
    if (version.get().item(item).isEmpty()) {
      return Optional.of(LifecycleViolations.itemNotInCatalog(item, day,
          "服务目录" + version.get().version() + "版未列明该服务", "catalog version " + version.get().version() + " does not list it"));
    }
    if (contract.priceList().priceOn(item, day).isEmpty()) {
      return Optional.of(LifecycleViolations.noContractPrice(contract.id().value(), item, day));
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkCommon(ResourceRequest request, Facts facts, LifecycleAction action) {
    Optional<Violation> throughParent = checkApplicant(facts.applicant(), action);
    if (throughParent.isPresent()) {
      return throughParent;
    }
    if (facts.provider().isSuspended()) {
      return Optional.of(LifecycleViolations.providerSuspended(facts.provider().id(), facts.provider().suspension().get().reason()));
    }
    Optional<Violation> platform = checkPlatform(request, facts);
    if (platform.isPresent()) {
      return platform;
    }
    Optional<Violation> item = checkItem(request.item(), facts.catalog(), facts.contract(), facts.today());
    if (item.isPresent()) {
      return item;
    }
    Optional<Violation> quantity = Quantities.check(request.item(), request.quantity(), facts.catalog(), facts.today())
        .or(() -> request.periods().stream()
            .flatMap(p -> Quantities.check(request.item(), p.quantity(), facts.catalog(), facts.today()).stream())
            .findFirst());
    if (quantity.isPresent()) {
      return quantity;
    }
    if (request.deploymentMode().needsConsent() && request.deploymentReason().isEmpty()) {
      return Optional.of(LifecycleViolations.deploymentReasonRequired(request.deploymentMode()));
    }
    return PeriodicDemand.checkRequest(request.periods(), request.quantity(), facts.today());
  }

  /**
   * Checks that the platform serves the department (its jurisdiction's, and its own or its parent's if it
   * has an owner), has the requested zone, and that the contract is the department's for it. A platform
   * or contract of another department is refused as one that does not exist (rule R9, Art. 33).
   */
  private static Optional<Violation> checkPlatform(ResourceRequest request, Facts facts) {
    Platform platform = facts.platform();
    Department user = facts.user();
    if (!usable(platform, user, facts.applicant())) {
      return Optional.of(LifecycleViolations.platformNotUsable(user.id(), platform.id()));
    }
    Contract contract = facts.contract();
    if (!usable(contract, platform, user, facts.applicant())) {
      return Optional.of(LifecycleViolations.contractNotUsable(user.id(), platform.id(), contract.id()));
    }
    if (!platform.zones().contains(request.zone())) {
      return Optional.of(LifecycleViolations.zoneMissing(user.id(), platform.id(), request.zone()));
    }
    return Optional.empty();
  }

  /**
   * Whether a department may use a platform: of its jurisdiction, and without an owner or owned by the
   * department applying for it (Art. 10).
   *
   * @param platform the platform, not null
   * @param user the department the resources are for, not null
   * @param applicant the department applying, not null
   * @return whether it may
   */
  public static boolean usable(Platform platform, Department user, Department applicant) {
    return platform.jurisdiction().equals(user.jurisdiction())
        && platform.owner().map(owner -> owner.equals(applicant.id())).orElse(true);
  }

  /**
   * Whether a contract is the department's for a platform: the platform's, with its provider, signed by
   * the department or the applicant filing for it (Art. 12).
   *
   * @param contract the contract, not null
   * @param platform the platform, not null
   * @param user the department the resources are for, not null
   * @param applicant the department applying, not null
   * @return whether it is
   */
  public static boolean usable(Contract contract, Platform platform, Department user, Department applicant) {
    return contract.platform().equals(platform.id()) && contract.provider().equals(platform.provider())
        && (contract.department().equals(applicant.id()) || contract.department().equals(user.id()));
  }

  private static CloudResource.Builder newResource(
      ResourceRequest request, Facts facts, ResourceId id, ResourceState state, BigDecimal quantity, BigDecimal fromRedundancy) {
    CloudResource.Builder builder = CloudResource.builder();
    builder
        .id(id)
        .department(facts.user().id())
        .applicant(facts.applicant().id())
        .platform(facts.platform().id())
        .provider(facts.platform().provider())
        .contract(facts.contract().id())
        .zone(request.zone())
        .item(request.item())
        .quantity(quantity)
        .requestedQuantity(request.quantity())
        .fromRedundancy(fromRedundancy)
        .deploymentMode(request.deploymentMode())
        .deploymentReason(request.deploymentReason())
        .deploymentConsented(false)
        .integrated(false)
        .state(state)
        .appliedAt(facts.now())
        .addAllPeriods(request.periods())
        .adaptation(request.adaptation());
    return builder;
  }
}
