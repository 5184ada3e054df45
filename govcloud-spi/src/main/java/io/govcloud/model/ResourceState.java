package io.govcloud.model;

/** The states of a cloud resource's lifecycle (docs/rules.md#r5; Art. 18–25). */
public enum ResourceState {
  /** Applied for through the host system; the authority has 2 working days to notify the provider (Art. 19, 20). */
  APPLIED,
  /** Rejected by the authority. */
  REJECTED,
  /** The authority approved and notified the provider to offer a trial environment (Art. 20). */
  TRIAL_NOTIFIED,
  /** The provider opened the trial environment; the department tests (Art. 20, 21). */
  IN_TRIAL,
  /** The department's test failed; it may test again within the trial (Art. 21). */
  TEST_FAILED,
  /** The department's test passed: opening may be confirmed (Art. 21). */
  TEST_PASSED,
  /** Confirmed and in service; billed from its work orders (Art. 22, 30). */
  ACTIVE,
  /** A change applied for (Art. 19). */
  CHANGE_REQUESTED,
  /** A change approved by the authority, awaiting the department's confirmation (Art. 22). */
  CHANGE_APPROVED,
  /** A termination applied for (Art. 19). */
  TERMINATION_REQUESTED,
  /** A termination approved; the checklist of Art. 24 is under way. */
  TERMINATION_APPROVED,
  /** Terminated and confirmed (Art. 24). */
  TERMINATED,
  /** An emergency reported to the authority; the provider has 24 hours (Art. 25). */
  EMERGENCY_REPORTED,
  /** The provider configured the emergency resources (Art. 25). */
  EMERGENCY_PROVISIONED,
  /** The department confirmed the emergency configuration; the application must be backfilled (Art. 25). */
  EMERGENCY_CONFIRMED
}
