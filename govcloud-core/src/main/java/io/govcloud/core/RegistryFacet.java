package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.RegistrationCommands;
import io.govcloud.core.internal.SupplementCommands;
import io.govcloud.model.Actor;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Department;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The registry of one actor (rule R8; Art. 3, 9–12, 19, 20, 28, 29, 42): providers, departments,
 * platforms and projects registered by the authority of their jurisdiction, contracts by the signing
 * department (or its parent), the supplements that extend a trial, and a provider's suspension. Reached
 * by {@code gov.as(actor).registry()}.
 *
 * <p>Every method runs one unit of work and returns what was saved or the {@link Violation} that refused
 * it (audited): {@code ACCESS_DENIED} when the subject is out of the actor's reach or, named by id, does
 * not exist (the two are indistinguishable), or a code of {@link
 * io.govcloud.core.registry.RegistrationViolations}. A lost race (two platforms registered at once for one
 * department) and a store fault throw a {@link GovCloudException}; nothing of the unit is kept. Every
 * argument is not null: a null is a caller's bug, thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryFacet {

  private final Actor actor;
  private final RegistrationCommands commands;
  private final SupplementCommands supplements;

  RegistryFacet(Actor actor, RegistrationCommands commands, SupplementCommands supplements) {
    this.actor = actor;
    this.commands = commands;
    this.supplements = supplements;
  }

  /**
   * An authority registers a provider (Art. 11).
   *
   * @param provider the provider, not null
   * @return the provider saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Provider> registerProvider(Provider provider) {
    return commands.registerProvider(actor, requireNonNull(provider, "provider"));
  }

  /**
   * The authority of its jurisdiction registers a department, after its parent if it has one (Art. 3, 19).
   *
   * @param department the department, not null
   * @return the department saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Department> registerDepartment(Department department) {
    return commands.registerDepartment(actor, requireNonNull(department, "department"));
  }

  /**
   * The authority of its jurisdiction registers a platform: at most one per municipal department, none
   * for a subordinate unit or a district department (Art. 9, 10).
   *
   * @param platform the platform, not null
   * @return the platform saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Platform> registerPlatform(Platform platform) {
    return commands.registerPlatform(actor, requireNonNull(platform, "platform"));
  }

  /**
   * The authority of the department's jurisdiction registers a project of its annual list (Art. 28, 29).
   *
   * @param project the project, not null
   * @return the project saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Project> registerProject(Project project) {
    return commands.registerProject(actor, requireNonNull(project, "project"));
  }

  /**
   * The authority records a new build's acceptance: it is declared as operations from then on (Art. 29).
   *
   * @param project the project's id, not null
   * @return the project saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Project> acceptProject(ProjectId project) {
    return commands.acceptProject(actor, requireNonNull(project, "project"));
  }

  /**
   * A department registers a contract it or a subordinate unit signed, for a platform it may use; the
   * 5-working-day filing deadline starts from its signing (Art. 12). Every price must be of an item the
   * catalog lists and at most its cap while each catalog version is in force, or the contract is refused
   * with every such price, each naming the item, the price, the cap and the catalog version ({@code
   * PRICED_ITEM_NOT_IN_CATALOG}, Art. 27; {@code PRICE_ABOVE_CAP}, Art. 26), each audited. Any other
   * refusal is a list of one; a host that wants an exception writes {@code
   * .getOrElseThrow(RefusedException::of)}.
   *
   * @param contract the contract, not filed yet, not null
   * @return the contract saved, or every violation (not empty)
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   * @see io.govcloud.model.RefusedException#of(List)
   */
  public Either<List<Violation>, Contract> registerContract(Contract contract) {
    return commands.registerContract(actor, requireNonNull(contract, "contract"));
  }

  /**
   * The signing department files its contract with the authority, closing the filing deadline (Art. 12).
   *
   * @param contract the contract's id, not null
   * @return the contract saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Contract> fileContract(ContractId contract) {
    return commands.fileContract(actor, requireNonNull(contract, "contract"));
  }

  /**
   * The signing department registers a supplementary contract that extends trials (Art. 20 2nd para):
   * {@link #addSupplement(ContractId, Contract.Supplement, List)} without prices, its one refusal.
   *
   * @param contract the contract's id, not null
   * @param supplement the supplement, with a reference not registered yet and a positive extension, not null
   * @return the contract saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Contract> addSupplement(ContractId contract, Contract.Supplement supplement) {
    return addSupplement(contract, supplement, List.of()).mapLeft(all -> all.get(0));
  }

  /**
   * The signing department registers a supplementary contract that extends trials (Art. 20 2nd para),
   * agrees prices (Art. 26; docs/rules.md#r2), or both; one that does neither is refused ({@code
   * INVALID_REGISTRATION}, Art. 20), and so is a price for an item and date the contract prices already
   * (a revision takes effect from another date; Art. 26). The prices join the contract's price list, each
   * in force from its date until the item's next price. Each must be of an item the catalog lists, at
   * most its cap while each catalog version is in force (as loaded at the call, {@link
   * GovCloud#loadCatalogVersion}), or the supplement is refused with every such price, each naming the
   * item, the price, the cap, the catalog version and the supplement ({@code PRICE_ABOVE_CAP}, Art. 26;
   * {@code PRICED_ITEM_NOT_IN_CATALOG}, Art. 27), each audited, nothing saved. The months issued after
   * it bill the new prices; an issued month they reach back into is adjusted in the next one (rule R4).
   *
   * @param contract the contract's id, not null
   * @param supplement the supplement, with a reference not registered yet, not null
   * @param prices the prices it agrees, each with its effective date; not null, may be empty when it extends the trial
   * @return the contract saved, or every violation (not empty)
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<List<Violation>, Contract> addSupplement(ContractId contract, Contract.Supplement supplement, List<ContractPrice> prices) {
    return supplements.addSupplement(actor, requireNonNull(contract, "contract"), requireNonNull(supplement, "supplement"),
        List.copyOf(requireNonNull(prices, "prices")));
  }

  /**
   * The municipal authority suspends a provider from new services until rectified (Art. 42).
   *
   * @param provider the provider's id, not null
   * @param reason why, not blank
   * @return the provider saved, or the refusal
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Provider> suspendProvider(ProviderId provider, String reason) {
    return commands.suspend(actor, requireNonNull(provider, "provider"), Optional.of(Reasons.require(reason)));
  }

  /**
   * The municipal authority lifts a provider's suspension once rectified (Art. 42). A provider that
   * overdue or rejected rectifications hold suspended is refused here: accepting the rectifications ({@link
   * AcceptanceFacet#acceptRectification}) reinstates it.
   *
   * @param provider the provider's id, not null
   * @return the provider saved, or the refusal
   * @throws GovCloudException if the unit lost a race or the store failed; nothing is kept
   */
  public Either<Violation, Provider> reinstateProvider(ProviderId provider) {
    return commands.suspend(actor, requireNonNull(provider, "provider"), Optional.empty());
  }
}
