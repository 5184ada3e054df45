package io.govcloud.core.billing;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.ContractPrice;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.PriceList;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.WorkOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fingerprints a ledger records of an issuance (docs/rules.md#r4): the first 128 bits, in 32
 * lowercase hexadecimal digits, of a SHA-256 of a canonical text of what billing depends on. A resource's
 * is of its effective work orders, in id order, with every field of each (so that any change to an order a
 * charge depends on changes it); the billing's is of the proration policy, every contract's prices (in
 * contract, item and date order) and every catalog version's items with their categories. Each text is
 * written with its length before it, each instant as its epoch second and nanosecond, so that no two
 * inputs share a text. Equal inputs give equal
 * fingerprints in every JVM; nothing per day is built.
 *
 * <p>Not thread-safe (it reuses one digest); not API.
 */
final class Fingerprints {

  private static final Comparator<WorkOrder> BY_ID = Comparator.comparing(WorkOrder::id);
  private static final Comparator<ContractPrice> BY_ITEM_THEN_DATE =
      Comparator.comparing(ContractPrice::item).thenComparing(ContractPrice::effectiveFrom);

  private final MessageDigest sha;
  private final StringBuilder text = new StringBuilder(256);
  private final List<WorkOrder> sorted = new ArrayList<>(4);

  Fingerprints() {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform implements SHA-256", e);
    }
  }

  /** The record of an issuance: its billing's fingerprint and each resource's billed in full. */
  LedgerFingerprints record(Jurisdiction jurisdiction, YearMonth month, Billing billing, Map<ResourceId, List<WorkOrder>> basis) {
    SortedMap<ResourceId, String> resources = new TreeMap<>();
    basis.forEach((resource, orders) -> resources.put(resource, ofOrders(orders)));
    return new LedgerFingerprints(jurisdiction, month, ofBilling(billing), resources);
  }

  /** The fingerprint of a resource's effective work orders. */
  String ofOrders(List<WorkOrder> orders) {
    sorted.clear();
    sorted.addAll(orders);
    sorted.sort(BY_ID);
    text.setLength(0);
    for (WorkOrder order : sorted) {
      field(order.id().value()).field(order.resource().value()).field(order.kind().name())
          .field(order.department().value()).field(order.platform().value()).field(order.provider().value())
          .field(order.contract().value()).field(order.project().value()).field(order.item())
          .field(order.quantity().toString()).field(order.effectiveAt()).field(order.zone().getId())
          .field(order.confirmedAt()).field(order.supersedes().map(id -> id.value()).orElse(""));
    }
    return digest();
  }

  /** The fingerprint of a billing's prices, catalog and proration policy. */
  String ofBilling(Billing billing) {
    text.setLength(0);
    field(billing.proration().name());
    List<PriceList> lists = new ArrayList<>(billing.prices().lists());
    lists.sort(Comparator.comparing(PriceList::contract));
    for (PriceList list : lists) {
      field("contract").field(list.contract().value()).field(list.provider().value());
      List<ContractPrice> prices = new ArrayList<>(list.prices());
      prices.sort(BY_ITEM_THEN_DATE);
      for (ContractPrice price : prices) {
        field(price.item()).field(Long.toString(price.unitPrice().toFen())).field(price.effectiveFrom().toString());
      }
    }
    for (ServiceCatalog version : billing.catalog().versions()) {
      field("catalog").field(version.version()).field(version.effectiveDate().toString());
      for (CatalogItem item : version.items().values()) {
        field(item.code()).field(item.category());
      }
    }
    return digest();
  }

  /** An instant as its epoch second and nanosecond, without formatting it. */
  private Fingerprints field(Instant instant) {
    text.append(instant.getEpochSecond()).append('.').append(instant.getNano()).append(';');
    return this;
  }

  private Fingerprints field(String value) {
    text.append(value.length()).append(':').append(value);
    return this;
  }

  private String digest() {
    byte[] hash = sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 16);
  }
}
