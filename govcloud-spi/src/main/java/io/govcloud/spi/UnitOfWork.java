package io.govcloud.spi;

import io.govcloud.model.Notification;

/**
 * One unit of work of a {@link Store}: the repositories of every aggregate, the audit trail and the
 * outbox, all committing or rolling back together. Reads see the unit's own writes. Not thread-safe:
 * used by one thread, inside {@link Store#transact}.
 */
public interface UnitOfWork {

  /** {@return the platforms} */
  PlatformRepository platforms();

  /** {@return the departments} */
  DepartmentRepository departments();

  /** {@return the providers} */
  ProviderRepository providers();

  /** {@return the contracts} */
  ContractRepository contracts();

  /** {@return the projects of the annual lists} */
  ProjectRepository projects();

  /** {@return the cloud resources} */
  ResourceRepository resources();

  /** {@return the work orders (append-only)} */
  WorkOrderRepository workOrders();

  /** {@return the issued monthly bills} */
  BillRepository bills();

  /** {@return the deadlines being watched} */
  DeadlineRepository deadlines();

  /** {@return the redundancy policies of the platforms (Art. 15)} */
  RedundancyPolicyRepository redundancyPolicies();

  /** {@return the utilization records (append-only, Art. 16)} */
  UtilizationRepository utilization();

  /** {@return the reduction cases, at most one open per department, platform and dimension (Art. 17)} */
  ReductionCaseRepository reductionCases();

  /** {@return the platforms' security attestations} */
  AttestationRepository attestations();

  /** {@return the yearly evaluations} */
  EvaluationRepository evaluations();

  /** {@return the providers' annual evaluation results} */
  AnnualResultRepository annualResults();

  /** {@return the payments of fees} */
  PaymentRepository payments();

  /** {@return the rectifications} */
  RectificationRepository rectifications();

  /** {@return the audit trail (append-only)} */
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
