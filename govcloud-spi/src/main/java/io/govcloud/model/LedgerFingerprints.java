package io.govcloud.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The record a jurisdiction's ledger keeps of its last issuance (docs/rules.md#r4), so that the next month
 * is issued without recomputing what did not change: the month issued, a fingerprint of the billing it
 * used (the contracts' prices, the catalog's versions, the proration policy) and, for each resource it
 * billed in full (no violation, no account withheld), a fingerprint of the work orders its charges were
 * computed from. A resource whose orders and billing have the same fingerprints when the next month is
 * issued needs no adjustment; any other is recomputed from its issued charges. A store keeps one record
 * per jurisdiction, replaced at each issuance.
 *
 * <p>Each fingerprint is 32 lowercase hexadecimal digits: the first 128 bits of a SHA-256 of the inputs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param jurisdiction the jurisdiction whose ledger it is, not null
 * @param month the month whose issuance it records: that ledger's last issued month, not null
 * @param billing the fingerprint of the billing the month was issued with, not null
 * @param resources the fingerprint of each resource billed in full, not null; sorted by resource
 */
public record LedgerFingerprints(Jurisdiction jurisdiction, YearMonth month, String billing, SortedMap<ResourceId, String> resources) {

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

  /**
   * Checks and copies the fields.
   *
   * @param jurisdiction the jurisdiction whose ledger it is, not null
   * @param month the month whose issuance it records, not null
   * @param billing the fingerprint of the billing, not null
   * @param resources the fingerprint of each resource billed in full, not null
   * @throws NullPointerException if a field, a resource or a fingerprint is null
   * @throws IllegalArgumentException if a fingerprint is not 32 lowercase hexadecimal digits
   */
  public LedgerFingerprints {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(month, "month");
    check(billing, "billing");
    SortedMap<ResourceId, String> copy = new TreeMap<>();
    for (Map.Entry<ResourceId, String> entry : Objects.requireNonNull(resources, "resources").entrySet()) {
      ResourceId resource = Objects.requireNonNull(entry.getKey(), "resource");
      copy.put(resource, check(entry.getValue(), "resource " + resource));
    }
    resources = Collections.unmodifiableSortedMap(copy);
  }

  private static String check(String fingerprint, String of) {
    Objects.requireNonNull(fingerprint, of);
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException("the fingerprint of " + of + " must be 32 lowercase hexadecimal digits: " + fingerprint);
    }
    return fingerprint;
  }
}
