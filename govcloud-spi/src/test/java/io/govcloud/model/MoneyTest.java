package io.govcloud.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MoneyTest {

  /** A trillion yuan in fen: sums of three such amounts cannot overflow. */
  private static final long TRILLION_YUAN = 100_000_000_000_000L;

  // ---------------------------------------------------------------- worked examples

  @Test
  void totalAddsExactlyAndAnEmptyTotalIsZero() {
    assertThat(Money.total(java.util.List.of(Money.of("0.10"), Money.of("0.20"), Money.of("-0.05")))).isEqualTo(Money.of("0.25"));
    assertThat(Money.total(java.util.List.of())).isSameAs(Money.ZERO);
    assertThat(Money.total(java.util.Set.of(Money.of("333.33")))).isEqualTo(Money.of("333.33"));
  }

  @Test
  void totalRefusesANullAmountAndAnOverflow() {
    assertThatThrownBy(() -> Money.total(java.util.Arrays.asList(Money.ZERO, null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("amount 1");
    assertThatThrownBy(() -> Money.total(null)).isInstanceOf(NullPointerException.class).hasMessage("amounts");
    assertThatThrownBy(() -> Money.total(java.util.List.of(Money.ofFen(Long.MAX_VALUE), Money.ofFen(1))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void totalIsTheFoldOfPlusInAnyOrder() {
    qt().forAll(longs().between(-TRILLION_YUAN, TRILLION_YUAN), longs().between(-TRILLION_YUAN, TRILLION_YUAN),
            longs().between(-TRILLION_YUAN, TRILLION_YUAN))
        .checkAssert((a, b, c) -> {
          Money total = Money.total(java.util.List.of(Money.ofFen(a), Money.ofFen(b), Money.ofFen(c)));
          assertThat(total).isEqualTo(Money.ofFen(a).plus(Money.ofFen(b)).plus(Money.ofFen(c)));
          assertThat(Money.total(java.util.List.of(Money.ofFen(c), Money.ofFen(a), Money.ofFen(b)))).isEqualTo(total);
        });
  }


  @Test
  void parsesYuanWithUpToTwoDecimals() {
    assertThat(Money.of("1234.50").toFen()).isEqualTo(123_450);
    assertThat(Money.of("1.5")).isEqualTo(Money.ofFen(150));
    assertThat(Money.of(" 7 ")).isEqualTo(Money.ofFen(700));
    assertThat(Money.of("12.3E1")).isEqualTo(Money.ofFen(12_300));
    assertThat(Money.of("-0.01").isNegative()).isTrue();
  }

  @Test
  void trailingZerosBeyondTheFenAreNotAFraction() {
    assertThat(Money.of(new BigDecimal("1.50000"))).isEqualTo(Money.ofFen(150));
  }

  @Test
  void amountAlwaysHasScaleTwo() {
    assertThat(Money.of("3").amount()).isEqualByComparingTo("3").hasScaleOf(2);
    assertThat(Money.ofFen(5).amount().toPlainString()).isEqualTo("0.05");
    assertThat(Money.of("1234.5")).hasToString("CNY 1234.50");
  }

  @Test
  void equalityIsByValue() {
    assertThat(Money.of("1.50")).isEqualTo(Money.ofFen(150)).hasSameHashCodeAs(Money.ofFen(150));
    assertThat(Money.of("1.50")).isNotEqualTo(Money.of("1.51"));
    assertThat(Money.ofFen(0)).isSameAs(Money.ZERO);
  }

  @Test
  void timesRoundsHalfUpAwayFromZero() {
    assertThat(Money.of("0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03")); // 0.025
    assertThat(Money.of("-0.05").times(new BigDecimal("0.5"))).isEqualTo(Money.of("-0.03"));
    assertThat(Money.of("0.05").times(new BigDecimal("0.49"))).isEqualTo(Money.of("0.02")); // 0.0245
    assertThat(Money.of("1000.00").times(new BigDecimal("19").divide(new BigDecimal("29"), 20, RoundingMode.HALF_UP)))
        .isEqualTo(Money.of("655.17"));
  }

  @Test
  void timesWithAnExplicitRounding() {
    assertThat(Money.of("0.05").times(new BigDecimal("0.5"), RoundingMode.DOWN)).isEqualTo(Money.of("0.02"));
    assertThatThrownBy(() -> Money.of("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void roundingAnExplicitAmount() {
    assertThat(Money.of(new BigDecimal("2.345"), RoundingMode.HALF_UP)).isEqualTo(Money.of("2.35"));
    assertThat(Money.of(new BigDecimal("2.345"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("2.34"));
    assertThat(Money.of(new BigDecimal("-2.345"), RoundingMode.FLOOR)).isEqualTo(Money.of("-2.35"));
  }

  @Test
  void comparisons() {
    Money small = Money.of("9.99");
    Money large = Money.of("10.00");
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.compareTo(small)).isZero();
    assertThat(Money.max(small, large)).isEqualTo(large);
    assertThat(Money.min(small, large)).isEqualTo(small);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(large.isPositive()).isTrue();
    assertThat(large.negated()).isEqualTo(Money.of("-10.00"));
    assertThat(large.minus(small)).isEqualTo(Money.ofFen(1));
    assertThat(small.times(3)).isEqualTo(Money.of("29.97"));
  }

  // ---------------------------------------------------------------- properties

  @Test
  void additionIsAssociative() {
    qt().forAll(
            longs().between(-TRILLION_YUAN, TRILLION_YUAN),
            longs().between(-TRILLION_YUAN, TRILLION_YUAN),
            longs().between(-TRILLION_YUAN, TRILLION_YUAN))
        .checkAssert(
            (a, b, c) -> {
              Money x = Money.ofFen(a);
              Money y = Money.ofFen(b);
              Money z = Money.ofFen(c);
              assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
            });
  }

  @Test
  void additionOfFenIsTheFenOfTheSum() {
    qt().forAll(longs().between(-TRILLION_YUAN, TRILLION_YUAN), longs().between(-TRILLION_YUAN, TRILLION_YUAN))
        .checkAssert((x, y) -> assertThat(Money.ofFen(x).plus(Money.ofFen(y))).isEqualTo(Money.ofFen(x + y)));
  }

  @Test
  void additionIsExactInYuan() {
    qt().forAll(longs().between(-TRILLION_YUAN, TRILLION_YUAN), longs().between(-TRILLION_YUAN, TRILLION_YUAN))
        .checkAssert(
            (x, y) -> {
              BigDecimal oracle = BigDecimal.valueOf(x, 2).add(BigDecimal.valueOf(y, 2));
              assertThat(Money.ofFen(x).plus(Money.ofFen(y)).amount()).isEqualTo(oracle);
              assertThat(Money.ofFen(x).plus(Money.ofFen(y)).minus(Money.ofFen(y))).isEqualTo(Money.ofFen(x));
            });
  }

  /** The oracle rounds in whole numbers: |x·u| over 10^s, plus a half, truncated, with the sign put back. */
  @Test
  void timesMatchesAnIntegerHalfUpOracle() {
    long tenBillionYuan = 1_000_000_000_000L;
    qt().forAll(
            longs().between(-tenBillionYuan, tenBillionYuan),
            integers().between(-2_000_000, 2_000_000),
            integers().between(0, 7))
        .checkAssert(
            (fen, unscaled, scale) -> {
              BigDecimal factor = BigDecimal.valueOf(unscaled, scale);
              BigInteger product = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(unscaled));
              BigInteger divisor = BigInteger.TEN.pow(scale);
              BigInteger half = divisor.shiftRight(1); // 10^s / 2, exact for s >= 1; 0 for s = 0
              BigInteger magnitude = product.abs().add(half).divide(divisor);
              long expectedFen = (product.signum() < 0 ? magnitude.negate() : magnitude).longValueExact();
              assertThat(Money.ofFen(fen).times(factor)).isEqualTo(Money.ofFen(expectedFen));
            });
  }

  @Test
  void amountRoundTrips() {
    qt().forAll(longs().all())
        .checkAssert(
            fen -> {
              Money money = Money.ofFen(fen);
              assertThat(Money.of(money.amount())).isEqualTo(money);
              assertThat(Money.of(money.amount().toPlainString())).isEqualTo(money);
            });
  }

  @Test
  void orderFollowsTheFen() {
    qt().forAll(longs().all(), longs().all())
        .checkAssert(
            (x, y) -> {
              assertThat(Integer.signum(Money.ofFen(x).compareTo(Money.ofFen(y)))).isEqualTo(Long.compare(x, y));
              assertThat(Money.ofFen(x).equals(Money.ofFen(y))).isEqualTo(x.equals(y));
            });
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void threeDecimalsAreRefusedNamingTheAmount() {
    assertThatThrownBy(() -> Money.of("1.005"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.005")
        .hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> Money.of(new BigDecimal("-0.001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.001");
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> Money.ZERO.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> Money.ZERO.times((BigDecimal) null)).isInstanceOf(NullPointerException.class).hasMessage("factor");
    assertThatThrownBy(() -> Money.ZERO.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void nonNumbersAreRefusedQuotingTheText() {
    for (String text : new String[] {"", "abc", "1,000.00", "NaN", "¥12", "12元"}) {
      assertThatThrownBy(() -> Money.of(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "' is not an amount of yuan");
    }
  }

  @Test
  void amountsBeyondTheFenRangeAreRefused() {
    assertThat(Money.of("92233720368547758.07").toFen()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.of("-92233720368547758.08").toFen()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Money.of("92233720368547758.08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("92233720368547758.08 is out of the range");
    assertThatThrownBy(() -> Money.of("100000000000000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of the range");
    assertThatThrownBy(() -> Money.of("90000000000000000").times(new BigDecimal("1.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arithmeticOverflowThrowsInsteadOfWrapping() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negated()).isInstanceOf(ArithmeticException.class);
  }

  /**
   * A huge exponent is refused or rounded at once: scaling 1E±999999999 to the fen would build a power
   * of ten with a billion digits and run for hours. The timeout only guards against that hang.
   */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void hugeExponentsAreAnsweredWithoutScaling() {
    assertThatThrownBy(() -> Money.of("1E+999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E+999999999 is out of the range");
    assertThatThrownBy(() -> Money.of("1E-999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E-999999999 has a fraction of a fen");
    BigDecimal tiny = new BigDecimal("1E-999999999");
    assertThat(Money.of(tiny, RoundingMode.HALF_UP)).isEqualTo(Money.ZERO);
    assertThat(Money.of(tiny, RoundingMode.UP)).isEqualTo(Money.ofFen(1));
    assertThat(Money.of(tiny.negate(), RoundingMode.FLOOR)).isEqualTo(Money.ofFen(-1));
    assertThat(Money.of(tiny.negate(), RoundingMode.CEILING)).isEqualTo(Money.ZERO);
    assertThat(Money.of(new BigDecimal("0E+999999999"))).isEqualTo(Money.ZERO);
    assertThat(Money.of("1.00").times(tiny)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> Money.of("1.00").times(new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Issue 11, finding 5: digits of other scripts were read silently by {@link BigDecimal}. */
  @Test
  void onlyAsciiDigitsAreAnAmount() {
    for (String text : new String[] {"１２３", "١٢٣", "۱۲۳", "१२३", "1２3", "12.٣", "1e٢", "+", ".", ".5e", "1E", "--1", "1_000"}) {
      assertThatThrownBy(() -> Money.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "' is not an amount of yuan");
    }
    assertThat(Money.of("1.")).isEqualTo(Money.ofFen(100));
    assertThat(Money.of(".5")).isEqualTo(Money.ofFen(50));
    assertThat(Money.of("+3e-2")).isEqualTo(Money.ofFen(3));
  }

  /** Issue 11, finding 5: an exponent beyond an int's range threw an ArithmeticException without the text. */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void exponentsOfAnySizeAreRefusedClearly() {
    for (String text : new String[] {"1E+2147483647", "1E+2147483648", "1E+99999999999", "-1E+2147483647", "9E2147483647"}) {
      assertThatThrownBy(() -> Money.of(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("out of the range of Money");
    }
    for (String text : new String[] {"1E-2147483647", "1E-2147483648", "1E-99999999999"}) {
      assertThatThrownBy(() -> Money.of(text)).as(text).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Money.of("0E-2147483647")).isEqualTo(Money.ZERO);
    assertThat(Money.of(new BigDecimal("1E-2147483647"), RoundingMode.HALF_UP)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+2147483647"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of the range of Money");
  }
}
