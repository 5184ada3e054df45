package io.govcloud.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who a monthly bill is between: the department that pays, the platform its resources run on and the
 * provider that serves them (Art. 30, 31; docs/rules.md#r4). One {@link MonthlyBill} per account and month.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param department the department that confirmed the work orders and pays, not null
 * @param platform the platform the resources run on, not null
 * @param provider the provider that serves them, not null
 */
public record BillingAccount(DepartmentId department, PlatformId platform, ProviderId provider)
    implements Comparable<BillingAccount> {

  private static final Comparator<BillingAccount> ORDER =
      Comparator.comparing(BillingAccount::department)
          .thenComparing(BillingAccount::platform)
          .thenComparing(BillingAccount::provider);

  /**
   * Checks the fields.
   *
   * @param department the department that confirmed the work orders and pays, not null
   * @param platform the platform the resources run on, not null
   * @param provider the provider that serves them, not null
   * @throws NullPointerException if a field is null
   */
  public BillingAccount {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(provider, "provider");
  }

  /**
   * The account of the given parties; throws {@link NullPointerException} if one is null.
   *
   * @param department the department that confirmed the work orders and pays, not null
   * @param platform the platform the resources run on, not null
   * @param provider the provider that serves them, not null
   * @return the account
   * @throws NullPointerException if an argument is null
   */
  public static BillingAccount of(DepartmentId department, PlatformId platform, ProviderId provider) {
    return new BillingAccount(department, platform, provider);
  }

  /**
   * The account a work order bills to: its department, platform and provider.
   *
   * @param order the work order, not null
   * @return the account, not null
   */
  public static BillingAccount of(WorkOrder order) {
    Objects.requireNonNull(order, "order");
    return new BillingAccount(order.department(), order.platform(), order.provider());
  }

  /** Orders by department, then platform, then provider. */
  @Override
  public int compareTo(BillingAccount other) {
    return ORDER.compare(this, other);
  }

  /**
   * The account's id in the audit trail and in refusals (docs/rules.md#limits): its text {@code
   * department/platform/provider} when that fits an identifier ({@link Limits#MAX_ID_LENGTH} chars), else
   * {@code ~} followed by the first 40 hexadecimal digits of the SHA-256 of that text in UTF-8, so that
   * every account can be audited and found again.
   *
   * @return the id, at most {@link Limits#MAX_ID_LENGTH} chars, not null
   */
  public String auditId() {
    String text = toString();
    if (text.length() <= Limits.MAX_ID_LENGTH) {
      return text;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "~" + HexFormat.of().formatHex(digest).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The account as {@code department/platform/provider}. */
  @Override
  public String toString() {
    return department + "/" + platform + "/" + provider;
  }
}
