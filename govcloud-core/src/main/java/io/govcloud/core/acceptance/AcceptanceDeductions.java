package io.govcloud.core.acceptance;

import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.BillingAccount;
import io.govcloud.model.FeeDeduction;
import io.govcloud.model.Money;
import io.govcloud.model.ProviderId;
import io.govcloud.model.Violation;
import io.govcloud.spi.FeeDeductions;
import io.vavr.control.Either;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link FeeDeductions} port built from the providers' annual results and the deduction tables (Art.
 * 41; rule R7): an account's fees of a year are deducted by the share the table in force for the year sets
 * for its provider's annual result and score band; the annual statement then shows the fees, each
 * deduction with its result, band and document ({@link FeeDeduction#basis()}), and the net.
 *
 * <p>An account whose provider has no annual result for the year, or whose result is a pass, is not
 * deducted. A deduction is never guessed: {@link #of} refuses results that would need a table when none is
 * in force for their year, so the port never meets a missing table.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcceptanceDeductions implements FeeDeductions {

  private record Key(ProviderId provider, Year year) {}

  private final Map<Key, AnnualResult> results;
  private final DeductionTables tables;

  private AcceptanceDeductions(Map<Key, AnnualResult> results, DeductionTables tables) {
    this.results = results;
    this.tables = tables;
  }

  /**
   * The port of some annual results.
   *
   * @param results the annual results, at most one per provider and year, not null
   * @param tables the deduction tables, not null
   * @return the port, or {@link AcceptanceViolations#DEDUCTION_TABLE_MISSING} for the first result that is
   *     deferred or failed in a year without a table
   * @throws NullPointerException if an argument or a result is null
   * @throws IllegalArgumentException if two results are of the same provider and year
   */
  public static Either<Violation, AcceptanceDeductions> of(Collection<AnnualResult> results, DeductionTables tables) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(tables, "tables");
    Map<Key, AnnualResult> byKey = new HashMap<>();
    for (AnnualResult result : results) {
      Objects.requireNonNull(result, "result");
      AnnualResult other = byKey.put(new Key(result.provider(), result.year()), result);
      if (other != null) {
        throw new IllegalArgumentException(
            "annual results " + other.id() + " and " + result.id() + " are both of " + result.provider() + " for " + result.year());
      }
      if (result.result() != AcceptanceResult.PASS && tables.inForce(result.year()).isEmpty()) {
        return Either.left(AcceptanceViolations.deductionTableMissing(result.provider(), result.year(), result.result()));
      }
    }
    return Either.right(new AcceptanceDeductions(Map.copyOf(byKey), tables));
  }

  /**
   * The deduction of an account's fees under one annual result.
   *
   * @param result the annual result of the account's provider, not null
   * @param account the account, of the result's provider, not null
   * @param fees the account's fees of the result's year, not null
   * @param tables the deduction tables, not null
   * @return the deduction, or empty for a pass; or {@link AcceptanceViolations#DEDUCTION_TABLE_MISSING} when
   *     the result is deferred or failed and no table is in force for its year
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the account is of another provider
   */
  public static Either<Violation, Optional<Deduction>> deduct(AnnualResult result, BillingAccount account, Money fees, DeductionTables tables) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(tables, "tables");
    if (!account.provider().equals(result.provider())) {
      throw new IllegalArgumentException("account " + account + " is not of provider " + result.provider() + " of annual result " + result.id());
    }
    if (result.result() == AcceptanceResult.PASS) {
      return Either.right(Optional.empty());
    }
    Optional<DeductionTable> table = tables.inForce(result.year());
    if (table.isEmpty()) {
      return Either.left(AcceptanceViolations.deductionTableMissing(result.provider(), result.year(), result.result()));
    }
    DeductionTable.Band band = table.get().bandOf(result.result(), result.score());
    return Either.right(Optional.of(
        new Deduction(account, result.year(), result.id(), result.result(), result.score(), band, table.get().document(), fees)));
  }

  /**
   * The deduction of an account's fees of a year, if its provider's annual result deducts.
   *
   * @param account the account, not null
   * @param year the year, not null
   * @param fees the account's fees of the year, not null
   * @return the deduction, or empty when no result of the provider for the year deducts; not null
   */
  public Optional<Deduction> deduction(BillingAccount account, Year year, Money fees) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(fees, "fees");
    AnnualResult result = results.get(new Key(account.provider(), year));
    if (result == null) {
      return Optional.empty();
    }
    return deduct(result, account, fees, tables)
        .getOrElseThrow(v -> new IllegalStateException("checked when the port was built: " + v));
  }

  /** {@inheritDoc} At most one deduction, with its basis; none when nothing is deducted. */
  @Override
  public List<FeeDeduction> deductions(BillingAccount account, Year year, Money fees) {
    return deduction(account, year, fees).flatMap(Deduction::toFeeDeduction).map(List::of).orElse(List.of());
  }
}
