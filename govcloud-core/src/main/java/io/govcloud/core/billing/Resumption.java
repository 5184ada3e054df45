package io.govcloud.core.billing;

import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a ledger resumed from a store knows of the months issued before (docs/rules.md#r4): the record of
 * the last issuance, and how to read back the issued charges of a resource. A resumed ledger holds no
 * issued charge at first; issuing reads back only those of the resources it recomputes: those whose
 * orders' or billing's fingerprint changed, new ones, and those the last issuance did not bill in full
 * (withheld), all in one call. A resource is read back once; the charges of months issued after the
 * resumption are the ledger's own. Immutable; not API.
 */
final class Resumption {

  /** The charges to issue with, the resources whose fingerprints show no change, and the resumption after. */
  record Loaded(IssuedCharges charges, Set<ResourceId> unchanged, Resumption next) {}

  private final YearMonth stored;
  private final String proration;
  /** The record of the last issuance, null once the resumed ledger issued a month of its own. */
  private final LedgerFingerprints fingerprints;
  private final Function<Set<ResourceId>, ? extends Collection<MonthlyBill>> loader;
  private final Set<ResourceId> loaded;

  Resumption(YearMonth stored, String proration, LedgerFingerprints fingerprints,
      Function<Set<ResourceId>, ? extends Collection<MonthlyBill>> loader, Set<ResourceId> loaded) {
    this.stored = stored;
    this.proration = proration;
    this.fingerprints = fingerprints;
    this.loader = loader;
    this.loaded = loaded;
  }

  /**
   * Reads back the charges of every resource to recompute that is not read back yet.
   *
   * @param histories the resources' histories of this issuance
   * @param named every resource a given order names
   * @param charges the ledger's charges
   * @param billing the billing of this issuance
   * @throws IllegalArgumentException if the loader gives a bill of another proration, or a line or an
   *     adjustment of a resource not asked for
   */
  Loaded load(Map<ResourceId, BillingHistory> histories, Set<ResourceId> named, IssuedCharges charges, Billing billing) {
    Fingerprints digests = new Fingerprints();
    boolean sameBilling = fingerprints != null && fingerprints.billing().equals(digests.ofBilling(billing));
    Set<ResourceId> candidates = new HashSet<>(named);
    candidates.addAll(histories.keySet());
    candidates.addAll(charges.resources());
    if (fingerprints != null) {
      candidates.addAll(fingerprints.resources().keySet());
    }
    Set<ResourceId> unchanged = new HashSet<>();
    Set<ResourceId> toLoad = new TreeSet<>();
    for (ResourceId resource : candidates) {
      BillingHistory history = histories.get(resource);
      if (loaded.contains(resource) || (history != null && charges.unchanged(resource, history.orders(), billing))) {
        continue;
      }
      String before = sameBilling && history != null ? fingerprints.resources().get(resource) : null;
      if (before != null && before.equals(digests.ofOrders(history.orders()))) {
        unchanged.add(resource);
      } else {
        toLoad.add(resource);
      }
    }
    List<MonthlyBill> bills = new ArrayList<>();
    if (!toLoad.isEmpty()) {
      for (MonthlyBill bill : Objects.requireNonNull(loader.apply(Collections.unmodifiableSet(toLoad)), "loaded bills")) {
        if (!Objects.requireNonNull(bill, "loaded bill").month().isAfter(stored)) {
          bills.add(checked(bill, toLoad));
        }
      }
    }
    Set<ResourceId> nowLoaded = new HashSet<>(loaded);
    nowLoaded.addAll(toLoad);
    return new Loaded(charges.plusStored(bills), unchanged,
        new Resumption(stored, proration, null, loader, Collections.unmodifiableSet(nowLoaded)));
  }

  private MonthlyBill checked(MonthlyBill bill, Set<ResourceId> asked) {
    if (!bill.proration().equals(proration)) {
      throw new IllegalArgumentException(
          "the bill of " + bill.account() + " for " + bill.month() + " is prorated " + bill.proration() + ", not " + proration);
    }
    for (BillLine line : bill.lines()) {
      requireAsked(line.resource(), asked, bill);
    }
    for (BillAdjustment adjustment : bill.adjustments()) {
      requireAsked(adjustment.resource(), asked, bill);
    }
    return bill;
  }

  private static void requireAsked(ResourceId resource, Set<ResourceId> asked, MonthlyBill bill) {
    if (!asked.contains(resource)) {
      throw new IllegalArgumentException("the charges read back for the bill of " + bill.account() + " for " + bill.month()
          + " include resource " + resource + ", which was not asked for");
    }
  }

  /** The issued months of a restored or resumed ledger, each with no bill yet, checked to be consecutive from the first month. */
  static NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> consecutive(
      YearMonth firstMonth, Collection<YearMonth> issuedMonths) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    NavigableMap<YearMonth, Map<BillingAccount, MonthlyBill>> issued = new TreeMap<>();
    for (YearMonth month : Objects.requireNonNull(issuedMonths, "issuedMonths")) {
      issued.put(Objects.requireNonNull(month, "issued month"), new TreeMap<>());
    }
    YearMonth expected = firstMonth;
    for (YearMonth month : issued.keySet()) {
      if (!month.equals(expected)) {
        throw new IllegalArgumentException("issued months must be consecutive from " + firstMonth + ": " + expected + " is missing");
      }
      expected = expected.plusMonths(1);
    }
    return issued;
  }
}
