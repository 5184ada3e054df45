package io.govcloud.core.acceptance;

import java.util.Objects;

/**
 * The configuration of acceptance a host passes in (rule R7; Art. 32, 36, 40, 41): the evaluation policies,
 * the attestations' validity periods and the deduction tables, each versioned and citing its documents. The
 * measures fix none of their numbers, so {@link #unconfigured()} holds none: with it every evaluation and
 * every deduction is refused with its reason, never guessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param evaluation the evaluation policies, not null
 * @param validity the attestations' validity periods, not null
 * @param deductions the deduction tables, not null
 */
public record AcceptancePolicy(EvaluationPolicies evaluation, AttestationValidity validity, DeductionTables deductions) {

  private static final AcceptancePolicy UNCONFIGURED =
      new AcceptancePolicy(EvaluationPolicies.none(), AttestationValidity.none(), DeductionTables.none());

  /**
   * Checks the fields.
   *
   * @param evaluation the evaluation policies, not null
   * @param validity the attestations' validity periods, not null
   * @param deductions the deduction tables, not null
   * @throws NullPointerException if a field is null
   */
  public AcceptancePolicy {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(deductions, "deductions");
  }

  /**
   * No policy, no period, no table: what the library ships.
   *
   * @return the configuration, not null
   */
  public static AcceptancePolicy unconfigured() {
    return UNCONFIGURED;
  }

  /**
   * This configuration with other evaluation policies.
   *
   * @param evaluation the policies, not null
   * @return a new configuration, not null
   */
  public AcceptancePolicy withEvaluation(EvaluationPolicies evaluation) {
    return new AcceptancePolicy(evaluation, validity, deductions);
  }

  /**
   * This configuration with other validity periods.
   *
   * @param validity the periods, not null
   * @return a new configuration, not null
   */
  public AcceptancePolicy withValidity(AttestationValidity validity) {
    return new AcceptancePolicy(evaluation, validity, deductions);
  }

  /**
   * This configuration with other deduction tables.
   *
   * @param deductions the tables, not null
   * @return a new configuration, not null
   */
  public AcceptancePolicy withDeductions(DeductionTables deductions) {
    return new AcceptancePolicy(evaluation, validity, deductions);
  }
}
