package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.billing.BillingStart;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.core.internal.BillingCommands;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.RefusedException;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Either;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Monthly billing of one actor (rule R4; Art. 17, 20, 22, 30, 31, 41, 43): the authority of each
 * jurisdiction (the municipality, a district) starts its own ledger at its first month, then issues each
 * month, once it has ended, for every account of its own level's platforms (本级); the parties of an account
 * (its department and their parents, its provider, the authority and auditors of its platform's
 * jurisdiction), the municipal authority, which supervises every level (Art. 43), and municipal auditors
 * read its bills, its annual statement with the acceptance deductions and the payments, and reconcile a
 * provider's statement with it; {@link #billingAccounts()} lists the accounts the actor may read. An
 * auditor reads within its jurisdiction: a municipal auditor's is the whole city, every level's accounts;
 * a district auditor's its own district's (docs/rules.md#r9). Reached by {@code gov.as(actor).billing()}.
 *
 * <p>A refusal is a value and is audited: {@code ACCESS_DENIED} when the account is out of the actor's
 * reach or unknown (the two are indistinguishable), or a code of {@link
 * io.govcloud.core.billing.BillingViolations}. A lost race (another unit issued the month first) and a
 * store fault throw a {@link GovCloudException}; nothing of the unit is kept. Every argument is not null:
 * a null is a caller's bug, thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingFacet {

  private final Actor actor;
  private final BillingCommands commands;

  BillingFacet(Actor actor, BillingCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * An authority starts its own jurisdiction's billing ledger at its first month (Art. 17, 20, 30;
   * docs/rules.md#r4): the first month billed is chosen explicitly, never taken from whichever month is
   * issued first. It is audited, and never changes. Service on the jurisdiction's platforms confirmed
   * before the first month is not billed; it is returned (and audited) so that the host can settle it
   * otherwise. Any month may be the first, a past one too: months are then issued one by one from it.
   *
   * @param firstMonth the first month billed, not null
   * @return the start and the service before it, or the refusal ({@code ACCESS_DENIED}, {@link
   *     io.govcloud.core.billing.BillingViolations#LEDGER_ALREADY_STARTED})
   * @throws GovCloudException if another unit started the ledger first or the store failed; nothing is
   *     kept
   */
  public Either<Violation, BillingStart> startLedger(YearMonth firstMonth) {
    return commands.startLedger(actor, requireNonNull(firstMonth, "firstMonth"));
  }

  /**
   * The start of the actor's own billing ledger, if it is started: the ledger of an authority's or
   * auditor's jurisdiction, the municipal ledger for any other actor; any actor may read it.
   *
   * @return the jurisdiction, the first month and when it was started, or empty
   * @throws GovCloudException if the store failed
   */
  public Optional<LedgerStart> ledgerStart() {
    return commands.ledgerStart(BillingCommands.ownJurisdiction(actor));
  }

  /**
   * The start of a jurisdiction's billing ledger, if its authority started it; any actor may read it.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the first month and when it was started, or empty
   * @throws GovCloudException if the store failed
   */
  public Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction) {
    return commands.ledgerStart(requireNonNull(jurisdiction, "jurisdiction"));
  }

  /**
   * The start of every jurisdiction's billing ledger that is started; any actor may read them.
   *
   * @return the starts, by jurisdiction code, not null
   * @throws GovCloudException if the store failed
   */
  public List<LedgerStart> ledgerStarts() {
    return commands.ledgerStarts();
  }

  /**
   * An authority issues a month's bills for every account of its own jurisdiction's platforms (Art. 17,
   * 20, 30): only its ledger's next month (its first month, then the month after the last one issued),
   * and only once the month has ended in the zone of every platform of the jurisdiction; issuing an issued
   * month again returns its bills unchanged. Each jurisdiction's months are in order on their own: a
   * district may issue a month the municipality has not, and the other way round. Changes touching issued
   * months become adjustment lines of this month's bills. Work orders confirmed since the last issuance
   * that reach back before the ledger's first month are audited and reported to the issuing authority
   * ({@code SERVICE_BEFORE_LEDGER}): those days are not billed. A resource that cannot be billed blocks
   * only its own account (docs/rules.md#r4): the account is left out of the month, each reason audited on
   * it ({@code WITHHOLD_BILL}, a violation naming the resource and the account) and notified ({@code
   * BILL_WITHHELD}) to the issuing authority, the department and the provider; every other account is
   * issued, and the first month issued after the repair carries what was left out as adjustments. A month
   * refused is refused with every violation found (each audited), not only the first; a host that wants an
   * exception writes {@code .getOrElseThrow(RefusedException::of)}.
   *
   * @param month the month, not null
   * @return the month's bills, one per account with service and not left out, or every violation (not empty): {@code
   *     ACCESS_DENIED}, {@link io.govcloud.core.billing.BillingViolations#LEDGER_NOT_STARTED}, {@link
   *     io.govcloud.core.billing.BillingViolations#MONTH_NOT_ENDED}, {@link
   *     io.govcloud.core.billing.BillingViolations#MONTH_NOT_OPEN} and those of billing
   * @throws GovCloudException if another unit issued a month first or the store failed; nothing is kept
   * @see RefusedException#of(List)
   */
  public Either<List<Violation>, List<MonthlyBill>> issue(YearMonth month) {
    return commands.issue(actor, requireNonNull(month, "month"));
  }

  /**
   * The issued bills of a month, of every jurisdiction, that the actor may read: the bills of its own
   * accounts, of its district's platforms for a district authority or auditor, of every level's for the
   * municipal authority and municipal auditors (Art. 43; docs/rules.md#r9); never a refusal: an actor that
   * may read none gets none.
   *
   * @param month the month, not null
   * @return the bills, in the store's order, unmodifiable, not null
   * @throws GovCloudException if the store failed
   */
  public List<MonthlyBill> bills(YearMonth month) {
    return commands.bills(actor, requireNonNull(month, "month"));
  }

  /**
   * The accounts with service (a confirmed work order) whose bills, statements and reconciliations the
   * actor may read (Art. 43; docs/rules.md#r9): a department's own and its subordinate units', a
   * provider's, those of a district's platforms for its authority or auditors, every one for the municipal
   * authority and municipal auditors; never a refusal: an actor that may read none gets none.
   *
   * @return the accounts, in account order, unmodifiable, not null
   * @throws GovCloudException if the store failed
   */
  public List<BillingAccount> billingAccounts() {
    return commands.billingAccounts(actor);
  }

  /**
   * The annual statement of an account (Art. 31, 41), drawn from the ledger of its platform's
   * jurisdiction: the year's bills, the deduction of its provider's
   * annual result for the year under the deduction table in force (with its result, score band and
   * document), what is payable, the payments recorded and what is outstanding. Before the provider's
   * annual result of the year is published, nothing is deducted. A deferred or failed result in a year
   * with no table in force is refused, never guessed.
   *
   * @param account the account, not null
   * @param year the year, not null
   * @return the statement, or the refusal ({@code ACCEPTANCE_DEDUCTION_TABLE_MISSING}, {@code
   *     DEDUCTIONS_EXCEED_FEES})
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, AnnualStatement> annualStatement(BillingAccount account, Year year) {
    return commands.annualStatement(actor, requireNonNull(account, "account"), requireNonNull(year, "year"));
  }

  /**
   * The annual statement of an account (Art. 31) with the deductions a port reports instead of the
   * acceptance deductions, and the payments recorded. A host asks for the statement without deductions,
   * the gross fees (e.g. while an annual result is disputed, or to show what a deduction was taken from),
   * by passing {@link FeeDeductions#none()}, which says so; payments are still checked against {@link
   * #annualStatement(BillingAccount, Year)}.
   *
   * @param account the account, not null
   * @param year the year, not null
   * @param deductions the deductions to show, not null
   * @return the statement, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, AnnualStatement> annualStatement(BillingAccount account, Year year, FeeDeductions deductions) {
    return commands.annualStatement(actor, requireNonNull(account, "account"), requireNonNull(year, "year"),
        requireNonNull(deductions, "deductions"));
  }

  /**
   * Every difference between a provider's statement and the issued bill of its account and month (Art.
   * 22, 30).
   *
   * @param statement the provider's statement, not null
   * @return the reconciliation, or the refusal ({@code BILL_NOT_ISSUED} when the month's bill is not issued)
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, Reconciliation> reconcile(ProviderStatement statement) {
    return commands.reconcile(actor, requireNonNull(statement, "statement"));
  }
}
