package io.govcloud.core.internal;

import io.govcloud.core.access.AccessPolicy;
import io.govcloud.core.access.AccessViolations;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.core.lifecycle.InputViolations;
import io.govcloud.core.lifecycle.Lifecycle;
import io.govcloud.core.reallocation.Assessment;
import io.govcloud.core.reallocation.Cut;
import io.govcloud.core.reallocation.Measurement;
import io.govcloud.core.reallocation.Measurements;
import io.govcloud.core.reallocation.PeriodicCapacity;
import io.govcloud.core.reallocation.ReallocationPolicy;
import io.govcloud.core.reallocation.ReallocationViolations;
import io.govcloud.core.reallocation.Recording;
import io.govcloud.core.reallocation.ReductionCases;
import io.govcloud.core.reallocation.RedundancyPolicies;
import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Platform;
import io.govcloud.model.PlatformId;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.RedundancyRatio;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Elastic reallocation through the store (rule R6; Art. 15–17, 23): the authority of a platform's level
 * sets its redundancy ratio; the management system or the authority records utilization data, which
 * opens, restates or closes the department's reduction case; the authority supervises and, after more
 * than five working days, reduces; departments, authorities and auditors read the cases within their
 * reach (rule R9). Time moves the cases through {@link ReductionCaseSweep}.
 */
public final class ReallocationCommands {

  private static final String POLICY = "redundancy-policy";
  private static final String RECORD = "utilization-record";
  private static final String CASE = Notices.REDUCTION_CASE;
  /** The management system, which sends the reminder of Art. 17 when the authority recorded the data. */
  private static final Actor REMINDER = Actor.system("reminder");
  /** How often a recording that lost the race to open a case is run again on fresh data. */
  private static final int ATTEMPTS = 3;

  private final ActionRunner runner;
  private final Supplier<WorkingDayCalendar> calendar;
  private final Supplier<CatalogHistory> catalog;
  private final ReallocationPolicy policy;
  private final ResourceActions resources;

  ReallocationCommands(
      ActionRunner runner, Supplier<WorkingDayCalendar> calendar, Supplier<CatalogHistory> catalog, ReallocationPolicy policy,
      ResourceActions resources) {
    this.runner = runner;
    this.calendar = calendar;
    this.catalog = catalog;
    this.policy = policy;
    this.resources = resources;
  }

  /** The authority of a platform's level sets a new version of its redundancy ratio (Art. 15). */
  public Either<Violation, RedundancyPolicy> setRatio(
      Actor actor, PlatformId platform, BigDecimal ratio, LocalDate effectiveFrom, String document) {
    return runner.change(actor, "SET_REDUNDANCY_RATIO", POLICY, platform.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(15));
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<Platform> found = tx.uow().platforms().find(platform);
      if (found.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(Subjects.ofJurisdiction(found.get().jurisdiction(), POLICY, platform.value()));
      if (denied.isPresent()) {
        return Either.left(denied.get());
      }
      Optional<RedundancyPolicy> current = tx.uow().redundancyPolicies().find(platform);
      return RedundancyPolicies.amend(current, platform, ratio, effectiveFrom, document, ResourceActions.day(found.get(), tx.now()))
          .map(amended -> {
            RedundancyPolicy saved = current.isPresent()
                ? tx.uow().redundancyPolicies().update(amended) : tx.uow().redundancyPolicies().insert(amended);
            tx.changedAttributes(current.orElse(null), saved, "");
            return saved;
          });
    });
  }

  /**
   * The management system or the authority of the platform's level records a measurement (Art. 16); its
   * assessment opens the series' reduction case with the reminder, or restates or closes the open one
   * (Art. 17). A recording that lost the race to open the series' case is run again on fresh data.
   */
  public Either<Violation, Recording> record(Actor actor, Measurement measurement) {
    for (int attempt = 1; ; attempt++) {
      try {
        return recordOnce(actor, measurement);
      } catch (ConflictException lost) {
        if (attempt >= ATTEMPTS) {
          throw lost;
        }
      }
    }
  }

  private Either<Violation, Recording> recordOnce(Actor actor, Measurement m) {
    UtilizationRecordId id = UtilizationRecordId.of(runner.newId("u"));
    return runner.change(actor, "RECORD_UTILIZATION", RECORD, id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.empty(), Article.of(16));
      if (role.isEmpty() && actor.role() != Actor.Role.SYSTEM && actor.role() != Actor.Role.AUTHORITY) {
        role = Optional.of(AccessViolations.roleRequired(actor, "RECORD_UTILIZATION", RECORD, id.value(), Actor.Role.AUTHORITY, Article.of(16)));
      }
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      UnitOfWork uow = tx.uow();
      Optional<Platform> platform = uow.platforms().find(m.platform());
      if (platform.isEmpty() || uow.departments().find(m.department()).isEmpty()) {
        return Either.left(tx.unknown());
      }
      if (actor.role() != Actor.Role.SYSTEM) {
        Optional<Violation> denied = tx.checkReach(Subjects.ofJurisdiction(platform.get().jurisdiction(), RECORD, id.value()));
        if (denied.isPresent()) {
          return Either.left(denied.get());
        }
      }
      Optional<Violation> outside = InputViolations.instant("measuredAt", m.measuredAt(), Article.of(16));
      if (outside.isPresent()) {
        return Either.left(outside.get());
      }
      Optional<UtilizationRecord> latest = uow.utilization().latest(m.department(), m.platform(), m.dimension());
      Either<Violation, UtilizationRecord> accepted =
          Measurements.record(m, new Measurements.Facts(platform.get(), catalog.get(), latest, policy, tx.now()), id, actor);
      if (accepted.isLeft()) {
        return Either.left(accepted.getLeft());
      }
      UtilizationRecord record = accepted.get();
      uow.utilization().insert(record);
      tx.changed("record", null, record);
      return assess(tx, record, platform.get());
    });
  }

  /** Assesses a record just saved and moves its series' case (Art. 17, 23). */
  private Either<Violation, Recording> assess(Tx tx, UtilizationRecord record, Platform platform) {
    UnitOfWork uow = tx.uow();
    LocalDate date = ResourceActions.day(platform, record.measuredAt());
    Either<Violation, RedundancyRatio> ratio = RedundancyPolicies.inForce(uow.redundancyPolicies().find(platform.id()), platform.id(), date);
    if (ratio.isLeft()) {
      return Either.right(new Recording(record, Optional.empty(), Optional.empty()));
    }
    Either<Violation, PeriodicCapacity> periodic = PeriodicCapacity.declaredOn(record.department(), platform.id(), record.dimension(), date,
        uow.resources().ofDepartment(record.department()), catalog.get());
    if (periodic.isLeft()) {
      return Either.left(periodic.getLeft());
    }
    Assessment assessment = Assessment.of(record, periodic.get().total(), ratio.get().ratio());
    tx.changed("assessment", null, assessment.basis(record.id(), record.measuredAt()));
    Optional<ReductionCase> open = uow.reductionCases().openFor(record.department(), platform.id(), record.dimension());
    Either<Violation, Optional<ReductionCases.Transition>> moved;
    if (open.isPresent()) {
      moved = ReductionCases.reassess(open.get(), record, assessment, tx.actor(), tx.now()).map(Optional::of);
    } else if (assessment.exceedsRatio()) {
      Actor reminder = tx.actor().role() == Actor.Role.SYSTEM ? tx.actor() : REMINDER;
      moved = ReductionCases.open(ReductionCaseId.of(tx.newId("case")), record, assessment, deadlines(platform), reminder, tx.now())
          .map(Optional::of);
    } else {
      moved = Either.right(Optional.empty());
    }
    return moved.map(transition -> new Recording(record, Optional.of(assessment),
        transition.map(t -> CaseSteps.save(tx, open, t, platform))));
  }

  /** The cases the actor may read, by id (rule R9): a department its own and its subordinate units', an authority or auditor its level's. */
  public List<ReductionCase> cases(Actor actor) {
    return runner.store().transact(uow -> {
      List<ReductionCase> found = switch (actor.role()) {
        case DEPARTMENT -> Subjects.withSubordinates(uow, DepartmentId.of(actor.subject())).stream()
            .flatMap(d -> uow.reductionCases().ofDepartment(d).stream()).toList();
        case AUTHORITY, AUDITOR -> uow.platforms().all().stream()
            .filter(p -> p.jurisdiction().code().equals(actor.subject()))
            .flatMap(p -> uow.reductionCases().onPlatform(p.id()).stream()).toList();
        case PROVIDER, SYSTEM -> List.of();
      };
      return found.stream()
          .filter(c -> AccessPolicy.checkReach(actor, "READ_REDUCTION_CASES", subject(uow, c)).isEmpty())
          .sorted(Comparator.comparing(ReductionCase::id))
          .toList();
    });
  }

  /** A case, if the actor may read it (rule R9). */
  public Either<Violation, ReductionCase> reductionCase(Actor actor, ReductionCaseId id) {
    return runner.read(actor, "READ_REDUCTION_CASE", CASE, id.value(), tx -> {
      Optional<ReductionCase> found = tx.uow().reductionCases().find(id);
      if (found.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(subject(tx.uow(), found.get()));
      return denied.<Either<Violation, ReductionCase>>map(Either::left).orElseGet(() -> Either.right(found.get()));
    });
  }

  /** The authority of the same level supervises, from the instant after the reminder's month (Art. 17). */
  public Either<Violation, ReductionCase> supervise(Actor actor, ReductionCaseId id) {
    return onCase(actor, "SUPERVISE_REDUCTION", id, (tx, c) -> {
      Platform platform = Subjects.platform(tx.uow(), c.platform());
      return ReductionCases.supervise(c, deadlines(platform), actor, tx.now()).map(t -> CaseSteps.save(tx, Optional.of(c), t, platform));
    });
  }

  /**
   * The authority of the same level reduces, from the instant after the supervision's five working days
   * (Art. 17): each resource named becomes a change work order (Art. 22), audited under the resource.
   */
  public Either<Violation, ReductionCase> reduce(Actor actor, ReductionCaseId id, Map<ResourceId, BigDecimal> quantities) {
    return onCase(actor, "REDUCE_BY_AUTHORITY", id, (tx, c) -> {
      Platform platform = Subjects.platform(tx.uow(), c.platform());
      List<Cut> cuts = new ArrayList<>();
      for (Map.Entry<ResourceId, BigDecimal> named : new TreeMap<>(quantities).entrySet()) {
        Optional<CloudResource> resource = tx.uow().resources().find(named.getKey());
        if (resource.isEmpty()) {
          return Either.left(ReallocationViolations.notOfCase(c, named.getKey()));
        }
        cuts.add(new Cut(resource.get(), named.getValue(), WorkOrderId.of(tx.newId("wo"))));
      }
      return ReductionCases.reduce(c, cuts, catalog.get(), deadlines(platform), actor, tx.now()).map(t -> {
        ReductionCase saved = CaseSteps.save(tx, Optional.of(c), t, platform);
        cuts.forEach(cut -> confirmCut(tx, cut, platform));
        return saved;
      });
    });
  }

  /** A cut confirmed as a change work order, audited and notified under its resource (Art. 17, 22). */
  private void confirmCut(Tx tx, Cut cut, Platform platform) {
    Lifecycle.Confirmation confirmation = Lifecycle.reduceByAuthority(cut.resource(), cut.newQuantity(), tx.now(), platform, cut.workOrder());
    Tx ofResource = runner.tx(tx.uow(), tx.actor(), tx.now(), tx.action(), "resource", cut.resource().id().value());
    resources.saveConfirmation(ofResource, cut.resource(), confirmation, platform);
    tx.uow().audit().append(AuditRecord.accepted(tx.now(), tx.actor(), tx.action(), "resource", cut.resource().id().value(),
        ofResource.changes()));
  }

  /** Runs an action of the authority on a case: the role, then the case (an unknown one refused like one out of reach), then its reach. */
  private <T> Either<Violation, T> onCase(Actor actor, String action, ReductionCaseId id, BiFunction<Tx, ReductionCase, Either<Violation, T>> body) {
    return runner.change(actor, action, CASE, id.value(), tx -> {
      Optional<Violation> role = tx.checkRole(AccessPolicy.Kind.CHANGE, Optional.of(Actor.Role.AUTHORITY), Article.of(17));
      if (role.isPresent()) {
        return Either.left(role.get());
      }
      Optional<ReductionCase> found = tx.uow().reductionCases().find(id);
      if (found.isEmpty()) {
        return Either.left(tx.unknown());
      }
      Optional<Violation> denied = tx.checkReach(subject(tx.uow(), found.get()));
      return denied.isPresent() ? Either.left(denied.get()) : body.apply(tx, found.get());
    });
  }

  /** A case as an access subject: its department's line, its platform's level (rule R9). */
  static AccessPolicy.Subject subject(UnitOfWork uow, ReductionCase c) {
    return AccessPolicy.Subject.of(CASE, c.id().value(), Subjects.lineOf(uow, c.department()),
        Subjects.platform(uow, c.platform()).jurisdiction(), Optional.empty());
  }

  Deadlines deadlines(Platform platform) {
    return Deadlines.of(calendar.get(), platform.timeZone());
  }
}
