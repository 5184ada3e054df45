/**
 * The entry point: {@link io.govcloud.core.GovCloud} runs the rules against a host's store, calendar,
 * notifier and clock; {@code gov.as(actor)} gives an {@link io.govcloud.core.ActorScope} whose methods
 * return one facet per capability: {@link io.govcloud.core.RegistryFacet} (rule R8), {@link
 * io.govcloud.core.ResourcesFacet} (rule R5), {@link io.govcloud.core.EmergenciesFacet} (Art. 25), {@link
 * io.govcloud.core.BillingFacet} (rule R4), {@link io.govcloud.core.RecordsFacet} (rule R9), {@link
 * io.govcloud.core.ReallocationFacet} (rule R6), {@link io.govcloud.core.AcceptanceFacet} (rule R7) and
 * {@link io.govcloud.core.PaymentsFacet} (Art. 31).
 *
 * <p>A facet is a public final class with a package-private constructor holding only Javadoc, argument
 * checks and delegation to a command class of {@code io.govcloud.core.internal}, where the unit of work
 * is run: access checked (the role first, then the reach; an unknown id refused like one out of reach),
 * the pure rule applied, the change saved and audited, its notices queued. A new capability adds one
 * facet here, one command class registered in the internal {@code Capabilities}, its refusal codes in a
 * {@code *Violations} class of its own package, and its notification types in {@link
 * io.govcloud.core.NotificationTypes}, with their texts in the internal {@code Notices}.
 */
package io.govcloud.core;
