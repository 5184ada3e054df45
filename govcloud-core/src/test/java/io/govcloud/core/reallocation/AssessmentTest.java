package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The exact assessment of idle capacity and the least reduction (Art. 17, 23; rule R6). */
class AssessmentTest {

  private static final BigDecimal FIFTEEN_PERCENT = d("0.15");

  private static Assessment assess(long allocated, long idle, String ratio) {
    return Assessment.of(BigDecimal.valueOf(allocated), BigDecimal.valueOf(idle), BigDecimal.ZERO, d(ratio));
  }

  // ---------------------------------------------------------------- the worked numbers

  @Test
  void sixtyIdleOfTwoHundredAtFifteenPercentMustReduceThirtySix() {
    Assessment assessment = assess(200, 60, "0.15");
    assertThat(assessment.exceedsRatio()).isTrue();
    assertThat(assessment.idleRatio(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.300");
    assertThat(assessment.leastReduction()).isEqualByComparingTo("36");

    Assessment after = assessment.afterReduction(d("36"));
    assertThat(after.idle()).isEqualByComparingTo("24");
    assertThat(after.allocated()).isEqualByComparingTo("164");
    assertThat(after.idleRatio(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.146");
    assertThat(after.exceedsRatio()).as("24 of 164 is 14.6%").isFalse();
    assertThat(after.leastReduction()).isZero();

    Assessment oneLess = assessment.afterReduction(d("35"));
    assertThat(oneLess.idleRatio(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.1515");
    assertThat(oneLess.exceedsRatio()).as("25 of 165 is still above 15%").isTrue();
    assertThat(oneLess.leastReduction()).isEqualByComparingTo("1");
  }

  @Test
  void aRatioOfZeroMustReduceEveryIdleUnit() {
    Assessment assessment = assess(200, 60, "0");
    assertThat(assessment.exceedsRatio()).isTrue();
    assertThat(assessment.leastReduction()).isEqualByComparingTo("60");
    assertThat(assessment.afterReduction(d("60")).exceedsRatio()).isFalse();
    assertThat(assess(200, 1, "0").leastReduction()).isEqualByComparingTo("1");
    assertThat(assess(200, 0, "0").exceedsRatio()).as("nothing idle at a ratio of zero").isFalse();
  }

  @Test
  void everythingIdleMustReduceEverythingAndThenNothingIsIdle() {
    Assessment assessment = assess(200, 200, "0.15");
    assertThat(assessment.idleRatio(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.00");
    assertThat(assessment.leastReduction()).as("ceil(170 / 0.85)").isEqualByComparingTo("200");
    Assessment after = assessment.afterReduction(d("200"));
    assertThat(after.allocated()).isZero();
    assertThat(after.idleRatio(2, RoundingMode.HALF_UP)).as("nothing allocated is nothing idle").isZero();
    assertThat(after.exceedsRatio()).isFalse();
  }

  @Test
  void idleExactlyAtTheRatioIsNoCase() {
    Assessment atRatio = assess(200, 30, "0.15");
    assertThat(atRatio.exceedsRatio()).as("30 of 200 is exactly 15%").isFalse();
    assertThat(atRatio.leastReduction()).isZero();
    assertThat(assess(200, 31, "0.15").leastReduction()).as("one more idle unit: ceil(1 / 0.85)").isEqualByComparingTo("2");
    Assessment third = Assessment.of(d("3"), d("1"), BigDecimal.ZERO, d("0.3333333333333333333333333333333333"));
    assertThat(third.exceedsRatio()).as("1 of 3 is above 0.333... cut anywhere").isTrue();
  }

  @Test
  void nothingAllocatedIsNeverAbove() {
    Assessment nothing = assess(0, 0, "0");
    assertThat(nothing.exceedsRatio()).isFalse();
    assertThat(nothing.leastReduction()).isZero();
    assertThat(nothing.idleRatio(2, RoundingMode.HALF_UP)).isZero();
  }

  @Test
  void capacityDeclaredForThePeriodInForceIsNotIdle() {
    Assessment withPeriodic = Assessment.of(d("200"), d("60"), d("40"), FIFTEEN_PERCENT);
    assertThat(withPeriodic.countedIdle()).isEqualByComparingTo("20");
    assertThat(withPeriodic.exceedsRatio()).as("20 of 200 counted idle").isFalse();

    Assessment someOfIt = Assessment.of(d("200"), d("60"), d("20"), FIFTEEN_PERCENT);
    assertThat(someOfIt.countedIdle()).isEqualByComparingTo("40");
    assertThat(someOfIt.leastReduction()).as("ceil((40 - 30) / 0.85)").isEqualByComparingTo("12");
    Assessment after = someOfIt.afterReduction(d("12"));
    assertThat(after.countedIdle()).isEqualByComparingTo("28");
    assertThat(after.periodic()).as("the periodic capacity stays").isEqualByComparingTo("20");
    assertThat(after.exceedsRatio()).as("28 of 188").isFalse();

    Assessment moreThanIdle = Assessment.of(d("200"), d("10"), d("40"), FIFTEEN_PERCENT);
    assertThat(moreThanIdle.countedIdle()).as("never below zero").isZero();
  }

  @Test
  void fractionalQuantitiesReduceInWholeUnitsButNeverMoreThanIsIdle() {
    Assessment memory = Assessment.of(d("10"), d("7.5"), BigDecimal.ZERO, d("0.2"));
    assertThat(memory.leastReduction()).as("ceil(5.5 / 0.8) = ceil(6.875)").isEqualByComparingTo("7");
    assertThat(memory.afterReduction(d("7")).exceedsRatio()).as("0.5 of 3").isFalse();
    assertThat(memory.afterReduction(d("6")).exceedsRatio()).as("1.5 of 4").isTrue();

    Assessment half = Assessment.of(d("0.5"), d("0.5"), BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(half.leastReduction()).as("a whole unit would cut what is in use: all that is idle").isEqualByComparingTo("0.5");
  }

  // ---------------------------------------------------------------- properties

  @Test
  void afterTheLeastReductionTheRatioIsAtMostTheRatioAndOneLessLeavesItAbove() {
    qt().withExamples(2_000).forAll(longs().between(1, 1_000_000), integers().between(0, 1_000), integers().between(0, 999))
        .checkAssert((allocated, idleShare, permille) -> {
          long idle = allocated * idleShare / 1_000;
          Assessment assessment = assess(allocated, idle, "0." + String.format("%03d", permille));
          BigDecimal x = assessment.leastReduction();
          if (!assessment.exceedsRatio()) {
            assertThat(x).isZero();
            return;
          }
          assertThat(x.signum()).as("a reduction is due").isPositive();
          assertThat(x.stripTrailingZeros().scale()).as("whole units").isLessThanOrEqualTo(0);
          assertThat(assessment.afterReduction(x).exceedsRatio()).as("after x = %s", x).isFalse();
          assertThat(assessment.afterReduction(x.subtract(BigDecimal.ONE)).exceedsRatio()).as("after x - 1").isTrue();
        });
  }

  @Test
  void theLeastReductionIsTheSmallestThatAStepByStepSearchFinds() {
    qt().withExamples(500).forAll(integers().between(1, 300), integers().between(0, 300), integers().between(0, 99), integers().between(0, 60))
        .checkAssert((allocated, idleRaw, percent, periodicRaw) -> {
          int idle = Math.min(idleRaw, allocated);
          Assessment assessment = Assessment.of(BigDecimal.valueOf(allocated), BigDecimal.valueOf(idle), BigDecimal.valueOf(periodicRaw),
              BigDecimal.valueOf(percent, 2));
          // the oracle: reduce one unit at a time, comparing integers only (100 * counted <= percent * allocated)
          long counted = Math.max(0, idle - periodicRaw);
          long y = 0;
          while (100 * (counted - y) > (long) percent * (allocated - y)) {
            y++;
          }
          assertThat(assessment.leastReduction()).as("allocated %d, idle %d, periodic %d, %d%%", allocated, idle, periodicRaw, percent)
              .isEqualByComparingTo(BigDecimal.valueOf(y));
          assertThat(assessment.exceedsRatio()).isEqualTo(y > 0);
        });
  }

  @Test
  void atOrBelowTheRatioNothingIsEverDue() {
    qt().withExamples(1_000).forAll(longs().between(0, 1_000_000), integers().between(0, 999))
        .checkAssert((allocated, permille) -> {
          BigDecimal ratio = BigDecimal.valueOf(permille, 3);
          BigDecimal atMost = ratio.multiply(BigDecimal.valueOf(allocated)).setScale(0, RoundingMode.FLOOR);
          Assessment assessment = Assessment.of(BigDecimal.valueOf(allocated), atMost, BigDecimal.ZERO, ratio);
          assertThat(assessment.exceedsRatio()).isFalse();
          assertThat(assessment.leastReduction()).isZero();
        });
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void figuresNoMeasurementCanHaveAreCallerBugs() {
    assertThatThrownBy(() -> assess(-1, 0, "0.1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> assess(10, 11, "0.1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
    assertThatThrownBy(() -> assess(10, 1, "1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
    assertThatThrownBy(() -> assess(10, 1, "-0.1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> Assessment.of(d("10"), d("1"), d("-1"), FIFTEEN_PERCENT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Assessment.of(null, d("1"), d("0"), FIFTEEN_PERCENT)).isInstanceOf(NullPointerException.class);
    Assessment assessment = assess(200, 60, "0.15");
    assertThatThrownBy(() -> assessment.afterReduction(d("61"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("61");
    assertThatThrownBy(() -> assessment.afterReduction(d("-1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalAssessmentsIgnoreTheScaleOfTheirFigures() {
    assertThat(Assessment.of(d("200"), d("60"), d("0"), d("0.15")))
        .isEqualTo(Assessment.of(d("200.00"), d("60.0"), d("0.000"), d("0.150")))
        .hasSameHashCodeAs(Assessment.of(d("200.00"), d("60.0"), d("0.000"), d("0.150")))
        .isNotEqualTo(assess(200, 61, "0.15"));
  }
}
