package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.billing.Billing;
import io.govcloud.core.billing.BillingStart;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.BillingViolations;
import io.govcloud.core.billing.Issuance;
import io.govcloud.core.billing.PriceLists;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.core.billing.UnbilledService;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.Contract;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Money;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderStatement;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.FeeDeductions;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Monthly billing through the store (rule R4; Art. 17, 20, 22, 30, 31, 43): each authority starts its own
 * jurisdiction's ledger at its first month, then issues each month for every account of its level's
 * platforms at once, once it has ended, from their work orders and the contract prices; an issued month
 * is frozen and a later change becomes an adjustment of the next month issued; issuing a month again
 * returns its bills. An account with a resource that cannot be billed is left out of the month, audited
 * and reported to the issuing authority, while every other account is issued. Service before the first
 * month is not billed, and is reported: when the ledger is
 * started, and when a work order confirmed later reaches back before it. An account's bills are read by
 * its parties (rule R9), and by the municipal authority and municipal auditors, whose jurisdiction is the
 * whole city (Art. 43; docs/rules.md#r9).
 *
 * <p>The audit subject of a month is {@code billing-month} and the month for the municipal ledger (as
 * before ledgers were kept by jurisdiction), {@code jurisdiction/month} for a district's.
 */
public final class BillingCommands {

  private static final String MONTH = "billing-month";

  private final ActionRunner runner;
  private final Supplier<CatalogHistory> catalog;
  private final Proration proration;
  private final AcceptancePolicy acceptance;

  /** Commands over a runner, the catalog, the proration policy and the acceptance configuration. */
  public BillingCommands(ActionRunner runner, Supplier<CatalogHistory> catalog, Proration proration, AcceptancePolicy acceptance) {
    this.runner = runner;
    this.catalog = catalog;
    this.proration = proration;
    this.acceptance = acceptance;
  }

  /** An authority starts its jurisdiction's ledger at its first month (Art. 17, 20, 30); refused if it is started. */
  public Either<Violation, BillingStart> startLedger(Actor actor, YearMonth firstMonth) {
    Jurisdiction own = ownJurisdiction(actor);
    return runner.change(actor, "START_LEDGER", MONTH, monthSubject(own, firstMonth), tx -> {
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(30),
          Subjects.ofJurisdiction(own, MONTH, monthSubject(own, firstMonth)));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      UnitOfWork uow = tx.uow();
      Optional<LedgerStart> started = uow.bills().ledgerStart(own);
      if (started.isPresent()) {
        return Either.left(BillingViolations.ledgerAlreadyStarted(started.get()));
      }
      LedgerStart start = new LedgerStart(own, firstMonth, tx.now());
      uow.bills().startLedger(start);
      List<UnbilledService> unbilled = UnbilledService.before(firstMonth, ordersOf(uow, own));
      tx.changed("jurisdiction", null, own.code());
      tx.changed("firstMonth", null, firstMonth);
      if (!unbilled.isEmpty()) {
        tx.changed("unbilledBeforeFirstMonth", null, unbilled.stream().map(BillingCommands::describe).toList());
      }
      return Either.right(new BillingStart(start, unbilled));
    });
  }

  /** A jurisdiction's ledger's start, if it is started; any actor may read it. */
  public Optional<LedgerStart> ledgerStart(Jurisdiction jurisdiction) {
    return runner.store().transact(uow -> uow.bills().ledgerStart(jurisdiction));
  }

  /** Every jurisdiction's ledger's start, by jurisdiction code; any actor may read them. */
  public List<LedgerStart> ledgerStarts() {
    return runner.store().transact(uow -> uow.bills().ledgerStarts());
  }

  /**
   * The jurisdiction whose ledger an actor works on: an authority's or auditor's own, the municipality's
   * for any other actor (who may neither start nor issue).
   */
  public static Jurisdiction ownJurisdiction(Actor actor) {
    return actor.role() == Actor.Role.AUTHORITY || actor.role() == Actor.Role.AUDITOR ? new Jurisdiction(actor.subject()) : Jurisdiction.MUNICIPAL;
  }

  /** The audit subject id of a month of a jurisdiction's ledger. */
  private static String monthSubject(Jurisdiction jurisdiction, YearMonth month) {
    return jurisdiction.isMunicipal() ? month.toString() : jurisdiction.code() + "/" + month;
  }

  /** The work orders of the accounts a jurisdiction's ledger bills: those of its platforms. */
  private static List<WorkOrder> ordersOf(UnitOfWork uow, Jurisdiction jurisdiction) {
    Set<PlatformId> platforms = new HashSet<>();
    uow.platforms().all().stream().filter(p -> p.jurisdiction().equals(jurisdiction)).forEach(p -> platforms.add(p.id()));
    return uow.workOrders().all().stream().filter(o -> platforms.contains(o.platform())).toList();
  }

  /** An authority issues a month's bills of its jurisdiction's platforms (Art. 17, 20, 30); refused, with every violation. */
  public Either<List<Violation>, List<MonthlyBill>> issue(Actor actor, YearMonth month) {
    Jurisdiction own = ownJurisdiction(actor);
    return runner.changeAll(actor, "ISSUE_BILLS", MONTH, monthSubject(own, month), tx -> {
      Optional<Violation> denied = tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(30),
          Subjects.ofJurisdiction(own, MONTH, monthSubject(own, month)));
      if (denied.isPresent()) {
        return Either.left(List.of(denied.get()));
      }
      UnitOfWork uow = tx.uow();
      Optional<LedgerStart> start = uow.bills().ledgerStart(own);
      if (start.isEmpty()) {
        return Either.left(List.of(BillingViolations.ledgerNotStarted(own, month)));
      }
      List<IssuedMonth> issued = uow.bills().issuedMonths(own);
      if (issued.stream().anyMatch(m -> m.month().equals(month))) {
        tx.changed("reissued", null, month);
        return Either.right(uow.bills().ofMonth(own, month));
      }
      YearMonth next = issued.isEmpty() ? start.get().firstMonth() : issued.get(issued.size() - 1).month().plusMonths(1);
      if (!month.equals(next)) {
        return Either.left(List.of(BillingViolations.monthNotOpen(month, next)));
      }
      Optional<Violation> unfinished = notEnded(uow, own, month, tx.now());
      if (unfinished.isPresent()) {
        return Either.left(List.of(unfinished.get()));
      }
      BillingLedger ledger = Statements.ledgerToIssue(uow, own, proration, start.get().firstMonth());
      Billing billing = Billing.of(PriceLists.of(uow.contracts().all().stream().map(Contract::priceList).toList()), catalog.get(), proration);
      List<WorkOrder> orders = ordersOf(uow, own);
      Validation<List<Violation>, Issuance> issuance = ledger.issue(month, orders, billing);
      if (issuance.isInvalid()) {
        return Either.left(issuance.getError());
      }
      List<MonthlyBill> bills = issuance.get().bills();
      uow.bills().issue(new IssuedMonth(own, month, proration.name(), tx.now()), bills);
      issuance.get().ledger().fingerprints(own).ifPresent(uow.bills()::saveFingerprints);
      tx.changed("bills", null, Map.of("jurisdiction", own.code(), "month", month, "count", bills.size(),
          "total", Money.total(bills.stream().map(MonthlyBill::total).toList())));
      bills.forEach(bill -> Notices.billIssued(tx, month, bill));
      withhold(tx, own, month, issuance.get().withheld());
      Instant since = issued.isEmpty() ? start.get().startedAt() : issued.get(issued.size() - 1).issuedAt();
      List<UnbilledService> late = lateBeforeLedger(start.get().firstMonth(), orders, since);
      if (!late.isEmpty()) {
        tx.changed("unbilledBeforeFirstMonth", null, late.stream().map(BillingCommands::describe).toList());
        Notices.serviceBeforeLedger(tx, own, month, start.get().firstMonth(), late);
      }
      return Either.right(bills);
    });
  }

  /**
   * Audits each account left out of the month, one refused record per violation on the account, and
   * notifies the issuing authority, the account's department and its provider (docs/rules.md#r4).
   */
  private static void withhold(Tx tx, Jurisdiction jurisdiction, YearMonth month, SortedMap<BillingAccount, List<Violation>> withheld) {
    if (withheld.isEmpty()) {
      return;
    }
    tx.changed("withheld", null, withheld.keySet().stream().map(BillingAccount::toString).toList());
    withheld.forEach((account, reasons) -> {
      for (Violation violation : reasons) {
        tx.uow().audit().append(AuditRecord.refused(tx.now(), tx.actor(), "WITHHOLD_BILL", "account", account.auditId(),
            violation.with("month", month)));
      }
      Notices.billWithheld(tx, jurisdiction, month, account, reasons);
    });
  }

  /**
   * The refusal of a month that has not ended in the zone of every platform of a jurisdiction (the last of
   * them to end it), or in the default zone when it has none registered.
   */
  private static Optional<Violation> notEnded(UnitOfWork uow, Jurisdiction jurisdiction, YearMonth month, Instant now) {
    ZoneId last = Platform.DEFAULT_ZONE;
    Instant endsAt = month.plusMonths(1).atDay(1).atStartOfDay(last).toInstant();
    for (Platform platform : uow.platforms().all().stream().filter(p -> p.jurisdiction().equals(jurisdiction)).toList()) {
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(platform.timeZone()).toInstant();
      if (end.isAfter(endsAt)) {
        endsAt = end;
        last = platform.timeZone();
      }
    }
    return now.isBefore(endsAt) ? Optional.of(BillingViolations.monthNotEnded(month, endsAt, last)) : Optional.empty();
  }

  /** The service before the first month that work orders confirmed after an instant set. */
  private static List<UnbilledService> lateBeforeLedger(YearMonth firstMonth, List<WorkOrder> orders, Instant since) {
    Set<WorkOrderId> late = new HashSet<>();
    for (WorkOrder order : orders) {
      if (order.confirmedAt().isAfter(since) && order.serviceDate().isBefore(firstMonth.atDay(1))) {
        late.add(order.id());
      }
    }
    if (late.isEmpty()) {
      return List.of();
    }
    return UnbilledService.before(firstMonth, orders).stream().filter(u -> late.contains(u.workOrder())).toList();
  }

  private static Map<String, Object> describe(UnbilledService unbilled) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("resource", unbilled.resource());
    fields.put("account", unbilled.account());
    fields.put("workOrder", unbilled.workOrder());
    fields.put("firstDay", unbilled.firstDay());
    fields.put("lastDay", unbilled.lastDay());
    return fields;
  }

  /** The issued bills of a month the actor may read (rule R9, Art. 43). */
  public List<MonthlyBill> bills(Actor actor, YearMonth month) {
    return runner.store().transact(uow -> uow.bills().ofMonth(month).stream()
        .filter(b -> readReach(actor, "READ_BILLS", Subjects.of(uow, b.account())).isEmpty())
        .toList());
  }

  /** The accounts with service (a work order) whose bills the actor may read (rule R9, Art. 43), in account order. */
  public List<BillingAccount> billingAccounts(Actor actor) {
    return runner.store().transact(uow -> {
      Set<BillingAccount> accounts = new TreeSet<>();
      uow.workOrders().all().forEach(order -> accounts.add(BillingAccount.of(order)));
      return accounts.stream().filter(a -> readReach(actor, "LIST_BILLING_ACCOUNTS", Subjects.of(uow, a)).isEmpty()).toList();
    });
  }

  /**
   * Whether an actor reaches an account to read it: its parties (rule R9), and the municipal authority and
   * municipal auditors, whose jurisdiction is the whole city: they read the accounts of every level's
   * registered platforms (Art. 43; docs/rules.md#r9). A district's authority and auditors read their own
   * district's.
   */
  private static Optional<Violation> readReach(Actor actor, String action, AccessPolicy.Subject account) {
    boolean supervises = (actor.role() == Actor.Role.AUTHORITY || actor.role() == Actor.Role.AUDITOR)
        && Jurisdiction.MUNICIPAL.code().equals(actor.subject());
    return supervises && account.jurisdiction().isPresent() ? Optional.empty() : AccessPolicy.checkReach(actor, action, account);
  }

  /** The annual statement of an account (Art. 31), with the deductions the port reports and the payments. */
  public Either<Violation, AnnualStatement> annualStatement(Actor actor, BillingAccount account, Year year, FeeDeductions deductions) {
    return statement(actor, account, tx -> Statements.drawn(tx.uow(), ledger(tx.uow(), account, year), account, year, deductions));
  }

  /** The annual statement of an account (Art. 31, 41), with the acceptance deductions and the payments. */
  public Either<Violation, AnnualStatement> annualStatement(Actor actor, BillingAccount account, Year year) {
    return statement(actor, account,
        tx -> Statements.withAcceptance(tx.uow(), ledger(tx.uow(), account, year), account, year, acceptance));
  }

  private Either<Violation, AnnualStatement> statement(
      Actor actor, BillingAccount account, Function<Tx, Either<Violation, AnnualStatement>> draw) {
    return runner.read(actor, "READ_ANNUAL_STATEMENT", "account", account.auditId(), tx -> {
      Optional<Violation> denied = readReach(actor, "READ_ANNUAL_STATEMENT", Subjects.of(tx.uow(), account));
      return denied.<Either<Violation, AnnualStatement>>map(Either::left).orElseGet(() -> draw.apply(tx));
    });
  }

  /** Compares a provider's statement with the issued bill of its account and month (Art. 22, 30, 44). */
  public Either<Violation, Reconciliation> reconcile(Actor actor, ProviderStatement statement) {
    return runner.read(actor, "RECONCILE", "account", statement.account().auditId(), tx -> {
      Optional<Violation> denied = readReach(actor, "RECONCILE", Subjects.of(tx.uow(), statement.account()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      return tx.uow().bills().find(statement.account(), statement.month())
          .<Either<Violation, Reconciliation>>map(bill -> Either.right(Reconciliation.of(bill, statement)))
          .orElseGet(() -> Either.left(BillingViolations.billNotIssued(statement.account(), statement.month())));
    });
  }

  /**
   * The ledger of the issued months of the jurisdiction that bills an account; with none issued yet, an
   * empty one starting at January of {@code year}.
   */
  private BillingLedger ledger(UnitOfWork uow, BillingAccount account, Year year) {
    return Statements.ledgerOf(uow, account, proration, YearMonth.of(year.getValue(), 1));
  }
}
