package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.billing.Billing;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.BillingViolations;
import io.govcloud.core.billing.Issuance;
import io.govcloud.core.billing.PriceLists;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Contract;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Monthly billing through the store (rule R4; Art. 22, 30, 31): the municipal authority issues a month
 * for every account at once, from every work order and contract price; an issued month is frozen and a
 * later change becomes an adjustment of the next month issued; issuing a month again returns its bills.
 * The first month ever issued is the first month billed: service before it is not billed.
 */
public final class BillingCommands {

  private static final String MONTH = "billing-month";

  private final ActionRunner runner;
  private final CatalogHistory catalog;
  private final Proration proration;
  private final AcceptancePolicy acceptance;

  /** Commands over a runner, the catalog, the proration policy and the acceptance configuration. */
  public BillingCommands(ActionRunner runner, CatalogHistory catalog, Proration proration, AcceptancePolicy acceptance) {
    this.runner = runner;
    this.catalog = catalog;
    this.proration = proration;
    this.acceptance = acceptance;
  }

  /** The municipal authority issues a month's bills (Art. 30); refused, with every violation. */
  public Either<List<Violation>, List<MonthlyBill>> issue(Actor actor, YearMonth month) {
    return runner.changeAll(actor, "ISSUE_BILLS", MONTH, month.toString(), tx -> {
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(30),
          Subjects.ofJurisdiction(Jurisdiction.MUNICIPAL, MONTH, month.toString()));
      if (denied.isPresent()) {
        return Either.left(List.of(denied.get()));
      }
      UnitOfWork uow = tx.uow();
      List<IssuedMonth> issued = uow.bills().issuedMonths();
      if (issued.stream().anyMatch(m -> m.month().equals(month))) {
        tx.changed("reissued", null, month);
        return Either.right(uow.bills().ofMonth(month));
      }
      BillingLedger ledger = Statements.ledger(uow, proration, month);
      Billing billing = Billing.of(PriceLists.of(uow.contracts().all().stream().map(Contract::priceList).toList()), catalog, proration);
      Validation<List<Violation>, Issuance> issuance = ledger.issue(month, uow.workOrders().all(), billing);
      if (issuance.isInvalid()) {
        return Either.left(issuance.getError());
      }
      List<MonthlyBill> bills = issuance.get().bills();
      uow.bills().issue(new IssuedMonth(month, proration.name(), tx.now()), bills);
      tx.changed("bills", null, Map.of("month", month, "count", bills.size(),
          "total", Money.total(bills.stream().map(MonthlyBill::total).toList())));
      bills.forEach(bill -> Notices.billIssued(tx, month, bill));
      return Either.right(bills);
    });
  }

  /** The issued bills of a month the actor may read (rule R9). */
  public List<MonthlyBill> bills(Actor actor, YearMonth month) {
    return runner.store().transact(uow -> uow.bills().ofMonth(month).stream()
        .filter(b -> AccessPolicy.checkReach(actor, "READ_BILLS", Subjects.of(uow, b.account())).isEmpty())
        .toList());
  }

  /** The annual statement of an account (Art. 31), with the deductions the port reports and the payments. */
  public Either<Violation, AnnualStatement> annualStatement(Actor actor, BillingAccount account, Year year, FeeDeductions deductions) {
    return statement(actor, account, tx -> Statements.drawn(tx.uow(), ledger(tx.uow(), year), account, year, deductions));
  }

  /** The annual statement of an account (Art. 31, 41), with the acceptance deductions and the payments. */
  public Either<Violation, AnnualStatement> annualStatement(Actor actor, BillingAccount account, Year year) {
    return statement(actor, account, tx -> Statements.withAcceptance(tx.uow(), ledger(tx.uow(), year), account, year, acceptance));
  }

  private Either<Violation, AnnualStatement> statement(
      Actor actor, BillingAccount account, Function<Tx, Either<Violation, AnnualStatement>> draw) {
    return runner.read(actor, "READ_ANNUAL_STATEMENT", "account", account.toString(), tx -> {
      Optional<Violation> denied = tx.checkReach(Subjects.of(tx.uow(), account));
      return denied.<Either<Violation, AnnualStatement>>map(Either::left).orElseGet(() -> draw.apply(tx));
    });
  }

  /** Compares a provider's statement with the issued bill of its account and month (Art. 22, 30, 44). */
  public Either<Violation, Reconciliation> reconcile(Actor actor, ProviderStatement statement) {
    return runner.read(actor, "RECONCILE", "account", statement.account().toString(), tx -> {
      Optional<Violation> denied = tx.checkReach(Subjects.of(tx.uow(), statement.account()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      return tx.uow().bills().find(statement.account(), statement.month())
          .<Either<Violation, Reconciliation>>map(bill -> Either.right(Reconciliation.of(bill, statement)))
          .orElseGet(() -> Either.left(BillingViolations.billNotIssued(statement.account(), statement.month())));
    });
  }

  /** The ledger of the issued months; with none issued yet, an empty one starting at January of {@code year}. */
  private BillingLedger ledger(UnitOfWork uow, Year year) {
    return Statements.ledger(uow, proration, YearMonth.of(year.getValue(), 1));
  }
}
