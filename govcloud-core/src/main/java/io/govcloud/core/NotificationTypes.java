package io.govcloud.core;

import io.govcloud.model.ReductionStep;
import io.govcloud.model.TrackedDeadline;
import java.util.Objects;

/**
 * The types of the notifications govcloud sends through the host's {@link io.govcloud.spi.Notifier}
 * (rule R9, Art. 16): the value of {@link io.govcloud.model.Notification#type()}, stable, one constant
 * each, so that a host can switch on them ({@code case NotificationTypes.BILL_ISSUED -> ...}). Each
 * notification also carries its article, a Chinese and an English text and the values they refer to.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NotificationTypes {

  /** To the authority: a department applied to open resources; 2 working days to notify the provider (Art. 20). */
  public static final String APPLICATION_RECEIVED = "APPLICATION_RECEIVED";
  /** To the provider: offer a trial environment for an approved application (Art. 20). */
  public static final String TRIAL_ENVIRONMENT_REQUESTED = "TRIAL_ENVIRONMENT_REQUESTED";
  /** To the applicant: its application was rejected, with the reason (Art. 20). */
  public static final String APPLICATION_REJECTED = "APPLICATION_REJECTED";
  /** To the department: the trial environment is open, test before the trial ends (Art. 21). */
  public static final String TRIAL_OPENED = "TRIAL_OPENED";
  /** To the authority: a department applied for a change (Art. 19). */
  public static final String CHANGE_APPLIED = "CHANGE_APPLIED";
  /** To the provider: implement an approved change (Art. 20). */
  public static final String CHANGE_APPROVED = "CHANGE_APPROVED";
  /** To the applicant: its change was rejected, with the reason (Art. 19). */
  public static final String CHANGE_REJECTED = "CHANGE_REJECTED";
  /** To the authority: a department applied for a termination (Art. 19). */
  public static final String TERMINATION_APPLIED = "TERMINATION_APPLIED";
  /** To the provider: a termination is approved, hand over the documents (Art. 24). */
  public static final String TERMINATION_APPROVED = "TERMINATION_APPROVED";
  /** To the applicant: its termination was rejected, with the reason (Art. 19). */
  public static final String TERMINATION_REJECTED = "TERMINATION_REJECTED";
  /** To the authority and the provider: an emergency need was reported; 24 hours to provision (Art. 25). */
  public static final String EMERGENCY_REPORTED = "EMERGENCY_REPORTED";
  /** To the applicant: the emergency resources are configured; confirm them and file the project supplement (Art. 25). */
  public static final String EMERGENCY_PROVISIONED = "EMERGENCY_PROVISIONED";
  /** To the authority: a department backfilled the application of emergency resources (Art. 25). */
  public static final String APPLICATION_BACKFILLED = "APPLICATION_BACKFILLED";
  /** To the department and the provider: a work order was generated, the reference for payment (Art. 22). */
  public static final String WORK_ORDER_GENERATED = "WORK_ORDER_GENERATED";
  /**
   * To the provider: a department asks to correct the quantity or time of a confirmed work order, stating
   * why; the correction awaits the provider's acknowledgement (Art. 22; docs/rules.md#r4).
   */
  public static final String CORRECTION_REQUESTED = "CORRECTION_REQUESTED";
  /**
   * To the department: the provider acknowledged a correction; a new work order supersedes the one
   * corrected, and the next month issued carries the difference (Art. 22, 30).
   */
  public static final String CORRECTION_ACKNOWLEDGED = "CORRECTION_ACKNOWLEDGED";
  /** To the department: the provider declined a correction, stating why; the work order stands (Art. 22). */
  public static final String CORRECTION_DECLINED = "CORRECTION_DECLINED";
  /** To the authority: a department filed a contract (Art. 12). */
  public static final String CONTRACT_FILED = "CONTRACT_FILED";
  /**
   * To the authority of a contract's platform's jurisdiction and the municipal authority: a new catalog
   * version loaded at runtime lowers an item's cap below a running contract's price, or no longer lists a
   * priced item; the contract stands and bills its price until a supplementary contract revises it (Art.
   * 26, 27; docs/rules.md#r2).
   */
  public static final String PRICE_ABOVE_NEW_CAP = "PRICE_ABOVE_NEW_CAP";
  /** To the provider: it is suspended from new services until rectified, with the reason (Art. 42). */
  public static final String PROVIDER_SUSPENDED = "PROVIDER_SUSPENDED";
  /** To the provider: its suspension is lifted (Art. 42). */
  public static final String PROVIDER_REINSTATED = "PROVIDER_REINSTATED";
  /** To the department and the provider of an account: a month's bill is issued (Art. 30). */
  public static final String BILL_ISSUED = "BILL_ISSUED";
  /**
   * To the issuing authority, the department and the provider of an account: the account is left out
   * of a month issued, because a resource of it cannot be billed; the data name the resources and the
   * codes (Art. 30; docs/rules.md#r4).
   */
  public static final String BILL_WITHHELD = "BILL_WITHHELD";
  /** To every evaluator and the provider: a provider's annual evaluation result is published (Art. 40, 3rd para). */
  public static final String ANNUAL_RESULT_PUBLISHED = "ANNUAL_RESULT_PUBLISHED";
  /** To the provider: a problem is to be rectified by a deadline (Art. 42). */
  public static final String RECTIFICATION_ORDERED = "RECTIFICATION_ORDERED";
  /** To the provider and the ordering authority: a rectification was not completed by its deadline (Art. 42). */
  public static final String RECTIFICATION_OVERDUE = "RECTIFICATION_OVERDUE";
  /** To the provider: a rectification was found still wanting (Art. 42). */
  public static final String RECTIFICATION_REJECTED = "RECTIFICATION_REJECTED";
  /** To the provider: a rectification was accepted (Art. 42). */
  public static final String RECTIFICATION_ACCEPTED = "RECTIFICATION_ACCEPTED";
  /** To the provider: a department recorded a payment of its fees (Art. 31). */
  public static final String PAYMENT_RECORDED = "PAYMENT_RECORDED";
  /**
   * To the authority issuing a month: work orders on its jurisdiction's platforms confirmed since its last
   * issuance reach back before its billing ledger's first month; those days are not billed (Art. 30;
   * docs/rules.md#r4).
   */
  public static final String SERVICE_BEFORE_LEDGER = "SERVICE_BEFORE_LEDGER";
  /** To the department and the provider of an account: fees of a year were left unpaid at its end, with the amount (Art. 31). */
  public static final String FEES_UNPAID_AT_YEAR_END = "FEES_UNPAID_AT_YEAR_END";
  /** To the party responsible: a deadline expires within the policy's lead time (rule R1). */
  public static final String DEADLINE_APPROACHING = "DEADLINE_APPROACHING";
  /** To the party responsible: today is a deadline's last day (rule R1). */
  public static final String DEADLINE_DUE = "DEADLINE_DUE";
  /** To the party responsible: a deadline expired and was not met (rule R1). */
  public static final String DEADLINE_MISSED = "DEADLINE_MISSED";
  /**
   * To the party responsible: a holiday notice was loaded and a deadline counted without it moved to
   * another last day (rule R1).
   */
  public static final String DEADLINE_MOVED = "DEADLINE_MOVED";

  /**
   * To the department: its idle capacity on a platform is above the redundancy ratio; reduce at least the
   * least reduction within one month (Art. 17, the management system's reminder).
   */
  public static final String REDUCTION_REMINDED = "REDUCTION_REMINDED";
  /** To the authority of the same level: a reminded department did not reduce within one month; supervise it (Art. 17). */
  public static final String REDUCTION_REMINDER_LAPSED = "REDUCTION_REMINDER_LAPSED";
  /** To the department: the authority supervises the reduction; five working days to reduce (Art. 17). */
  public static final String REDUCTION_SUPERVISED = "REDUCTION_SUPERVISED";
  /** To the authority of the same level: more than five working days passed since its supervision; it may reduce (Art. 17). */
  public static final String REDUCTION_SUPERVISION_LAPSED = "REDUCTION_SUPERVISION_LAPSED";
  /** To the department: the authority reduced its resources; change work orders follow (Art. 17, 22). */
  public static final String REDUCTION_BY_AUTHORITY = "REDUCTION_BY_AUTHORITY";
  /** To the department and the authority: the department's own reductions closed the case (Art. 17). */
  public static final String REDUCTION_RESOLVED_BY_DEPARTMENT = "REDUCTION_RESOLVED_BY_DEPARTMENT";
  /** To the department and the authority: new data at or below the ratio closed the case (Art. 16, 17). */
  public static final String REDUCTION_RESOLVED_BY_DATA = "REDUCTION_RESOLVED_BY_DATA";

  private NotificationTypes() {}

  /**
   * The type of the notice of a step of a reduction case (rule R6): one notice per step, sent once.
   *
   * @param step the step's kind, not null
   * @return one of the {@code REDUCTION_*} constants
   * @throws NullPointerException if the step is null
   */
  public static String reductionStep(ReductionStep.Kind step) {
    return switch (Objects.requireNonNull(step, "step")) {
      case REMINDED -> REDUCTION_REMINDED;
      case REMINDER_LAPSED -> REDUCTION_REMINDER_LAPSED;
      case SUPERVISED -> REDUCTION_SUPERVISED;
      case SUPERVISION_LAPSED -> REDUCTION_SUPERVISION_LAPSED;
      case REDUCED_BY_AUTHORITY -> REDUCTION_BY_AUTHORITY;
      case RESOLVED_BY_DEPARTMENT -> REDUCTION_RESOLVED_BY_DEPARTMENT;
      case RESOLVED_BY_DATA -> REDUCTION_RESOLVED_BY_DATA;
    };
  }

  /**
   * The type of the notice of a stage of a deadline.
   *
   * @param stage the stage, not null
   * @return {@link #DEADLINE_APPROACHING}, {@link #DEADLINE_DUE} or {@link #DEADLINE_MISSED}
   * @throws NullPointerException if the stage is null
   */
  public static String deadline(TrackedDeadline.Stage stage) {
    return switch (Objects.requireNonNull(stage, "stage")) {
      case APPROACHING -> DEADLINE_APPROACHING;
      case DUE -> DEADLINE_DUE;
      case MISSED -> DEADLINE_MISSED;
    };
  }
}
