package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.core.catalog.AdaptationPolicies;
import io.govcloud.core.reallocation.ReallocationPolicy;
import io.govcloud.model.CatalogHistory;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The command classes behind the facets of the entry point, one per capability, built once per {@code
 * GovCloud} over one {@link ActionRunner}. A new capability adds its command class here, a facet in
 * {@code io.govcloud.core} that delegates to it, and a method of {@code ActorScope} that returns the
 * facet.
 *
 * @param runner the runner every command uses, not null
 * @param registrations registrations (rule R8), not null
 * @param supplements supplementary contracts and their prices (rules R2, R8), not null
 * @param lifecycle the resource lifecycle (rule R5), not null
 * @param emergencies emergencies (rule R5.8, Art. 25), not null
 * @param billing billing (rule R4), not null
 * @param records reads (rule R9), not null
 * @param reallocation elastic reallocation (rule R6), not null
 * @param acceptance acceptance, evaluation and rectification (rule R7), not null
 * @param payments payments of fees (Art. 31), not null
 */
public record Capabilities(
    ActionRunner runner,
    RegistrationCommands registrations,
    SupplementCommands supplements,
    LifecycleCommands lifecycle,
    EmergencyCommands emergencies,
    BillingCommands billing,
    RecordCommands records,
    ReallocationCommands reallocation,
    AcceptanceCommands acceptance,
    PaymentCommands payments) {

  /** Checks the fields. */
  public Capabilities {
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(supplements, "supplements");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(emergencies, "emergencies");
    Objects.requireNonNull(billing, "billing");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(reallocation, "reallocation");
    Objects.requireNonNull(acceptance, "acceptance");
    Objects.requireNonNull(payments, "payments");
  }

  /**
   * The commands over one runner, opening deadlines with a given tracker.
   *
   * @param runner the runner, not null
   * @param deadlines the tracker of the deadlines, counting in {@code calendar}, not null
   * @param calendar the working-day calendar as it is at each call, not null
   * @param catalog the service catalog's versions as they are at each call, not null
   * @param proration the proration of partial months, not null
   * @param reallocation the numbers of elastic reallocation (rule R6), not null
   * @param acceptance the acceptance configuration (rule R7), not null
   * @param adaptation the adaptation policy's versions (rule R3), not null
   * @return the commands, not null
   */
  public static Capabilities of(
      ActionRunner runner, DeadlineTracker deadlines, Supplier<WorkingDayCalendar> calendar, Supplier<CatalogHistory> catalog,
      Proration proration, ReallocationPolicy reallocation, AcceptancePolicy acceptance, AdaptationPolicies adaptation) {
    ResourceActions resources = new ResourceActions(runner, deadlines, catalog, adaptation);
    return new Capabilities(
        runner,
        new RegistrationCommands(runner, deadlines, catalog),
        new SupplementCommands(runner, catalog),
        new LifecycleCommands(resources, new IdleCapacities(catalog, reallocation), new CaseSteps(catalog)),
        new EmergencyCommands(resources),
        new BillingCommands(runner, catalog, proration, acceptance),
        new RecordCommands(runner),
        new ReallocationCommands(runner, calendar, catalog, reallocation, resources),
        new AcceptanceCommands(runner, acceptance, proration),
        new PaymentCommands(runner, acceptance, proration));
  }
}
