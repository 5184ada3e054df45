package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Proration;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.core.payments.Payments;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.Payment;
import io.govcloud.model.PaymentId;
import io.govcloud.model.Platform;
import io.govcloud.model.Violation;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments of fees through the store (Art. 31; rule R4): a department records a payment of its account's
 * fees of a year, checked against the annual statement with the acceptance deductions (Art. 41) and the
 * payments recorded so far; {@link #sweep} flags the fees of a year left unpaid at its end.
 *
 * <p>A payment re-saves the paying department in the same unit, so that two payments of one department at
 * once conflict instead of together exceeding what is outstanding.
 *
 * <p>Decisions on the year-end flag: a year of a jurisdiction's ledger is swept once its December is
 * issued (its fees are known only then; months are issued in order) and it has ended in the zone of each account's platform; the amount is what was payable (fees
 * minus the deductions decided by then) and not paid by payments dated within the year. Each account is
 * flagged once, its flag an audit record of the subject {@code fee-year} and {@code account/year}; once
 * every account of a ledger's year is handled the year itself is marked so (its subject the year for the
 * municipal ledger, {@code jurisdiction/year} for a district's), and later sweeps skip it. An account
 * whose deduction is refused (its provider's result needs a table none is in force for) is not flagged, and
 * the year is swept again until the host configures the table: no amount is guessed.
 */
public final class PaymentCommands {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentCommands.class);
  private static final Actor SWEEP = Actor.system("sweep");
  private static final String FEE_YEAR = "fee-year";
  private static final String FLAG = "FLAG_UNPAID_FEES";
  private static final String SWEPT = "SWEEP_UNPAID_FEES";

  private final ActionRunner runner;
  private final AcceptancePolicy policy;
  private final Proration proration;

  /** Commands over a runner, the acceptance configuration and the proration of a first ledger. */
  public PaymentCommands(ActionRunner runner, AcceptancePolicy policy, Proration proration) {
    this.runner = runner;
    this.policy = policy;
    this.proration = proration;
  }

  /** A department records a payment of its account's fees of a year (Art. 31). */
  public Either<Violation, Payment> record(Actor actor, PaymentRequest request) {
    BillingAccount account = request.account();
    return runner.change(actor, "RECORD_PAYMENT", "account", account.auditId(), tx -> {
      UnitOfWork uow = tx.uow();
      Optional<Violation> denied =
          tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.DEPARTMENT), Article.of(31), Subjects.of(uow, account));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      BillingLedger ledger = Statements.ledgerOf(uow, account, proration, YearMonth.of(request.feeYear().getValue(), 1));
      return Statements.withAcceptance(uow, ledger, account, request.feeYear(), policy).flatMap(statement ->
          Payments.record(PaymentId.of(tx.newId("payment")), request, statement, tx.now()).map(payment -> {
            // a department's payments one at a time: two at once conflict on the department's version
            uow.departments().find(account.department()).ifPresent(department -> uow.departments().update(department));
            Payment saved = uow.payments().insert(payment);
            tx.subject("payment", saved.id().value());
            tx.changedAttributes(null, saved, "");
            AcceptanceNotices.paymentRecorded(tx, saved, statement.outstanding().minus(saved.amount()));
            return saved;
          }));
    });
  }

  /** The payments of an account's fees of a year, to the account's parties (rule R9). */
  public Either<Violation, List<Payment>> payments(Actor actor, BillingAccount account, Year year) {
    return runner.read(actor, "READ_PAYMENTS", "account", account.auditId(), tx -> {
      Optional<Violation> denied = tx.checkReach(Subjects.of(tx.uow(), account));
      return denied.<Either<Violation, List<Payment>>>map(Either::left)
          .orElseGet(() -> Either.right(tx.uow().payments().ofAccount(account, year)));
    });
  }

  /**
   * Flags the fees of every ended year left unpaid at its end, each account once, in a unit of its own
   * (audited, notified to the department and the provider, with the amount); see the class description.
   *
   * @param now the sweep's instant, not null
   * @return the arrears flagged by this call
   */
  public List<Payments.Arrears> sweep(Instant now) {
    List<Payments.Arrears> flagged = new ArrayList<>();
    try {
      for (LedgerYear ledgerYear : runner.store().transact(PaymentCommands::yearsToSweep)) {
        Year year = ledgerYear.year();
        YearEnd end = runner.store().transact(uow -> yearEnd(uow, ledgerYear.jurisdiction(), year, now));
        boolean complete = end.complete();
        for (Payments.Arrears arrears : end.arrears()) {
          try {
            runner.sweep(SWEEP, now, FLAG, FEE_YEAR, key(arrears.account(), year), tx -> flag(tx, arrears)).ifPresent(flagged::add);
          } catch (ConflictException another) {
            complete = false; // a payment or another sweep at the same time: the next sweep looks again
          }
        }
        if (complete) {
          runner.sweep(SWEEP, now, SWEPT, FEE_YEAR, ledgerYear.key(), tx -> {
            tx.changed("accountsInArrears", null, end.arrears().size());
            return Optional.of(year);
          });
        }
      }
    } finally {
      runner.dispatch();
    }
    return List.copyOf(flagged);
  }

  /** The arrears of a year's accounts, and whether every account was handled (ended, deductions known). */
  private record YearEnd(List<Payments.Arrears> arrears, boolean complete) {}

  /**
   * A year of a jurisdiction's ledger; its key, the subject of the mark that it is handled, is the year
   * for the municipal ledger (as before ledgers were kept by jurisdiction), else {@code jurisdiction/year}.
   */
  private record LedgerYear(Jurisdiction jurisdiction, Year year) {
    String key() {
      return jurisdiction.isMunicipal() ? year.toString() : jurisdiction.code() + "/" + year;
    }
  }

  /**
   * The years of each jurisdiction's ledger whose December is issued (months are issued in order, so every
   * month of the year billed is) and that no sweep has marked as handled.
   */
  private static List<LedgerYear> yearsToSweep(UnitOfWork uow) {
    List<LedgerYear> years = new ArrayList<>();
    for (LedgerStart start : uow.bills().ledgerStarts()) {
      for (IssuedMonth issued : uow.bills().issuedMonths(start.jurisdiction())) {
        LedgerYear year = new LedgerYear(start.jurisdiction(), Year.of(issued.month().getYear()));
        if (issued.month().getMonthValue() == 12 && !done(uow, SWEPT, year.key())) {
          years.add(year);
        }
      }
    }
    return years;
  }

  private YearEnd yearEnd(UnitOfWork uow, Jurisdiction jurisdiction, Year year, Instant now) {
    BillingLedger ledger = Statements.ledger(uow, jurisdiction, proration, YearMonth.of(year.getValue(), 1));
    List<Payments.Arrears> arrears = new ArrayList<>();
    boolean complete = true;
    for (BillingAccount account : ledger.accounts(year)) {
      ZoneId zone = uow.platforms().find(account.platform()).map(Platform::timeZone).orElse(Platform.DEFAULT_ZONE);
      if (LocalDate.ofInstant(now, zone).getYear() <= year.getValue()) {
        complete = false;
        continue;
      }
      Either<Violation, AnnualStatement> statement = Statements.withAcceptance(uow, ledger, account, year, policy);
      if (statement.isLeft()) {
        LOG.warn("The fees of {} for {} left unpaid are not flagged until the deduction can be drawn: {}", account, year,
            statement.getLeft().english());
        complete = false;
        continue;
      }
      Payments.arrears(statement.get(), now, zone).ifPresent(arrears::add);
    }
    return new YearEnd(List.copyOf(arrears), complete);
  }

  private static Optional<Payments.Arrears> flag(Tx tx, Payments.Arrears arrears) {
    UnitOfWork uow = tx.uow();
    if (done(uow, FLAG, key(arrears.account(), arrears.year()))) {
      return Optional.empty();
    }
    // a flag at a time per department: two sweeps flagging the same account at once conflict on its version
    uow.departments().find(arrears.account().department()).ifPresent(department -> uow.departments().update(department));
    tx.changed("unpaidAtYearEnd", null, arrears.amount());
    AcceptanceNotices.feesUnpaid(tx, arrears);
    return Optional.of(arrears);
  }

  /** Whether the audit trail holds an accepted action of a sweep on a subject of the fee years. */
  private static boolean done(UnitOfWork uow, String action, String subject) {
    return uow.audit().ofSubject(FEE_YEAR, subject).stream().anyMatch(r -> r.isAccepted() && r.action().equals(action));
  }

  private static String key(BillingAccount account, Year year) {
    return account + "/" + year;
  }
}
