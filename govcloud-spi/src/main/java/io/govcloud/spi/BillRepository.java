package io.govcloud.spi;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The billing ledger and its issued monthly bills (docs/rules.md#r4; Art. 30, 31): the ledger is started
 * once, at its first month; from it, months are issued strictly one after another, each once, with all its
 * bills, and never changed afterwards; corrections become adjustment lines of later bills.
 *
 * <p>The order holds under any concurrency: of units that start the ledger at once, one commits; of units
 * that issue months at once, only those that issue the ledger's next month (its first month, or the month
 * after the last issued) as committed when they commit can commit, and only one of them. Every other fails
 * with a {@link ConflictException} and keeps nothing, so that no two "first months" and no gap can ever be
 * committed.
 */
public interface BillRepository {

  /**
   * The start of the ledger, once it is started.
   *
   * @return the start, or empty before the ledger is started
   */
  Optional<LedgerStart> ledgerStart();

  /**
   * Starts the ledger at its first month.
   *
   * @param start the first month and when it was started, not null
   * @throws ConflictException if the ledger is started already: in this unit, by a unit that committed,
   *     or by a unit that commits first
   */
  void startLedger(LedgerStart start);

  /**
   * Saves an issued month and all of its bills, in one batch.
   *
   * @param month the month issued, not null: the ledger's next month
   * @param bills its bills, each of that month, at most one per account; not null, may be empty
   * @throws IllegalArgumentException if a bill is of another month, or two bills share an account
   * @throws IllegalStateException if the ledger is not started, as this unit sees it
   * @throws ConflictException if the month is not the ledger's next month (its first month when none is
   *     issued, else the month after the last issued), as this unit sees it or as committed when it
   *     commits: issued already, or another unit issued a month first
   */
  void issue(IssuedMonth month, Collection<MonthlyBill> bills);

  /** {@return the issued months, ascending} */
  List<IssuedMonth> issuedMonths();

  /**
   * The bills of an issued month, ordered by account; empty if it is not issued.
   *
   * @param month the month, not null
   * @return the month's bills; empty if it is not issued or had no bill
   */
  List<MonthlyBill> ofMonth(YearMonth month);

  /**
   * The bill of an account for a month, if it was issued.
   *
   * @param account the account, not null
   * @param month the month, not null
   * @return the bill, or empty if the month is not issued or the account had no bill in it
   */
  Optional<MonthlyBill> find(BillingAccount account, YearMonth month);

  /** {@return every issued bill, ordered by month, then account} */
  List<MonthlyBill> all();
}
