package io.govcloud.jdbc.internal;

import io.govcloud.model.Money;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The parameters of one prepared statement, bound in order: every value goes through a typed setter,
 * never into the SQL text.
 *
 * <p>A quantity ({@link #decimal}) takes two parameters, its value as {@code DECIMAL(38,18)} and its
 * scale, so that it reads back equal (2.50 stays 2.50). An instant is kept to the microsecond, the
 * precision of PostgreSQL and MySQL timestamps: finer digits are dropped (truncated toward the past)
 * on every database alike.
 *
 * <p>Not API. Not thread-safe: used for one statement at a time.
 */
public final class Params {

  /** The largest number of decimals a quantity column keeps. */
  static final int MAX_DECIMALS = 18;
  /** The largest number of digits before the point a quantity column keeps. */
  static final int MAX_INTEGER_DIGITS = 20;

  private final PreparedStatement statement;
  private final Dialect dialect;
  private int index;

  Params(PreparedStatement statement, Dialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
  }

  /** Starts again at the first parameter, for the next row of a batch. */
  void reset() {
    index = 0;
  }

  /** Binds a text, not null. */
  public Params text(String value) throws SQLException {
    statement.setString(++index, value);
    return this;
  }

  /** Binds a text or SQL NULL. */
  public Params text(Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      return text(value.get());
    }
    statement.setNull(++index, Types.VARCHAR);
    return this;
  }

  /** Binds a constant's name. */
  public Params name(Enum<?> value) throws SQLException {
    return text(value.name());
  }

  /** Binds a whole number. */
  public Params integer(int value) throws SQLException {
    statement.setInt(++index, value);
    return this;
  }

  /** Binds a whole number or SQL NULL. */
  public Params integer(Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      return integer(value.get());
    }
    statement.setNull(++index, Types.INTEGER);
    return this;
  }

  /** Binds a long whole number. */
  public Params number(long value) throws SQLException {
    statement.setLong(++index, value);
    return this;
  }

  /** Binds a truth value. */
  public Params bool(boolean value) throws SQLException {
    statement.setBoolean(++index, value);
    return this;
  }

  /** Binds a truth value or SQL NULL. */
  public Params bool(Optional<Boolean> value) throws SQLException {
    if (value.isPresent()) {
      return bool(value.get());
    }
    statement.setNull(++index, Types.BOOLEAN);
    return this;
  }

  /** Binds an amount of money as {@code DECIMAL(19,2)}. */
  public Params money(Money value) throws SQLException {
    statement.setBigDecimal(++index, value.amount());
    return this;
  }

  /**
   * Binds a quantity and its scale (two parameters).
   *
   * @throws IllegalArgumentException if it has more than 18 decimals or 20 digits before the point
   */
  public Params decimal(BigDecimal value, String field) throws SQLException {
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > MAX_DECIMALS || exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          field + " " + value.toPlainString() + " does not fit the JDBC store's DECIMAL(38,18): at most "
              + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_DECIMALS + " after");
    }
    statement.setBigDecimal(++index, value);
    statement.setInt(++index, value.scale());
    return this;
  }

  /** Binds a quantity and its scale, or two SQL NULLs. */
  public Params decimal(Optional<BigDecimal> value, String field) throws SQLException {
    if (value.isPresent()) {
      return decimal(value.get(), field);
    }
    statement.setNull(++index, Types.DECIMAL);
    statement.setNull(++index, Types.INTEGER);
    return this;
  }

  /** Binds an instant as a UTC timestamp, to the microsecond. */
  public Params instant(Instant value) throws SQLException {
    dialect.setInstant(statement, ++index, value.truncatedTo(ChronoUnit.MICROS));
    return this;
  }

  /** Binds an instant as a UTC timestamp, or SQL NULL. */
  public Params instant(Optional<Instant> value) throws SQLException {
    if (value.isPresent()) {
      return instant(value.get());
    }
    statement.setNull(++index, timestampType());
    return this;
  }

  /** Binds a date. */
  public Params date(LocalDate value) throws SQLException {
    statement.setObject(++index, value);
    return this;
  }

  /** Binds a date or SQL NULL. */
  public Params date(Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      return date(value.get());
    }
    statement.setNull(++index, Types.DATE);
    return this;
  }

  private int timestampType() {
    return dialect == Dialect.MYSQL ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE;
  }
}
