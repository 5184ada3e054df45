package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The acceptance result application rules (验收结果应用规则, Art. 41; rule R7) as a table: for a deferred or
 * failed result, score bands each deducting a share of the year's fees; in force from a year, citing the
 * document it comes from. No official table is published, so the library ships none; example tables live
 * in tests and documentation only.
 *
 * <p>A band runs from its lower score, included, to its upper score, excluded, except that a band ending at
 * 100 includes 100. The bands of each of the two results must cover 0 to 100 exactly: no gap and no
 * overlap. A pass deducts nothing (Art. 41 deducts only for 不通过 and 暂缓通过), so a table has no band for
 * it. Decision: a lower score or a worse result never deducts less; a table that says otherwise is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeductionTable {

  /** The highest score. */
  private static final BigDecimal MAX = ScoreChecks.MAX;

  /**
   * One band of a result: the scores from {@code from} (included) to {@code to} (excluded, unless it is
   * 100) deduct {@code share} of the year's fees.
   *
   * @param from the lowest score of the band, not null
   * @param to the score where the next band begins, or 100; not null
   * @param share the share of the fees deducted, 0 to 1 (0.05 is 5%); not null
   */
  public record Band(BigDecimal from, BigDecimal to, BigDecimal share) {

    /**
     * Checks the fields are present; their values are checked by {@link DeductionTable#of}.
     *
     * @param from the lowest score of the band, not null
     * @param to the score where the next band begins, or 100; not null
     * @param share the share of the fees deducted, 0 to 1 (0.05 is 5%); not null
     * @throws NullPointerException if a field is null
     */
    public Band {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(share, "share");
    }

    /**
     * A band of the given bounds and share, written as decimal numbers.
     *
     * @param from the lowest score, such as {@code "80"}, not null
     * @param to the score where the next band begins, or {@code "100"}, not null
     * @param share the share deducted, such as {@code "0.05"}, not null
     * @return the band, unchecked until {@link DeductionTable#of}; not null
     * @throws NumberFormatException if a text is not a decimal number
     */
    public static Band of(String from, String to, String share) {
      return new Band(new BigDecimal(from), new BigDecimal(to), new BigDecimal(share));
    }

    /**
     * Whether a score falls in this band.
     *
     * @param score the score, not null
     * @return true if {@code from ≤ score < to}, or {@code score = to = 100}
     */
    public boolean contains(BigDecimal score) {
      Objects.requireNonNull(score, "score");
      return score.compareTo(from) >= 0 && (score.compareTo(to) < 0 || (to.compareTo(MAX) == 0 && score.compareTo(MAX) == 0));
    }

    /** The band as {@code [80, 90)}, or {@code [90, 100]} for the top band. */
    @Override
    public String toString() {
      return "[" + from.toPlainString() + ", " + to.toPlainString() + (to.compareTo(MAX) == 0 ? "]" : ")") + " " + share.toPlainString();
    }
  }

  private final Year effectiveFrom;
  private final String document;
  private final Map<AcceptanceResult, List<Band>> bands;

  private DeductionTable(Year effectiveFrom, String document, Map<AcceptanceResult, List<Band>> bands) {
    this.effectiveFrom = effectiveFrom;
    this.document = document;
    this.bands = bands;
  }

  /**
   * A table, checked.
   *
   * @param effectiveFrom the first year of fees it applies to, not null
   * @param document the document it comes from, not blank, at most 200 characters
   * @param bands the bands of {@link AcceptanceResult#DEFERRED} and of {@link AcceptanceResult#FAIL}, each
   *     covering 0 to 100, in any order; not null
   * @return the table, or the first refusal: {@link AcceptanceViolations#DEDUCTION_FOR_PASS}, {@link
   *     AcceptanceViolations#BAND_INVALID}, {@link AcceptanceViolations#SHARE_OUT_OF_RANGE}, {@link
   *     AcceptanceViolations#BANDS_OVERLAP}, {@link AcceptanceViolations#BANDS_GAP} or {@link
   *     AcceptanceViolations#DEDUCTION_NOT_MONOTONE}
   * @throws NullPointerException if an argument, a list or a band is null
   * @throws IllegalArgumentException if the document is blank or longer than 200 characters
   */
  public static Either<Violation, DeductionTable> of(Year effectiveFrom, String document, Map<AcceptanceResult, List<Band>> bands) {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    EvaluationPolicy.requireDocument(document, "a deduction table");
    Objects.requireNonNull(bands, "bands");
    if (bands.containsKey(AcceptanceResult.PASS)) {
      return Either.left(AcceptanceViolations.deductionForPass());
    }
    Map<AcceptanceResult, List<Band>> checked = new EnumMap<>(AcceptanceResult.class);
    for (AcceptanceResult result : List.of(AcceptanceResult.DEFERRED, AcceptanceResult.FAIL)) {
      List<Band> sorted = new ArrayList<>(Objects.requireNonNull(bands.getOrDefault(result, List.of()), "bands of " + result));
      sorted.forEach(band -> Objects.requireNonNull(band, "band of " + result));
      sorted.sort(Comparator.comparing(Band::from));
      Optional<Violation> refused = refusal(result, sorted);
      if (refused.isPresent()) {
        return Either.left(refused.get());
      }
      checked.put(result, List.copyOf(sorted));
    }
    Optional<Violation> worse = worseDeductsLess(checked.get(AcceptanceResult.DEFERRED), checked.get(AcceptanceResult.FAIL));
    if (worse.isPresent()) {
      return Either.left(worse.get());
    }
    return Either.right(new DeductionTable(effectiveFrom, document, Collections.unmodifiableMap(checked)));
  }

  /** The refusal of one result's sorted bands, if any: each valid, covering 0 to 100, a lower band deducting no less. */
  private static Optional<Violation> refusal(AcceptanceResult result, List<Band> sorted) {
    for (Band band : sorted) {
      if (band.from().signum() < 0 || band.to().compareTo(MAX) > 0 || band.from().compareTo(band.to()) >= 0) {
        return Optional.of(AcceptanceViolations.bandInvalid(result, band.from(), band.to()));
      }
      if (band.share().signum() < 0 || band.share().compareTo(BigDecimal.ONE) > 0) {
        return Optional.of(AcceptanceViolations.shareOutOfRange(result, band.from(), band.share()));
      }
    }
    BigDecimal covered = BigDecimal.ZERO;
    Band previous = null;
    for (Band band : sorted) {
      if (band.from().compareTo(covered) > 0) {
        return Optional.of(AcceptanceViolations.bandsGap(result, covered, band.from()));
      }
      if (band.from().compareTo(covered) < 0) {
        return Optional.of(AcceptanceViolations.bandsOverlap(result, String.valueOf(previous), band.toString()));
      }
      if (previous != null && previous.share().compareTo(band.share()) < 0) {
        return Optional.of(AcceptanceViolations.deductionNotMonotone(result, previous.from(), previous.share(),
            "自 " + band.from().toPlainString() + " 分起的更高分数段", "the higher band from " + band.from().toPlainString(), band.share()));
      }
      covered = band.to();
      previous = band;
    }
    if (covered.compareTo(MAX) < 0) {
      return Optional.of(AcceptanceViolations.bandsGap(result, covered, MAX));
    }
    return Optional.empty();
  }

  /** The refusal of a failed result deducting less than a deferred one at some score, if it does. */
  private static Optional<Violation> worseDeductsLess(List<Band> deferred, List<Band> failed) {
    TreeSet<BigDecimal> breaks = new TreeSet<>(Comparator.naturalOrder());
    deferred.forEach(band -> breaks.add(band.from()));
    failed.forEach(band -> breaks.add(band.from()));
    for (BigDecimal score : breaks) {
      BigDecimal fail = bandAt(failed, score).share();
      BigDecimal defer = bandAt(deferred, score).share();
      if (fail.compareTo(defer) < 0) {
        return Optional.of(AcceptanceViolations.deductionNotMonotone(AcceptanceResult.FAIL, score, fail, "同分数的暂缓通过", "a deferred result", defer));
      }
    }
    return Optional.empty();
  }

  private static Band bandAt(List<Band> bands, BigDecimal score) {
    for (Band band : bands) {
      if (band.contains(score)) {
        return band;
      }
    }
    throw new IllegalStateException("checked bands cover every score, not " + score.toPlainString());
  }

  /** {@return the first year of fees it applies to; not null} */
  public Year effectiveFrom() {
    return effectiveFrom;
  }

  /** {@return the document it comes from; not blank} */
  public String document() {
    return document;
  }

  /**
   * The bands of a result, by score ascending.
   *
   * @param result {@link AcceptanceResult#DEFERRED} or {@link AcceptanceResult#FAIL}; a pass has none
   * @return the bands, not null; empty for a pass
   */
  public List<Band> bands(AcceptanceResult result) {
    return bands.getOrDefault(Objects.requireNonNull(result, "result"), List.of());
  }

  /**
   * The band a score of a deferred or failed result falls in.
   *
   * @param result {@link AcceptanceResult#DEFERRED} or {@link AcceptanceResult#FAIL}, not null
   * @param score the score, 0 to 100, not null
   * @return the band, not null
   * @throws IllegalArgumentException if the result is a pass, or the score outside 0 to 100
   */
  public Band bandOf(AcceptanceResult result, BigDecimal score) {
    Objects.requireNonNull(score, "score");
    if (result == AcceptanceResult.PASS) {
      throw new IllegalArgumentException("a pass deducts nothing (Art. 41): it has no band");
    }
    if (score.signum() < 0 || score.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("a score is between 0 and 100, not " + score.toPlainString());
    }
    return bandAt(bands(result), score);
  }

  @Override
  public String toString() {
    return "DeductionTable[" + document + ", from " + effectiveFrom + ", " + bands + "]";
  }
}
