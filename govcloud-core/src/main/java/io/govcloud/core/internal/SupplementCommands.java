package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.catalog.PriceCaps;
import io.govcloud.core.registry.RegistrationViolations;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.PriceList;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Supplementary contracts (补充合同) through the store (Art. 20 2nd para, 26; docs/rules.md#r2): the
 * signing department (or its parent) registers one that extends the trial, agrees prices, or both. The
 * prices it agrees join the contract's price list, each in force from its date until the item's next
 * price; each must be of an item the catalog lists, at most its cap while each catalog version is in
 * force (the catalog as loaded at the call), or the supplement is refused with every price that is not,
 * nothing saved. Billing reads the contract's price list at each issuance, so the months issued after
 * the supplement bill the new prices (an issued month the new prices reach back into is adjusted in the
 * next one, rule R4).
 */
public final class SupplementCommands {

  private final ActionRunner runner;
  private final Supplier<CatalogHistory> catalog;

  /** Commands over a runner and the catalog as it is at each call. */
  public SupplementCommands(ActionRunner runner, Supplier<CatalogHistory> catalog) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The department registers a supplementary contract extending the trial or agreeing prices; refused with every violation. */
  public Either<List<Violation>, Contract> addSupplement(Actor actor, ContractId id, Contract.Supplement supplement, List<ContractPrice> prices) {
    return runner.changeAll(actor, "ADD_SUPPLEMENT", "contract", id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT), Article.of(12));
      if (role.isPresent()) {
        return Either.left(List.of(role.get()));
      }
      Optional<Contract> found = tx.uow().contracts().find(id);
      if (found.isEmpty()) {
        return Either.left(List.of(tx.unknown()));
      }
      Contract contract = found.get();
      Optional<Violation> denied = tx.checkReach(
          Subjects.ofDepartment(tx.uow(), Subjects.department(tx.uow(), contract.department()), "contract", id.value()));
      if (denied.isPresent()) {
        return Either.left(List.of(denied.get()));
      }
      List<Violation> invalid = invalid(contract, supplement, prices);
      if (!invalid.isEmpty()) {
        return Either.left(invalid);
      }
      List<ContractPrice> all = new ArrayList<>(contract.prices());
      all.addAll(prices);
      PriceList merged = PriceList.of(id, contract.provider(), all);
      Validation<List<Violation>, PriceList> capped = PriceCaps.check(merged, prices, catalog.get());
      if (capped.isInvalid()) {
        return Either.left(capped.getError().stream().map(v -> v.with("supplement", supplement.reference())).toList());
      }
      List<Contract.Supplement> supplements = new ArrayList<>(contract.supplements());
      supplements.add(supplement);
      Contract saved = tx.uow().contracts().update(contract.withSupplements(supplements).withPrices(all));
      tx.changedAttributes(contract, saved, "");
      return Either.right(saved);
    });
  }

  /** A reference registered already, a supplement that changes nothing, prices given twice for an item and date. */
  private static List<Violation> invalid(Contract contract, Contract.Supplement supplement, List<ContractPrice> prices) {
    String id = contract.id().value();
    if (contract.supplements().stream().anyMatch(s -> s.reference().equals(supplement.reference()))) {
      return List.of(RegistrationViolations.invalid("contract", id, "补充合同" + supplement.reference() + "已经登记",
          "supplementary contract " + supplement.reference() + " is already registered", Article.of(20)).with("supplement", supplement.reference()));
    }
    if (supplement.trialExtensionDays() == 0 && prices.isEmpty()) {
      return List.of(RegistrationViolations.invalid("contract", id, "补充合同" + supplement.reference() + "既未延长试运行期，也未约定价格",
          "supplementary contract " + supplement.reference() + " neither extends the trial nor agrees a price", Article.of(20))
          .with("supplement", supplement.reference()));
    }
    List<Violation> twice = new ArrayList<>();
    Set<String> given = new HashSet<>();
    for (ContractPrice price : prices) {
      boolean stored = contract.priceList().pricesOf(price.item()).containsKey(price.effectiveFrom());
      if (stored || !given.add(price.item() + "@" + price.effectiveFrom())) {
        twice.add(RegistrationViolations.invalid("contract", id,
                price.item() + "自" + price.effectiveFrom() + "起已有约定价格，补充合同应约定新的生效日期",
                price.item() + " already has a price from " + price.effectiveFrom() + ": a supplementary contract revises it from another date",
                Article.of(26))
            .with("item", price.item())
            .with("priceFrom", price.effectiveFrom())
            .with("supplement", supplement.reference()));
      }
    }
    return twice;
  }
}
