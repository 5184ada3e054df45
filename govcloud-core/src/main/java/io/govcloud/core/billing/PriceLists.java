package io.govcloud.core.billing;

import io.govcloud.model.ContractId;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.PriceList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The price lists billing uses, one per contract (docs/rules.md#r2, #r4): a work order's contract names the
 * list whose price applies to its configuration.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceLists {

  private final Map<ContractId, PriceList> byContract;
  /** Each list's prices as tables by item, read for every segment billed. */
  private final Map<ContractId, Map<String, PriceTable>> tables = new HashMap<>();

  private PriceLists(Map<ContractId, PriceList> byContract) {
    this.byContract = byContract;
    byContract.forEach((contract, list) -> {
      Map<String, PriceTable> byItem = new HashMap<>();
      for (ContractPrice price : list.prices()) {
        byItem.computeIfAbsent(price.item(), item -> PriceTable.of(list.pricesOf(item)));
      }
      tables.put(contract, byItem);
    });
  }

  /**
   * The given price lists.
   *
   * @param lists the lists, not null, at most one per contract
   * @return the price lists, not null
   * @throws NullPointerException if the collection or a list is null
   * @throws IllegalArgumentException if two lists are of one contract
   */
  public static PriceLists of(Collection<PriceList> lists) {
    Objects.requireNonNull(lists, "lists");
    Map<ContractId, PriceList> byContract = new HashMap<>();
    for (PriceList list : lists) {
      Objects.requireNonNull(list, "price list");
      if (byContract.putIfAbsent(list.contract(), list) != null) {
        throw new IllegalArgumentException("two price lists are given for contract " + list.contract());
      }
    }
    return new PriceLists(Map.copyOf(byContract));
  }

  /**
   * The given price lists; see {@link #of(Collection)}.
   *
   * @param lists the lists, at most one per contract
   * @return the price lists, not null
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if two lists are of one contract
   */
  public static PriceLists of(PriceList... lists) {
    return of(List.of(lists));
  }

  /**
   * The price list of a contract, if given.
   *
   * @param contract the contract, not null
   * @return its price list, or empty if none was given for it
   * @throws NullPointerException if the contract is null
   */
  public Optional<PriceList> forContract(ContractId contract) {
    return Optional.ofNullable(byContract.get(Objects.requireNonNull(contract, "contract")));
  }

  /** Every contract's price list, in no particular order. */
  Collection<PriceList> lists() {
    return byContract.values();
  }

  PriceList orNull(ContractId contract) {
    return byContract.get(contract);
  }

  /** The prices of an item in a contract's list; empty if either is missing. */
  PriceTable table(ContractId contract, String item) {
    Map<String, PriceTable> byItem = tables.get(contract);
    PriceTable table = byItem == null ? null : byItem.get(item);
    return table == null ? PriceTable.EMPTY : table;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceLists other && byContract.equals(other.byContract);
  }

  @Override
  public int hashCode() {
    return byContract.hashCode();
  }

  @Override
  public String toString() {
    return "PriceLists" + byContract.keySet();
  }
}
