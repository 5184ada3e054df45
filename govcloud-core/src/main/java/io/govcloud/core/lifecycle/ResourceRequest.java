package io.govcloud.core.lifecycle;

import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
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
 * <p>Created with {@link #of} and refined with the {@code with*} methods. This class is immutable and
 * thread-safe.
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
      List<CloudResource.Period> periods) {
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
        DeploymentMode.SHARED, Optional.empty(), List.of());
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
        DeploymentMode.SHARED, Optional.empty(), List.of());
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
        item, quantity, deploymentMode, deploymentReason, periods);
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
        deploymentMode, deploymentReason, periods);
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
        reason.isBlank() ? Optional.empty() : Optional.of(reason.strip()), periods);
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
        deploymentMode, deploymentReason, List.copyOf(periods));
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

  /** {@return the catalog item's code} */
  public String item() {
    return item;
  }

  /** {@return the quantity asked for} */
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
