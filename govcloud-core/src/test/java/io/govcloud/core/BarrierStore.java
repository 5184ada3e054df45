package io.govcloud.core;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ResourceId;
import io.govcloud.spi.AnnualResultRepository;
import io.govcloud.spi.AttestationRepository;
import io.govcloud.spi.AuditTrail;
import io.govcloud.spi.BillRepository;
import io.govcloud.spi.ContractRepository;
import io.govcloud.spi.DeadlineRepository;
import io.govcloud.spi.DepartmentRepository;
import io.govcloud.spi.EvaluationRepository;
import io.govcloud.spi.Notifier;
import io.govcloud.spi.PaymentRepository;
import io.govcloud.spi.PlatformRepository;
import io.govcloud.spi.ProjectRepository;
import io.govcloud.spi.ProviderRepository;
import io.govcloud.spi.ReductionCaseRepository;
import io.govcloud.spi.RedundancyPolicyRepository;
import io.govcloud.spi.RectificationRepository;
import io.govcloud.spi.ResourceRepository;
import io.govcloud.spi.Store;
import io.govcloud.spi.UnitOfWork;
import io.govcloud.spi.UtilizationRepository;
import io.govcloud.spi.WorkOrderRepository;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A store decorator for race tests: once armed, the next loads of one resource, department, platform,
 * provider or reduction case (or the next look-ups of the open case of one department, platform and
 * dimension, or of the billing ledger's start) wait for each other, so that several units of work hold
 * the same version before any of them writes. Everything else is passed through to the real store.
 */
final class BarrierStore implements Store {

  /** What {@link #holdNextLoads} holds for the reads of the billing ledger's start. */
  static final Object LEDGER = "the billing ledger";

  private final Store delegate;
  private final AtomicReference<Object> held = new AtomicReference<>();
  private volatile CyclicBarrier barrier;

  BarrierStore(Store delegate) {
    this.delegate = delegate;
  }

  /** The next {@code parties} loads of a resource (or department) wait until all of them have loaded it. */
  void holdNextLoads(Object id, int parties) {
    barrier = new CyclicBarrier(parties, () -> held.set(null));
    held.set(id);
  }

  private void await(Object id) {
    CyclicBarrier current = barrier;
    if (id.equals(held.get()) && current != null) {
      try {
        current.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the racing units of work did not meet", e);
      }
    }
  }

  @Override
  public <T> T transact(Function<? super UnitOfWork, ? extends T> work) {
    return delegate.transact(uow -> work.apply(new Unit(uow)));
  }

  @Override
  public int dispatch(Notifier notifier) {
    return delegate.dispatch(notifier);
  }

  private final class Unit implements UnitOfWork {
    private final UnitOfWork uow;

    Unit(UnitOfWork uow) {
      this.uow = uow;
    }

    @Override
    public PlatformRepository platforms() {
      PlatformRepository platforms = uow.platforms();
      return new PlatformRepository() {
        @Override
        public Optional<Platform> find(PlatformId id) {
          Optional<Platform> found = platforms.find(id);
          await(id);
          return found;
        }

        @Override
        public Platform insert(Platform aggregate) {
          return platforms.insert(aggregate);
        }

        @Override
        public Platform update(Platform aggregate) {
          return platforms.update(aggregate);
        }

        @Override
        public List<Platform> all() {
          return platforms.all();
        }

        @Override
        public List<Platform> ownedBy(DepartmentId owner) {
          return platforms.ownedBy(owner);
        }
      };
    }

    @Override
    public DepartmentRepository departments() {
      DepartmentRepository departments = uow.departments();
      return new DepartmentRepository() {
        @Override
        public Optional<Department> find(DepartmentId id) {
          Optional<Department> found = departments.find(id);
          await(id);
          return found;
        }

        @Override
        public Department insert(Department aggregate) {
          return departments.insert(aggregate);
        }

        @Override
        public Department update(Department aggregate) {
          return departments.update(aggregate);
        }

        @Override
        public List<Department> all() {
          return departments.all();
        }

        @Override
        public List<Department> childrenOf(DepartmentId parent) {
          return departments.childrenOf(parent);
        }
      };
    }

    @Override
    public ProviderRepository providers() {
      ProviderRepository providers = uow.providers();
      return new ProviderRepository() {
        @Override
        public Optional<Provider> find(ProviderId id) {
          Optional<Provider> found = providers.find(id);
          await(id);
          return found;
        }

        @Override
        public Provider insert(Provider aggregate) {
          return providers.insert(aggregate);
        }

        @Override
        public Provider update(Provider aggregate) {
          return providers.update(aggregate);
        }

        @Override
        public List<Provider> all() {
          return providers.all();
        }
      };
    }

    @Override
    public AttestationRepository attestations() {
      return uow.attestations();
    }

    @Override
    public EvaluationRepository evaluations() {
      return uow.evaluations();
    }

    @Override
    public AnnualResultRepository annualResults() {
      return uow.annualResults();
    }

    @Override
    public PaymentRepository payments() {
      return uow.payments();
    }

    @Override
    public RectificationRepository rectifications() {
      return uow.rectifications();
    }

    @Override
    public ContractRepository contracts() {
      return uow.contracts();
    }

    @Override
    public ProjectRepository projects() {
      return uow.projects();
    }

    @Override
    public ResourceRepository resources() {
      ResourceRepository resources = uow.resources();
      return new ResourceRepository() {
        @Override
        public Optional<CloudResource> find(ResourceId id) {
          Optional<CloudResource> found = resources.find(id);
          await(id);
          return found;
        }

        @Override
        public CloudResource insert(CloudResource aggregate) {
          return resources.insert(aggregate);
        }

        @Override
        public CloudResource update(CloudResource aggregate) {
          return resources.update(aggregate);
        }

        @Override
        public List<CloudResource> all() {
          return resources.all();
        }

        @Override
        public List<CloudResource> ofDepartment(DepartmentId department) {
          return resources.ofDepartment(department);
        }

        @Override
        public List<CloudResource> onPlatform(PlatformId platform) {
          return resources.onPlatform(platform);
        }

        @Override
        public List<CloudResource> ofProvider(ProviderId provider) {
          return resources.ofProvider(provider);
        }
      };
    }

    @Override
    public WorkOrderRepository workOrders() {
      return uow.workOrders();
    }

    @Override
    public BillRepository bills() {
      BillRepository bills = uow.bills();
      return new BillRepository() {
        @Override
        public Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction) {
          Optional<LedgerStart> found = bills.ledgerStart(jurisdiction);
          await(LEDGER);
          return found;
        }

        @Override
        public List<LedgerStart> ledgerStarts() {
          return bills.ledgerStarts();
        }

        @Override
        public void startLedger(LedgerStart start) {
          bills.startLedger(start);
        }

        @Override
        public void issue(IssuedMonth month, Collection<MonthlyBill> issued) {
          bills.issue(month, issued);
        }

        @Override
        public List<IssuedMonth> issuedMonths(Jurisdiction jurisdiction) {
          return bills.issuedMonths(jurisdiction);
        }

        @Override
        public List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<io.govcloud.model.ResourceId> resources) {
          return bills.charges(jurisdiction, resources);
        }

        @Override
        public Optional<io.govcloud.model.LedgerFingerprints> fingerprints(Jurisdiction jurisdiction) {
          return bills.fingerprints(jurisdiction);
        }

        @Override
        public void saveFingerprints(io.govcloud.model.LedgerFingerprints fingerprints) {
          bills.saveFingerprints(fingerprints);
        }

        @Override
        public List<MonthlyBill> ofMonth(YearMonth month) {
          return bills.ofMonth(month);
        }

        @Override
        public List<MonthlyBill> ofMonth(Jurisdiction jurisdiction, YearMonth month) {
          return bills.ofMonth(jurisdiction, month);
        }

        @Override
        public Optional<MonthlyBill> find(BillingAccount account, YearMonth month) {
          return bills.find(account, month);
        }

        @Override
        public List<MonthlyBill> all(Jurisdiction jurisdiction) {
          return bills.all(jurisdiction);
        }

        @Override
        public List<MonthlyBill> all() {
          return bills.all();
        }
      };
    }

    @Override
    public DeadlineRepository deadlines() {
      return uow.deadlines();
    }

    @Override
    public RedundancyPolicyRepository redundancyPolicies() {
      return uow.redundancyPolicies();
    }

    @Override
    public UtilizationRepository utilization() {
      return uow.utilization();
    }

    @Override
    public ReductionCaseRepository reductionCases() {
      ReductionCaseRepository cases = uow.reductionCases();
      return new ReductionCaseRepository() {
        @Override
        public Optional<ReductionCase> find(ReductionCaseId id) {
          Optional<ReductionCase> found = cases.find(id);
          await(id);
          return found;
        }

        @Override
        public ReductionCase insert(ReductionCase aggregate) {
          return cases.insert(aggregate);
        }

        @Override
        public ReductionCase update(ReductionCase aggregate) {
          return cases.update(aggregate);
        }

        @Override
        public List<ReductionCase> all() {
          return cases.all();
        }

        /** Waits on the key {@code List.of(department, platform, dimension)}. */
        @Override
        public Optional<ReductionCase> openFor(DepartmentId department, PlatformId platform, Dimension dimension) {
          Optional<ReductionCase> found = cases.openFor(department, platform, dimension);
          await(List.of(department, platform, dimension));
          return found;
        }

        @Override
        public List<ReductionCase> ofDepartment(DepartmentId department) {
          return cases.ofDepartment(department);
        }

        @Override
        public List<ReductionCase> onPlatform(PlatformId platform) {
          return cases.onPlatform(platform);
        }

        @Override
        public List<ReductionCase> periodEndingBy(Instant instant) {
          return cases.periodEndingBy(instant);
        }
      };
    }

    @Override
    public AuditTrail audit() {
      return uow.audit();
    }

    @Override
    public void enqueue(Notification notification) {
      uow.enqueue(notification);
    }
  }
}
