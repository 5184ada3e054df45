package io.govcloud.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits of input (docs/rules.md#limits): the largest quantity and its decimals, the highest unit
 * price, the longest identifier, name and free text, what a free text may hold, and the instants a sweep
 * accepts and every store keeps. Every store keeps each value
 * within them exactly, and billing within them cannot overflow; the value types check them where they are
 * built, so that no store is ever handed a value outside them, and the entry point refuses such input as
 * a violation before anything is saved.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Limits {

  /** The longest identifier, in chars (UTF-16 code units); stores size their columns by it. */
  public static final int MAX_ID_LENGTH = 64;

  /** The longest name of a party, platform or item, or of an actor's person, in chars. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * The largest quantity of a resource, a work order or a period: ten million units (10<sup>7</sup>),
   * 10 PB counted in GB.
   */
  public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000_000L);

  /** The most decimals of a quantity (after trailing zeros are removed): a millionth of a unit. */
  public static final int MAX_QUANTITY_DECIMALS = 6;

  /** The highest monthly price of one unit, a catalog item's cap or a contract price: 100,000.00 yuan. */
  public static final Money MAX_UNIT_PRICE = Money.ofFen(10_000_000L);

  /**
   * The longest free text (a reason, a note, a problem, a notification's text), in chars: 1,000,000. The
   * narrowest column that keeps one is MariaDB's {@code MEDIUMTEXT} (16,777,215 bytes, at most 3 bytes a
   * char in utf8mb4); the same text is also repeated in the audit trail as JSON, where an escaped control
   * character takes 6 bytes, so this bound keeps every copy within that column and within MariaDB's
   * default packet of 16 MiB.
   */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  /** The earliest instant a sweep accepts and a store keeps: 1970-01-01T00:00:00Z. */
  public static final Instant EARLIEST_INSTANT = Instant.EPOCH;

  /**
   * The first instant a sweep no longer accepts and no value holds: 9000-01-01T00:00:00Z. Every store keeps
   * every instant before it exactly, to the microsecond (the narrowest instant column, MariaDB's {@code
   * DATETIME(6)}, ends with the year 9999; PostgreSQL's and H2's {@code TIMESTAMP(6) WITH TIME ZONE} end
   * later still; no column is a {@code TIMESTAMP} of MariaDB, which would end in 2038).
   */
  public static final Instant END_OF_INSTANTS = Instant.parse("9000-01-01T00:00:00Z");

  private Limits() {}

  /**
   * What is wrong with a quantity, or nothing: it must be positive, at most {@link #MAX_QUANTITY} and have
   * at most {@link #MAX_QUANTITY_DECIMALS} decimals.
   *
   * @param quantity the quantity, not null
   * @return the problem in English, or empty if the quantity is within the limits
   * @throws NullPointerException if the quantity is null
   */
  public static Optional<String> quantityProblem(BigDecimal quantity) {
    Objects.requireNonNull(quantity, "quantity");
    if (quantity.signum() <= 0) {
      return Optional.of("must be positive");
    }
    return magnitudeProblem(quantity);
  }

  /**
   * Whether an instant lies in the range a sweep accepts, from {@link #EARLIEST_INSTANT} (inclusive) to
   * {@link #END_OF_INSTANTS} (exclusive).
   *
   * @param instant the instant, not null
   * @return whether it is supported
   * @throws NullPointerException if the instant is null
   */
  public static boolean isSupported(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(END_OF_INSTANTS);
  }

  /**
   * What is wrong with a free text, or nothing: it must hold no NUL (U+0000), which PostgreSQL refuses,
   * and no lone surrogate, which PostgreSQL and MariaDB keep as "?", and be at most {@link
   * #MAX_TEXT_LENGTH} chars. Line breaks and every other character are a free text's own.
   *
   * @param text the text, not null
   * @return the problem in English, naming the first char refused and where, or empty if every store keeps
   *     the text as it is
   * @throws NullPointerException if the text is null
   */
  public static Optional<String> textProblem(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      return Optional.of("is longer than " + MAX_TEXT_LENGTH + " characters (" + text.length() + ") (docs/rules.md#limits)");
    }
    return charProblem(text);
  }

  /**
   * What char of a text no store keeps alike, or nothing: a NUL or a lone surrogate, whatever the length
   * (the check of the texts the library writes around a free text: notifications, audit values, refusals).
   */
  static Optional<String> charProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return Optional.of("must not contain NUL (U+0000 at " + i + ") (docs/rules.md#limits)");
      }
      if (Character.isSurrogate(c) && Texts.isLoneSurrogate(text, i)) {
        return Optional.of("must not contain a lone surrogate (U+" + String.format("%04X", (int) c) + " at " + i + ") (docs/rules.md#limits)");
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with an instant, or nothing: it must lie from {@link #EARLIEST_INSTANT} (inclusive) to
   * {@link #END_OF_INSTANTS} (exclusive).
   *
   * @param instant the instant, not null
   * @return the problem in English, naming the range, or empty if it is supported
   * @throws NullPointerException if the instant is null
   */
  public static Optional<String> instantProblem(Instant instant) {
    if (isSupported(instant)) {
      return Optional.empty();
    }
    return Optional.of("is outside the supported instants, from " + EARLIEST_INSTANT + " (inclusive) to " + END_OF_INSTANTS
        + " (exclusive), the instants every store keeps exactly (docs/rules.md#limits)");
  }

  /** The check of an instant in a value type: within {@link #isSupported}. */
  static Instant requireInstant(Instant instant, String name) {
    Objects.requireNonNull(instant, name);
    instantProblem(instant).ifPresent(problem -> {
      throw new IllegalArgumentException(name + " " + instant + " " + problem);
    });
    return instant;
  }

  /** The check of an instant that may be absent. */
  static Optional<Instant> requireInstant(Optional<Instant> instant, String name) {
    Objects.requireNonNull(instant, name);
    instant.ifPresent(at -> requireInstant(at, name));
    return instant;
  }

  /** The check of a quantity in a value type: positive and within the limits. */
  static BigDecimal requireQuantity(BigDecimal quantity, String name) {
    Objects.requireNonNull(quantity, name);
    quantityProblem(quantity).ifPresent(problem -> {
      throw new IllegalArgumentException(name + " " + describe(quantity) + " " + problem);
    });
    return quantity;
  }

  /** The check of a quantity that may be zero, such as the part met from redundancy. */
  static BigDecimal requireQuantityOrZero(BigDecimal quantity, String name) {
    Objects.requireNonNull(quantity, name);
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative, not " + describe(quantity));
    }
    if (quantity.signum() > 0) {
      magnitudeProblem(quantity).ifPresent(problem -> {
        throw new IllegalArgumentException(name + " " + describe(quantity) + " " + problem);
      });
    }
    return quantity;
  }

  /** The check of a unit price not negative (checked before): at most {@link #MAX_UNIT_PRICE}. */
  static Money requireUnitPrice(Money price, String name) {
    Objects.requireNonNull(price, name);
    if (price.isGreaterThan(MAX_UNIT_PRICE)) {
      throw new IllegalArgumentException(name + " " + price + " is above the highest unit price " + MAX_UNIT_PRICE
          + " (docs/rules.md#limits)");
    }
    return price;
  }

  private static Optional<String> magnitudeProblem(BigDecimal quantity) {
    // compare the exponent before anything else: 1E+999999999 has one digit
    if ((long) quantity.precision() - quantity.scale() > 8 || quantity.compareTo(MAX_QUANTITY) > 0) {
      return Optional.of("is above the largest quantity " + MAX_QUANTITY.toPlainString() + " (docs/rules.md#limits)");
    }
    if (quantity.scale() > MAX_QUANTITY_DECIMALS && quantity.stripTrailingZeros().scale() > MAX_QUANTITY_DECIMALS) {
      return Optional.of("has more than " + MAX_QUANTITY_DECIMALS + " decimals (docs/rules.md#limits)");
    }
    return Optional.empty();
  }

  /** A quantity for a message: its plain digits when short, else its scientific form. */
  static String describe(BigDecimal quantity) {
    long digits = Math.abs((long) quantity.precision() - quantity.scale()) + quantity.precision();
    return digits <= 40 ? quantity.toPlainString() : quantity.toString();
  }
}
