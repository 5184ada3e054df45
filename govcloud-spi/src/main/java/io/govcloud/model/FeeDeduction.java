package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A deduction from a year's fees of one account, decided under the acceptance result application rules
 * (Art. 41; docs/rules.md#r7) and reported to the annual statement through {@code
 * io.govcloud.spi.FeeDeductions}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param account the account whose fees are reduced, not null
 * @param year the year of the fees, not null
 * @param amount the amount deducted, positive
 * @param article the article the deduction rests on, not null
 * @param reason why, e.g. the acceptance result and the table that maps it; not blank
 * @param basis the acceptance result, score band and deduction table the deduction was computed from, when
 *     the acceptance rules computed it; not null
 */
public record FeeDeduction(BillingAccount account, Year year, Money amount, Article article, String reason, Optional<Basis> basis) {

  /**
   * What an acceptance deduction was computed from (Art. 41; rule R7): the annual result and score, the
   * band of the deduction table the score fell in, the share of the fees that band deducts, and the
   * document of the table.
   *
   * @param result the acceptance result, not null
   * @param score the annual score, 0 to 100
   * @param bandFrom the band's lowest score, included, not null
   * @param bandTo the band's upper bound: excluded, unless it is 100, not null
   * @param share the share of the year's fees deducted, 0 to 1
   * @param table the document of the deduction table, not blank
   */
  public record Basis(AcceptanceResult result, BigDecimal score, BigDecimal bandFrom, BigDecimal bandTo, BigDecimal share, String table) {

    /**
     * Checks the fields.
     *
     * @param result the acceptance result, not null
     * @param score the annual score, 0 to 100
     * @param bandFrom the band's lowest score, included, not null
     * @param bandTo the band's upper bound: excluded, unless it is 100, not null
     * @param share the share of the year's fees deducted, 0 to 1
     * @param table the document of the deduction table, not blank
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the score or the band is outside 0 to 100, the band is empty, the
     *     share outside 0 to 1, or the table's document blank or too long
     */
    public Basis {
      Objects.requireNonNull(result, "result");
      Scores.requireScore(score, "deduction score");
      Objects.requireNonNull(bandFrom, "bandFrom");
      Objects.requireNonNull(bandTo, "bandTo");
      Scores.requireFraction(share, "deduction share");
      Texts.requireName(table, "deduction table");
      if (bandFrom.signum() < 0 || bandTo.compareTo(Scores.MAX) > 0 || bandFrom.compareTo(bandTo) >= 0) {
        throw new IllegalArgumentException(
            "a deduction band runs from a score to a higher one within 0 to 100, not from " + bandFrom.toPlainString() + " to " + bandTo.toPlainString());
      }
    }
  }

  /**
   * A deduction without a basis: one a host's own {@code FeeDeductions} reports.
   *
   * @param account the account whose fees are reduced, not null
   * @param year the year of the fees, not null
   * @param amount the amount deducted, positive
   * @param article the article the deduction rests on, not null
   * @param reason why, e.g. the acceptance result and the table that maps it; not blank
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the amount is not positive or the reason is blank
   */
  public FeeDeduction(BillingAccount account, Year year, Money amount, Article article, String reason) {
    this(account, year, amount, article, reason, Optional.empty());
  }

  /**
   * Checks the fields.
   *
   * @param account the account whose fees are reduced, not null
   * @param year the year of the fees, not null
   * @param amount the amount deducted, positive
   * @param article the article the deduction rests on, not null
   * @param reason why, e.g. the acceptance result and the table that maps it; not blank
   * @param basis the acceptance result, score band and deduction table the deduction was computed from, when
   *     the acceptance rules computed it; not null
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the amount is not positive or the reason is blank
   */
  public FeeDeduction {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(article, "article");
    Texts.requireStorable(reason, "the reason of a fee deduction of " + account);
    Objects.requireNonNull(basis, "basis");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a fee deduction of " + account + " for " + year + " must be positive, not " + amount);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a fee deduction of " + account + " for " + year + " needs a reason");
    }
  }
}
