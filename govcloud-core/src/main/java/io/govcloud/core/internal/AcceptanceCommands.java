package io.govcloud.core.internal;

import io.govcloud.core.acceptance.AcceptancePolicy;
import io.govcloud.core.acceptance.AcceptanceViolations;
import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.AnnualResults;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.acceptance.Evaluations;
import io.govcloud.core.acceptance.SecurityGates;
import io.govcloud.core.acceptance.SupervisionReport;
import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.billing.BillingLedger;
import io.govcloud.core.billing.Proration;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.Department;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Party;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Acceptance and evaluation through the store (rule R7; Art. 32, 36, 40, 41, 43): the authority of a
 * platform's jurisdiction records its security attestations; its evaluator (the municipal department that
 * runs it, or the district's authority) evaluates its provider for a year; the municipal authority
 * combines a provider's evaluations with its operations score into the annual result and publishes it to
 * every evaluator; the supervision report of a department. The rectifications of Art. 42 are {@link
 * #rectifications()}.
 *
 * <p>An evaluation re-saves its platform, and an annual result its provider, in the same unit: two units
 * recording the one evaluation of a platform, provider and year (or the one annual result of a provider
 * and year) at once conflict instead of both succeeding.
 */
public final class AcceptanceCommands {

  private final ActionRunner runner;
  private final AcceptancePolicy policy;
  private final Proration proration;
  private final RectificationCommands rectifications;

  /** Commands over a runner, the acceptance configuration and the proration of a first ledger. */
  public AcceptanceCommands(ActionRunner runner, AcceptancePolicy policy, Proration proration) {
    this.runner = runner;
    this.policy = policy;
    this.proration = proration;
    this.rectifications = new RectificationCommands(runner);
  }

  /** The rectifications of Art. 42. */
  public RectificationCommands rectifications() {
    return rectifications;
  }

  /** The authority of a platform's jurisdiction records a passed security assessment or classified protection test (Art. 32, 36). */
  public Either<Violation, SecurityAttestation> attest(
      Actor actor, AttestationId id, PlatformId platformId, AttestationKind kind, LocalDate passedOn, String document) {
    return onPlatform(actor, "ATTEST_SECURITY", platformId, Kind.ATTEST, (tx, platform) -> {
      if (tx.uow().attestations().find(id).isPresent()) {
        return Either.left(AcceptanceViolations.idTaken(id, Article.of(kind == AttestationKind.SECURITY_ASSESSMENT ? 32 : 36)));
      }
      return SecurityGates.attest(id, platform.id(), kind, passedOn, document, tx.now(), platform.timeZone()).map(attestation -> {
        SecurityAttestation saved = tx.uow().attestations().insert(attestation);
        tx.subject("attestation", id.value());
        tx.changedAttributes(null, saved, "");
        return saved;
      });
    });
  }

  /** The attestations of a platform, to its parties (rule R9). */
  public Either<Violation, List<SecurityAttestation>> attestations(Actor actor, PlatformId platformId) {
    return runner.read(actor, "READ_ATTESTATIONS", "platform", platformId.value(), tx -> {
      Optional<Platform> platform = tx.uow().platforms().find(platformId);
      if (platform.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(subject(tx.uow(), platform.get(), true));
      return denied.<Either<Violation, List<SecurityAttestation>>>map(Either::left)
          .orElseGet(() -> Either.right(tx.uow().attestations().ofPlatform(platformId)));
    });
  }

  /** A platform's evaluator evaluates its provider for a year (Art. 40, 2nd para). */
  public Either<Violation, Evaluation> evaluate(Actor actor, EvaluationRequest request) {
    return onPlatform(actor, "EVALUATE", request.platform(), Kind.EVALUATE, (tx, platform) -> {
      if (!request.evaluator().equals(actor.party())) {
        return Either.left(tx.unknown());
      }
      if (tx.uow().evaluations().find(request.id()).isPresent()) {
        return Either.left(AcceptanceViolations.idTaken(request.id(), Article.of(40)));
      }
      UnitOfWork uow = tx.uow();
      return Evaluations.evaluate(request, platform, uow.evaluations().ofProvider(platform.provider(), request.year()),
          uow.attestations().ofPlatform(platform.id()), policy, tx.now()).map(evaluation -> {
            // one evaluation per platform, provider and year: a concurrent one conflicts on the platform's version
            uow.platforms().update(platform);
            Evaluation saved = uow.evaluations().insert(evaluation);
            tx.subject("evaluation", saved.id().value());
            tx.changedAttributes(null, saved, "");
            return saved;
          });
    });
  }

  /** The municipal authority combines a provider's evaluations of a year into its annual result and publishes it (Art. 40, 3rd para). */
  public Either<Violation, AnnualResult> publish(Actor actor, AnnualResultRequest request) {
    return runner.change(actor, "PUBLISH_ANNUAL_RESULT", "provider", request.provider().value(), tx -> {
      Optional<Violation> denied = municipal(tx, Article.of(40));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      UnitOfWork uow = tx.uow();
      Optional<Provider> provider = uow.providers().find(request.provider());
      if (provider.isEmpty()) {
        return Either.left(tx.unknown());
      }
      if (uow.annualResults().find(request.id()).isPresent()) {
        return Either.left(AcceptanceViolations.idTaken(request.id(), Article.of(40)));
      }
      List<MonthlyBill> bills = new ArrayList<>();
      for (int month = 1; month <= 12; month++) {
        bills.addAll(uow.bills().ofMonth(YearMonth.of(request.year().getValue(), month)));
      }
      return AnnualResults.combine(request, uow.evaluations().ofProvider(request.provider(), request.year()), bills,
          uow.annualResults().ofProvider(request.provider()), policy, tx.now()).map(result -> {
            // one annual result per provider and year: a concurrent one conflicts on the provider's version
            uow.providers().update(provider.get());
            AnnualResult saved = uow.annualResults().insert(result);
            tx.subject("annual-result", saved.id().value());
            tx.changedAttributes(null, saved, "");
            Set<Party> recipients = new LinkedHashSet<>();
            saved.shares().forEach(share -> recipients.add(share.evaluator()));
            recipients.add(Party.provider(saved.provider()));
            recipients.forEach(recipient -> AcceptanceNotices.annualResultPublished(tx, recipient, saved));
            return saved;
          });
    });
  }

  /** The annual results of a provider, to the provider, the municipal authority and auditors (rule R9). */
  public Either<Violation, List<AnnualResult>> annualResults(Actor actor, ProviderId provider) {
    return RectificationCommands.onProvider(runner, actor, "READ_ANNUAL_RESULTS", provider, (tx, p) -> tx.uow().annualResults().ofProvider(p.id()));
  }

  /**
   * The supervision report of a department for a year (Art. 43): to the department and its parents, the
   * authority and auditors of its jurisdiction, and the municipal authority, which reports on every
   * department.
   */
  public Either<Violation, SupervisionReport> report(Actor actor, DepartmentId departmentId, Year year) {
    return runner.read(actor, "READ_SUPERVISION_REPORT", "department", departmentId.value(), tx -> {
      UnitOfWork uow = tx.uow();
      Optional<Department> department = uow.departments().find(departmentId);
      if (department.isEmpty()) {
        return Either.left(tx.unknown());
      }
      boolean municipalAuthority = actor.role() == Actor.Role.AUTHORITY && Jurisdiction.MUNICIPAL.code().equals(actor.subject());
      Jurisdiction reach = municipalAuthority ? Jurisdiction.MUNICIPAL : department.get().jurisdiction();
      Optional<Violation> denied = tx.checkReach(
          AccessPolicy.Subject.of("department", departmentId.value(), Subjects.lineOf(uow, departmentId), reach, Optional.empty()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      List<AnnualStatement> statements = new ArrayList<>();
      for (LedgerStart start : uow.bills().ledgerStarts()) {
        BillingLedger ledger = Statements.ledger(uow, start.jurisdiction(), proration, YearMonth.of(year.getValue(), 1));
        for (BillingAccount account : ledger.accounts(year)) {
          if (account.department().equals(departmentId)) {
            Either<Violation, AnnualStatement> statement = Statements.withAcceptance(uow, ledger, account, year, policy);
            if (statement.isLeft()) {
              return Either.left(statement.getLeft());
            }
            statements.add(statement.get());
          }
        }
      }
      statements.sort(java.util.Comparator.comparing(AnnualStatement::account));
      return Either.right(SupervisionReport.of(departmentId, year, uow.resources().ofDepartment(departmentId), statements,
          uow.evaluations().ofYear(year), uow.annualResults().ofYear(year)));
    });
  }

  /** Who may act on a platform, by action. */
  private enum Kind {
    /** The authority of the platform's jurisdiction (Art. 32, 36). */
    ATTEST,
    /** A department on the line of the platform's owner, or the authority of its jurisdiction; the rule then names the one evaluator (Art. 40). */
    EVALUATE
  }

  private <T> Either<Violation, T> onPlatform(
      Actor actor, String action, PlatformId id, Kind kind, BiFunction<Tx, Platform, Either<Violation, T>> body) {
    return runner.change(actor, action, "platform", id.value(), tx -> {
      Optional<Violation> role = kind == Kind.ATTEST
          ? tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(32))
          : tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.empty(), Article.of(40));
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<Platform> platform = tx.uow().platforms().find(id);
      if (platform.isEmpty()) {
        return Either.left(tx.unknown());
      }
      AccessPolicy.Subject subject = kind == Kind.ATTEST
          ? Subjects.ofJurisdiction(platform.get().jurisdiction(), "platform", id.value())
          : subject(tx.uow(), platform.get(), false);
      Optional<Violation> denied = tx.checkReach(subject);
      return denied.<Either<Violation, T>>map(Either::left).orElseGet(() -> body.apply(tx, platform.get()));
    });
  }

  /** The municipal authority's role and reach (Art. 40, 42, 43). */
  static Optional<Violation> municipal(Tx tx, Article article) {
    return tx.access(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), article,
        Subjects.ofJurisdiction(Jurisdiction.MUNICIPAL, tx.subjectType(), tx.subjectId()));
  }

  /** A platform as an access subject: its owner's line, its jurisdiction, and its provider if it may read. */
  private static AccessPolicy.Subject subject(UnitOfWork uow, Platform platform, boolean withProvider) {
    List<DepartmentId> line = platform.owner().map(owner -> Subjects.lineOf(uow, owner)).orElse(List.of());
    return AccessPolicy.Subject.of("platform", platform.id().value(), line, platform.jurisdiction(),
        withProvider ? Optional.of(platform.provider()) : Optional.empty());
  }
}
