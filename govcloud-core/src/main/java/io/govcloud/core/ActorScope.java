package io.govcloud.core;

import io.govcloud.core.internal.Capabilities;
import io.govcloud.model.Actor;

/**
 * What one actor may do, by capability (rule R9: every action names its actor): {@link #registry()},
 * {@link #resources()}, {@link #emergencies()}, {@link #billing()}, {@link #records()}, {@link
 * #reallocation()}, {@link #acceptance()} and {@link #payments()}, each a facet
 * whose methods are checked against the access rules and audited. Obtained from {@link
 * GovCloud#as(Actor)}:
 *
 * <pre>{@code
 * gov.as(dept).resources().apply(request).getOrElseThrow(Violation::toException);
 * gov.as(authority).billing().issue(YearMonth.of(2026, 3));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; a scope and its facets are cheap, and may be kept or made
 * anew for every call.
 */
public final class ActorScope {

  private final Actor actor;
  private final Capabilities capabilities;

  ActorScope(Actor actor, Capabilities capabilities) {
    this.actor = actor;
    this.capabilities = capabilities;
  }

  /**
   * The actor of this scope.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Registrations (rule R8): providers, departments, platforms, projects, contracts and supplements, and
   * a provider's suspension (Art. 3, 9–12, 19, 20, 28, 29, 42).
   *
   * @return the actor's registry facet, not null
   */
  public RegistryFacet registry() {
    return new RegistryFacet(actor, capabilities.registrations(), capabilities.supplements());
  }

  /**
   * The resource lifecycle (rule R5): apply, approve or reject, trial, test, confirm; change; terminate
   * (Art. 13, 18–24, 27, 28, 42).
   *
   * @return the actor's resources facet, not null
   */
  public ResourcesFacet resources() {
    return new ResourcesFacet(actor, capabilities.lifecycle());
  }

  /**
   * Corrections of confirmed work orders (rule R4): the department asks, the provider acknowledges or
   * declines (Art. 22, 30).
   *
   * @return the actor's corrections facet, not null
   */
  public CorrectionsFacet corrections() {
    return new CorrectionsFacet(actor, capabilities.lifecycle().corrections());
  }

  /**
   * Emergencies (rule R5.8): report, provision within 24 hours, confirm, record the supplementary
   * project's approval, backfill within 2 working days (Art. 25).
   *
   * @return the actor's emergencies facet, not null
   */
  public EmergenciesFacet emergencies() {
    return new EmergenciesFacet(actor, capabilities.emergencies());
  }

  /**
   * Monthly billing (rule R4): issue a month, read bills, annual statements, reconcile a provider's
   * statement (Art. 22, 30, 31, 41).
   *
   * @return the actor's billing facet, not null
   */
  public BillingFacet billing() {
    return new BillingFacet(actor, capabilities.billing());
  }

  /**
   * Reads (rule R9): a resource, the resources the actor may read, work orders, the audit trail (Art. 16,
   * 33, 44).
   *
   * @return the actor's records facet, not null
   */
  public RecordsFacet records() {
    return new RecordsFacet(actor, capabilities.records());
  }

  /**
   * Elastic reallocation (rule R6): the redundancy ratio, utilization data, reduction cases, supervision
   * and forced reduction (Art. 15–17, 23).
   *
   * @return the actor's reallocation facet, not null
   */
  public ReallocationFacet reallocation() {
    return new ReallocationFacet(actor, capabilities.reallocation());
  }

  /**
   * Acceptance and evaluation (rule R7): security attestations, evaluations, the annual result and its
   * publication, rectification by a deadline, the supervision report (Art. 32, 36, 40–43).
   *
   * @return the actor's acceptance facet, not null
   */
  public AcceptanceFacet acceptance() {
    return new AcceptanceFacet(actor, capabilities.acceptance());
  }

  /**
   * Payments of fees (Art. 31): record a payment, read an account's payments.
   *
   * @return the actor's payments facet, not null
   */
  public PaymentsFacet payments() {
    return new PaymentsFacet(actor, capabilities.payments());
  }

  @Override
  public String toString() {
    return "ActorScope[" + actor + "]";
  }
}
