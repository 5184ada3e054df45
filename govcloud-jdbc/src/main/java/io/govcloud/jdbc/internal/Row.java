package io.govcloud.jdbc.internal;

import io.govcloud.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The current row of a result, read by column name with the types {@link Params} writes.
 *
 * <p>Not API. Not thread-safe.
 */
public final class Row {

  private final ResultSet result;
  private final Dialect dialect;

  Row(ResultSet result, Dialect dialect) {
    this.result = result;
    this.dialect = dialect;
  }

  /** A text column that must not be null. */
  public String text(String column) throws SQLException {
    return required(result.getString(column), column);
  }

  /** A text column that may be null. */
  public Optional<String> optionalText(String column) throws SQLException {
    return Optional.ofNullable(result.getString(column));
  }

  /** A column holding a constant's name. */
  public <E extends Enum<E>> E constant(String column, Class<E> type) throws SQLException {
    String name = text(column);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new SQLException("column " + column + " holds '" + name + "', not a " + type.getSimpleName(), "22000", e);
    }
  }

  /** A whole-number column that must not be null. */
  public int integer(String column) throws SQLException {
    int value = result.getInt(column);
    required(result.wasNull() ? null : value, column);
    return value;
  }

  /** A long whole-number column that must not be null. */
  public long number(String column) throws SQLException {
    long value = result.getLong(column);
    required(result.wasNull() ? null : value, column);
    return value;
  }

  /** A truth-value column that must not be null. */
  public boolean bool(String column) throws SQLException {
    boolean value = result.getBoolean(column);
    required(result.wasNull() ? null : value, column);
    return value;
  }

  /** A money column, {@code DECIMAL(19,2)}. */
  public Money money(String column) throws SQLException {
    return Money.of(required(result.getBigDecimal(column), column));
  }

  /** A quantity column and its {@code _scale} column, as written: 2.50 reads back as 2.50. */
  public BigDecimal decimal(String column) throws SQLException {
    return optionalDecimal(column).orElseThrow(() -> missing(column));
  }

  /** A quantity column and its {@code _scale} column that may both be null. */
  public Optional<BigDecimal> optionalDecimal(String column) throws SQLException {
    BigDecimal value = result.getBigDecimal(column);
    if (value == null) {
      return Optional.empty();
    }
    int scale = integer(column + "_scale");
    try {
      return Optional.of(value.setScale(scale, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw new SQLException("column " + column + " holds " + value.toPlainString() + ", which has more than "
          + scale + " decimals", "22000", e);
    }
  }

  /** A UTC timestamp column that must not be null. */
  public Instant instant(String column) throws SQLException {
    return required(dialect.getInstant(result, column), column);
  }

  /** A UTC timestamp column that may be null. */
  public Optional<Instant> optionalInstant(String column) throws SQLException {
    return Optional.ofNullable(dialect.getInstant(result, column));
  }

  /** A date column that must not be null. */
  public LocalDate date(String column) throws SQLException {
    return required(result.getObject(column, LocalDate.class), column);
  }

  /** A date column that may be null. */
  public Optional<LocalDate> optionalDate(String column) throws SQLException {
    return Optional.ofNullable(result.getObject(column, LocalDate.class));
  }

  private static <T> T required(T value, String column) throws SQLException {
    if (value == null) {
      throw missing(column);
    }
    return value;
  }

  private static SQLException missing(String column) {
    return new SQLException("column " + column + " is null where a value is required", "22004");
  }
}
