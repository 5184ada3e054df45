/**
 * Annual acceptance and evaluation, fee deduction and rectification (rule R7; Art. 32, 36, 40–43), as pure
 * functions: the {@link io.govcloud.core.acceptance.SecurityGates} of Art. 32 and 36 with their {@link
 * io.govcloud.core.acceptance.AttestationValidity}; the yearly {@link
 * io.govcloud.core.acceptance.Evaluations} under an {@link io.govcloud.core.acceptance.EvaluationPolicy};
 * the providers' {@link io.govcloud.core.acceptance.AnnualResults}, weighted by fees; the {@link
 * io.govcloud.core.acceptance.DeductionTable} and the {@link io.govcloud.core.acceptance.AcceptanceDeductions}
 * port it feeds the annual statement through; {@link io.govcloud.core.acceptance.Rectifications} and the
 * suspension they hold; the {@link io.govcloud.core.acceptance.SupervisionReport} of Art. 43.
 *
 * <p>Every rule here is pure: no clock, no I/O, no logging. The measures fix none of the numbers (weights,
 * thresholds, validity periods, deduction shares): they are configuration a host passes in as an {@link
 * io.govcloud.core.acceptance.AcceptancePolicy}, and the library ships none, so that nothing is guessed.
 * Expected refusals are {@link io.govcloud.model.Violation}s with the codes of {@link
 * io.govcloud.core.acceptance.AcceptanceViolations}.
 */
package io.govcloud.core.acceptance;
