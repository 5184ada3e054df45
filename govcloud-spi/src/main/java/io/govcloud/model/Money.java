package io.govcloud.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY) with exactly two decimals, held as a whole number of fen
 * (docs/rules.md#r4: money is CNY with 2 decimals, rounded half-up). Never a floating-point number.
 *
 * <p>Creating money from an amount with a fraction of a fen is an error that names the amount, unless a
 * {@link RoundingMode} is given; {@link #times(BigDecimal)} rounds half-up (四舍五入), the rounding the
 * measures' billing uses, and {@link #times(BigDecimal, RoundingMode)} takes any other. Sums and
 * differences are exact; an overflow of the fen range (about ±9.2 × 10<sup>16</sup> yuan) throws {@link
 * ArithmeticException} rather than wrapping.
 *
 * <p>Equality is by value: {@code Money.of("1.50").equals(Money.ofFen(150))}. This class is immutable and
 * thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final BigDecimal FEN_MAX = BigDecimal.valueOf(Long.MAX_VALUE, 2);
  private static final BigDecimal FEN_MIN = BigDecimal.valueOf(Long.MIN_VALUE, 2);
  /** Digits before the decimal point of the largest amount: 92,233,720,368,547,758.07 has 17. */
  private static final int MAX_INTEGER_DIGITS = 17;

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * Money of a number of fen (1 yuan = 100 fen).
   *
   * @param fen the amount in fen
   * @return the money, not null
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * Money of an exact yuan amount.
   *
   * @param amount the amount in yuan, not null; at most two decimals after removing trailing zeros
   * @return the money, not null
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount has a fraction of a fen or is out of range
   */
  public static Money of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() == 0) {
      return ZERO;
    }
    requireInRange(amount);
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "amount " + describe(amount) + " has a fraction of a fen: money has at most 2 decimals");
    }
    return ofScaled(amount.setScale(2, RoundingMode.UNNECESSARY), amount);
  }

  /**
   * Money of a yuan amount, rounded to the fen as stated.
   *
   * @param amount the amount in yuan, not null
   * @param rounding how to round a fraction of a fen, not null
   * @return the money, not null
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if rounding is {@link RoundingMode#UNNECESSARY} and a fraction remains
   * @throws IllegalArgumentException if the amount is out of range
   */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    if (amount.signum() == 0) {
      return ZERO;
    }
    requireInRange(amount);
    // Below a thousandth of a yuan every amount of one sign rounds alike in every mode; standing in
    // 0.001 for it spares setScale a power of ten as long as the amount's exponent (1E-99999999).
    BigDecimal rounded =
        (long) amount.precision() - amount.scale() < -2
            ? BigDecimal.valueOf(amount.signum(), 3).setScale(2, rounding)
            : amount.setScale(2, rounding);
    return ofScaled(rounded, amount);
  }

  /**
   * Money of an exact yuan amount written as a decimal number in ASCII digits, such as {@code "1234.50"},
   * {@code "-0.01"} or {@code "12.3E1"} (docs/rules.md#limits). Digits of other scripts, which {@link
   * BigDecimal} would read silently (full-width {@code "１２３"}, Arabic-Indic, mixed), are refused, so that a
   * text read by a person is the amount kept.
   *
   * @param amount the amount, not null; white space at either end is ignored
   * @return the money, not null
   * @throws IllegalArgumentException if the text is not such a number (quoting it), has a fraction of a
   *     fen or is out of range (an exponent of any size included)
   */
  public static Money of(String amount) {
    Objects.requireNonNull(amount, "amount");
    String text = amount.strip();
    if (!isAsciiDecimal(text)) {
      throw new IllegalArgumentException("'" + amount + "' is not an amount of yuan such as 1234.50 (ASCII digits 0-9, "
          + "an optional sign, decimal point and exponent)");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // an exponent beyond the range of an int
      throw new IllegalArgumentException("'" + amount + "' is out of the range of Money", e);
    }
    return of(value);
  }

  /** Whether a text is {@code [+-]digits[.digits][(e|E)[+-]digits]} in ASCII, with a digit before or after the point. */
  private static boolean isAsciiDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    for (; i < n && isAsciiDigit(text.charAt(i)); i++) {
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      for (; i < n && isAsciiDigit(text.charAt(i)); i++) {
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      for (; i < n && isAsciiDigit(text.charAt(i)); i++) {
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Refuses an amount of 10<sup>17</sup> yuan or more before any scaling: an exponent such as {@code
   * 1E+99999999} would otherwise cost setScale a power of ten of that many digits.
   */
  private static void requireInRange(BigDecimal amount) {
    if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("amount " + describe(amount) + " is out of the range of Money");
    }
  }

  private static Money ofScaled(BigDecimal scaled, BigDecimal original) {
    if (scaled.compareTo(FEN_MAX) > 0 || scaled.compareTo(FEN_MIN) < 0) {
      throw new IllegalArgumentException("amount " + describe(original) + " is out of the range of Money");
    }
    return ofFen(scaled.unscaledValue().longValueExact());
  }

  /** The amount as written plainly, or in scientific notation when plain would be very long. */
  private static String describe(BigDecimal amount) {
    return amount.scale() >= -20 && amount.scale() <= 40 ? amount.toPlainString() : amount.toString();
  }

  /**
   * The exact sum of amounts (rule R4, Art. 30: sums are exact, never rounded).
   *
   * @param amounts the amounts to add, not null, without null elements; empty gives {@link #ZERO}
   * @return the sum, not null
   * @throws NullPointerException if {@code amounts} or one of its elements is null
   * @throws ArithmeticException if the sum leaves the range of fen a {@code long} holds
   */
  public static Money total(Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    long fen = 0;
    int index = 0;
    for (Money amount : amounts) {
      if (amount == null) {
        throw new NullPointerException("amount " + index + " of the total is null");
      }
      fen = Math.addExact(fen, amount.fen);
      index++;
    }
    return ofFen(fen);
  }

  /** {@return the amount in yuan, with scale 2; not null} */
  public BigDecimal amount() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** {@return the amount in fen} */
  public long toFen() {
    return fen;
  }

  /**
   * The exact sum.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum overflows
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * The exact difference.
   *
   * @param other the amount to subtract, not null
   * @return the difference, not null
   * @throws ArithmeticException if the difference overflows
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * The exact product with a whole number.
   *
   * @param factor the whole factor
   * @return the product, not null
   * @throws ArithmeticException if the product overflows
   */
  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * The product with a decimal factor, rounded half-up to the fen (四舍五入, docs/rules.md#r4).
   *
   * @param factor the factor, not null
   * @return the rounded product, not null
   * @throws NullPointerException if the factor is null
   * @throws IllegalArgumentException if the product is out of range
   */
  public Money times(BigDecimal factor) {
    return times(factor, RoundingMode.HALF_UP);
  }

  /**
   * The product with a decimal factor, rounded to the fen as stated.
   *
   * @param factor the factor, not null
   * @param rounding how to round a fraction of a fen, not null
   * @return the rounded product, not null
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if rounding is {@link RoundingMode#UNNECESSARY} and a fraction remains
   * @throws IllegalArgumentException if the product is out of range
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    return of(amount().multiply(factor), rounding);
  }

  /**
   * The amount with the opposite sign.
   *
   * @return minus this amount; zero for zero
   * @throws ArithmeticException for the one amount whose opposite is out of range
   */
  public Money negated() {
    return ofFen(Math.negateExact(fen));
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return fen < 0;
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return fen == 0;
  }

  /** {@return whether the amount is above zero} */
  public boolean isPositive() {
    return fen > 0;
  }

  /**
   * Whether this amount is greater than the other.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is strictly greater
   * @throws NullPointerException if the other is null
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this amount is less than the other.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is strictly less
   * @throws NullPointerException if the other is null
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * The larger of two amounts.
   *
   * @param a an amount, not null
   * @param b another amount, not null
   * @return the larger; {@code a} when they are equal
   * @throws NullPointerException if an amount is null
   */
  public static Money max(Money a, Money b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The smaller of two amounts.
   *
   * @param a an amount, not null
   * @param b another amount, not null
   * @return the smaller; {@code a} when they are equal
   * @throws NullPointerException if an amount is null
   */
  public static Money min(Money a, Money b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Orders by amount; the other must not be null. */
  @Override
  public int compareTo(Money other) {
    Objects.requireNonNull(other, "other");
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && fen == other.fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** The amount as {@code CNY 1234.50}. */
  @Override
  public String toString() {
    return "CNY " + amount().toPlainString();
  }
}
