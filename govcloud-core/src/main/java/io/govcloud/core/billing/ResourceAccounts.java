package io.govcloud.core.billing;

import io.govcloud.model.BillingAccount;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts of a resource while a month is issued (docs/rules.md#r4): the one account most resources
 * have, or the sorted set of several, so that the common case builds no set. Not API.
 */
final class ResourceAccounts {

  private ResourceAccounts() {}

  /** Adds an account to a resource's: one account, or a sorted set of several. */
  static Object withAccount(Object accounts, Object account) {
    if (accounts.equals(account)) {
      return accounts;
    }
    Set<BillingAccount> several = new TreeSet<>();
    if (accounts instanceof BillingAccount one) {
      several.add(one);
    } else {
      several.addAll(asAccounts(accounts));
    }
    several.add((BillingAccount) account);
    return several;
  }

  @SuppressWarnings("unchecked")
  static Set<BillingAccount> asAccounts(Object several) {
    return (Set<BillingAccount>) several;
  }
}
