package io.govcloud.spi;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.MonthlyBill;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The issued monthly bills (docs/rules.md#r4; Art. 30, 31): a month is issued once, with all its bills, and
 * never changed afterwards; corrections become adjustment lines of later bills.
 */
public interface BillRepository {

  /**
   * Saves an issued month and all of its bills, in one batch.
   *
   * @param month the month issued, not null
   * @param bills its bills, each of that month, at most one per account; not null, may be empty
   * @throws IllegalArgumentException if a bill is of another month, or two bills share an account
   * @throws ConflictException if the month was issued already (another unit issued it first)
   */
  void issue(IssuedMonth month, Collection<MonthlyBill> bills);

  /** The issued months, ascending. */
  List<IssuedMonth> issuedMonths();

  /** The bills of an issued month, ordered by account; empty if it is not issued. */
  List<MonthlyBill> ofMonth(YearMonth month);

  /** The bill of an account for a month, if it was issued. */
  Optional<MonthlyBill> find(BillingAccount account, YearMonth month);

  /** Every issued bill, ordered by month, then account. */
  List<MonthlyBill> all();
}
