package io.govcloud.inmemory;

import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.spi.AnnualResultRepository;
import io.govcloud.spi.AttestationRepository;
import io.govcloud.spi.AuditTrail;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.ContractRepository;
import io.govcloud.spi.DeadlineRepository;
import io.govcloud.spi.DepartmentRepository;
import io.govcloud.spi.EvaluationRepository;
import io.govcloud.spi.PaymentRepository;
import io.govcloud.spi.PlatformRepository;
import io.govcloud.spi.ProjectRepository;
import io.govcloud.spi.ProviderRepository;
import io.govcloud.spi.ReductionCaseRepository;
import io.govcloud.spi.RedundancyPolicyRepository;
import io.govcloud.spi.RectificationRepository;
import io.govcloud.spi.ResourceRepository;
import io.govcloud.spi.UnitOfWork;
import io.govcloud.spi.UtilizationRepository;
import io.govcloud.spi.WorkOrderRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of work of an {@link InMemoryStore}: reads the committed state it started from (a snapshot:
 * reads repeat), overlaid with its own writes, which it buffers until the store commits it.
 *
 * <p>Once a write has failed with a {@link ConflictException}, the unit is doomed: it rolls back even if
 * its body catches the exception and returns normally.
 *
 * <p>Not thread-safe: used by the one thread running its body.
 */
final class Unit implements UnitOfWork {

  private final Snapshot base;
  private final Repositories.Platforms platforms;
  private final Repositories.Departments departments;
  private final Repositories.Providers providers;
  private final Repositories.Contracts contracts;
  private final Repositories.Projects projects;
  private final Repositories.Resources resources;
  private final Repositories.Deadlines deadlines;
  private final Repositories.RedundancyPolicies redundancyPolicies;
  private final Repositories.ReductionCases reductionCases;
  private final Repositories.Attestations attestations;
  private final Repositories.Evaluations evaluations;
  private final Repositories.AnnualResults annualResults;
  private final Repositories.Payments payments;
  private final Repositories.Rectifications rectifications;
  private final List<AggregateRepository<?, ?>> repositories;
  private final WorkOrderLog workOrders;
  private final BillBook bills;
  private final UtilizationLog utilization;
  private final UnitTrail audit;
  private final Map<NotificationId, Notification> enqueued = new LinkedHashMap<>();
  private boolean open = true;
  private ConflictException conflict;

  Unit(Snapshot base) {
    this.base = base;
    this.platforms = new Repositories.Platforms(this);
    this.departments = new Repositories.Departments(this);
    this.providers = new Repositories.Providers(this);
    this.contracts = new Repositories.Contracts(this);
    this.projects = new Repositories.Projects(this);
    this.resources = new Repositories.Resources(this);
    this.deadlines = new Repositories.Deadlines(this);
    this.redundancyPolicies = new Repositories.RedundancyPolicies(this);
    this.reductionCases = new Repositories.ReductionCases(this);
    this.attestations = new Repositories.Attestations(this);
    this.evaluations = new Repositories.Evaluations(this);
    this.annualResults = new Repositories.AnnualResults(this);
    this.payments = new Repositories.Payments(this);
    this.rectifications = new Repositories.Rectifications(this);
    this.repositories = List.of(platforms, departments, providers, contracts, projects, resources, deadlines,
        redundancyPolicies, reductionCases, attestations, evaluations, annualResults, payments, rectifications);
    this.workOrders = new WorkOrderLog(this);
    this.bills = new BillBook(this);
    this.utilization = new UtilizationLog(this);
    this.audit = new UnitTrail(this);
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
    Objects.requireNonNull(notification, "notification");
    checkOpen();
    NotificationId id = notification.id();
    if (enqueued.containsKey(id) || base.hasNotification(id)) {
      throw conflict(new ConflictException("notification", id.value(), 0, 1));
    }
    enqueued.put(id, notification);
  }

  /** The committed state this unit reads. */
  Snapshot base() {
    return base;
  }

  /** @throws IllegalStateException if the unit's body has returned */
  void checkOpen() {
    if (!open) {
      throw new IllegalStateException("a unit of work must not be used after its body returned");
    }
  }

  /** Dooms the unit with its first conflict, and returns the conflict for the caller to throw. */
  ConflictException conflict(ConflictException exception) {
    if (conflict == null) {
      conflict = exception;
    }
    return exception;
  }

  /** Ends the body: the unit may no longer be used. */
  void close() {
    open = false;
  }

  /**
   * Checks that the unit may commit: no write failed, and none is stale against the latest committed
   * state.
   *
   * @throws ConflictException if a write failed or is stale
   */
  void validate(Snapshot latest) {
    if (conflict != null) {
      throw conflict;
    }
    for (AggregateRepository<?, ?> repository : repositories) {
      repository.validate(latest);
    }
    workOrders.validate(latest);
    bills.validate(latest);
    utilization.validate(latest);
    for (NotificationId id : enqueued.keySet()) {
      if (latest.hasNotification(id)) {
        throw new ConflictException("notification", id.value(), 0, 1);
      }
    }
  }

  /** The latest committed state with every write of this unit applied; call after {@link #validate}. */
  Snapshot apply(Snapshot latest) {
    Snapshot next = latest;
    for (AggregateRepository<?, ?> repository : repositories) {
      next = repository.apply(next);
    }
    next = workOrders.apply(next);
    next = bills.apply(next);
    next = utilization.apply(next);
    next = audit.apply(next);
    return enqueued.isEmpty() ? next : next.withNotifications(List.copyOf(enqueued.values()));
  }

  /** Whether the unit wrote nothing at all. */
  boolean isReadOnly() {
    return repositories.stream().allMatch(AggregateRepository::isUnchanged)
        && workOrders.isUnchanged()
        && bills.isUnchanged()
        && utilization.isUnchanged()
        && audit.isUnchanged()
        && enqueued.isEmpty();
  }
}
