package io.govcloud.spi;

import io.govcloud.model.Notification;

/**
 * One unit of work of a {@link Store}: the repositories of every aggregate, the audit trail and the
 * outbox, all committing or rolling back together. Reads see the unit's own writes. Not thread-safe:
 * used by one thread, inside {@link Store#transact}.
 */
public interface UnitOfWork {

  /** The platforms. */
  PlatformRepository platforms();

  /** The departments. */
  DepartmentRepository departments();

  /** The providers. */
  ProviderRepository providers();

  /** The contracts. */
  ContractRepository contracts();

  /** The projects of the annual lists. */
  ProjectRepository projects();

  /** The cloud resources. */
  ResourceRepository resources();

  /** The work orders (append-only). */
  WorkOrderRepository workOrders();

  /** The issued monthly bills. */
  BillRepository bills();

  /** The deadlines being watched. */
  DeadlineRepository deadlines();

  /** The redundancy policies of the platforms (Art. 15). */
  RedundancyPolicyRepository redundancyPolicies();

  /** The utilization records (append-only, Art. 16). */
  UtilizationRepository utilization();

  /** The reduction cases, at most one open per department, platform and dimension (Art. 17). */
  ReductionCaseRepository reductionCases();

  /** The platforms' security attestations. */
  AttestationRepository attestations();

  /** The yearly evaluations. */
  EvaluationRepository evaluations();

  /** The providers' annual evaluation results. */
  AnnualResultRepository annualResults();

  /** The payments of fees. */
  PaymentRepository payments();

  /** The rectifications. */
  RectificationRepository rectifications();

  /** The audit trail (append-only). */
  AuditTrail audit();

  /**
   * Queues a notification, to be delivered by {@link Store#dispatch} after this unit commits, and
   * dropped if it rolls back.
   *
   * @param notification the notification, not null
   * @throws ConflictException if a notification of the same id was enqueued before: earlier in this unit,
   *     or by a unit that committed, whether it was delivered since or not
   */
  void enqueue(Notification notification);
}
