package io.govcloud.spi;

import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The billing ledgers, one per jurisdiction, and their issued monthly bills (docs/rules.md#r4; Art. 17,
 * 20, 30, 31): each authority bills the accounts of its own level's platforms. A jurisdiction's ledger is
 * started once, at its first month; from it, that jurisdiction's months are issued strictly one after
 * another, each once, with all its bills, and never changed afterwards; corrections become adjustment
 * lines of later bills. An account is billed in one jurisdiction's ledger only: its platform's.
 *
 * <p>The order holds under any concurrency, per jurisdiction: of units that start the same jurisdiction's
 * ledger at once, one commits; of units that issue months of the same jurisdiction at once, only those
 * that issue that ledger's next month (its first month, or the month after the last issued) as committed
 * when they commit can commit, and only one of them. Every other fails with a {@link ConflictException}
 * and keeps nothing, so that no two "first months" and no gap can ever be committed. Units working on
 * different jurisdictions' ledgers do not conflict.
 *
 * <p>The methods without a jurisdiction that name a ledger ({@link #ledgerStart()}, {@link #issuedMonths()})
 * are the municipal ledger's, the one ledger a store kept before ledgers were kept by jurisdiction.
 */
public interface BillRepository {

  /**
   * The start of a jurisdiction's ledger, once it is started.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the start, or empty before that ledger is started
   */
  Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction);

  /**
   * The start of the municipal ledger: {@code ledgerStart(Jurisdiction.MUNICIPAL)}.
   *
   * @return the start, or empty before the municipal ledger is started
   */
  default Optional<LedgerStart> ledgerStart() {
    return ledgerStart(Jurisdiction.MUNICIPAL);
  }

  /**
   * The start of every jurisdiction's ledger that is started.
   *
   * @return the starts, ordered by jurisdiction code, not null
   */
  List<LedgerStart> ledgerStarts();

  /**
   * Starts a jurisdiction's ledger at its first month.
   *
   * @param start the jurisdiction, the first month and when it was started, not null
   * @throws ConflictException if that jurisdiction's ledger is started already: in this unit, by a unit
   *     that committed, or by a unit that commits first
   */
  void startLedger(LedgerStart start);

  /**
   * Saves a month issued by a jurisdiction's ledger and all of its bills, in one batch.
   *
   * @param month the jurisdiction and the month issued, not null: that ledger's next month
   * @param bills its bills, each of that month, at most one per account, each of an account of that
   *     jurisdiction's platforms; not null, may be empty
   * @throws IllegalArgumentException if a bill is of another month, or two bills share an account
   * @throws IllegalStateException if that jurisdiction's ledger is not started, as this unit sees it
   * @throws ConflictException if the month is not that ledger's next month (its first month when none is
   *     issued, else the month after the last issued), as this unit sees it or as committed when it
   *     commits: issued already, or another unit issued a month first; or if an account's bill of that
   *     month is saved already (by another jurisdiction's ledger)
   */
  void issue(IssuedMonth month, Collection<MonthlyBill> bills);

  /**
   * The months a jurisdiction's ledger issued.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the months, ascending, not null
   */
  List<IssuedMonth> issuedMonths(Jurisdiction jurisdiction);

  /**
   * The months the municipal ledger issued: {@code issuedMonths(Jurisdiction.MUNICIPAL)}.
   *
   * @return the months, ascending, not null
   */
  default List<IssuedMonth> issuedMonths() {
    return issuedMonths(Jurisdiction.MUNICIPAL);
  }

  /**
   * The bills of a month, of every jurisdiction, ordered by account.
   *
   * @param month the month, not null
   * @return the month's bills; empty if no ledger issued it or it had no bill
   */
  List<MonthlyBill> ofMonth(YearMonth month);

  /**
   * The bills a jurisdiction's ledger issued for a month.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param month the month, not null
   * @return the bills, ordered by account; empty if that ledger did not issue the month
   */
  List<MonthlyBill> ofMonth(Jurisdiction jurisdiction, YearMonth month);

  /**
   * The bill of an account for a month, if it was issued, by whichever ledger bills the account.
   *
   * @param account the account, not null
   * @param month the month, not null
   * @return the bill, or empty if the month is not issued or the account had no bill in it
   */
  Optional<MonthlyBill> find(BillingAccount account, YearMonth month);

  /** {@return every issued bill, of every jurisdiction, ordered by month, then account} */
  List<MonthlyBill> all();

  /**
   * Every bill a jurisdiction's ledger issued.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the bills, ordered by month, then account, not null
   */
  List<MonthlyBill> all(Jurisdiction jurisdiction);

  /**
   * The issued charges of some resources in a jurisdiction's ledger: every bill that ledger issued with a
   * line or an adjustment of one of them, reduced to those lines and adjustments (in their order in the
   * bill), so that issuing the next month reads back only the resources it recomputes (docs/rules.md#r4).
   * A reduced bill keeps its account, month and proration; its total is not the issued bill's.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param resources the resources, not null; may be empty
   * @return the reduced bills, ordered by month, then account, not null
   */
  List<MonthlyBill> charges(Jurisdiction jurisdiction, Collection<ResourceId> resources);

  /**
   * The record of a jurisdiction's ledger's last issuance, as last saved.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the record, or empty if none was saved (no month issued, or only by a store that kept none);
   *     its month may be older than the last issued month if a month was issued without saving one
   */
  Optional<LedgerFingerprints> fingerprints(Jurisdiction jurisdiction);

  /**
   * Replaces the record of a jurisdiction's ledger's last issuance.
   *
   * @param fingerprints the record, not null: of that ledger's last issued month as this unit sees it
   * @throws IllegalArgumentException if its month is not that ledger's last issued month, as this unit sees it
   */
  void saveFingerprints(LedgerFingerprints fingerprints);
}
