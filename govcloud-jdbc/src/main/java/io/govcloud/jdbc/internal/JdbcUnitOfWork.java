package io.govcloud.jdbc.internal;

import io.govcloud.model.Notification;
import io.govcloud.spi.AnnualResultRepository;
import io.govcloud.spi.AttestationRepository;
import io.govcloud.spi.AuditTrail;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.ContractRepository;
import io.govcloud.spi.DeadlineRepository;
import io.govcloud.spi.DepartmentRepository;
import io.govcloud.spi.EvaluationRepository;
import io.govcloud.spi.PaymentRepository;
import io.govcloud.spi.PlatformRepository;
import io.govcloud.spi.ProjectRepository;
import io.govcloud.spi.ProviderRepository;
import io.govcloud.spi.RedundancyPolicyRepository;
import io.govcloud.spi.ReductionCaseRepository;
import io.govcloud.spi.RectificationRepository;
import io.govcloud.spi.ResourceRepository;
import io.govcloud.spi.UnitOfWork;
import io.govcloud.spi.UtilizationRepository;
import io.govcloud.spi.WorkOrderRepository;
import java.util.Objects;

/**
 * A unit of work on one JDBC transaction. Every read and write runs on the transaction's connection, so
 * reads see the unit's own writes; audit records wait in memory until {@link #finish()}, which writes
 * them under the audit counter's row lock just before the commit.
 *
 * <p>A deadlock or a serialization failure that the database reports on a statement of the unit is a
 * race the unit lost: it becomes a {@link io.govcloud.spi.ConflictException} ({@link LostRace}), as the
 * port asks; any other {@link java.sql.SQLException} a {@link io.govcloud.spi.StoreException}.
 *
 * <p>The first failure of a write (a conflict, a {@link io.govcloud.spi.StoreException}, a refused
 * value) or of a read (a {@link io.govcloud.spi.StoreException} or a lost race) marks the unit as failed: every later
 * call throws that failure again, and {@link #finish()} throws it too, so a unit that lost a race or
 * half-wrote an aggregate never commits, even if its body caught the exception.
 *
 * <p>Not API. Not thread-safe: one thread, inside {@code JdbcStore.transact}.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

  private final Transaction transaction;
  private final PlatformTable platforms = new PlatformTable(this);
  private final DepartmentTable departments = new DepartmentTable(this);
  private final ProviderTable providers = new ProviderTable(this);
  private final ContractTable contracts = new ContractTable(this);
  private final ProjectTable projects = new ProjectTable(this);
  private final ResourceTable resources = new ResourceTable(this);
  private final WorkOrderTable workOrders = new WorkOrderTable(this);
  private final BillTable bills = new BillTable(this);
  private final DeadlineTable deadlines = new DeadlineTable(this);
  private final RedundancyPolicyTable redundancyPolicies = new RedundancyPolicyTable(this);
  private final UtilizationTable utilization = new UtilizationTable(this);
  private final ReductionCaseTable reductionCases = new ReductionCaseTable(this);
  private final AttestationTable attestations = new AttestationTable(this);
  private final EvaluationTable evaluations = new EvaluationTable(this);
  private final AnnualResultTable annualResults = new AnnualResultTable(this);
  private final PaymentTable payments = new PaymentTable(this);
  private final RectificationTable rectifications = new RectificationTable(this);
  private final AuditTable audit = new AuditTable(this);
  private RuntimeException failure;
  private boolean open = true;

  /**
   * A unit of work on a transaction that has begun.
   *
   * @param transaction the transaction, not null
   */
  public JdbcUnitOfWork(Transaction transaction) {
    this.transaction = Objects.requireNonNull(transaction, "transaction");
  }

  @Override
  public PlatformRepository platforms() {
    return platforms;
  }

  @Override
  public DepartmentRepository departments() {
    return departments;
  }

  @Override
  public ProviderRepository providers() {
    return providers;
  }

  @Override
  public ContractRepository contracts() {
    return contracts;
  }

  @Override
  public ProjectRepository projects() {
    return projects;
  }

  @Override
  public ResourceRepository resources() {
    return resources;
  }

  @Override
  public WorkOrderRepository workOrders() {
    return workOrders;
  }

  @Override
  public BillRepository bills() {
    return bills;
  }

  @Override
  public DeadlineRepository deadlines() {
    return deadlines;
  }

  @Override
  public RedundancyPolicyRepository redundancyPolicies() {
    return redundancyPolicies;
  }

  @Override
  public UtilizationRepository utilization() {
    return utilization;
  }

  @Override
  public ReductionCaseRepository reductionCases() {
    return reductionCases;
  }

  @Override
  public AttestationRepository attestations() {
    return attestations;
  }

  @Override
  public EvaluationRepository evaluations() {
    return evaluations;
  }

  @Override
  public AnnualResultRepository annualResults() {
    return annualResults;
  }

  @Override
  public PaymentRepository payments() {
    return payments;
  }

  @Override
  public RectificationRepository rectifications() {
    return rectifications;
  }

  @Override
  public AuditTrail audit() {
    return audit;
  }

  @Override
  public void enqueue(Notification notification) {
    Outbox.enqueue(this, notification);
  }

  /**
   * Ends the unit's use and writes its audit records, numbered under the counter's lock.
   *
   * @throws RuntimeException the unit's first failure, if it had one
   */
  public void finish() {
    usable();
    open = false;
    try {
      Sql.runInUnit(dialect(), "append audit records", audit::flush);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  /** Ends the unit's use without writing anything more. */
  public void close() {
    open = false;
  }

  Transaction transaction() {
    return transaction;
  }

  Dialect dialect() {
    return transaction.dialect();
  }

  /** Runs a read: a {@link io.govcloud.spi.StoreException} or a lost race marks the unit as failed. */
  <T> T read(String operation, Sql.Work<T> work) {
    usable();
    try {
      return Sql.callInUnit(dialect(), operation, work);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  /** Runs a write: any exception marks the unit as failed, as the write may be half done. */
  void write(String operation, Sql.Action action) {
    usable();
    try {
      Sql.runInUnit(dialect(), operation, action);
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  /** Checks the unit may still be used. */
  void usable() {
    if (failure != null) {
      throw failure;
    }
    if (!open) {
      throw new IllegalStateException("this unit of work has ended: it must not be used after its body returns");
    }
  }
}
