package io.govcloud.core.internal;

import io.govcloud.core.acceptance.Rectifications;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.catalog.PriceCaps;
import io.govcloud.core.registry.Registration;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.Department;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.PriceList;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The registrations through the store (rule R8; Art. 9–12, 19, 20, 28, 29, 42): who may register what
 * (rule R9: an authority within its level, a department for itself and its subordinate units), the rules
 * of {@link Registration}, and the contract filing deadline. A subject named by id that does not exist is
 * refused like one out of the actor's reach.
 */
public final class RegistrationCommands {

  private final ActionRunner runner;
  private final DeadlineTracker deadlines;
  private final Supplier<CatalogHistory> catalog;

  /** Commands over a runner, a deadline tracker and the catalog whose caps a contract's prices respect. */
  public RegistrationCommands(ActionRunner runner, DeadlineTracker deadlines, Supplier<CatalogHistory> catalog) {
    this.runner = runner;
    this.deadlines = deadlines;
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** An authority registers a provider (Art. 11). */
  public Either<Violation, Provider> registerProvider(Actor actor, Provider provider) {
    return asAuthority(actor, "REGISTER_PROVIDER", "provider", provider.id().value(), () -> new Jurisdiction(actor.subject()), tx -> {
      if (tx.uow().providers().find(provider.id()).isPresent()) {
        return Either.left(RegistrationViolations.alreadyRegistered("provider", provider.id().value(), Article.of(11)));
      }
      return Either.right(inserted(tx, tx.uow().providers().insert(provider)));
    });
  }

  /** The authority of its jurisdiction registers a department (Art. 3, 19). */
  public Either<Violation, Department> registerDepartment(Actor actor, Department department) {
    return asAuthority(actor, "REGISTER_DEPARTMENT", "department", department.id().value(), department::jurisdiction, tx -> {
      if (tx.uow().departments().find(department.id()).isPresent()) {
        return Either.left(RegistrationViolations.alreadyRegistered("department", department.id().value(), Article.of(3)));
      }
      Optional<Violation> refused = Registration.checkDepartment(department, department.parent().flatMap(p -> tx.uow().departments().find(p)));
      return refused.<Either<Violation, Department>>map(Either::left)
          .orElseGet(() -> Either.right(inserted(tx, tx.uow().departments().insert(department))));
    });
  }

  /** The authority of its jurisdiction registers a platform (Art. 9, 10). */
  public Either<Violation, Platform> registerPlatform(Actor actor, Platform platform) {
    return asAuthority(actor, "REGISTER_PLATFORM", "platform", platform.id().value(), platform::jurisdiction, tx -> {
      if (tx.uow().platforms().find(platform.id()).isPresent()) {
        return Either.left(RegistrationViolations.alreadyRegistered("platform", platform.id().value(), Article.of(10)));
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
      return Either.right(inserted(tx, tx.uow().platforms().insert(platform)));
    });
  }

  /** The authority of the department's jurisdiction registers a project of the annual list (Art. 28, 29). */
  public Either<Violation, Project> registerProject(Actor actor, Project project) {
    return runner.change(actor, "REGISTER_PROJECT", "project", project.id().value(), tx -> {
      Optional<Violation> denied = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(28))
          .or(() -> reachOfDepartment(tx, project));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (tx.uow().projects().find(project.id()).isPresent()) {
        return Either.left(RegistrationViolations.alreadyRegistered("project", project.id().value(), Article.of(28)));
      }
      return Either.right(inserted(tx, tx.uow().projects().insert(project)));
    });
  }

  /** The authority records that a new build passed acceptance: it is declared as operations from now on (Art. 29). */
  public Either<Violation, Project> acceptProject(Actor actor, ProjectId id) {
    return runner.change(actor, "ACCEPT_PROJECT", "project", id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(29));
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<Project> project = tx.uow().projects().find(id);
      if (project.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = reachOfDepartment(tx, project.get());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      if (project.get().type() != Project.Type.NEW_BUILD || project.get().accepted()) {
        return Either.left(RegistrationViolations.invalid("project", id.value(), "只有尚未验收的新建项目才能转为运维项目",
            "only a new build not yet accepted turns into operations", Article.of(29)));
      }
      Project saved = tx.uow().projects().update(project.get().withAccepted(true));
      tx.changedAttributes(project.get(), saved, "");
      return Either.right(saved);
    });
  }

  /**
   * A department registers the contract it, or a subordinate unit, signed; the filing deadline starts (Art.
   * 12). A price list that breaks the catalog's caps is refused with every price that does (Art. 26, 27).
   */
  public Either<List<Violation>, Contract> registerContract(Actor actor, Contract contract) {
    return runner.changeAll(actor, "REGISTER_CONTRACT", "contract", contract.id().value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT), Article.of(12));
      if (role.isPresent()) {
        return Either.left(List.of(role.get()));
      }
      Optional<Department> signer = tx.uow().departments().find(contract.department());
      if (signer.isEmpty()) {
        return Either.left(List.of(tx.unknown()));
      }
      Optional<Violation> denied = tx.checkReach(Subjects.ofDepartment(tx.uow(), signer.get(), "contract", contract.id().value()));
      if (denied.isPresent()) {
        return Either.left(List.of(denied.get()));
      }
      if (tx.uow().contracts().find(contract.id()).isPresent()) {
        return Either.left(List.of(RegistrationViolations.alreadyRegistered("contract", contract.id().value(), Article.of(12))));
      }
      Optional<Platform> platform = tx.uow().platforms().find(contract.platform());
      Optional<Violation> refused = Registration.checkContract(contract, signer.get(), Subjects.top(tx.uow(), contract.department()), platform);
      if (refused.isPresent()) {
        return Either.left(List.of(refused.get()));
      }
      // every price of an item the catalog lists, at most its cap while each version is in force (Art. 26, 27)
      Validation<List<Violation>, PriceList> capped = PriceCaps.check(contract.priceList(), catalog.get());
      if (capped.isInvalid()) {
        return Either.left(capped.getError());
      }
      Contract saved = inserted(tx, tx.uow().contracts().insert(contract));
      deadlines.open(tx, StatutoryDeadline.CONTRACT_FILING, "contract", saved.id().value(), platform.get(),
          Party.department(saved.department()), saved.signedAt());
      return Either.right(saved);
    });
  }

  /** The department files its contract with the authority, closing the filing deadline (Art. 12). */
  public Either<Violation, Contract> fileContract(Actor actor, ContractId id) {
    return onContract(actor, "FILE_CONTRACT", id, (tx, contract) -> {
      if (contract.filedAt().isPresent()) {
        return Either.left(RegistrationViolations.invalid("contract", id.value(), "该合同已于" + contract.filedAt().get() + "报备",
            "it was filed at " + contract.filedAt().get(), Article.of(12)));
      }
      Contract saved = tx.uow().contracts().update(contract.withFiledAt(tx.now()));
      tx.changedAttributes(contract, saved, "");
      deadlines.close(tx, StatutoryDeadline.CONTRACT_FILING, "contract", id.value(), tx.now());
      Notices.contractFiled(tx, Subjects.platform(tx.uow(), contract.platform()).jurisdiction(), contract.department(), id);
      return Either.right(saved);
    });
  }

  /**
   * The municipal authority suspends a provider from new services, or lifts it (Art. 42); a provider that
   * overdue or rejected rectifications hold suspended is reinstated by accepting them, not here.
   */
  public Either<Violation, Provider> suspend(Actor actor, ProviderId id, Optional<String> reason) {
    String action = reason.isPresent() ? "SUSPEND_PROVIDER" : "REINSTATE_PROVIDER";
    return asAuthority(actor, action, "provider", id.value(), () -> Jurisdiction.MUNICIPAL, tx -> {
      Optional<Provider> provider = tx.uow().providers().find(id);
      if (provider.isEmpty()) {
        return Either.left(tx.unknown());
      }
      if (provider.get().isSuspended() == reason.isPresent()) {
        return Either.left(reason.isPresent()
            ? RegistrationViolations.invalid("provider", id.value(), "该服务商已被暂缓提供新的云服务", "it is already suspended", Article.of(42))
            : RegistrationViolations.invalid("provider", id.value(), "该服务商未被暂缓提供新的云服务", "it is not suspended", Article.of(42)));
      }
      if (reason.isEmpty() && Rectifications.suspension(id, tx.uow().rectifications().ofProvider(id)).isPresent()) {
        return Either.left(RegistrationViolations.invalid("provider", id.value(), "该服务商仍有逾期未完成或者不符合要求的整改事项，整改通过验收后方可恢复",
            "rectifications of it are overdue or still wanting: accepting them reinstates it", Article.of(42)));
      }
      Provider saved = tx.uow().providers().update(provider.get().withSuspension(reason.map(r -> new Provider.Suspension(tx.now(), r))));
      tx.changedAttributes(provider.get(), saved, "");
      Notices.suspension(tx, id, reason);
      return Either.right(saved);
    });
  }

  /** An action of the authority of a jurisdiction: the role, the jurisdiction, then the body. */
  private <T> Either<Violation, T> asAuthority(
      Actor actor, String action, String type, String id, Supplier<Jurisdiction> jurisdiction, Function<Tx, Either<Violation, T>> body) {
    return runner.change(actor, action, type, id, tx -> {
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(5),
          Subjects.ofJurisdiction(jurisdiction.get(), type, id));
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> body.apply(tx));
    });
  }

  /** The project's department is registered and within the authority's jurisdiction; an unknown one is out of reach. */
  private static Optional<Violation> reachOfDepartment(Tx tx, Project project) {
    Optional<Department> department = tx.uow().departments().find(project.department());
    if (department.isEmpty()) {
      return Optional.of(tx.unknown());
    }
    return tx.checkReach(Subjects.ofJurisdiction(department.get().jurisdiction(), "project", project.id().value()));
  }

  private <T> Either<Violation, T> onContract(Actor actor, String action, ContractId id, BiFunction<Tx, Contract, Either<Violation, T>> step) {
    return runner.change(actor, action, "contract", id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT), Article.of(12));
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<Contract> contract = tx.uow().contracts().find(id);
      if (contract.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(
          Subjects.ofDepartment(tx.uow(), Subjects.department(tx.uow(), contract.get().department()), "contract", id.value()));
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> step.apply(tx, contract.get()));
    });
  }

  private static <A> A inserted(Tx tx, A saved) {
    tx.changedAttributes(null, saved, "");
    return saved;
  }
}
