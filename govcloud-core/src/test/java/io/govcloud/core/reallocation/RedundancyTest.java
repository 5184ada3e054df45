package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.CORES;
import static io.govcloud.core.reallocation.Reallocation.HOST;
import static io.govcloud.core.reallocation.Reallocation.MEMORY;
import static io.govcloud.core.reallocation.Reallocation.VCPU;
import static io.govcloud.core.reallocation.Reallocation.at;
import static io.govcloud.core.reallocation.Reallocation.d;
import static io.govcloud.core.reallocation.Reallocation.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.govcloud.model.CatalogItem;
import io.govcloud.model.Dimension;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a department's recorded idle capacity meets of a new demand (Art. 18; rule R5.2): from the latest
 * data, in whole units of the item, the least over its dimensions, less the capacity declared for the
 * period in force (Art. 23), nothing from data older than the policy's age limit.
 */
class RedundancyTest {

  private static final Instant NOW = at("2025-09-05T10:00");
  private static final Instant MEASURED = at("2025-09-05T08:00");
  private static final ReallocationPolicy POLICY = ReallocationPolicy.defaults();
  private static final CatalogItem HOST_ITEM = CATALOG.inForceOn(LocalDate.of(2025, 9, 5)).orElseThrow().item(HOST).orElseThrow();
  private static final CatalogItem CORE_ITEM = CATALOG.inForceOn(LocalDate.of(2025, 9, 5)).orElseThrow().item(CORES).orElseThrow();

  private static UtilizationRecord idle(Dimension dimension, long idle, Instant measuredAt) {
    return record("u-" + dimension.code(), dimension, d("1000"), BigDecimal.valueOf(idle), measuredAt);
  }

  @Test
  void aHostOfFourCoresAndEightGibIsMetAsOftenAsItsScarcestDimensionAllows() {
    Redundancy two = Redundancy.of(HOST_ITEM, Map.of(VCPU, idle(VCPU, 10, MEASURED), MEMORY, idle(MEMORY, 20, MEASURED)), Map.of(), POLICY, NOW);
    assertThat(two.units()).isEqualByComparingTo("2"); // 10 / 4 = 2.5, 20 / 8 = 2.5: whole hosts
    Redundancy one = Redundancy.of(HOST_ITEM, Map.of(VCPU, idle(VCPU, 10, MEASURED), MEMORY, idle(MEMORY, 15, MEASURED)), Map.of(), POLICY, NOW);
    assertThat(one.units()).isEqualByComparingTo("1");
    assertThat(one.parts()).extracting(Redundancy.Part::dimension).containsExactly(MEMORY, VCPU);
    assertThat(one.parts()).allSatisfy(p -> assertThat(p.record()).isPresent());
  }

  @Test
  void aDimensionWithoutDataMeetsNothing() {
    Redundancy none = Redundancy.of(HOST_ITEM, Map.of(VCPU, idle(VCPU, 100, MEASURED)), Map.of(), POLICY, NOW);
    assertThat(none.units()).isEqualByComparingTo("0");
    assertThat(none.parts()).filteredOn(p -> p.dimension().equals(MEMORY)).singleElement()
        .satisfies(p -> assertThat(p.record()).isEmpty());
  }

  @Test
  void dataOlderThanTheAgeLimitMeetsNothingAndDataExactlyAtItStillCounts() {
    Instant limit = NOW.minus(Duration.ofDays(ReallocationPolicy.DEFAULT_MAX_AGE_DAYS));
    assertThat(Redundancy.of(CORE_ITEM, Map.of(VCPU, idle(VCPU, 7, limit)), Map.of(), POLICY, NOW).units()).isEqualByComparingTo("7");
    assertThat(Redundancy.of(CORE_ITEM, Map.of(VCPU, idle(VCPU, 7, limit.minusSeconds(1))), Map.of(), POLICY, NOW).units())
        .isEqualByComparingTo("0");
  }

  @Test
  void capacityDeclaredForThePeriodInForceIsNotIdle() {
    Map<Dimension, UtilizationRecord> latest = Map.of(VCPU, idle(VCPU, 10, MEASURED));
    assertThat(Redundancy.of(CORE_ITEM, latest, Map.of(VCPU, d("6")), POLICY, NOW).units()).isEqualByComparingTo("4");
    assertThat(Redundancy.of(CORE_ITEM, latest, Map.of(VCPU, d("60")), POLICY, NOW).units()).isEqualByComparingTo("0");
  }

  @Test
  void nothingIsMetWhereNothingIsDrawnOn() {
    assertThat(Redundancy.none(HOST).units()).isEqualByComparingTo("0");
    assertThat(Redundancy.none(HOST).parts()).isEmpty();
  }

  @Test
  void aRecordGivenForAnotherDimensionIsACallerBug() {
    UtilizationRecord memory = new UtilizationRecord(UtilizationRecordId.of("u-m"), Reallocation.DEPARTMENT, Reallocation.PLATFORM, MEMORY,
        d("10"), d("5"), MEASURED, "接口", MEASURED, Reallocation.SYSTEM);
    assertThatThrownBy(() -> Redundancy.of(CORE_ITEM, Map.of(VCPU, memory), Map.of(), POLICY, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u-m");
  }

  @Test
  void theUnitsMetAreTheMostEveryDimensionCanProvideAgainstAStepByStepOracle() {
    qt().withExamples(500).forAll(integers().between(0, 200), integers().between(0, 200), integers().between(0, 50), integers().between(0, 50))
        .checkAssert((cores, gib, periodicCores, periodicGib) -> {
          Map<Dimension, UtilizationRecord> latest = Map.of(VCPU, idle(VCPU, cores, MEASURED), MEMORY, idle(MEMORY, gib, MEASURED));
          Map<Dimension, BigDecimal> periodic = Map.of(VCPU, BigDecimal.valueOf(periodicCores), MEMORY, BigDecimal.valueOf(periodicGib));
          int oracle = 0;
          while ((oracle + 1) * 4 <= Math.max(0, cores - periodicCores) && (oracle + 1) * 8 <= Math.max(0, gib - periodicGib)) {
            oracle++;
          }
          assertThat(Redundancy.of(HOST_ITEM, latest, periodic, POLICY, NOW).units()).isEqualByComparingTo(BigDecimal.valueOf(oracle));
        });
  }
}
