package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.billing.AnnualStatements;
import io.govcloud.core.billing.Billing;
import io.govcloud.core.billing.BillingLedger;
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
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Party;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.UnitOfWork;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Monthly billing through the store (RULES.md R4; Art. 22, 30, 31): the municipal authority issues a month
 * for every account at once, from every work order and contract price; an issued month is frozen and a
 * later change becomes an adjustment of the next month issued; issuing a month again returns its bills.
 * The first month ever issued is the first month billed: service before it is not billed.
 */
public final class BillingCommands {

  private static final String MONTH = "billing-month";

  private final Executor executor;
  private final CatalogHistory catalog;
  private final Proration proration;

  /** Commands over an executor, the catalog and the proration policy. */
  public BillingCommands(Executor executor, CatalogHistory catalog, Proration proration) {
    this.executor = executor;
    this.catalog = catalog;
    this.proration = proration;
  }

  /** The municipal authority issues a month's bills (Art. 30). */
  public Either<Violation, List<MonthlyBill>> issue(Actor actor, YearMonth month) {
    Objects.requireNonNull(month, "month");
    return executor.change(actor, "ISSUE_BILLS", MONTH, month.toString(), tx -> {
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY),
          new AccessPolicy.Subject(MONTH, month.toString(), List.of(), Jurisdiction.MUNICIPAL, Optional.empty()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      UnitOfWork uow = tx.uow();
      List<IssuedMonth> issued = uow.bills().issuedMonths();
      if (issued.stream().anyMatch(m -> m.month().equals(month))) {
        tx.changed("reissued", null, month + " was issued already: its bills are returned unchanged");
        return Either.right(uow.bills().ofMonth(month));
      }
      BillingLedger ledger = ledger(uow, issued, month);
      Billing billing = Billing.of(PriceLists.of(uow.contracts().all().stream().map(Contract::priceList).toList()), catalog, proration);
      Validation<Seq<Violation>, Issuance> issuance = ledger.issue(month, uow.workOrders().all(), billing);
      if (issuance.isInvalid()) {
        Seq<Violation> violations = issuance.getError();
        return Either.left(violations.head().with("violations", violations.size()));
      }
      List<MonthlyBill> bills = issuance.get().bills();
      uow.bills().issue(new IssuedMonth(month, proration.name(), tx.now()), bills);
      Money total = bills.stream().map(MonthlyBill::total).reduce(Money.ZERO, Money::plus);
      tx.changed("bills", null, bills.size() + " bills, total " + total);
      for (MonthlyBill bill : bills) {
        Map<String, String> data = Map.of("month", month.toString(), "account", bill.account().toString(), "total", bill.total().amount().toPlainString());
        String zh = month + "服务费用账单已出具：" + bill.total();
        String en = "the bill for " + month + " is issued: " + bill.total();
        tx.notify("BILL_ISSUED", Party.department(bill.account().department()), Article.of(30), zh, en, data);
        tx.notify("BILL_ISSUED", Party.provider(bill.account().provider()), Article.of(30), zh, en, data);
      }
      return Either.right(bills);
    });
  }

  /** The issued bills of a month the actor may read (R9). */
  public List<MonthlyBill> bills(Actor actor, YearMonth month) {
    Objects.requireNonNull(month, "month");
    return executor.store().transact(uow -> uow.bills().ofMonth(month).stream().filter(b -> readable(uow, actor, b.account())).toList());
  }

  /** The annual statement of an account (Art. 31), with the deductions the port reports. */
  public Either<Violation, AnnualStatement> annualStatement(Actor actor, BillingAccount account, Year year, FeeDeductions deductions) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(deductions, "deductions");
    return executor.read(actor, "READ_ANNUAL_STATEMENT", "account", account.toString(), tx -> {
      Optional<Violation> denied = access(tx, account);
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      List<IssuedMonth> issued = tx.uow().bills().issuedMonths();
      Validation<Seq<Violation>, AnnualStatement> statement = AnnualStatements.of(ledger(tx.uow(), issued, YearMonth.of(year.getValue(), 1)), account, year, deductions);
      return statement.isValid() ? Either.right(statement.get()) : Either.left(statement.getError().head());
    });
  }

  /** Compares a provider's statement with the issued bill of its account and month (Art. 22, 30, 44). */
  public Either<Violation, Reconciliation> reconcile(Actor actor, ProviderStatement statement) {
    Objects.requireNonNull(statement, "statement");
    return executor.read(actor, "RECONCILE", "account", statement.account().toString(), tx -> {
      Optional<Violation> denied = access(tx, statement.account());
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Optional<MonthlyBill> bill = tx.uow().bills().find(statement.account(), statement.month());
      if (bill.isEmpty()) {
        return Either.left(Violation.of("BILL_NOT_ISSUED", Article.of(30),
                statement.month() + "的账单尚未出具，无法对账", "the bill of " + statement.account() + " for " + statement.month()
                    + " is not issued: nothing to reconcile against")
            .with("account", statement.account())
            .with("month", statement.month()));
      }
      return Either.right(Reconciliation.of(bill.get(), statement));
    });
  }

  /** The ledger of the issued months; with none issued yet, an empty one starting at {@code firstIfNone}. */
  private BillingLedger ledger(UnitOfWork uow, List<IssuedMonth> issued, YearMonth firstIfNone) {
    if (issued.isEmpty()) {
      return BillingLedger.startingAt(firstIfNone, proration);
    }
    Proration stored = Proration.named(issued.get(0).proration());
    return BillingLedger.restore(issued.get(0).month(), stored, issued.stream().map(IssuedMonth::month).toList(), uow.bills().all());
  }

  private static Optional<Violation> access(Tx tx, BillingAccount account) {
    return tx.access(AccessPolicy.Kind.READ, Optional.empty(), subject(tx.uow(), account));
  }

  private static boolean readable(UnitOfWork uow, Actor actor, BillingAccount account) {
    return AccessPolicy.check(actor, "READ_BILLS", AccessPolicy.Kind.READ, Optional.empty(), subject(uow, account)).isEmpty();
  }

  private static AccessPolicy.Subject subject(UnitOfWork uow, BillingAccount account) {
    List<DepartmentId> line = Subjects.lineOf(uow, account.department());
    return new AccessPolicy.Subject("account", account.toString(), line,
        Subjects.platform(uow, account.platform()).jurisdiction(), Optional.of(account.provider()));
  }
}
