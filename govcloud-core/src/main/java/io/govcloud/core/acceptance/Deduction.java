package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResultId;
import io.govcloud.model.Article;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A deduction of an account's fees of a year under the acceptance result application rules (Art. 41; rule
 * R7), with everything it was computed from: the provider's annual result and score, the band of the
 * deduction table the score fell in, the table's document, the fees and the share.
 *
 * <p>The amount is {@code fees × share} rounded half-up to the fen (四舍五入, as bills are), and zero when
 * the fees are zero or negative: since the share is at most 1 and the fees whole fen, it is never more
 * than the fees.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account whose fees are deducted, not null
 * @param year the year of the fees, not null
 * @param annualResult the provider's annual result applied, not null
 * @param result its result, {@link AcceptanceResult#DEFERRED} or {@link AcceptanceResult#FAIL}
 * @param score its score, not null
 * @param band the band of the table the score fell in, not null
 * @param table the document of the deduction table, not blank
 * @param fees the year's fees the share applies to, not null
 */
public record Deduction(
    BillingAccount account, Year year, AnnualResultId annualResult, AcceptanceResult result, BigDecimal score, DeductionTable.Band band,
    String table, Money fees) {

  /** How the amount is rounded to the fen. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /**
   * Checks the fields.
   *
   * @param account the account whose fees are deducted, not null
   * @param year the year of the fees, not null
   * @param annualResult the provider's annual result applied, not null
   * @param result its result, {@link AcceptanceResult#DEFERRED} or {@link AcceptanceResult#FAIL}
   * @param score its score, not null
   * @param band the band of the table the score fell in, not null
   * @param table the document of the deduction table, not blank
   * @param fees the year's fees the share applies to, not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the result is a pass, or the score is not in the band
   */
  public Deduction {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(annualResult, "annualResult");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(fees, "fees");
    if (result == AcceptanceResult.PASS) {
      throw new IllegalArgumentException("a pass deducts nothing (Art. 41)");
    }
    if (!band.contains(score)) {
      throw new IllegalArgumentException("score " + score.toPlainString() + " is not in band " + band);
    }
  }

  /** {@return the share of the fees deducted: the band's; not null} */
  public BigDecimal share() {
    return band.share();
  }

  /** {@return the amount deducted: fees × share, rounded half-up to the fen; zero when the fees are not positive} */
  public Money amount() {
    return fees.isPositive() ? fees.times(band.share(), ROUNDING) : Money.ZERO;
  }

  /** {@return what remains of the fees: fees minus the amount} */
  public Money net() {
    return fees.minus(amount());
  }

  /**
   * The deduction as the annual statement shows it (Art. 31, 41), with its basis; empty when it deducts
   * nothing.
   *
   * @return the fee deduction, or empty; not null
   */
  public Optional<FeeDeduction> toFeeDeduction() {
    Money amount = amount();
    if (!amount.isPositive()) {
      return Optional.empty();
    }
    String reason = "annual result " + annualResult + ": " + result.english() + " at " + score.toPlainString() + ", band "
        + band.from().toPlainString() + " to " + band.to().toPlainString() + " deducts " + band.share().toPlainString() + " of the fees ("
        + table + ")";
    return Optional.of(new FeeDeduction(account, year, amount, Article.of(41), reason, Optional.of(
        new FeeDeduction.Basis(result, score, band.from(), band.to(), band.share(), table))));
  }
}
