package io.govcloud.core;

import static java.util.Objects.requireNonNull;

import io.govcloud.core.internal.PaymentCommands;
import io.govcloud.core.payments.PaymentRequest;
import io.govcloud.model.Actor;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.GovCloudException;
import io.govcloud.model.Payment;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.Year;
import java.util.List;

/**
 * Payments of fees of one actor (Art. 31: a department and its provider agree how fees are paid, and the
 * fees a year incurs are in principle paid within it): a department records the payments of its accounts
 * (its own and its subordinate units'); the parties of an account read them. Reached by {@code
 * gov.as(actor).payments()}. The annual statement ({@link BillingFacet#annualStatement(BillingAccount,
 * Year)}) shows them with what is outstanding; {@link GovCloud#sweep} flags the fees of an ended year left
 * unpaid at its end, once per account, notifying the department and the provider with the amount.
 *
 * <p>A refusal is a value and is audited: {@code ACCESS_DENIED} when the account is out of the actor's reach
 * or unknown (the two are indistinguishable), a code of {@link io.govcloud.core.payments.PaymentViolations}
 * (an amount not positive or with a fraction of a fen, no bill, an overpayment), or {@code
 * ACCEPTANCE_DEDUCTION_TABLE_MISSING} when what is payable cannot be known because a deduction has no table.
 * Two payments of one department at once conflict: a {@link GovCloudException} (retry with {@link
 * GovCloud#retryOnConflict}), as is a store fault; nothing of the unit is kept. Every argument is not null:
 * a null is a caller's bug, thrown as a {@link NullPointerException} naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentsFacet {

  private final Actor actor;
  private final PaymentCommands commands;

  PaymentsFacet(Actor actor, PaymentCommands commands) {
    this.actor = actor;
    this.commands = commands;
  }

  /**
   * A department records a payment of an account's fees of a year (Art. 31): a positive whole number of
   * fen, to an account with an issued bill in the year, of no more than is outstanding on its annual
   * statement (the fees, less the acceptance deductions, less the payments recorded). The provider is
   * notified.
   *
   * @param request the payment as entered, not null
   * @return the payment saved, or the refusal; nothing is saved when refused
   * @throws GovCloudException if another payment of the department was recorded at the same time, or the
   *     store failed
   */
  public Either<Violation, Payment> record(PaymentRequest request) {
    return commands.record(actor, requireNonNull(request, "request"));
  }

  /**
   * The payments of an account's fees of a year (rule R9): to its department and their parents, its
   * provider, the authority and auditors of its platform's jurisdiction.
   *
   * @param account the account, not null
   * @param year the year whose fees they pay, not null
   * @return the payments by the day paid, or the refusal
   * @throws GovCloudException if the store failed
   */
  public Either<Violation, List<Payment>> payments(BillingAccount account, Year year) {
    return commands.payments(actor, requireNonNull(account, "account"), requireNonNull(year, "year"));
  }
}
