package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptanceDeductions;
import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.billing.AnnualStatements;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Platform;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Annual statements drawn from the store (Art. 31, 41; rule R4, R7): the ledger of a jurisdiction's issued months, the
 * deductions of a port, and the payments recorded of the year's fees. With the acceptance deductions, an
 * account is deducted by its provider's annual result of the year under the deduction table in force; a
 * result that would deduct without a table refuses the statement ({@code DEDUCTION_TABLE_MISSING}), so
 * that no figure is guessed.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Statements {

  private Statements() {}

  /**
   * The ledger of a jurisdiction's issued months from its ledger's first month, prorated as its first
   * issued month was; with none issued yet, an empty one with the given proration, starting at the
   * ledger's first month, or at {@code firstIfNone} before the ledger is started.
   */
  static BillingLedger ledger(UnitOfWork uow, Jurisdiction jurisdiction, Proration proration, YearMonth firstIfNone) {
    List<IssuedMonth> issued = uow.bills().issuedMonths(jurisdiction);
    YearMonth first = uow.bills().ledgerStart(jurisdiction).map(LedgerStart::firstMonth)
        .orElse(issued.isEmpty() ? firstIfNone : issued.get(0).month());
    if (issued.isEmpty()) {
      return BillingLedger.startingAt(first, proration);
    }
    Proration stored = Proration.named(issued.get(0).proration());
    return BillingLedger.restore(first, stored, issued.stream().map(IssuedMonth::month).toList(), uow.bills().all(jurisdiction));
  }

  /**
   * The ledger of a jurisdiction to issue its next month with (docs/rules.md#r4): resumed from the record of
   * its last issuance, reading back the issued charges of only the resources it recomputes; restored from
   * every issued bill, as {@link #ledger}, when the store has no record of the last month issued (a
   * database from before the records, or a month issued without one).
   */
  static BillingLedger ledgerToIssue(UnitOfWork uow, Jurisdiction jurisdiction, Proration proration, YearMonth firstIfNone) {
    List<IssuedMonth> issued = uow.bills().issuedMonths(jurisdiction);
    Optional<LedgerFingerprints> record = issued.isEmpty() ? Optional.empty() : uow.bills().fingerprints(jurisdiction);
    if (record.isEmpty() || !record.get().month().equals(issued.get(issued.size() - 1).month())) {
      return ledger(uow, jurisdiction, proration, firstIfNone);
    }
    YearMonth first = uow.bills().ledgerStart(jurisdiction).map(LedgerStart::firstMonth).orElse(issued.get(0).month());
    return BillingLedger.resume(first, Proration.named(issued.get(0).proration()), issued.stream().map(IssuedMonth::month).toList(),
        record.get(), resources -> uow.bills().charges(jurisdiction, resources));
  }

  /**
   * The ledger that bills an account: its platform's jurisdiction's (the municipal one when the platform
   * is not registered), as {@link #ledger(UnitOfWork, Jurisdiction, Proration, YearMonth)}.
   */
  static BillingLedger ledgerOf(UnitOfWork uow, BillingAccount account, Proration proration, YearMonth firstIfNone) {
    return ledger(uow, jurisdictionOf(uow, account), proration, firstIfNone);
  }

  /** The jurisdiction whose ledger bills an account: its platform's, or the municipality's when the platform is not registered. */
  static Jurisdiction jurisdictionOf(UnitOfWork uow, BillingAccount account) {
    return uow.platforms().find(account.platform()).map(Platform::jurisdiction).orElse(Jurisdiction.MUNICIPAL);
  }

  /** The statement of an account with the deductions a port reports and the payments recorded. */
  static Either<Violation, AnnualStatement> drawn(UnitOfWork uow, BillingLedger ledger, BillingAccount account, Year year, FeeDeductions deductions) {
    Validation<List<Violation>, AnnualStatement> statement = AnnualStatements.of(ledger, account, year, deductions);
    return statement.isValid()
        ? Either.right(statement.get().withPayments(uow.payments().ofAccount(account, year)))
        : Either.left(statement.getError().get(0));
  }

  /** The deductions of an account's provider's annual result of a year, or the refusal of a missing table. */
  static Either<Violation, AcceptanceDeductions> acceptance(UnitOfWork uow, BillingAccount account, Year year, AcceptancePolicy policy) {
    List<AnnualResult> results = uow.annualResults().ofProvider(account.provider()).stream().filter(r -> r.year().equals(year)).toList();
    return AcceptanceDeductions.of(results, policy.deductions());
  }

  /** The statement of an account with the acceptance deductions and the payments recorded. */
  static Either<Violation, AnnualStatement> withAcceptance(
      UnitOfWork uow, BillingLedger ledger, BillingAccount account, Year year, AcceptancePolicy policy) {
    return acceptance(uow, account, year, policy).flatMap(deductions -> drawn(uow, ledger, account, year, deductions));
  }
}
