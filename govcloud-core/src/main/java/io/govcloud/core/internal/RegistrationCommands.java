package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.Registration;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registrations of the entry point (RULES.md R8; Art. 9–12, 28, 29, 42): who may register what, the
 * rules of {@link Registration}, and the contract filing deadline.
 */
public final class RegistrationCommands {

  private final Executor executor;
  private final DeadlineTracker deadlines;

  /** Commands over an executor and a deadline tracker. */
  public RegistrationCommands(Executor executor, DeadlineTracker deadlines) {
    this.executor = executor;
    this.deadlines = deadlines;
  }

  /** An authority registers a provider (Art. 11). */
  public Either<Violation, Provider> registerProvider(Actor actor, Provider provider) {
    Objects.requireNonNull(provider, "provider");
    return executor.change(actor, "REGISTER_PROVIDER", "provider", provider.id().value(), tx -> {
      Optional<Violation> denied = authority(tx, new Jurisdiction(actor.subject()), "provider", provider.id().value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().providers().find(provider.id()).isPresent()) {
        return Either.left(Registration.invalid("provider " + provider.id(), "it is already registered", Article.of(11)));
      }
      return Either.right(inserted(tx, Provider.class, tx.uow().providers().insert(provider)));
    });
  }

  /** The authority of its jurisdiction registers a department (Art. 3, 19). */
  public Either<Violation, Department> registerDepartment(Actor actor, Department department) {
    Objects.requireNonNull(department, "department");
    return executor.change(actor, "REGISTER_DEPARTMENT", "department", department.id().value(), tx -> {
      Optional<Violation> denied = authority(tx, department.jurisdiction(), "department", department.id().value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().departments().find(department.id()).isPresent()) {
        return Either.left(Registration.invalid("department " + department.id(), "it is already registered", Article.of(3)));
      }
      Optional<Violation> refused = Registration.checkDepartment(department, department.parent().flatMap(p -> tx.uow().departments().find(p)));
      return refused.<Either<Violation, Department>>map(Either::left)
          .orElseGet(() -> Either.right(inserted(tx, Department.class, tx.uow().departments().insert(department))));
    });
  }

  /** The authority of its jurisdiction registers a platform (Art. 9, 10). */
  public Either<Violation, Platform> registerPlatform(Actor actor, Platform platform) {
    Objects.requireNonNull(platform, "platform");
    return executor.change(actor, "REGISTER_PLATFORM", "platform", platform.id().value(), tx -> {
      Optional<Violation> denied = authority(tx, platform.jurisdiction(), "platform", platform.id().value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().platforms().find(platform.id()).isPresent()) {
        return Either.left(Registration.invalid("platform " + platform.id(), "it is already registered", Article.of(10)));
      }
      Optional<Department> owner = platform.owner().flatMap(o -> tx.uow().departments().find(o));
      List<Platform> owned = platform.owner().map(o -> tx.uow().platforms().ownedBy(o)).orElse(List.of());
      Optional<Violation> refused = Registration.checkPlatform(platform, owner, tx.uow().providers().find(platform.provider()), owned);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      // Art. 10 allows one platform per department: saving the owner again (a new version) makes two
      // units registering platforms for one department at once conflict, instead of both succeeding.
      owner.ifPresent(department -> tx.uow().departments().update(department));
      return Either.right(inserted(tx, Platform.class, tx.uow().platforms().insert(platform)));
    });
  }

  /** The authority of the department's jurisdiction registers a project of the annual list (Art. 28, 29). */
  public Either<Violation, Project> registerProject(Actor actor, Project project) {
    Objects.requireNonNull(project, "project");
    return executor.change(actor, "REGISTER_PROJECT", "project", project.id().value(), tx -> {
      Optional<Department> department = tx.uow().departments().find(project.department());
      if (department.isEmpty()) {
        return Either.left(Registration.invalid("project " + project.id(), "department " + project.department() + " is not registered", Article.of(28)));
      }
      Optional<Violation> denied = authority(tx, department.get().jurisdiction(), "project", project.id().value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().projects().find(project.id()).isPresent()) {
        return Either.left(Registration.invalid("project " + project.id(), "it is already registered", Article.of(28)));
      }
      return Either.right(inserted(tx, Project.class, tx.uow().projects().insert(project)));
    });
  }

  /** The authority records that a new build passed acceptance: from now on it is declared as operations (Art. 29). */
  public Either<Violation, Project> acceptProject(Actor actor, ProjectId id) {
    return executor.change(actor, "ACCEPT_PROJECT", "project", id.value(), tx -> {
      Project project = tx.uow().projects().find(id).orElseThrow(() -> new IllegalArgumentException("no project " + id + " is registered"));
      Department department = Subjects.department(tx.uow(), project.department());
      Optional<Violation> denied = authority(tx, department.jurisdiction(), "project", id.value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (project.type() != Project.Type.NEW_BUILD || project.accepted()) {
        return Either.left(Registration.invalid("project " + id, "only a new build not yet accepted turns into operations", Article.of(29)));
      }
      Project saved = tx.uow().projects().update(project.withAccepted(true));
      tx.changed(Project.class, project, saved, "");
      return Either.right(saved);
    });
  }

  /** A department registers the contract it signed; the filing deadline starts (Art. 12). */
  public Either<Violation, Contract> registerContract(Actor actor, Contract contract) {
    Objects.requireNonNull(contract, "contract");
    return executor.change(actor, "REGISTER_CONTRACT", "contract", contract.id().value(), tx -> {
      Optional<Violation> denied = department(tx, contract.department(), "contract", contract.id().value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().contracts().find(contract.id()).isPresent()) {
        return Either.left(Registration.invalid("contract " + contract.id(), "it is already registered", Article.of(12)));
      }
      Department department = Subjects.department(tx.uow(), contract.department());
      Department top = Subjects.top(tx.uow(), contract.department());
      Optional<Platform> platform = tx.uow().platforms().find(contract.platform());
      Optional<Violation> refused = Registration.checkContract(contract, department, top, platform);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      Contract saved = inserted(tx, Contract.class, tx.uow().contracts().insert(contract));
      deadlines.open(tx, StatutoryDeadline.CONTRACT_FILING, "contract", saved.id().value(), platform.get(),
          Party.department(saved.department()), saved.signedAt());
      return Either.right(saved);
    });
  }

  /** The department files its contract with the authority, closing the filing deadline (Art. 12). */
  public Either<Violation, Contract> fileContract(Actor actor, ContractId id) {
    return onContract(actor, "FILE_CONTRACT", id, (tx, contract) -> {
      if (contract.filedAt().isPresent()) {
        return Either.left(Registration.invalid("contract " + id, "it was filed at " + contract.filedAt().get(), Article.of(12)));
      }
      Contract saved = tx.uow().contracts().update(contract.withFiledAt(tx.now()));
      tx.changed(Contract.class, contract, saved, "");
      deadlines.close(tx, StatutoryDeadline.CONTRACT_FILING, "contract", id.value(), tx.now());
      Platform platform = Subjects.platform(tx.uow(), contract.platform());
      tx.notify("CONTRACT_FILED", Party.authority(platform.jurisdiction()), Article.of(12),
          "部门" + contract.department() + "报备服务合同" + id, "department " + contract.department() + " filed contract " + id,
          Map.of("contract", id.value()));
      return Either.right(saved);
    });
  }

  /** The department registers a supplementary contract extending the trial (Art. 20 2nd para). */
  public Either<Violation, Contract> addSupplement(Actor actor, ContractId id, Contract.Supplement supplement) {
    Objects.requireNonNull(supplement, "supplement");
    return onContract(actor, "ADD_SUPPLEMENT", id, (tx, contract) -> {
      if (contract.supplements().stream().anyMatch(s -> s.reference().equals(supplement.reference()))) {
        return Either.left(Registration.invalid("supplementary contract " + supplement.reference(), "it is already registered", Article.of(20)));
      }
      List<Contract.Supplement> all = new java.util.ArrayList<>(contract.supplements());
      all.add(supplement);
      Contract saved = tx.uow().contracts().update(contract.withSupplements(all));
      tx.changed(Contract.class, contract, saved, "");
      return Either.right(saved);
    });
  }

  /** The municipal authority suspends a provider from new services, or lifts it (Art. 42). */
  public Either<Violation, Provider> suspend(Actor actor, ProviderId id, Optional<String> reason) {
    return executor.change(actor, reason.isPresent() ? "SUSPEND_PROVIDER" : "REINSTATE_PROVIDER", "provider", id.value(), tx -> {
      Optional<Violation> denied = authority(tx, Jurisdiction.MUNICIPAL, "provider", id.value());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Provider provider = tx.uow().providers().find(id).orElseThrow(() -> new IllegalArgumentException("no provider " + id + " is registered"));
      if (provider.isSuspended() == reason.isPresent()) {
        return Either.left(Registration.invalid("provider " + id, reason.isPresent() ? "it is already suspended" : "it is not suspended", Article.of(42)));
      }
      Provider saved = tx.uow().providers().update(provider.withSuspension(reason.map(r -> new Provider.Suspension(tx.now(), r))));
      tx.changed(Provider.class, provider, saved, "");
      tx.notify(reason.isPresent() ? "PROVIDER_SUSPENDED" : "PROVIDER_REINSTATED", Party.provider(id), Article.of(42),
          reason.map(r -> "暂缓提供新的云服务，直至满足整改要求：" + r).orElse("已满足整改要求，恢复提供新的云服务"),
          reason.map(r -> "suspended from new cloud services until rectified: " + r).orElse("rectified: new cloud services may be provided again"),
          Map.of("provider", id.value()));
      return Either.right(saved);
    });
  }

  private Either<Violation, Contract> onContract(
      Actor actor, String action, ContractId id, java.util.function.BiFunction<Tx, Contract, Either<Violation, Contract>> step) {
    return executor.change(actor, action, "contract", id.value(), tx -> {
      Contract contract = tx.uow().contracts().find(id).orElseThrow(() -> new IllegalArgumentException("no contract " + id + " is registered"));
      Optional<Violation> denied = department(tx, contract.department(), "contract", id.value());
      return denied.<Either<Violation, Contract>>map(Either::left).orElseGet(() -> step.apply(tx, contract));
    });
  }

  private static Optional<Violation> authority(Tx tx, Jurisdiction jurisdiction, String type, String id) {
    return tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY),
        new AccessPolicy.Subject(type, id, List.of(), jurisdiction, Optional.empty()));
  }

  /** A department acts on its own contracts and its subordinate units' (R9). */
  private static Optional<Violation> department(Tx tx, DepartmentId department, String type, String id) {
    Department signer = Subjects.department(tx.uow(), department);
    return tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT),
        new AccessPolicy.Subject(type, id, Subjects.lineOf(tx.uow(), department), signer.jurisdiction(), Optional.empty()));
  }

  private static <A> A inserted(Tx tx, Class<A> type, A saved) {
    tx.changed(type, null, saved, "");
    return saved;
  }
}
