package io.govcloud.model;

import java.util.Comparator;
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

  /** The account as {@code department/platform/provider}. */
  @Override
  public String toString() {
    return department + "/" + platform + "/" + provider;
  }
}
