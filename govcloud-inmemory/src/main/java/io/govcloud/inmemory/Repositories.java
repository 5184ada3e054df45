package io.govcloud.inmemory;

import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.Evaluation;
import io.govcloud.model.EvaluationId;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.AnnualResultRepository;
import io.govcloud.spi.AttestationRepository;
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
import java.time.Instant;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The repositories of the aggregates: their queries, over {@link AggregateRepository}. */
final class Repositories {

  private Repositories() {}

  /** The platforms. */
  static final class Platforms extends AggregateRepository<PlatformId, Platform> implements PlatformRepository {
    Platforms(Unit unit) {
      super(unit, Kind.PLATFORM);
    }

    @Override
    public List<Platform> ownedBy(DepartmentId department) {
      Objects.requireNonNull(department, "department");
      return select(p -> p.owner().filter(department::equals).isPresent());
    }
  }

  /** The departments. */
  static final class Departments extends AggregateRepository<DepartmentId, Department> implements DepartmentRepository {
    Departments(Unit unit) {
      super(unit, Kind.DEPARTMENT);
    }

    @Override
    public List<Department> childrenOf(DepartmentId parent) {
      Objects.requireNonNull(parent, "parent");
      return select(d -> d.parent().filter(parent::equals).isPresent());
    }
  }

  /** The providers. */
  static final class Providers extends AggregateRepository<ProviderId, Provider> implements ProviderRepository {
    Providers(Unit unit) {
      super(unit, Kind.PROVIDER);
    }
  }

  /** The contracts. */
  static final class Contracts extends AggregateRepository<ContractId, Contract> implements ContractRepository {
    Contracts(Unit unit) {
      super(unit, Kind.CONTRACT);
    }

    @Override
    public List<Contract> ofDepartment(DepartmentId department) {
      Objects.requireNonNull(department, "department");
      return select(c -> c.department().equals(department));
    }

    @Override
    public List<Contract> ofProvider(ProviderId provider) {
      Objects.requireNonNull(provider, "provider");
      return select(c -> c.provider().equals(provider));
    }
  }

  /** The projects. */
  static final class Projects extends AggregateRepository<ProjectId, Project> implements ProjectRepository {
    Projects(Unit unit) {
      super(unit, Kind.PROJECT);
    }

    @Override
    public List<Project> ofDepartment(DepartmentId department, int year) {
      Objects.requireNonNull(department, "department");
      return select(p -> p.department().equals(department) && p.year() == year);
    }
  }

  /** The cloud resources. */
  static final class Resources extends AggregateRepository<ResourceId, CloudResource> implements ResourceRepository {
    Resources(Unit unit) {
      super(unit, Kind.RESOURCE);
    }

    @Override
    public List<CloudResource> ofDepartment(DepartmentId department) {
      Objects.requireNonNull(department, "department");
      return select(r -> r.department().equals(department));
    }

    @Override
    public List<CloudResource> onPlatform(PlatformId platform) {
      Objects.requireNonNull(platform, "platform");
      return select(r -> r.platform().equals(platform));
    }

    @Override
    public List<CloudResource> ofProvider(ProviderId provider) {
      Objects.requireNonNull(provider, "provider");
      return select(r -> r.provider().equals(provider));
    }
  }

  /** The deadlines. */
  static final class Deadlines extends AggregateRepository<DeadlineId, TrackedDeadline> implements DeadlineRepository {
    private static final Comparator<TrackedDeadline> BY_EXPIRY =
        Comparator.comparing(TrackedDeadline::expiresAt).thenComparing(TrackedDeadline::id);
    private static final Comparator<TrackedDeadline> BY_TRIGGER =
        Comparator.comparing(TrackedDeadline::trigger).thenComparing(TrackedDeadline::id);

    Deadlines(Unit unit) {
      super(unit, Kind.DEADLINE);
    }

    @Override
    public List<TrackedDeadline> openExpiringBy(Instant instant) {
      Objects.requireNonNull(instant, "instant");
      return select(
          d -> d.status() == TrackedDeadline.Status.OPEN && !d.expiresAt().isAfter(instant), BY_EXPIRY);
    }

    @Override
    public List<TrackedDeadline> openExpiringFrom(Instant instant) {
      Objects.requireNonNull(instant, "instant");
      return select(
          d -> d.status() == TrackedDeadline.Status.OPEN && !d.expiresAt().isBefore(instant), BY_EXPIRY);
    }

    @Override
    public List<TrackedDeadline> ofSubject(String subjectType, String subjectId) {
      Objects.requireNonNull(subjectType, "subjectType");
      Objects.requireNonNull(subjectId, "subjectId");
      return select(d -> d.subjectType().equals(subjectType) && d.subjectId().equals(subjectId), BY_TRIGGER);
    }
  }

  /** The redundancy policies, one per platform. */
  static final class RedundancyPolicies extends AggregateRepository<PlatformId, RedundancyPolicy> implements RedundancyPolicyRepository {
    RedundancyPolicies(Unit unit) {
      super(unit, Kind.REDUNDANCY_POLICY);
    }
  }

  /**
   * The reduction cases, at most one open per department, platform and dimension: an insert of an open
   * case the unit sees another open case of the same key for conflicts at once, and at commit every open
   * case the unit wrote is checked against the open cases committed since it began.
   */
  static final class ReductionCases extends AggregateRepository<ReductionCaseId, ReductionCase> implements ReductionCaseRepository {
    private static final String KIND = "reduction case";
    private static final Comparator<ReductionCase> BY_PERIOD_END =
        Comparator.comparing((ReductionCase c) -> c.runningPeriodEnds().orElseThrow()).thenComparing(ReductionCase::id);

    ReductionCases(Unit unit) {
      super(unit, Kind.REDUCTION_CASE);
    }

    @Override
    void checkInsert(ReductionCase inserted) {
      if (inserted.isOpen()) {
        Optional<ReductionCase> open = openFor(inserted.department(), inserted.platform(), inserted.dimension());
        if (open.isPresent()) {
          throw unit().conflict(new ConflictException(KIND, open.get().id().value(), 0, open.get().version()));
        }
      }
    }

    @Override
    void checkCommit(Snapshot latest) {
      for (ReductionCase mine : written().values()) {
        if (!mine.isOpen()) {
          continue;
        }
        for (ReductionCase other : latest.table(Kind.REDUCTION_CASE).values()) {
          if (other.isOpen() && !written().containsKey(other.id()) && sameKey(mine, other.department(), other.platform(), other.dimension())) {
            throw new ConflictException(KIND, other.id().value(), 0, other.version());
          }
        }
      }
    }

    private static boolean sameKey(ReductionCase reductionCase, DepartmentId department, PlatformId platform, Dimension dimension) {
      return reductionCase.department().equals(department) && reductionCase.platform().equals(platform)
          && reductionCase.dimension().equals(dimension);
    }

    @Override
    public Optional<ReductionCase> openFor(DepartmentId department, PlatformId platform, Dimension dimension) {
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(dimension, "dimension");
      return select(c -> c.isOpen() && sameKey(c, department, platform, dimension)).stream().findFirst();
    }

    @Override
    public List<ReductionCase> ofDepartment(DepartmentId department) {
      Objects.requireNonNull(department, "department");
      return select(c -> c.department().equals(department));
    }

    @Override
    public List<ReductionCase> onPlatform(PlatformId platform) {
      Objects.requireNonNull(platform, "platform");
      return select(c -> c.platform().equals(platform));
    }

    @Override
    public List<ReductionCase> periodEndingBy(Instant instant) {
      Objects.requireNonNull(instant, "instant");
      return select(c -> c.runningPeriodEnds().filter(end -> !end.isAfter(instant)).isPresent(), BY_PERIOD_END);
    }
  }

  /** The security attestations. */
  static final class Attestations extends AggregateRepository<AttestationId, SecurityAttestation> implements AttestationRepository {
    private static final Comparator<SecurityAttestation> BY_DATE =
        Comparator.comparing(SecurityAttestation::passedOn).thenComparing(SecurityAttestation::id);

    Attestations(Unit unit) {
      super(unit, Kind.ATTESTATION);
    }

    @Override
    public List<SecurityAttestation> ofPlatform(PlatformId platform) {
      Objects.requireNonNull(platform, "platform");
      return select(a -> a.platform().equals(platform), BY_DATE);
    }
  }

  /** The evaluations. */
  static final class Evaluations extends AggregateRepository<EvaluationId, Evaluation> implements EvaluationRepository {
    Evaluations(Unit unit) {
      super(unit, Kind.EVALUATION);
    }

    @Override
    public List<Evaluation> ofProvider(ProviderId provider, Year year) {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(year, "year");
      return select(e -> e.provider().equals(provider) && e.year().equals(year));
    }

    @Override
    public List<Evaluation> ofYear(Year year) {
      Objects.requireNonNull(year, "year");
      return select(e -> e.year().equals(year));
    }
  }

  /** The annual results. */
  static final class AnnualResults extends AggregateRepository<AnnualResultId, AnnualResult> implements AnnualResultRepository {
    private static final Comparator<AnnualResult> BY_YEAR =
        Comparator.comparing(AnnualResult::year).thenComparing(AnnualResult::id);

    AnnualResults(Unit unit) {
      super(unit, Kind.ANNUAL_RESULT);
    }

    @Override
    public List<AnnualResult> ofProvider(ProviderId provider) {
      Objects.requireNonNull(provider, "provider");
      return select(r -> r.provider().equals(provider), BY_YEAR);
    }

    @Override
    public List<AnnualResult> ofYear(Year year) {
      Objects.requireNonNull(year, "year");
      return select(r -> r.year().equals(year));
    }
  }

  /** The payments. */
  static final class Payments extends AggregateRepository<PaymentId, Payment> implements PaymentRepository {
    private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::paidOn).thenComparing(Payment::id);

    Payments(Unit unit) {
      super(unit, Kind.PAYMENT);
    }

    @Override
    public List<Payment> ofAccount(BillingAccount account, Year feeYear) {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(feeYear, "feeYear");
      return select(p -> p.account().equals(account) && p.feeYear().equals(feeYear), BY_DATE);
    }

    @Override
    public List<Payment> ofDepartment(DepartmentId department) {
      Objects.requireNonNull(department, "department");
      return select(p -> p.account().department().equals(department), BY_DATE);
    }
  }

  /** The rectifications. */
  static final class Rectifications extends AggregateRepository<RectificationId, Rectification> implements RectificationRepository {
    private static final Comparator<Rectification> BY_ORDER =
        Comparator.comparing(Rectification::orderedAt).thenComparing(Rectification::id);
    private static final Comparator<Rectification> BY_EXPIRY =
        Comparator.comparing(Rectification::expiresAt).thenComparing(Rectification::id);

    Rectifications(Unit unit) {
      super(unit, Kind.RECTIFICATION);
    }

    @Override
    public List<Rectification> ofProvider(ProviderId provider) {
      Objects.requireNonNull(provider, "provider");
      return select(r -> r.provider().equals(provider), BY_ORDER);
    }

    @Override
    public List<Rectification> openExpiringBy(Instant instant) {
      Objects.requireNonNull(instant, "instant");
      return select(r -> r.status() == Rectification.Status.OPEN && !r.expiresAt().isAfter(instant), BY_EXPIRY);
    }
  }
}
