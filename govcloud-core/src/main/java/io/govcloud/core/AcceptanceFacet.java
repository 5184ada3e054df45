package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.acceptance.AnnualResultRequest;
import io.govcloud.core.acceptance.EvaluationRequest;
import io.govcloud.core.acceptance.RectificationOrder;
import io.govcloud.core.acceptance.SupervisionReport;
import io.govcloud.core.internal.AcceptanceCommands;
import io.govcloud.model.Actor;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AttestationId;
import io.govcloud.model.AttestationKind;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Rectification;
import io.govcloud.model.RectificationId;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Acceptance and evaluation of one actor (rule R7; Art. 32, 36, 40–43): the authority of a platform's
 * jurisdiction records its security attestations; the platform's evaluator (the municipal department that
 * runs it, or the district's authority) evaluates its provider each year; the municipal authority combines
 * a provider's evaluations with its day-to-day operations into the annual result and publishes it to every
 * evaluator, orders rectifications by a deadline and reviews them; the supervision report of a department.
 * Reached by {@code gov.as(actor).acceptance()}. The numbers the measures leave open come from the builder's
 * {@link GovCloud.Builder#acceptance acceptance configuration}; without them an evaluation is refused, never
 * guessed.
 *
 * <p>A refusal is a value and is audited: {@code ACCESS_DENIED} when the subject is out of the actor's reach
 * or unknown (the two are indistinguishable), or a code of {@link
 * io.govcloud.core.acceptance.AcceptanceViolations}. A lost race (another unit recorded the same platform's
 * evaluation, or the same provider's annual result, or reviewed the same rectification first) and a store
 * fault throw a {@link GovCloudException}; nothing of the unit is kept. Every argument is not null: a null is
 * a caller's bug, thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcceptanceFacet {

  private final Actor actor;
  private final AcceptanceCommands commands;

  AcceptanceFacet(Actor actor, AcceptanceCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * The authority of a platform's jurisdiction records a passed cloud computing service security
   * assessment (Art. 32) or classified protection test (Art. 36), with its document.
   *
   * @param id the attestation's id, not null
   * @param platform the platform, not null
   * @param kind the kind, not null
   * @param passedOn the day it was passed, not after today in the platform's zone, not null
   * @param document the attesting document, not blank, at most 200 characters
   * @return the attestation saved, or the refusal ({@code ACCEPTANCE_ATTESTATION_IN_FUTURE}, {@code ACCEPTANCE_ID_TAKEN})
   * @throws IllegalArgumentException if the document is blank or too long
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, SecurityAttestation> attest(
      AttestationId id, PlatformId platform, AttestationKind kind, LocalDate passedOn, String document) {
    return commands.attest(actor, requireNonNull(id, "id"), requireNonNull(platform, "platform"), requireNonNull(kind, "kind"),
        requireNonNull(passedOn, "passedOn"), requireNonNull(document, "document"));
  }

  /**
   * The security attestations of a platform (rule R9): to its owner and the owner's parents, its provider,
   * the authority and auditors of its jurisdiction.
   *
   * @param platform the platform, not null
   * @return the attestations by the day passed, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<SecurityAttestation>> attestations(PlatformId platform) {
    return commands.attestations(actor, requireNonNull(platform, "platform"));
  }

  /**
   * The evaluator of a platform evaluates its provider for a year (Art. 40, 2nd para): the scores are
   * weighted by the evaluation policy in force for the year, and a platform without a valid security
   * assessment and classified protection test on the acceptance date fails whatever its score (Art. 32,
   * 36). The request's evaluator must be the actor.
   *
   * @param request the evaluation, not null
   * @return the evaluation saved, or the refusal (a code of {@link
   *     io.govcloud.core.acceptance.AcceptanceViolations}: a score outside 0–100, a second evaluation of the
   *     platform's provider for the year, the wrong evaluator, no policy in force, ...)
   * @throws GovCloudException if another unit evaluated the platform at the same time, or the store failed
   */
  public Either<Violation, Evaluation> evaluate(EvaluationRequest request) {
    return commands.evaluate(actor, requireNonNull(request, "request"));
  }

  /**
   * The municipal authority combines a provider's evaluations of a year, weighted by the fees billed on each
   * platform, with its day-to-day operations score into the annual result, and publishes it: every evaluator
   * and the provider are notified (Art. 40, 3rd para).
   *
   * @param request the provider, year, date and operations score, not null
   * @return the annual result saved, or the refusal ({@code ACCEPTANCE_NO_EVALUATIONS}, {@code
   *     ACCEPTANCE_ANNUAL_RESULT_EXISTS}, {@code ACCEPTANCE_NO_FEES_TO_WEIGH}, ...)
   * @throws GovCloudException if another unit published the provider's result at the same time, or the store failed
   */
  public Either<Violation, AnnualResult> publish(AnnualResultRequest request) {
    return commands.publish(actor, requireNonNull(request, "request"));
  }

  /**
   * The annual results of a provider (rule R9): to the provider, the municipal authority and auditors.
   *
   * @param provider the provider, not null
   * @return the results by year, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<AnnualResult>> annualResults(ProviderId provider) {
    return commands.annualResults(actor, requireNonNull(provider, "provider"));
  }

  /**
   * The municipal authority orders a problem on a platform rectified by a day (Art. 42); the order names the
   * actor as the authority setting the deadline. The provider is notified; {@link GovCloud#sweep} suspends
   * it from new services once the deadline expires unaccepted.
   *
   * @param order the order, not null
   * @return the rectification saved, or the refusal ({@code ACCEPTANCE_RECTIFICATION_DUE_PASSED}, {@code ACCEPTANCE_ID_TAKEN})
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, Rectification> orderRectification(RectificationOrder order) {
    return commands.rectifications().order(actor, requireNonNull(order, "order"));
  }

  /**
   * The municipal authority accepts a rectification (Art. 42): when no other rectification of the provider
   * is overdue or rejected, a suspension they held is lifted and the provider is notified.
   *
   * @param rectification the rectification, not null
   * @param note how it was accepted, not blank
   * @return the rectification accepted, or the refusal ({@code ACCEPTANCE_RECTIFICATION_CLOSED})
   * @throws IllegalArgumentException if the note is blank
   * @throws GovCloudException if another unit reviewed or lapsed it at the same time, or the store failed
   */
  public Either<Violation, Rectification> acceptRectification(RectificationId rectification, String note) {
    return commands.rectifications().accept(actor, requireNonNull(rectification, "rectification"), Reasons.require(note));
  }

  /**
   * The municipal authority finds a rectification still wanting (整改后仍不符合要求, Art. 42): the provider
   * is suspended from new services until it is accepted.
   *
   * @param rectification the rectification, not null
   * @param reason why it is still wanting, not blank
   * @return the rectification rejected, or the refusal ({@code ACCEPTANCE_RECTIFICATION_CLOSED})
   * @throws IllegalArgumentException if the reason is blank
   * @throws GovCloudException if another unit reviewed or lapsed it at the same time, or the store failed
   */
  public Either<Violation, Rectification> rejectRectification(RectificationId rectification, String reason) {
    return commands.rectifications().reject(actor, requireNonNull(rectification, "rectification"), Reasons.require(reason));
  }

  /**
   * The rectifications of a provider (rule R9): to the provider, the municipal authority and auditors.
   *
   * @param provider the provider, not null
   * @return the rectifications by the time ordered, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<Rectification>> rectifications(ProviderId provider) {
    return commands.rectifications().rectifications(actor, requireNonNull(provider, "provider"));
  }

  /**
   * The supervision report of a department for a year (通报, Art. 43): its resources in service, its
   * accounts' annual statements with the acceptance deductions and payments, its evaluations, its
   * providers' annual results. The municipal authority reads every department's (Art. 43); a department
   * its own and its subordinate units'; a district's authority its district's; an auditor those of its
   * jurisdiction. The idle ratio is empty: reallocation data is not kept yet.
   *
   * @param department the department, not null
   * @param year the year, not null
   * @return the report, or the refusal ({@code ACCEPTANCE_DEDUCTION_TABLE_MISSING} when a deduction has no table)
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, SupervisionReport> report(DepartmentId department, Year year) {
    return commands.report(actor, requireNonNull(department, "department"), requireNonNull(year, "year"));
  }
}
