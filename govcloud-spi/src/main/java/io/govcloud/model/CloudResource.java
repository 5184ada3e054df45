package io.govcloud.model;

import io.govcloud.internal.GovcloudStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A cloud resource (云资源): a quantity of one catalog item, on one platform, for one department, through
 * its lifecycle (docs/rules.md#r5; Art. 13, 18–25). The rules that move it between {@link ResourceState}s are in
 * {@code govcloud-core}; this value only holds where it is.
 *
 * <p>{@link #department()} uses and pays for the resource; {@link #applicant()} filed the application:
 * the department itself, or its parent for a subordinate unit (Art. 19 2nd para). {@link
 * #requestedQuantity()} is what was asked for, {@link #fromRedundancy()} what the department's own
 * redundancy met (Art. 18), and {@link #quantity()} the shortfall requested as new resources.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@GovcloudStyle
public abstract class CloudResource implements Aggregate<ResourceId, CloudResource> {

  CloudResource() {}

  /**
   * {@return a new, empty builder: its {@code build()} throws IllegalStateException while a required
   * attribute is unset, and IllegalArgumentException when the values break an invariant}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CloudResource}. */
  public static final class Builder extends ImmutableCloudResource.Builder {
    Builder() {}
  }

  /**
   * The department's test of its systems in the trial (Art. 21).
   *
   * @param passed whether it passed
   * @param at when it was recorded, not null
   * @param notes what was tested, not null
   */
  public record TestResult(boolean passed, Instant at, String notes) {
    /**
     * Checks the fields.
     *
     * @param passed whether it passed
     * @param at when it was recorded, not null
     * @param notes what was tested, not null
     * @throws IllegalArgumentException if the instant or the notes are outside the limits (docs/rules.md#limits)
     */
    public TestResult {
      Limits.requireInstant(at, "the test's instant");
      Texts.requireStorable(notes, "the test's notes");
    }
  }

  /**
   * A change applied for (变更): the configuration wanted and the project it cites.
   *
   * @param item the item wanted, not blank
   * @param quantity the quantity wanted, positive
   * @param project the project of the annual list cited, not null
   * @param requestedAt when it was applied for, not null
   */
  public record PendingChange(String item, BigDecimal quantity, ProjectId project, Instant requestedAt) {
    /**
     * Checks the fields.
     *
     * @param item the item wanted, not blank
     * @param quantity the quantity wanted, positive
     * @param project the project of the annual list cited, not null
     * @param requestedAt when it was applied for, not null
     */
    public PendingChange {
      Ids.check(item, "item");
      Limits.requireQuantity(quantity, "quantity");
      Objects.requireNonNull(project, "project");
      Limits.requireInstant(requestedAt, "requestedAt");
    }
  }

  /**
   * A correction of a confirmed work order the department asked for, awaiting the provider's
   * acknowledgement (Art. 22; docs/rules.md#r4): once acknowledged, a new work order with this quantity
   * and time supersedes the one corrected.
   *
   * @param workOrder the work order corrected, not null
   * @param quantity the quantity it should have confirmed, positive
   * @param effectiveAt the time it should have confirmed, not null
   * @param reason why, not blank
   * @param requestedAt when the department asked, not null
   */
  public record PendingCorrection(WorkOrderId workOrder, BigDecimal quantity, Instant effectiveAt, String reason, Instant requestedAt) {
    /**
     * Checks the fields.
     *
     * @param workOrder the work order corrected, not null
     * @param quantity the quantity it should have confirmed, positive
     * @param effectiveAt the time it should have confirmed, not null
     * @param reason why, not blank
     * @param requestedAt when the department asked, not null
     * @throws IllegalArgumentException if the quantity or an instant is outside the limits
     *     (docs/rules.md#limits), or the reason blank or not storable
     */
    public PendingCorrection {
      Objects.requireNonNull(workOrder, "workOrder");
      Limits.requireQuantity(quantity, "quantity");
      Limits.requireInstant(effectiveAt, "effectiveAt");
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("the reason of a correction of " + workOrder + " must not be blank");
      }
      Texts.requireStorable(reason, "the reason of a correction of " + workOrder);
      Limits.requireInstant(requestedAt, "requestedAt");
    }
  }

  /** The steps of a termination before it may be confirmed (Art. 24). */
  public enum TerminationStep {
    /** The information system is taken offline (信息系统下线). */
    SYSTEM_OFFLINE,
    /** Its data is migrated and backed up (数据迁移备份). */
    DATA_MIGRATED_AND_BACKED_UP,
    /** The provider handed over the documents (移交相关文档). */
    DOCUMENTS_HANDED_OVER
  }

  /**
   * A termination under way.
   *
   * @param requestedAt when it was applied for, not null
   * @param project the project of the annual list cited, not null
   * @param done the steps of Art. 24 done so far, not null
   */
  public record Termination(Instant requestedAt, ProjectId project, Set<TerminationStep> done) {
    /**
     * Checks and copies the fields.
     *
     * @param requestedAt when it was applied for, not null
     * @param project the project of the annual list cited, not null
     * @param done the steps of Art. 24 done so far, not null
     */
    public Termination {
      Limits.requireInstant(requestedAt, "requestedAt");
      Objects.requireNonNull(project, "project");
      done = Set.copyOf(done);
    }

    /** {@return whether every step of Art. 24 is done} */
    public boolean isComplete() {
      return done.containsAll(Set.of(TerminationStep.values()));
    }
  }

  /**
   * The emergency path of Art. 25.
   *
   * @param reportedAt when it was reported to the authority, not null
   * @param provisionedAt when the provider configured it, if it did
   * @param completedAt the configuration-completion time the department confirmed, if it did
   * @param supplementApprovedAt when the supplementary project was approved, if it was
   * @param backfilledAt when the application was backfilled, if it was
   */
  public record Emergency(
      Instant reportedAt,
      Optional<Instant> provisionedAt,
      Optional<Instant> completedAt,
      Optional<Instant> supplementApprovedAt,
      Optional<Instant> backfilledAt) {
    /**
     * Checks the fields.
     *
     * @param reportedAt when it was reported to the authority, not null
     * @param provisionedAt when the provider configured it, if it did
     * @param completedAt the configuration-completion time the department confirmed, if it did
     * @param supplementApprovedAt when the supplementary project was approved, if it was
     * @param backfilledAt when the application was backfilled, if it was
     */
    public Emergency {
      Limits.requireInstant(reportedAt, "reportedAt");
      Limits.requireInstant(provisionedAt, "provisionedAt");
      Limits.requireInstant(completedAt, "completedAt");
      Limits.requireInstant(supplementApprovedAt, "supplementApprovedAt");
      Limits.requireInstant(backfilledAt, "backfilledAt");
    }

    /**
     * Just reported: nothing configured, confirmed, approved or backfilled yet.
     *
     * @param at when it was reported to the authority, not null
     * @return the emergency path at its first step
     * @throws NullPointerException if the instant is null
     */
    public static Emergency reported(Instant at) {
      return new Emergency(at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * One period of a demand with a fixed yearly pattern (Art. 23): from a day of the year on, this
   * quantity, until the next period's day.
   *
   * @param from the first day of the period each year, not null
   * @param quantity the quantity in that period, positive
   */
  public record Period(MonthDay from, BigDecimal quantity) {
    /**
     * Checks the fields.
     *
     * @param from the first day of the period each year, not null
     * @param quantity the quantity in that period, positive
     */
    public Period {
      Objects.requireNonNull(from, "from");
      Limits.requireQuantity(quantity, "quantity");
    }
  }

  @Override
  public abstract ResourceId id();

  /** {@return the department that uses and pays for it} */
  public abstract DepartmentId department();

  /** {@return the department that filed the application: the user or its parent (Art. 19)} */
  public abstract DepartmentId applicant();

  /** {@return the platform it runs on} */
  public abstract PlatformId platform();

  /** {@return the platform's provider when applied for} */
  public abstract ProviderId provider();

  /** {@return the contract its price comes from} */
  public abstract ContractId contract();

  /** {@return the project of the annual list it serves; empty only for an emergency not yet backfilled (Art. 25)} */
  public abstract Optional<ProjectId> project();

  /** {@return the business zone it runs in (Art. 9)} */
  public abstract NetworkZone zone();

  /** {@return the catalog item} */
  public abstract String item();

  /** {@return the quantity of new resources: the shortfall after redundancy (Art. 18)} */
  public abstract BigDecimal quantity();

  /** {@return the quantity asked for} */
  public abstract BigDecimal requestedQuantity();

  /** {@return the part of the request met from the department's own redundancy (Art. 18)} */
  public abstract BigDecimal fromRedundancy();

  /** {@return the deployment mode (Art. 13)} */
  public abstract DeploymentMode deploymentMode();

  /** {@return the reason stated for a mode other than shared cloud (Art. 13)} */
  public abstract Optional<String> deploymentReason();

  /** {@return whether the authority consented to the deployment mode (Art. 13)} */
  public abstract boolean deploymentConsented();

  /** {@return whether the data interface is open and the management software installed (Art. 13 3rd para, 16)} */
  public abstract boolean integrated();

  /** {@return where it is in its lifecycle} */
  public abstract ResourceState state();

  /** {@return when the application (or emergency report) was received} */
  public abstract Instant appliedAt();

  /** {@return when the provider opened the trial environment} */
  public abstract Optional<Instant> trialOpenedAt();

  /** {@return the last day of the trial, in the platform's zone} */
  public abstract Optional<LocalDate> trialEndsOn();

  /** {@return the latest test result} */
  public abstract Optional<TestResult> test();

  /** {@return the change applied for, while one is under way} */
  public abstract Optional<PendingChange> pendingChange();

  /** {@return the termination, once applied for} */
  public abstract Optional<Termination> termination();

  /** {@return the correction of one of its work orders awaiting the provider's acknowledgement, if any} */
  public abstract Optional<PendingCorrection> pendingCorrection();

  /** {@return the emergency path, for a resource reported as an emergency} */
  public abstract Optional<Emergency> emergency();

  /** {@return the periods of a demand with a fixed yearly pattern, by first day; empty if none (Art. 23)} */
  public abstract List<Period> periods();

  /**
   * {@return how the configuration applied for was adapted to the catalog item, when the catalog did not
   * list it (Art. 27; docs/rules.md#r3); empty for an application naming a catalog item}
   */
  public abstract Optional<ResourceAdaptation> adaptation();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  public abstract CloudResource withVersion(long version);

  /**
   * This resource in another state.
   *
   * @param state the state of the copy, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withState(ResourceState state);

  /**
   * This resource with another item.
   *
   * @param item the catalog item's code, not blank
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withItem(String item);

  /**
   * This resource with another quantity.
   *
   * @param quantity the quantity of new resources, positive
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withQuantity(BigDecimal quantity);

  /**
   * This resource citing another project.
   *
   * @param project the project of the annual list cited, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withProject(ProjectId project);

  /**
   * This resource with the authority's consent to its deployment mode given or not.
   *
   * @param consented whether the authority consented (Art. 13)
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withDeploymentConsented(boolean consented);

  /**
   * This resource integrated or not.
   *
   * @param integrated whether the data interface is open and the management software installed
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withIntegrated(boolean integrated);

  /**
   * This resource with its trial opened at an instant.
   *
   * @param openedAt when the provider opened the trial environment, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withTrialOpenedAt(Instant openedAt);

  /**
   * This resource with another last trial day.
   *
   * @param endsOn the last day of the trial in the platform's zone, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withTrialEndsOn(LocalDate endsOn);

  /**
   * This resource with a test result.
   *
   * @param test the latest test result, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withTest(TestResult test);

  /**
   * This resource with a change under way, or none.
   *
   * @param change the change under way, or empty once it is done or withdrawn
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withPendingChange(Optional<? extends PendingChange> change);

  /**
   * This resource with a termination under way.
   *
   * @param termination the termination under way, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withTermination(Termination termination);

  /**
   * This resource with a termination under way, or none.
   *
   * @param termination the termination under way, or empty for none
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withTermination(Optional<? extends Termination> termination);

  /**
   * This resource with a correction awaiting acknowledgement, or none.
   *
   * @param correction the correction awaiting acknowledgement, or empty for none
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withPendingCorrection(Optional<? extends PendingCorrection> correction);

  /**
   * This resource with its emergency path.
   *
   * @param emergency the emergency path, not null
   * @return a copy of this resource with that value
   */
  public abstract CloudResource withEmergency(Emergency emergency);

  @Value.Check
  void check() {
    Texts.requireVersion(version());
    Ids.check(item(), "item");
    Limits.requireQuantity(quantity(), "resource " + id() + ": quantity");
    Limits.requireQuantity(requestedQuantity(), "resource " + id() + ": requestedQuantity");
    Limits.requireQuantityOrZero(fromRedundancy(), "resource " + id() + ": fromRedundancy");
    Texts.requireStorable(deploymentReason(), "resource " + id() + ": deploymentReason");
    Limits.requireInstant(appliedAt(), "resource " + id() + ": appliedAt");
    Limits.requireInstant(trialOpenedAt(), "resource " + id() + ": trialOpenedAt");
    if (project().isEmpty() && emergency().isEmpty()) {
      throw new IllegalArgumentException("resource " + id() + " must cite a project of the annual list (Art. 28)");
    }
    for (int i = 1; i < periods().size(); i++) {
      if (!periods().get(i - 1).from().isBefore(periods().get(i).from())) {
        throw new IllegalArgumentException("resource " + id() + ": periods must be in order of their first day, without repeats");
      }
    }
  }
}
