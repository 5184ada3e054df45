package io.govcloud.core;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.core.internal.BillingCommands;
import io.govcloud.core.internal.Executor;
import io.govcloud.core.internal.LifecycleCommands;
import io.govcloud.core.internal.RegistrationCommands;
import io.govcloud.core.internal.Subjects;
import io.govcloud.core.lifecycle.Applications;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.lifecycle.LifecycleAction;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one actor may do through {@link GovCloud#as(Actor)}: registrations (RULES.md R8), the resource
 * lifecycle (R5), monthly billing (R4) and reads, each checked against R9. Every change returns the saved result or the {@link
 * Violation} that refused it, naming the state, the action and the article; refusals are audited.
 * Unknown ids are caller errors: {@link IllegalArgumentException} naming the id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActorScope {

  private final Actor actor;
  private final Executor executor;
  private final LifecycleCommands lifecycle;
  private final RegistrationCommands registrations;
  private final BillingCommands billing;

  ActorScope(Actor actor, Executor executor, LifecycleCommands lifecycle, RegistrationCommands registrations, BillingCommands billing) {
    this.actor = actor;
    this.executor = executor;
    this.lifecycle = lifecycle;
    this.registrations = registrations;
    this.billing = billing;
  }

  /** The actor of this scope. */
  public Actor actor() {
    return actor;
  }

  // ------------------------------------------------------------------ registrations (R8)

  /** An authority registers a provider (Art. 11). */
  public Either<Violation, Provider> registerProvider(Provider provider) {
    return registrations.registerProvider(actor, provider);
  }

  /** The authority of its jurisdiction registers a department, with its parent if it has one (Art. 3, 19). */
  public Either<Violation, Department> registerDepartment(Department department) {
    return registrations.registerDepartment(actor, department);
  }

  /** The authority of its jurisdiction registers a platform: one per municipal department (Art. 9, 10). */
  public Either<Violation, Platform> registerPlatform(Platform platform) {
    return registrations.registerPlatform(actor, platform);
  }

  /** The authority registers a project of a department's annual list (Art. 28, 29). */
  public Either<Violation, Project> registerProject(Project project) {
    return registrations.registerProject(actor, project);
  }

  /** The authority records a new build's acceptance: it is then declared as operations (Art. 29). */
  public Either<Violation, Project> acceptProject(ProjectId project) {
    return registrations.acceptProject(actor, Objects.requireNonNull(project, "project"));
  }

  /** A department registers a contract it signed; the 5-working-day filing deadline starts (Art. 12). */
  public Either<Violation, Contract> registerContract(Contract contract) {
    return registrations.registerContract(actor, contract);
  }

  /** The signing department files its contract with the authority (Art. 12). */
  public Either<Violation, Contract> fileContract(ContractId contract) {
    return registrations.fileContract(actor, Objects.requireNonNull(contract, "contract"));
  }

  /** The signing department registers a supplementary contract extending the trial (Art. 20). */
  public Either<Violation, Contract> addSupplement(ContractId contract, Contract.Supplement supplement) {
    return registrations.addSupplement(actor, Objects.requireNonNull(contract, "contract"), supplement);
  }

  /** The municipal authority suspends a provider from new services until rectified (Art. 42). */
  public Either<Violation, Provider> suspendProvider(ProviderId provider, String reason) {
    Objects.requireNonNull(reason, "reason");
    return registrations.suspend(actor, Objects.requireNonNull(provider, "provider"), Optional.of(reason));
  }

  /** The municipal authority lifts a provider's suspension once rectified (Art. 42). */
  public Either<Violation, Provider> reinstateProvider(ProviderId provider) {
    return registrations.suspend(actor, Objects.requireNonNull(provider, "provider"), Optional.empty());
  }

  // ------------------------------------------------------------------ lifecycle (R5)

  /**
   * A department applies to open resources for itself or a subordinate unit, citing a project of the
   * annual list; its own redundancy meets the request first (Art. 18, 19, 27, 28). The authority then has
   * 2 working days to notify the provider (Art. 20).
   */
  public Either<Violation, Applications.Outcome> apply(ResourceRequest request) {
    return lifecycle.apply(actor, Objects.requireNonNull(request, "request"));
  }

  /** The authority approves an application and notifies the provider to offer a trial (Art. 13, 20). */
  public Either<Violation, CloudResource> approve(ResourceId resource) {
    return transition(LifecycleAction.APPROVE, resource, (tx, r, platform) ->
        Lifecycle.approve(r, provider(tx, r)).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          lifecycle.deadlines().close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, "resource", r.id().value(), tx.now());
          tx.notify("TRIAL_ENVIRONMENT_REQUESTED", Party.provider(r.provider()), Article.of(20),
              "请为云资源申请" + r.id() + "提供试用环境", "offer a trial environment for " + r.id(), data(saved));
          return saved;
        }));
  }

  /** The authority rejects an application, stating why. */
  public Either<Violation, CloudResource> reject(ResourceId resource, String reason) {
    requireReason(reason);
    return transition(LifecycleAction.REJECT, resource, (tx, r, platform) ->
        Lifecycle.reject(r).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          tx.changed("rejection", null, reason);
          lifecycle.deadlines().cancelAll(tx, "resource", r.id().value());
          tx.notify("APPLICATION_REJECTED", Party.department(r.applicant()), Article.of(20),
              "云资源申请" + r.id() + "被驳回：" + reason, "application " + r.id() + " rejected: " + reason, data(saved));
          return saved;
        }));
  }

  /** The provider opens the trial environment; dedicated and hosted platforms must be integrated (Art. 13, 20). */
  public Either<Violation, CloudResource> openTrial(ResourceId resource, Instant openedAt, boolean integrated) {
    return transition(LifecycleAction.OPEN_TRIAL, resource, (tx, r, platform) ->
        Lifecycle.openTrial(r, provider(tx, r), contract(tx, r), platform, openedAt, integrated, tx.now()).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          tx.notify("TRIAL_OPENED", Party.department(r.department()), Article.of(21),
              "试用环境已开通，请在" + saved.trialEndsOn().orElseThrow() + "前完成测试",
              "the trial environment is open: test before the trial ends on " + saved.trialEndsOn().orElseThrow(), data(saved));
          return saved;
        }));
  }

  /** The department extends the trial under a registered supplementary contract (Art. 20). */
  public Either<Violation, CloudResource> extendTrial(ResourceId resource, String supplementReference) {
    return transition(LifecycleAction.EXTEND_TRIAL, resource, (tx, r, platform) ->
        Lifecycle.extendTrial(r, contract(tx, r), platform, supplementReference).map(after -> LifecycleCommands.save(tx, r, after)));
  }

  /** The department records its test of its systems; only a passed test allows opening (Art. 21). */
  public Either<Violation, CloudResource> recordTest(ResourceId resource, boolean passed, String notes) {
    return transition(LifecycleAction.RECORD_TEST, resource, (tx, r, platform) ->
        Lifecycle.recordTest(r, passed, notes, tx.now(), LifecycleCommands.day(platform, tx.now()))
            .map(after -> LifecycleCommands.save(tx, r, after)));
  }

  /** The department confirms the resources opened: quantity and completion time; a work order is generated (Art. 22). */
  public Either<Violation, WorkOrder> confirmOpen(ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return transition(LifecycleAction.CONFIRM_OPEN, resource, (tx, r, platform) ->
        Lifecycle.confirmOpen(r, quantity, completedAt, tx.now(), platform, LifecycleCommands.newWorkOrderId(tx))
            .map(c -> lifecycle.saveConfirmation(tx, r, c, platform)));
  }

  /** The department (not a subordinate unit) applies for a change, citing a project (Art. 19, 27, 28). */
  public Either<Violation, CloudResource> applyChange(ResourceId resource, String item, BigDecimal quantity, ProjectId project) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(project, "project");
    return transition(LifecycleAction.APPLY_CHANGE, resource, (tx, r, platform) -> {
      Optional<Violation> refused = LifecycleCommands.checkApplicant(tx, r, project, LifecycleCommands.day(platform, tx.now()), LifecycleAction.APPLY_CHANGE)
          .or(() -> Applications.checkItem(item, lifecycle.catalog(), contract(tx, r), LifecycleCommands.day(platform, tx.now())));
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.applyChange(r, item, quantity, project, tx.now()).map(after -> {
        CloudResource saved = LifecycleCommands.save(tx, r, after);
        Party authority = Party.authority(platform.jurisdiction());
        lifecycle.deadlines().open(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, "resource", r.id().value(), platform, authority, tx.now());
        tx.notify("CHANGE_APPLIED", authority, Article.of(19), "收到云资源" + r.id() + "的变更申请",
            "change of " + r.id() + " applied for", data(saved));
        return saved;
      });
    });
  }

  /** The authority approves a change and notifies the provider (Art. 20, 42). */
  public Either<Violation, CloudResource> approveChange(ResourceId resource) {
    return transition(LifecycleAction.APPROVE_CHANGE, resource, (tx, r, platform) ->
        Lifecycle.approveChange(r, provider(tx, r)).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          lifecycle.deadlines().close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, "resource", r.id().value(), tx.now());
          tx.notify("CHANGE_APPROVED", Party.provider(r.provider()), Article.of(20), "请实施云资源" + r.id() + "的变更",
              "implement the change of " + r.id(), data(saved));
          return saved;
        }));
  }

  /** The authority refuses a change applied for, stating why; the resource stays as it was (Art. 19). */
  public Either<Violation, CloudResource> rejectChange(ResourceId resource, String reason) {
    requireReason(reason);
    return transition(LifecycleAction.REJECT_CHANGE, resource, (tx, r, platform) ->
        Lifecycle.rejectChange(r).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          tx.changed("rejection", null, reason);
          lifecycle.deadlines().close(tx, StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE, "resource", r.id().value(), tx.now());
          tx.notify("CHANGE_REJECTED", Party.department(r.applicant()), Article.of(19),
              "云资源" + r.id() + "的变更申请被驳回：" + reason, "the change of " + r.id() + " is rejected: " + reason, data(saved));
          return saved;
        }));
  }

  /**
   * The department confirms the change: the quantity (at most the approved) and the effective time, not
   * before the resource's latest work order; a work order is generated (Art. 22).
   */
  public Either<Violation, WorkOrder> confirmChange(ResourceId resource, BigDecimal quantity, Instant effectiveAt) {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    return transition(LifecycleAction.CONFIRM_CHANGE, resource, (tx, r, platform) ->
        Lifecycle.confirmChange(r, quantity, effectiveAt, latestWorkOrderAt(tx, r), tx.now(), platform, LifecycleCommands.newWorkOrderId(tx))
            .map(c -> lifecycle.saveConfirmation(tx, r, c, platform)));
  }

  /** The department (not a subordinate unit) applies for termination, citing a project (Art. 19). */
  public Either<Violation, CloudResource> applyTermination(ResourceId resource, ProjectId project) {
    Objects.requireNonNull(project, "project");
    return transition(LifecycleAction.APPLY_TERMINATION, resource, (tx, r, platform) -> {
      Optional<Violation> refused = LifecycleCommands.checkApplicant(tx, r, project, LifecycleCommands.day(platform, tx.now()), LifecycleAction.APPLY_TERMINATION);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.applyTermination(r, project, tx.now()).map(after -> {
        CloudResource saved = LifecycleCommands.save(tx, r, after);
        tx.notify("TERMINATION_APPLIED", Party.authority(platform.jurisdiction()), Article.of(19),
            "收到云资源" + r.id() + "的终止申请", "termination of " + r.id() + " applied for", data(saved));
        return saved;
      });
    });
  }

  /** The authority approves a termination; the provider is asked to hand over the documents (Art. 24). */
  public Either<Violation, CloudResource> approveTermination(ResourceId resource) {
    return transition(LifecycleAction.APPROVE_TERMINATION, resource, (tx, r, platform) ->
        Lifecycle.approveTermination(r).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          tx.notify("TERMINATION_APPROVED", Party.provider(r.provider()), Article.of(24),
              "云资源" + r.id() + "终止已批准，请移交相关文档", "termination of " + r.id() + " approved: hand over the documents", data(saved));
          return saved;
        }));
  }

  /** The authority refuses a termination applied for, stating why; the resource stays in service (Art. 19). */
  public Either<Violation, CloudResource> rejectTermination(ResourceId resource, String reason) {
    requireReason(reason);
    return transition(LifecycleAction.REJECT_TERMINATION, resource, (tx, r, platform) ->
        Lifecycle.rejectTermination(r).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          tx.changed("rejection", null, reason);
          tx.notify("TERMINATION_REJECTED", Party.department(r.applicant()), Article.of(19),
              "云资源" + r.id() + "的终止申请被驳回：" + reason, "the termination of " + r.id() + " is rejected: " + reason, data(saved));
          return saved;
        }));
  }

  /** The department records a step of the termination checklist (Art. 24). */
  public Either<Violation, CloudResource> recordTerminationStep(ResourceId resource, CloudResource.TerminationStep step) {
    return transition(LifecycleAction.RECORD_TERMINATION_STEP, resource, (tx, r, platform) ->
        Lifecycle.recordTerminationStep(r, step).map(after -> LifecycleCommands.save(tx, r, after)));
  }

  /**
   * The department confirms the termination's time, not before the resource's latest work order, once
   * the checklist is done; a work order is generated (Art. 24).
   */
  public Either<Violation, WorkOrder> confirmTermination(ResourceId resource, Instant endedAt) {
    Objects.requireNonNull(endedAt, "endedAt");
    return transition(LifecycleAction.CONFIRM_TERMINATION, resource, (tx, r, platform) ->
        Lifecycle.confirmTermination(r, endedAt, latestWorkOrderAt(tx, r), tx.now(), platform, LifecycleCommands.newWorkOrderId(tx)).map(c -> {
          WorkOrder order = lifecycle.saveConfirmation(tx, r, c, platform);
          lifecycle.deadlines().cancelAll(tx, "resource", r.id().value());
          return order;
        }));
  }

  /**
   * A department reports an emergency need to the authority; the provider has 24 hours (Art. 25). The
   * request cites no project ({@link ResourceRequest#emergency}): one is supplemented and the application
   * backfilled.
   *
   * @throws IllegalArgumentException if the request cites a project
   */
  public Either<Violation, CloudResource> reportEmergency(ResourceRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.project().isPresent()) {
      throw new IllegalArgumentException("an emergency is reported without a project (ResourceRequest.emergency), not with "
          + request.project().get() + ": the project is supplemented afterwards (Art. 25)");
    }
    return lifecycle.reportEmergency(actor, request);
  }

  /** The provider configured the emergency resources at a time, closing the 24-hour deadline (Art. 25). */
  public Either<Violation, CloudResource> provisionEmergency(ResourceId resource, Instant provisionedAt) {
    return transition(LifecycleAction.PROVISION_EMERGENCY, resource, (tx, r, platform) ->
        Lifecycle.provisionEmergency(r, provisionedAt, tx.now()).map(after -> {
          CloudResource saved = LifecycleCommands.save(tx, r, after);
          lifecycle.deadlines().close(tx, StatutoryDeadline.EMERGENCY_PROVISIONING, "resource", r.id().value(), provisionedAt);
          tx.notify("EMERGENCY_PROVISIONED", Party.department(r.applicant()), Article.of(25),
              "紧急云资源" + r.id() + "已配置，请确认并办理项目增补", "emergency resources " + r.id()
                  + " configured: confirm them and file the project supplement", data(saved));
          return saved;
        }));
  }

  /** The department confirms the emergency configuration's quantity and completion time (Art. 25, 30). */
  public Either<Violation, CloudResource> confirmEmergency(ResourceId resource, BigDecimal quantity, Instant completedAt) {
    return transition(LifecycleAction.CONFIRM_EMERGENCY, resource, (tx, r, platform) ->
        Lifecycle.confirmEmergency(r, quantity, completedAt, tx.now()).map(after -> LifecycleCommands.save(tx, r, after)));
  }

  /** The department records the supplementary project's approval; the 2-working-day backfill deadline starts (Art. 25). */
  public Either<Violation, CloudResource> recordSupplementApproval(ResourceId resource, ProjectId project, Instant approvedAt) {
    Objects.requireNonNull(project, "project");
    return transition(LifecycleAction.RECORD_SUPPLEMENT_APPROVAL, resource, (tx, r, platform) -> {
      Optional<Violation> refused = LifecycleCommands.checkApplicant(tx, r, project, LifecycleCommands.day(platform, tx.now()),
          LifecycleAction.RECORD_SUPPLEMENT_APPROVAL);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.recordSupplementApproval(r, project, approvedAt, tx.now()).map(after -> {
        CloudResource saved = LifecycleCommands.save(tx, r, after);
        lifecycle.deadlines().open(tx, StatutoryDeadline.EMERGENCY_BACKFILL, "resource", r.id().value(), platform,
            Party.department(r.applicant()), approvedAt);
        return saved;
      });
    });
  }

  /** The department backfills the application: the resource becomes active and its work order is generated (Art. 22, 25). */
  public Either<Violation, WorkOrder> backfill(ResourceId resource) {
    return transition(LifecycleAction.BACKFILL, resource, (tx, r, platform) -> {
      Optional<Violation> refused = r.project().isEmpty() ? Optional.empty()
          : LifecycleCommands.checkApplicant(tx, r, r.project().get(), LifecycleCommands.day(platform, tx.now()), LifecycleAction.BACKFILL);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      return Lifecycle.backfill(r, tx.now(), platform, LifecycleCommands.newWorkOrderId(tx)).map(c -> {
        WorkOrder order = lifecycle.saveConfirmation(tx, r, c, platform);
        lifecycle.deadlines().close(tx, StatutoryDeadline.EMERGENCY_BACKFILL, "resource", r.id().value(), tx.now());
        tx.notify("APPLICATION_BACKFILLED", Party.authority(platform.jurisdiction()), Article.of(25),
            "部门" + r.applicant() + "补报了紧急云资源" + r.id() + "的申请", "department " + r.applicant()
                + " backfilled the application of emergency resources " + r.id(), data(c.resource()));
        return order;
      });
    });
  }

  // ------------------------------------------------------------------ billing (R4)

  /**
   * The municipal authority issues a month's bills for every account (Art. 30): only the month after the
   * last one issued (or any month, the first time); issuing an issued month again returns its bills
   * unchanged. Changes touching issued months become adjustment lines of this month's bills.
   */
  public Either<Violation, List<MonthlyBill>> issueBills(YearMonth month) {
    return billing.issue(actor, month);
  }

  /** The issued bills of a month that the actor may read (R9). */
  public List<MonthlyBill> bills(YearMonth month) {
    return billing.bills(actor, month);
  }

  /** The annual statement of an account (Art. 31), with the deductions the port reports (Art. 41). */
  public Either<Violation, AnnualStatement> annualStatement(BillingAccount account, Year year, FeeDeductions deductions) {
    return billing.annualStatement(actor, account, year, deductions);
  }

  /** Every difference between a provider's statement and the issued bill of its account and month. */
  public Either<Violation, Reconciliation> reconcile(ProviderStatement statement) {
    return billing.reconcile(actor, statement);
  }

  // ------------------------------------------------------------------ reads (R9)

  /** A resource, if the actor may read it (R9; a refused read is audited). */
  public Either<Violation, CloudResource> resource(ResourceId resource) {
    return read("READ_RESOURCE", resource, (tx, r) -> r);
  }

  /** The work orders of a resource, if the actor may read it. */
  public Either<Violation, List<WorkOrder>> workOrders(ResourceId resource) {
    return read("READ_WORK_ORDERS", resource, (tx, r) -> tx.uow().workOrders().ofResource(r.id()));
  }

  /** Who did what to a resource, when, and what changed: its audit trail, in order (R9). */
  public Either<Violation, List<AuditRecord>> auditTrail(ResourceId resource) {
    return read("READ_AUDIT_TRAIL", resource, (tx, r) -> tx.uow().audit().ofSubject("resource", r.id().value()));
  }

  /** The resources the actor may read: its own and its subordinates' (department), its jurisdiction's (authority, auditor), those it serves (provider). */
  public List<CloudResource> resources() {
    return executor.store().transact(uow -> candidates(uow).stream()
        .filter(r -> AccessPolicy.check(actor, "READ_RESOURCE", AccessPolicy.Kind.READ, Optional.empty(), Subjects.of(uow, r)).isEmpty())
        .sorted(java.util.Comparator.comparing(CloudResource::id))
        .toList());
  }

  /** The resources the actor might read, found through the store's queries; access decides. */
  private List<CloudResource> candidates(io.govcloud.spi.UnitOfWork uow) {
    return switch (actor.role()) {
      case DEPARTMENT -> {
        List<CloudResource> found = new java.util.ArrayList<>();
        java.util.Deque<io.govcloud.model.DepartmentId> pending = new java.util.ArrayDeque<>();
        java.util.Set<io.govcloud.model.DepartmentId> seen = new java.util.HashSet<>();
        pending.add(io.govcloud.model.DepartmentId.of(actor.subject()));
        while (!pending.isEmpty()) {
          io.govcloud.model.DepartmentId next = pending.poll();
          if (seen.add(next)) {
            found.addAll(uow.resources().ofDepartment(next));
            uow.departments().childrenOf(next).forEach(child -> pending.add(child.id()));
          }
        }
        yield found;
      }
      case PROVIDER -> uow.resources().ofProvider(io.govcloud.model.ProviderId.of(actor.subject()));
      case AUTHORITY, AUDITOR -> uow.platforms().all().stream()
          .filter(p -> p.jurisdiction().code().equals(actor.subject()))
          .flatMap(p -> uow.resources().onPlatform(p.id()).stream())
          .toList();
      case SYSTEM -> List.of();
    };
  }

  private <T> Either<Violation, T> read(String action, ResourceId id, java.util.function.BiFunction<io.govcloud.core.internal.Tx, CloudResource, T> body) {
    Objects.requireNonNull(id, "resource");
    return executor.read(actor, action, "resource", id.value(), tx -> {
      CloudResource r = Subjects.resource(tx.uow(), id);
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.READ, Optional.empty(), Subjects.of(tx.uow(), r));
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> Either.right(body.apply(tx, r)));
    });
  }

  private <T> Either<Violation, T> transition(LifecycleAction action, ResourceId resource, LifecycleCommands.Step<T> step) {
    return lifecycle.onResource(actor, action, Objects.requireNonNull(resource, "resource"), step);
  }

  /** The effective time of a resource's latest work order; its application time if it has none. */
  private static Instant latestWorkOrderAt(io.govcloud.core.internal.Tx tx, CloudResource r) {
    return tx.uow().workOrders().ofResource(r.id()).stream()
        .map(WorkOrder::effectiveAt)
        .max(Instant::compareTo)
        .orElse(r.appliedAt());
  }

  private static void requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a refusal must state its reason");
    }
  }

  private static Provider provider(io.govcloud.core.internal.Tx tx, CloudResource r) {
    return tx.uow().providers().find(r.provider()).orElseThrow(() -> new IllegalStateException("unknown provider " + r.provider()));
  }

  private static Contract contract(io.govcloud.core.internal.Tx tx, CloudResource r) {
    return tx.uow().contracts().find(r.contract()).orElseThrow(() -> new IllegalStateException("unknown contract " + r.contract()));
  }

  private static Map<String, String> data(CloudResource r) {
    return Map.of("resource", r.id().value(), "state", r.state().name(), "item", r.item(), "quantity", r.quantity().toPlainString());
  }
}
