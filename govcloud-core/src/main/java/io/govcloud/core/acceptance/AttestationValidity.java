package io.govcloud.core.acceptance;

import io.govcloud.model.AttestationKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each kind of security attestation stays valid (Art. 32, 36; rule R7): a policy value, each
 * period citing the source that sets it. The measures fix no period, so none is assumed: {@link #none()}
 * knows none, and a host adds each from its source, for instance the cloud computing service security
 * assessment's validity under the Measures for the Security Assessment of Cloud Computing Services, or its
 * classified protection test's cycle. A gate whose period is unknown is refused, never guessed ({@link
 * AcceptanceViolations#VALIDITY_NOT_CONFIGURED}).
 *
 * <p>Decision: an attestation passed on day {@code D} with period {@code P} is valid from {@code D} through
 * {@code D + P} (PRC Civil Code Art. 201: the period counts from the next day; Art. 202: a period of months
 * or years ends on the corresponding day, or the month's last day when it has none, which {@link
 * LocalDate#plus} gives), and lapsed from the day after. The last day is not moved off a holiday (Civil Code
 * Art. 203 extends a time to act, not a validity).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AttestationValidity {

  /**
   * The validity period of one kind of attestation and its source.
   *
   * @param period how long it is valid, positive (some of its years, months or days positive, none
   *     negative)
   * @param source the document that sets it, not blank
   */
  public record Term(Period period, String source) {

    /**
     * Checks the fields.
     *
     * @param period how long it is valid, positive (some of its years, months or days positive, none
     *     negative)
     * @param source the document that sets it, not blank
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the period is zero or has a negative part, or the source is blank
     */
    public Term {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(source, "source");
      if (period.isZero() || period.isNegative() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
        throw new IllegalArgumentException("an attestation's validity period must be positive, not " + period);
      }
      if (source.isBlank()) {
        throw new IllegalArgumentException("an attestation's validity period must cite its source");
      }
    }

    /**
     * The last day an attestation passed on a day is valid: that day plus the period.
     *
     * @param passedOn the day it was passed, not null
     * @return the last valid day, not null
     */
    public LocalDate lastValidDay(LocalDate passedOn) {
      return Objects.requireNonNull(passedOn, "passedOn").plus(period);
    }
  }

  private static final AttestationValidity NONE = new AttestationValidity(new EnumMap<>(AttestationKind.class));

  private final Map<AttestationKind, Term> terms;

  private AttestationValidity(Map<AttestationKind, Term> terms) {
    this.terms = Collections.unmodifiableMap(terms);
  }

  /**
   * No period known: what the library ships.
   *
   * @return the policy without any period, not null
   */
  public static AttestationValidity none() {
    return NONE;
  }

  /**
   * This policy with the period of one kind of attestation set, replacing any it had.
   *
   * @param kind the kind of attestation, not null
   * @param period how long it is valid, positive
   * @param source the document that sets it, not blank
   * @return a new policy, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period is not positive or the source blank
   */
  public AttestationValidity with(AttestationKind kind, Period period, String source) {
    Objects.requireNonNull(kind, "kind");
    Term term = new Term(period, source);
    Map<AttestationKind, Term> more = new EnumMap<>(AttestationKind.class);
    more.putAll(terms);
    more.put(kind, term);
    return new AttestationValidity(more);
  }

  /**
   * The period of a kind of attestation, if one is configured.
   *
   * @param kind the kind, not null
   * @return the term, or empty if none is configured; not null
   */
  public Optional<Term> term(AttestationKind kind) {
    return Optional.ofNullable(terms.get(Objects.requireNonNull(kind, "kind")));
  }

  /** {@return the configured periods, by kind; unmodifiable, not null} */
  public Map<AttestationKind, Term> terms() {
    return terms;
  }

  @Override
  public String toString() {
    return "AttestationValidity" + terms;
  }
}
