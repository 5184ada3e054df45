/**
 * Monthly billing (docs/rules.md#r4; Art. 22, 24, 30, 31): {@link io.govcloud.core.billing.Proration} of
 * partial months by cumulative half-up rounding, a resource's {@link io.govcloud.core.billing.BillingHistory}
 * from its confirmed work orders, monthly bills by {@link io.govcloud.core.billing.Billing}, their
 * issuance and adjustments in the immutable {@link io.govcloud.core.billing.BillingLedger}, annual
 * statements by {@link io.govcloud.core.billing.AnnualStatements}, and the {@link
 * io.govcloud.core.billing.Reconciliation} of a provider's statement with a bill.
 *
 * <p>Every rule here is pure: no clock, no I/O, no logging. Expected refusals are {@link
 * io.govcloud.model.Violation}s with the codes of {@link io.govcloud.core.billing.BillingViolations}.
 */
package io.govcloud.core.billing;
