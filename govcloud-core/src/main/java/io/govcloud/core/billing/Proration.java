package io.govcloud.core.billing;

import io.govcloud.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * How a month's charge is prorated for the days a resource was in service (Art. 30: 不足1个月的按照实际使用天数
 * 进行折算; docs/rules.md#r4).
 *
 * <p>Every policy is <em>cumulative</em>: it fixes, for each day {@code k} of the month (0 to {@code N}), the
 * amount {@code F(k)} owed for the month's first {@code k} days, with {@code F(0) = 0} and {@code F(N) = P},
 * the monthly amount; a piece covering days {@code (a, b]} costs {@code F(b) − F(a)}. Splitting a month
 * into pieces therefore never changes its total, and a fully used month costs exactly {@code P}.
 *
 * <ul>
 *   <li>{@link #standard()} ({@code ACTUAL_DAYS}): the measures' rule as docs/rules.md#r4 decides it, {@code
 *       F(k) = round(P·k/N)} over the month's actual number of days {@code N}, rounded half-up to the fen.
 *   <li>{@link #thirtyDayMonth()} ({@code THIRTY_DAY_MONTH}): a fixed divisor of 30, as some contracts
 *       state it: {@code F(k) = round(P·min(k, 30)/30)} for {@code k < N} and {@code F(N) = P}. A day
 *       costs a thirtieth of the month, the 31st day of a long month costs nothing, and the last day of
 *       February completes the month.
 * </ul>
 *
 * <p>The arithmetic is exact and allocation-free: whole fen in {@code long}, {@code P·k/N} computed as
 * {@code (2·P·k + N) div 2N} for every amount up to {@link #ONE_DIVISION_MAX} fen (one division, nothing
 * near overflow), and as {@code (P div N)·k + (P mod N)·k/N} beyond it, so that no intermediate product
 * exceeds {@code P} or {@code 31·31}. It equals the {@link java.math.BigDecimal} formula for every amount.
 *
 * <p>The policies are immutable and thread-safe.
 */
public abstract class Proration {

  private static final Proration ACTUAL_DAYS = new ActualDays();
  private static final Proration THIRTY_DAY_MONTH = new ThirtyDayMonth();
  /** The largest amount in fen whose {@code 2·P·k + N} fits a {@code long} for every {@code k ≤ N ≤ 31}. */
  static final long ONE_DIVISION_MAX = (Long.MAX_VALUE - 31) / 62;

  Proration() {}

  /**
   * The measures' proration: actual days used over the month's actual number of days, cumulative half-up
   * (docs/rules.md#r4).
   *
   * @return the policy, not null
   */
  public static Proration standard() {
    return ACTUAL_DAYS;
  }

  /**
   * Proration over a fixed 30-day month: each day a thirtieth, the 31st day free, the last day of
   * February completing the month; cumulative half-up like {@link #standard()}.
   *
   * @return the policy, not null
   */
  public static Proration thirtyDayMonth() {
    return THIRTY_DAY_MONTH;
  }

  /**
   * The policy of a name recorded on a bill, for a store that loads bills back.
   *
   * @param name {@code ACTUAL_DAYS} or {@code THIRTY_DAY_MONTH}, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if no policy has that name
   */
  public static Proration named(String name) {
    Objects.requireNonNull(name, "name");
    for (Proration policy : new Proration[] {ACTUAL_DAYS, THIRTY_DAY_MONTH}) {
      if (policy.name().equals(name)) {
        return policy;
      }
    }
    throw new IllegalArgumentException("no proration policy is named '" + name + "': use ACTUAL_DAYS or THIRTY_DAY_MONTH");
  }

  /** {@return the policy's stable name, recorded on every bill: {@code ACTUAL_DAYS} or {@code THIRTY_DAY_MONTH}} */
  public abstract String name();

  /**
   * The charge for the days of {@code month} within {@code [firstDayInService, lastDayInService]} (both
   * inclusive, clipped to the month), at {@code monthlyAmount} for the full month (Art. 30). A period that
   * does not overlap the month costs zero.
   *
   * @param monthlyAmount what the full month costs, not null, not negative
   * @param month the calendar month charged, not null
   * @param firstDayInService the first day in service, not null
   * @param lastDayInService the last day in service, not null, not before the first
   * @return the charge, between zero and {@code monthlyAmount}; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative or the last day is before the first
   */
  public final Money charge(Money monthlyAmount, YearMonth month, LocalDate firstDayInService, LocalDate lastDayInService) {
    Objects.requireNonNull(monthlyAmount, "monthlyAmount");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(firstDayInService, "firstDayInService");
    Objects.requireNonNull(lastDayInService, "lastDayInService");
    if (monthlyAmount.isNegative()) {
      throw new IllegalArgumentException("monthly amount must not be negative, not " + monthlyAmount);
    }
    if (lastDayInService.isBefore(firstDayInService)) {
      throw new IllegalArgumentException(
          "last day in service " + lastDayInService + " is before first day in service " + firstDayInService);
    }
    int year = month.getYear();
    int monthValue = month.getMonthValue();
    int first = compareToMonth(firstDayInService, year, monthValue);
    int last = compareToMonth(lastDayInService, year, monthValue);
    if (first > 0 || last < 0) {
      return Money.ZERO;
    }
    int days = month.lengthOfMonth();
    int before = first < 0 ? 0 : firstDayInService.getDayOfMonth() - 1;
    int through = last > 0 ? days : lastDayInService.getDayOfMonth();
    return Money.ofFen(chargeFen(monthlyAmount.toFen(), days, before, through));
  }

  /**
   * The charge in fen for days {@code (before, through]} of a month of {@code days} days; the hot path of
   * billing, with checked arguments.
   */
  final long chargeFen(long monthlyFen, int days, int before, int through) {
    return cumulativeFen(monthlyFen, days, through) - cumulativeFen(monthlyFen, days, before);
  }

  /** {@code F(k)}: the amount in fen owed for the first {@code k} days of a month of {@code days} days. */
  abstract long cumulativeFen(long monthlyFen, int days, int k);

  /**
   * {@code round(amount·k/divisor)} half-up, exactly, for {@code amount ≥ 0} and {@code 0 ≤ k ≤ divisor ≤
   * 31}: with {@code amount = q·divisor + r}, the quotient is {@code q·k + r·k/divisor}, and {@code q·k ≤
   * amount}, {@code r·k < 31·31}, so nothing overflows. An amount of at most {@link #ONE_DIVISION_MAX} fen
   * (about 1.4 × 10<sup>15</sup> yuan, beyond any monthly price) takes one division instead: {@code (2·P·k +
   * N) div 2N}, whose numerator stays below 2<sup>63</sup>.
   */
  static long roundHalfUp(long amount, int k, int divisor) {
    if (amount <= ONE_DIVISION_MAX) {
      return (2 * amount * k + divisor) / (2L * divisor); // floor(P·k/N + 1/2), below 2^63
    }
    long whole = amount / divisor;
    long remainder = amount % divisor;
    long scaled = remainder * k;
    long quotient = scaled / divisor;
    long rest = scaled % divisor;
    return Math.addExact(Math.multiplyExact(whole, k), quotient + (2 * rest >= divisor ? 1 : 0));
  }

  private static int compareToMonth(LocalDate date, int year, int month) {
    int byYear = Integer.compare(date.getYear(), year);
    return byYear != 0 ? byYear : Integer.compare(date.getMonthValue(), month);
  }

  /** The policy's name. */
  @Override
  public String toString() {
    return name();
  }

  private static final class ActualDays extends Proration {
    @Override
    public String name() {
      return "ACTUAL_DAYS";
    }

    @Override
    long cumulativeFen(long monthlyFen, int days, int k) {
      return roundHalfUp(monthlyFen, k, days);
    }
  }

  private static final class ThirtyDayMonth extends Proration {
    private static final int DIVISOR = 30;

    @Override
    public String name() {
      return "THIRTY_DAY_MONTH";
    }

    @Override
    long cumulativeFen(long monthlyFen, int days, int k) {
      return k >= days ? monthlyFen : roundHalfUp(monthlyFen, Math.min(k, DIVISOR), DIVISOR);
    }
  }
}
