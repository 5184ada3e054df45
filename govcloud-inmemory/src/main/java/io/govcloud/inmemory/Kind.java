package io.govcloud.inmemory;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.AttestationId;
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
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.TrackedDeadline;

/**
 * A kind of aggregate the store keeps in a table of its own; its name appears in conflict messages.
 *
 * @param <I> the identifier type
 * @param <A> the aggregate type
 */
final class Kind<I extends Comparable<? super I>, A extends Aggregate<I, A>> {

  static final Kind<PlatformId, Platform> PLATFORM = new Kind<>("platform");
  static final Kind<DepartmentId, Department> DEPARTMENT = new Kind<>("department");
  static final Kind<ProviderId, Provider> PROVIDER = new Kind<>("provider");
  static final Kind<ContractId, Contract> CONTRACT = new Kind<>("contract");
  static final Kind<ProjectId, Project> PROJECT = new Kind<>("project");
  static final Kind<ResourceId, CloudResource> RESOURCE = new Kind<>("resource");
  static final Kind<DeadlineId, TrackedDeadline> DEADLINE = new Kind<>("deadline");
  static final Kind<PlatformId, RedundancyPolicy> REDUNDANCY_POLICY = new Kind<>("redundancy policy");
  static final Kind<ReductionCaseId, ReductionCase> REDUCTION_CASE = new Kind<>("reduction case");
  static final Kind<AttestationId, SecurityAttestation> ATTESTATION = new Kind<>("attestation");
  static final Kind<EvaluationId, Evaluation> EVALUATION = new Kind<>("evaluation");
  static final Kind<AnnualResultId, AnnualResult> ANNUAL_RESULT = new Kind<>("annual result");
  static final Kind<PaymentId, Payment> PAYMENT = new Kind<>("payment");
  static final Kind<RectificationId, Rectification> RECTIFICATION = new Kind<>("rectification");

  private final String name;

  private Kind(String name) {
    this.name = name;
  }

  /** The name for messages, e.g. {@code resource}. */
  String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
