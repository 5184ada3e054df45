/**
 * Payments of fees (Art. 31; rule R4) as pure functions: {@link io.govcloud.core.payments.Payments#record}
 * checks a department's payment against the account's annual statement (a positive whole number of fen,
 * an account with a bill, no overpayment), and {@link io.govcloud.core.payments.Payments#arrears} flags a
 * year's fees left unpaid at its end. The statement carries the payments, what was paid and what is
 * outstanding ({@link io.govcloud.model.AnnualStatement#outstanding()}).
 *
 * <p>Every rule here is pure: no clock, no I/O, no logging. Expected refusals are {@link
 * io.govcloud.model.Violation}s with the codes of {@link io.govcloud.core.payments.PaymentViolations}.
 */
package io.govcloud.core.payments;
