package io.govcloud.core.lifecycle;

import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.ResourceAdaptation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a department asks for when it applies to open resources (Art. 18, 19, 23, 27, 28) or reports an
 * emergency (Art. 25): a catalog item and quantity on a platform, under a contract, for a project of the
 * annual list, in a zone, with a deployment mode. What of it the department's own idle capacity meets
 * first (Art. 18) is not the caller's to say: the entry point reads it from the recorded utilization
 * data (Art. 16; {@code io.govcloud.core.reallocation.Redundancy}).
 *
 * <p>A department that does not know the catalog item may ask for a configuration instead ({@link
 * #forConfiguration}): the entry point adapts it to the item of nearest function and configuration of the
 * catalog version in force (Art. 27; docs/rules.md#r3), applies for that item in the units it takes, and
 * records the adaptation on the resource; when nothing fits, the application is refused with the
 * self-procurement path (Art. 27, 35).
 *
 * <p>Created with {@link #of} or {@link #forConfiguration} and refined with the {@code with*} methods.
 * This class is immutable and thread-safe.
 */
public final class ResourceRequest {

  private final Optional<DepartmentId> forDepartment;
  private final PlatformId platform;
  private final ContractId contract;
  private final Optional<ProjectId> project;
  private final NetworkZone zone;
  private final String item;
  private final BigDecimal quantity;
  private final DeploymentMode deploymentMode;
  private final Optional<String> deploymentReason;
  private final List<CloudResource.Period> periods;
  private final Optional<AdaptationRequest> configuration;
  private final Optional<ResourceAdaptation> adaptation;

  private ResourceRequest(
      Optional<DepartmentId> forDepartment,
      PlatformId platform,
      ContractId contract,
      Optional<ProjectId> project,
      NetworkZone zone,
      String item,
      BigDecimal quantity,
      DeploymentMode deploymentMode,
      Optional<String> deploymentReason,
      List<CloudResource.Period> periods,
      Optional<AdaptationRequest> configuration,
      Optional<ResourceAdaptation> adaptation) {
    this.forDepartment = forDepartment;
    this.platform = platform;
    this.contract = contract;
    this.project = project;
    this.zone = zone;
    this.item = item;
    this.quantity = quantity;
    this.deploymentMode = deploymentMode;
    this.deploymentReason = deploymentReason;
    this.periods = periods;
    this.configuration = configuration;
    this.adaptation = adaptation;
  }

  /**
   * A request for the applicant itself, in the e-gov extranet zone, shared cloud.
   *
   * @param project the project of the annual list cited, not null
   * @param platform the platform, not null
   * @param contract the contract, not null
   * @param item the catalog item's code, not blank
   * @param quantity the quantity, positive
   * @return the request, not null
   * @throws IllegalArgumentException if the item is blank or the quantity not positive
   */
  public static ResourceRequest of(ProjectId project, PlatformId platform, ContractId contract, String item, BigDecimal quantity) {
    Objects.requireNonNull(project, "project");
    return new ResourceRequest(
        Optional.empty(), Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(contract, "contract"),
        Optional.of(project), NetworkZone.EXTRANET, requireItem(item), requirePositive(quantity, "quantity"),
        DeploymentMode.SHARED, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * An emergency request (Art. 25): no project yet; one is supplemented and the application backfilled.
   *
   * @see #of(ProjectId, PlatformId, ContractId, String, BigDecimal)
   * @param platform the platform, not null
   * @param contract the contract, not null
   * @param item the catalog item's code, not blank
   * @param quantity the quantity, positive
   * @return the request, without project, in the e-gov extranet zone, shared cloud
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the item is blank or the quantity not positive
   */
  public static ResourceRequest emergency(PlatformId platform, ContractId contract, String item, BigDecimal quantity) {
    return new ResourceRequest(
        Optional.empty(), Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(contract, "contract"),
        Optional.empty(), NetworkZone.EXTRANET, requireItem(item), requirePositive(quantity, "quantity"),
        DeploymentMode.SHARED, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * A request for a configuration rather than a catalog item, for the applicant itself, in the e-gov
   * extranet zone, shared cloud: the entry point adapts it to the catalog version in force on the day of
   * the application (Art. 27; docs/rules.md#r3) before any other rule applies to it.
   *
   * @param project the project of the annual list cited, not null
   * @param platform the platform, not null
   * @param contract the contract, not null
   * @param configuration the category, what one instance needs and the number of instances, not null
   * @return the request, not null
   */
  public static ResourceRequest forConfiguration(
      ProjectId project, PlatformId platform, ContractId contract, AdaptationRequest configuration) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(configuration, "configuration");
    return new ResourceRequest(
        Optional.empty(), Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(contract, "contract"),
        Optional.of(project), NetworkZone.EXTRANET, null, BigDecimal.valueOf(configuration.instances()),
        DeploymentMode.SHARED, Optional.empty(), List.of(), Optional.of(configuration), Optional.empty());
  }

  /**
   * This request for a configuration, adapted: a request for the item chosen, in the units it takes, that
   * carries the adaptation for the resource to record (or none, when the catalog lists the configuration
   * itself). The entry point calls it; a host has no need to.
   *
   * @param item the item's code, not blank
   * @param units the units of the item for all instances, positive
   * @param adaptation how it was adapted, or empty for a configuration the catalog lists; not null
   * @return the request for the item, not null
   * @throws IllegalStateException if this request names an item already
   * @throws IllegalArgumentException if the item is blank or the units not positive
   */
  public ResourceRequest adaptedTo(String item, BigDecimal units, Optional<ResourceAdaptation> adaptation) {
    if (configuration.isEmpty()) {
      throw new IllegalStateException("request for item " + this.item + " names an item already: nothing to adapt");
    }
    return new ResourceRequest(forDepartment, platform, contract, project, zone, requireItem(item), requirePositive(units, "units"),
        deploymentMode, deploymentReason, periods, Optional.empty(), Objects.requireNonNull(adaptation, "adaptation"));
  }

  /**
   * This request on behalf of a subordinate unit (Art. 19 2nd para).
   *
   * @param department the subordinate unit that will use and pay for the resource, not null
   * @return a copy of this request for that unit
   * @throws NullPointerException if the department is null
   */
  public ResourceRequest forSubordinate(DepartmentId department) {
    return new ResourceRequest(Optional.of(Objects.requireNonNull(department, "department")), platform, contract, project, zone,
        item, quantity, deploymentMode, deploymentReason, periods, configuration, adaptation);
  }

  /**
   * This request in another zone (Art. 9).
   *
   * @param zone the business zone, not null
   * @return a copy of this request in that zone
   * @throws NullPointerException if the zone is null
   */
  public ResourceRequest inZone(NetworkZone zone) {
    return new ResourceRequest(forDepartment, platform, contract, project, Objects.requireNonNull(zone, "zone"), item, quantity,
        deploymentMode, deploymentReason, periods, configuration, adaptation);
  }

  /**
   * This request in a deployment mode other than shared cloud, with the reason stated (Art. 13).
   *
   * @param mode the deployment mode, not null
   * @param reason why shared cloud does not fit, not null; stripped, and a blank reason counts as none,
   *     which the application refuses ({@code DEPLOYMENT_REASON_REQUIRED}) for a mode that needs consent
   * @return a copy of this request in that mode
   * @throws NullPointerException if an argument is null
   */
  public ResourceRequest withDeployment(DeploymentMode mode, String reason) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(reason, "reason");
    return new ResourceRequest(forDepartment, platform, contract, project, zone, item, quantity, mode,
        reason.isBlank() ? Optional.empty() : Optional.of(reason.strip()), periods, configuration, adaptation);
  }

  /**
   * This request with a fixed yearly pattern of quantities (Art. 23).
   *
   * @param periods the periods, by first day, not null; empty for a constant demand
   * @return a copy of this request with those periods
   * @throws NullPointerException if the list or a period is null
   */
  public ResourceRequest withPeriods(List<CloudResource.Period> periods) {
    return new ResourceRequest(forDepartment, platform, contract, project, zone, item, quantity,
        deploymentMode, deploymentReason, List.copyOf(periods), configuration, adaptation);
  }

  /** {@return the subordinate unit the request is for, if not the applicant itself} */
  public Optional<DepartmentId> forDepartment() {
    return forDepartment;
  }

  /** {@return the platform} */
  public PlatformId platform() {
    return platform;
  }

  /** {@return the contract} */
  public ContractId contract() {
    return contract;
  }

  /** {@return the project of the annual list cited; empty for an emergency} */
  public Optional<ProjectId> project() {
    return project;
  }

  /** {@return the business zone} */
  public NetworkZone zone() {
    return zone;
  }

  /**
   * The catalog item's code.
   *
   * @return the code, not null
   * @throws IllegalStateException for a request for a configuration not yet adapted ({@link #configuration()})
   */
  public String item() {
    if (item == null) {
      throw new IllegalStateException("a request for " + configuration.orElseThrow() + " names no item until it is adapted (Art. 27)");
    }
    return item;
  }

  /** {@return the configuration asked for instead of an item, until the entry point adapts it; empty for a request for an item} */
  public Optional<AdaptationRequest> configuration() {
    return configuration;
  }

  /** {@return how the configuration asked for was adapted to {@link #item()}, once adapted; otherwise empty} */
  public Optional<ResourceAdaptation> adaptation() {
    return adaptation;
  }

  /** {@return the quantity asked for: for a request for a configuration not yet adapted, its number of instances} */
  public BigDecimal quantity() {
    return quantity;
  }

  /** {@return the deployment mode} */
  public DeploymentMode deploymentMode() {
    return deploymentMode;
  }

  /** {@return the reason stated for the deployment mode} */
  public Optional<String> deploymentReason() {
    return deploymentReason;
  }

  /** {@return the periods of a demand with a fixed yearly pattern} */
  public List<CloudResource.Period> periods() {
    return periods;
  }

  private static String requireItem(String item) {
    Objects.requireNonNull(item, "item");
    if (item.isBlank()) {
      throw new IllegalArgumentException("item must not be blank");
    }
    return item;
  }

  private static BigDecimal requirePositive(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value.toPlainString());
    }
    return value;
  }
}
