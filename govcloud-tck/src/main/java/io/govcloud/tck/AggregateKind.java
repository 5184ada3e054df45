package io.govcloud.tck;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
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
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.Repository;
import io.govcloud.spi.UnitOfWork;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of aggregate, described so that a contract test can run against every repository alike: how
 * to reach its repository, make an id, and make a sample whose content differs with a generation number
 * (generation {@code g} and {@code g + 1} differ in some field).
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type
 */
final class AggregateKind<I, A extends Aggregate<I, A>> {

  static final AggregateKind<PlatformId, Platform> PLATFORM =
      new AggregateKind<>(
          "platform",
          UnitOfWork::platforms,
          PlatformId::of,
          (id, g) -> Samples.platform(id, Optional.of(DepartmentId.of("dept-" + g)), ProviderId.of("provider-" + g), "平台 " + g),
          Fields.PLATFORM);

  static final AggregateKind<DepartmentId, Department> DEPARTMENT =
      new AggregateKind<>(
          "department",
          UnitOfWork::departments,
          DepartmentId::of,
          (id, g) -> Samples.department(id, Optional.of(DepartmentId.of("parent-" + g)), "部门 " + g),
          Fields.DEPARTMENT);

  static final AggregateKind<ProviderId, Provider> PROVIDER =
      new AggregateKind<>(
          "provider",
          UnitOfWork::providers,
          ProviderId::of,
          (id, g) -> Samples.provider(id, "服务商 " + g, g % 2 == 0),
          Fields.PROVIDER);

  static final AggregateKind<ContractId, Contract> CONTRACT =
      new AggregateKind<>(
          "contract",
          UnitOfWork::contracts,
          ContractId::of,
          (id, g) -> Samples.contract(id, DepartmentId.of("dept-1"), ProviderId.of("provider-1"), 1 + g, "合同 " + g, true),
          Fields.CONTRACT);

  static final AggregateKind<ProjectId, Project> PROJECT =
      new AggregateKind<>(
          "project",
          UnitOfWork::projects,
          ProjectId::of,
          (id, g) -> Samples.project(id, DepartmentId.of("dept-1"), 2000 + g % 1000, "项目 " + g, Project.Type.RENOVATION, g % 2 == 0),
          Fields.PROJECT);

  static final AggregateKind<ResourceId, CloudResource> RESOURCE =
      new AggregateKind<>(
          "resource",
          UnitOfWork::resources,
          ResourceId::of,
          (id, g) -> Samples.resource(id, DepartmentId.of("dept-" + g), PlatformId.of("platform-1"), ProviderId.of("provider-1"), "资源 " + g, Samples.Fill.FULL),
          Fields.RESOURCE);

  static final AggregateKind<DeadlineId, TrackedDeadline> DEADLINE =
      new AggregateKind<>(
          "deadline",
          UnitOfWork::deadlines,
          DeadlineId::of,
          (id, g) -> Samples.deadline(id, "resource-" + g, Samples.at(0), Samples.at(86_400L * (g + 1)), TrackedDeadline.Status.OPEN, "期限 " + g, true),
          Fields.DEADLINE);

  static final AggregateKind<PlatformId, RedundancyPolicy> REDUNDANCY_POLICY =
      new AggregateKind<>(
          "redundancy policy",
          UnitOfWork::redundancyPolicies,
          PlatformId::of,
          (id, g) -> ReallocationSamples.policy(id, 1 + g % 3, "弹性调配管理制度 " + g),
          Fields.REDUNDANCY_POLICY);

  /**
   * Reduction cases, each of a department named after its id, so that samples of different ids never
   * share the one open case a department may have on a platform in a dimension.
   */
  static final AggregateKind<ReductionCaseId, ReductionCase> REDUCTION_CASE =
      new AggregateKind<>(
          "reduction case",
          UnitOfWork::reductionCases,
          ReductionCaseId::of,
          (id, g) -> ReallocationSamples.reminded(id, DepartmentId.of(id.value()), ReallocationSamples.VCPU, Samples.at(3_600L * (g % 10_000)),
              "提醒 " + g),
          Fields.REDUCTION_CASE);

  static final AggregateKind<AttestationId, SecurityAttestation> ATTESTATION =
      new AggregateKind<>(
          "attestation",
          UnitOfWork::attestations,
          AttestationId::of,
          (id, g) -> AcceptanceSamples.attestation(id, PlatformId.of("platform-" + g), AttestationKind.values()[g % 2],
              LocalDate.of(2020, 1, 1).plusDays(g), "测评报告 " + g),
          Fields.ATTESTATION);

  static final AggregateKind<EvaluationId, Evaluation> EVALUATION =
      new AggregateKind<>(
          "evaluation",
          UnitOfWork::evaluations,
          EvaluationId::of,
          (id, g) -> AcceptanceSamples.evaluation(id, PlatformId.of("platform-" + g), ProviderId.of("provider-1"), Year.of(2000 + g % 1000),
              "评价办法 " + g, g % 2 == 0),
          Fields.EVALUATION);

  static final AggregateKind<AnnualResultId, AnnualResult> ANNUAL_RESULT =
      new AggregateKind<>(
          "annual result",
          UnitOfWork::annualResults,
          AnnualResultId::of,
          (id, g) -> AcceptanceSamples.annualResult(id, ProviderId.of("provider-" + g), Year.of(2000 + g % 1000), "评价办法 " + g, g % 2 == 0),
          Fields.ANNUAL_RESULT);

  static final AggregateKind<PaymentId, Payment> PAYMENT =
      new AggregateKind<>(
          "payment",
          UnitOfWork::payments,
          PaymentId::of,
          (id, g) -> AcceptanceSamples.payment(id, BillingAccount.of(DepartmentId.of("dept-" + g), PlatformId.of("platform-1"),
              ProviderId.of("provider-1")), Year.of(2000 + g % 1000), (g + 1) + ".01", LocalDate.of(2020, 1, 1).plusDays(g), "凭证 " + g),
          Fields.PAYMENT);

  static final AggregateKind<RectificationId, Rectification> RECTIFICATION =
      new AggregateKind<>(
          "rectification",
          UnitOfWork::rectifications,
          RectificationId::of,
          (id, g) -> AcceptanceSamples.rectification(id, ProviderId.of("provider-" + g), Rectification.Status.values()[g % 4], "整改 " + g,
              g % 2 == 0),
          Fields.RECTIFICATION);

  /** Every kind of aggregate the unit of work has a repository for. */
  static final List<AggregateKind<?, ?>> ALL =
      List.of(PLATFORM, DEPARTMENT, PROVIDER, CONTRACT, PROJECT, RESOURCE, DEADLINE, REDUNDANCY_POLICY, REDUCTION_CASE, ATTESTATION,
          EVALUATION, ANNUAL_RESULT, PAYMENT, RECTIFICATION);

  private final String name;
  private final Function<UnitOfWork, ? extends Repository<I, A>> repository;
  private final Function<String, I> id;
  private final BiFunction<I, Integer, A> sample;
  private final Fields<A> fields;

  private AggregateKind(
      String name,
      Function<UnitOfWork, ? extends Repository<I, A>> repository,
      Function<String, I> id,
      BiFunction<I, Integer, A> sample,
      Fields<A> fields) {
    this.name = name;
    this.repository = repository;
    this.id = id;
    this.sample = sample;
    this.fields = fields;
  }

  /** The repository of this kind in a unit. */
  Repository<I, A> in(UnitOfWork unit) {
    return repository.apply(unit);
  }

  /** The id of a value. */
  I id(String value) {
    return id.apply(value);
  }

  /** A never-saved sample of a generation. */
  A sample(I id, int generation) {
    return sample.apply(id, generation);
  }

  /** A sample of a generation carrying the version of a loaded state, ready for update. */
  A next(A loaded, int generation) {
    return sample(loaded.id(), generation).withVersion(loaded.version());
  }

  /** The fields to compare. */
  Fields<A> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return name;
  }
}
