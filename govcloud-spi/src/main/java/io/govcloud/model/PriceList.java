package io.govcloud.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A contract's price list: the provider's monthly unit prices per catalog item, each with the date it
 * takes effect (docs/rules.md#r2). Whether the prices respect the catalog's caps is checked by {@code
 * govcloud-core} ({@code PriceCaps}); this value only holds them and answers the price in force.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PriceList {

  private final ContractId contract;
  private final ProviderId provider;
  private final SortedMap<String, NavigableMap<LocalDate, ContractPrice>> byItem;

  private PriceList(ContractId contract, ProviderId provider, SortedMap<String, NavigableMap<LocalDate, ContractPrice>> byItem) {
    this.contract = contract;
    this.provider = provider;
    this.byItem = byItem;
  }

  /**
   * A price list.
   *
   * @param contract the contract, not null
   * @param provider the provider that offers the prices, not null
   * @param prices the prices, not null; at most one per item and effective date
   * @return the price list, not null
   * @throws IllegalArgumentException if an item has two prices from one date
   */
  public static PriceList of(ContractId contract, ProviderId provider, Collection<ContractPrice> prices) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(prices, "prices");
    SortedMap<String, NavigableMap<LocalDate, ContractPrice>> byItem = new TreeMap<>();
    for (ContractPrice price : prices) {
      Objects.requireNonNull(price, "price");
      ContractPrice previous =
          byItem.computeIfAbsent(price.item(), k -> new TreeMap<>()).putIfAbsent(price.effectiveFrom(), price);
      if (previous != null) {
        throw new IllegalArgumentException(
            "price list of contract " + contract + " has two prices for " + price.item() + " from "
                + price.effectiveFrom() + ": " + previous.unitPrice() + " and " + price.unitPrice());
      }
    }
    byItem.replaceAll((item, dates) -> Collections.unmodifiableNavigableMap(dates));
    return new PriceList(contract, provider, Collections.unmodifiableSortedMap(byItem));
  }

  /** {@return the contract, not null} */
  public ContractId contract() {
    return contract;
  }

  /** {@return the provider, not null} */
  public ProviderId provider() {
    return provider;
  }

  /** {@return every price, by item then effective date; not null} */
  public List<ContractPrice> prices() {
    return byItem.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  /**
   * The prices of one item by effective date.
   *
   * @param item the catalog item's code, not null
   * @return its prices keyed by effective date, unmodifiable; empty if the list has none
   * @throws NullPointerException if the item is null
   */
  public NavigableMap<LocalDate, ContractPrice> pricesOf(String item) {
    NavigableMap<LocalDate, ContractPrice> prices = byItem.get(Objects.requireNonNull(item, "item"));
    return prices == null ? Collections.emptyNavigableMap() : prices;
  }

  /**
   * The price of an item in force on a date: the latest that took effect on or before it.
   *
   * @param item the catalog item's code, not null
   * @param date the date, not null
   * @return the price in force, or empty if the item has no price that took effect by that date
   * @throws NullPointerException if an argument is null
   */
  public Optional<ContractPrice> priceOn(String item, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map.Entry<LocalDate, ContractPrice> entry = pricesOf(item).floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceList other
        && contract.equals(other.contract)
        && provider.equals(other.provider)
        && byItem.equals(other.byItem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contract, provider, byItem);
  }

  @Override
  public String toString() {
    return "PriceList[" + contract + ", " + provider + ", " + prices().size() + " prices]";
  }
}
