package io.govcloud.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.govcloud.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ProrationTest {

  private final Proration standard = Proration.standard();
  private final Proration thirty = Proration.thirtyDayMonth();

  private static Money yuan(String amount) {
    return Money.of(amount);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // ---------------------------------------------------------------- worked examples (docs/rules.md#r4)

  @Test
  void leapFebruaryFromThe20thCosts344_83AndTheRestOfTheMonth655_17() {
    YearMonth february = YearMonth.of(2024, 2);
    Money tail = standard.charge(yuan("1000.00"), february, d("2024-02-20"), d("2024-02-29"));
    Money head = standard.charge(yuan("1000.00"), february, d("2024-02-01"), d("2024-02-19"));
    assertThat(tail).isEqualTo(yuan("344.83"));
    assertThat(head).isEqualTo(yuan("655.17"));
    assertThat(head.plus(tail)).isEqualTo(yuan("1000.00"));
  }

  @Test
  void threeTenDayPiecesOfSeptemberAddUpTo100Not99_99() {
    YearMonth september = YearMonth.of(2025, 9);
    Money first = standard.charge(yuan("100.00"), september, d("2025-09-01"), d("2025-09-10"));
    Money second = standard.charge(yuan("100.00"), september, d("2025-09-11"), d("2025-09-20"));
    Money third = standard.charge(yuan("100.00"), september, d("2025-09-21"), d("2025-09-30"));
    assertThat(List.of(first, second, third)).containsExactly(yuan("33.33"), yuan("33.34"), yuan("33.33"));
    assertThat(first.plus(second).plus(third)).isEqualTo(yuan("100.00"));
    // rounding each piece alone would lose a fen
    assertThat(yuan("100.00").times(new BigDecimal("10")).amount().divide(new BigDecimal("30"), 2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("33.33");
  }

  @Test
  void openedAndTerminatedOnOctober31stCostsOneDayOf31() {
    assertThat(standard.charge(yuan("310.00"), YearMonth.of(2025, 10), d("2025-10-31"), d("2025-10-31")))
        .isEqualTo(yuan("10.00"));
  }

  // ---------------------------------------------------------------- worked cases

  @Test
  void commonFebruaryHas28Days() {
    YearMonth february = YearMonth.of(2025, 2);
    // round(1000·28/28) − round(1000·19/28) = 1000.00 − 678.57
    assertThat(standard.charge(yuan("1000.00"), february, d("2025-02-20"), d("2025-02-28"))).isEqualTo(yuan("321.43"));
    assertThat(standard.charge(yuan("1000.00"), february, d("2025-02-01"), d("2025-02-28"))).isEqualTo(yuan("1000.00"));
    // one day of February costs more than one day of a long month
    assertThat(standard.charge(yuan("280.00"), february, d("2025-02-14"), d("2025-02-14"))).isEqualTo(yuan("10.00"));
  }

  @Test
  void resourceOpenedOnThe31stPaysOneDayThenFullMonths() {
    // round(1000·31/31) − round(1000·30/31) = 1000.00 − 967.74
    assertThat(standard.charge(yuan("1000.00"), YearMonth.of(2025, 1), d("2025-01-31"), d("2025-12-31"))).isEqualTo(yuan("32.26"));
    assertThat(standard.charge(yuan("1000.00"), YearMonth.of(2025, 2), d("2025-01-31"), d("2025-12-31"))).isEqualTo(yuan("1000.00"));
    assertThat(standard.charge(yuan("1000.00"), YearMonth.of(2025, 12), d("2025-01-31"), d("2025-12-31"))).isEqualTo(yuan("1000.00"));
  }

  @Test
  void sameDayOpenAndTerminateMidMonthCostsOneDay() {
    // round(300·15/31) − round(300·14/31) = 145.16 − 135.48
    assertThat(standard.charge(yuan("300.00"), YearMonth.of(2025, 10), d("2025-10-15"), d("2025-10-15"))).isEqualTo(yuan("9.68"));
  }

  @Test
  void daysOutsideTheMonthAreClippedAndNoOverlapCostsZero() {
    YearMonth march = YearMonth.of(2026, 3);
    assertThat(standard.charge(yuan("620.00"), march, d("2026-02-10"), d("2026-03-02"))).isEqualTo(yuan("40.00"));
    assertThat(standard.charge(yuan("620.00"), march, d("2026-03-31"), d("2026-05-02"))).isEqualTo(yuan("20.00"));
    assertThat(standard.charge(yuan("620.00"), march, d("2025-12-01"), d("2027-01-01"))).isEqualTo(yuan("620.00"));
    assertThat(standard.charge(yuan("620.00"), march, d("2026-01-01"), d("2026-02-28"))).isEqualTo(Money.ZERO);
    assertThat(standard.charge(yuan("620.00"), march, d("2026-04-01"), d("2026-04-30"))).isEqualTo(Money.ZERO);
    assertThat(standard.charge(yuan("620.00"), march, d("2027-03-01"), d("2027-03-31"))).isEqualTo(Money.ZERO);
  }

  @Test
  void zeroMonthlyAmountCostsZero() {
    assertThat(standard.charge(Money.ZERO, YearMonth.of(2026, 3), d("2026-03-05"), d("2026-03-09"))).isEqualTo(Money.ZERO);
  }

  @Test
  void thirtyDayMonthChargesAThirtiethPerDayAndCompletesShortMonths() {
    YearMonth october = YearMonth.of(2025, 10);
    assertThat(thirty.charge(yuan("300.00"), october, d("2025-10-01"), d("2025-10-10"))).isEqualTo(yuan("100.00"));
    assertThat(thirty.charge(yuan("300.00"), october, d("2025-10-31"), d("2025-10-31"))).isEqualTo(Money.ZERO);
    assertThat(thirty.charge(yuan("300.00"), october, d("2025-10-01"), d("2025-10-31"))).isEqualTo(yuan("300.00"));
    YearMonth february = YearMonth.of(2025, 2);
    // the 28th completes the month: 300.00 − round(300·27/30)
    assertThat(thirty.charge(yuan("300.00"), february, d("2025-02-28"), d("2025-02-28"))).isEqualTo(yuan("30.00"));
    assertThat(thirty.charge(yuan("300.00"), february, d("2025-02-01"), d("2025-02-27"))).isEqualTo(yuan("270.00"));
    // a 30-day month is the same under both policies
    assertThat(thirty.charge(yuan("100.00"), YearMonth.of(2025, 9), d("2025-09-11"), d("2025-09-20"))).isEqualTo(yuan("33.34"));
  }

  @Test
  void policiesHaveStableNames() {
    assertThat(standard.name()).isEqualTo("ACTUAL_DAYS");
    assertThat(thirty.name()).isEqualTo("THIRTY_DAY_MONTH");
    assertThat(Proration.named("ACTUAL_DAYS")).isSameAs(standard);
    assertThat(Proration.named("THIRTY_DAY_MONTH")).isSameAs(thirty);
    assertThatThrownBy(() -> Proration.named("PER_HOUR")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PER_HOUR");
  }

  // ---------------------------------------------------------------- properties

  private static Gen<YearMonth> months() {
    return integers().between(2000, 2100).zip(integers().between(1, 12), YearMonth::of);
  }

  private static Gen<Long> amountsInFen() {
    return longs().between(0, 10_000_000_000L).mix(longs().between(0, Long.MAX_VALUE), 20);
  }

  @Test
  void splittingAMonthIntoConsecutivePiecesNeverChangesItsTotal() {
    qt().forAll(months(), amountsInFen(), lists().of(integers().between(1, 31)).ofSizeBetween(0, 12), integers().between(0, 1))
        .checkAssert((month, fen, cuts, policy) -> {
          Proration proration = policy == 0 ? standard : thirty;
          Money monthly = Money.ofFen(fen);
          int days = month.lengthOfMonth();
          TreeSet<Integer> bounds = new TreeSet<>();
          cuts.forEach(c -> bounds.add(Math.min(c, days)));
          int first = bounds.isEmpty() ? 1 : bounds.first();
          int last = bounds.isEmpty() ? days : bounds.last();
          Money whole = proration.charge(monthly, month, month.atDay(first), month.atDay(last));
          Money pieces = Money.ZERO;
          int start = first;
          for (int cut : bounds.subSet(first, false, last, true)) {
            pieces = pieces.plus(proration.charge(monthly, month, month.atDay(start), month.atDay(cut - 1)));
            start = cut;
          }
          pieces = pieces.plus(proration.charge(monthly, month, month.atDay(start), month.atDay(last)));
          assertThat(pieces).isEqualTo(whole);
        });
  }

  @Test
  void aFullyUsedMonthCostsExactlyTheMonthlyAmount() {
    qt().forAll(months(), amountsInFen(), integers().between(0, 1))
        .checkAssert((month, fen, policy) -> {
          Proration proration = policy == 0 ? standard : thirty;
          assertThat(proration.charge(Money.ofFen(fen), month, month.atDay(1), month.atEndOfMonth())).isEqualTo(Money.ofFen(fen));
        });
  }

  @Test
  void aChargeIsNeverNegativeNorAboveTheMonthlyAmount() {
    qt().forAll(months(), amountsInFen(), integers().between(-40, 40), integers().between(0, 80))
        .checkAssert((month, fen, firstOffset, length) -> {
          LocalDate first = month.atDay(1).plusDays(firstOffset);
          LocalDate last = first.plusDays(length);
          for (Proration proration : List.of(standard, thirty)) {
            Money charge = proration.charge(Money.ofFen(fen), month, first, last);
            assertThat(charge.isNegative()).isFalse();
            assertThat(charge.isGreaterThan(Money.ofFen(fen))).isFalse();
          }
        });
  }

  @Test
  void longArithmeticEqualsTheBigDecimalFormula() {
    qt().forAll(months(), amountsInFen(), integers().between(1, 31), integers().between(1, 31))
        .checkAssert((month, fen, x, y) -> {
          int days = month.lengthOfMonth();
          int from = Math.min(Math.min(x, y), days);
          int to = Math.min(Math.max(x, y), days);
          BigDecimal p = BigDecimal.valueOf(fen);
          BigDecimal n = BigDecimal.valueOf(days);
          BigDecimal expected =
              p.multiply(BigDecimal.valueOf(to)).divide(n, 0, RoundingMode.HALF_UP)
                  .subtract(p.multiply(BigDecimal.valueOf(from - 1)).divide(n, 0, RoundingMode.HALF_UP));
          Money charge = standard.charge(Money.ofFen(fen), month, month.atDay(from), month.atDay(to));
          assertThat(charge.toFen()).isEqualTo(expected.longValueExact());
        });
  }

  @Test
  void exactHalfUpDivisionAgreesWithBigDecimalEvenAtTheLongLimit() {
    long edge = Proration.ONE_DIVISION_MAX;
    for (long fen : new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / 31 + 1, 1, 15, 16, edge - 1, edge, edge + 1}) {
      for (int divisor = 28; divisor <= 31; divisor++) {
        for (int k = 0; k <= divisor; k++) {
          BigDecimal expected = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP);
          assertThat(Proration.roundHalfUp(fen, k, divisor)).as("%d·%d/%d", fen, k, divisor).isEqualTo(expected.longValueExact());
        }
      }
    }
  }

  @Test
  void theOneDivisionPathAndTheSplitPathAgreeWithBigDecimalAroundTheirBorder() {
    Gen<Long> nearBorder = longs().between(Proration.ONE_DIVISION_MAX - 1_000_000, Proration.ONE_DIVISION_MAX + 1_000_000)
        .mix(longs().between(0, Long.MAX_VALUE), 30);
    qt().forAll(nearBorder, integers().between(28, 31), integers().between(0, 31))
        .checkAssert((fen, divisor, k) -> {
          int days = Math.min(k, divisor);
          BigDecimal expected = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP);
          assertThat(Proration.roundHalfUp(fen, days, divisor)).isEqualTo(expected.longValueExact());
          assertThat(Proration.roundHalfUp(fen, Math.min(days, 30), 30))
              .isEqualTo(BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(Math.min(days, 30))).divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP).longValueExact());
        });
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void lastDayBeforeFirstDayIsRefusedNamingBoth() {
    assertThatThrownBy(() -> standard.charge(yuan("100.00"), YearMonth.of(2025, 9), d("2025-09-20"), d("2025-09-19")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-09-19")
        .hasMessageContaining("2025-09-20");
  }

  @Test
  void anAmountWithAFractionOfAFenCannotReachTheCharge() {
    assertThatThrownBy(() -> standard.charge(Money.of("100.005"), YearMonth.of(2025, 9), d("2025-09-01"), d("2025-09-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100.005")
        .hasMessageContaining("fraction of a fen");
  }

  @Test
  void aNegativeMonthlyAmountIsRefused() {
    assertThatThrownBy(() -> standard.charge(yuan("-1.00"), YearMonth.of(2025, 9), d("2025-09-01"), d("2025-09-30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.00");
  }

  @Test
  void nullArgumentsAreNamed() {
    YearMonth month = YearMonth.of(2025, 9);
    LocalDate day = d("2025-09-01");
    assertThatThrownBy(() -> standard.charge(null, month, day, day)).hasMessage("monthlyAmount");
    assertThatThrownBy(() -> standard.charge(Money.ZERO, null, day, day)).hasMessage("month");
    assertThatThrownBy(() -> standard.charge(Money.ZERO, month, null, day)).hasMessage("firstDayInService");
    assertThatThrownBy(() -> standard.charge(Money.ZERO, month, day, null)).hasMessage("lastDayInService");
  }
}
