package io.govcloud.core.acceptance;

import static io.govcloud.core.acceptance.AcceptanceFixtures.TABLE_2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.Y2026;
import static io.govcloud.core.acceptance.AcceptanceFixtures.assertTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.acceptance.DeductionTable.Band;
import io.govcloud.model.AcceptanceResult;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeductionTableTest {

  private static final List<Band> FAIL = List.of(Band.of("0", "50", "0.20"), Band.of("50", "100", "0.10"));

  private static Violation refusal(List<Band> deferred) {
    return refusal(deferred, FAIL);
  }

  private static Violation refusal(List<Band> deferred, List<Band> failed) {
    return DeductionTable.of(Y2026, "示例", Map.of(AcceptanceResult.DEFERRED, deferred, AcceptanceResult.FAIL, failed)).getLeft();
  }

  @Test
  void aScoreFallsInTheBandFromItsLowerBoundToTheNextAndTheTopBandIncludes100() {
    assertThat(TABLE_2026.bandOf(AcceptanceResult.DEFERRED, new BigDecimal("69.99")).share()).isEqualByComparingTo("0.05");
    assertThat(TABLE_2026.bandOf(AcceptanceResult.DEFERRED, new BigDecimal("70")).share()).isEqualByComparingTo("0.03");
    assertThat(TABLE_2026.bandOf(AcceptanceResult.DEFERRED, new BigDecimal("100.00")).share()).isEqualByComparingTo("0.03");
    assertThat(TABLE_2026.bandOf(AcceptanceResult.FAIL, BigDecimal.ZERO).share()).isEqualByComparingTo("0.20");
    assertThat(TABLE_2026.bandOf(AcceptanceResult.FAIL, new BigDecimal("50")).share()).isEqualByComparingTo("0.10");
    assertThat(TABLE_2026.bands(AcceptanceResult.DEFERRED)).extracting(Band::toString).containsExactly("[0, 70) 0.05", "[70, 100] 0.03");
    assertThat(TABLE_2026.bands(AcceptanceResult.PASS)).isEmpty();
    assertThatThrownBy(() -> TABLE_2026.bandOf(AcceptanceResult.PASS, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TABLE_2026.bandOf(AcceptanceResult.FAIL, new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsGivenInAnyOrderAreSorted() {
    DeductionTable table = DeductionTable.of(Y2026, "示例", Map.of(
        AcceptanceResult.DEFERRED, List.of(Band.of("70", "100", "0.03"), Band.of("0", "70", "0.05")),
        AcceptanceResult.FAIL, List.of(Band.of("50", "100", "0.10"), Band.of("0", "50", "0.20")))).get();
    assertThat(table.bands(AcceptanceResult.FAIL)).extracting(Band::from).containsExactly(BigDecimal.ZERO, new BigDecimal("50"));
  }

  @Test
  void overlappingBandsAreRefused() {
    Violation refused = refusal(List.of(Band.of("0", "75", "0.05"), Band.of("70", "100", "0.03")));
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.BANDS_OVERLAP);
    assertThat(refused.article().number()).isEqualTo(41);
    assertThat(refused.facts()).containsEntry("result", "DEFERRED").containsEntry("band", "[0, 75) 0.05").containsEntry("next", "[70, 100] 0.03");
    assertTexts(refused);
  }

  @Test
  void gapsBetweenBandsOrAtEitherEndAreRefused() {
    Violation middle = refusal(List.of(Band.of("0", "60", "0.05"), Band.of("70", "100", "0.03")));
    assertThat(middle.code()).isEqualTo(AcceptanceViolations.BANDS_GAP);
    assertThat(middle.facts()).containsEntry("from", "60").containsEntry("to", "70");
    assertTexts(middle);
    assertThat(refusal(List.of(Band.of("10", "100", "0.03"))).facts()).containsEntry("from", "0").containsEntry("to", "10");
    assertThat(refusal(List.of(Band.of("0", "99.99", "0.03"))).facts()).containsEntry("from", "99.99").containsEntry("to", "100");
    Violation noFail = DeductionTable.of(Y2026, "示例", Map.of(AcceptanceResult.DEFERRED, List.of(Band.of("0", "100", "0.03")))).getLeft();
    assertThat(noFail.code()).isEqualTo(AcceptanceViolations.BANDS_GAP);
    assertThat(noFail.facts()).containsEntry("result", "FAIL");
  }

  @Test
  void emptyOrOutOfRangeBandsAndSharesAreRefused() {
    assertThat(refusal(List.of(Band.of("0", "0", "0.05"), Band.of("0", "100", "0.03"))).code()).isEqualTo(AcceptanceViolations.BAND_INVALID);
    assertThat(refusal(List.of(Band.of("-1", "100", "0.05"))).code()).isEqualTo(AcceptanceViolations.BAND_INVALID);
    assertThat(refusal(List.of(Band.of("0", "101", "0.05"))).code()).isEqualTo(AcceptanceViolations.BAND_INVALID);
    Violation share = refusal(List.of(Band.of("0", "100", "1.01")), List.of(Band.of("0", "100", "1")));
    assertThat(share.code()).isEqualTo(AcceptanceViolations.SHARE_OUT_OF_RANGE);
    assertTexts(share);
    assertThat(refusal(List.of(Band.of("0", "100", "-0.01"))).code()).isEqualTo(AcceptanceViolations.SHARE_OUT_OF_RANGE);
  }

  @Test
  void aPassIsNeverDeducted() {
    Violation refused = DeductionTable.of(Y2026, "示例", Map.of(AcceptanceResult.PASS, List.of(Band.of("0", "100", "0")),
        AcceptanceResult.DEFERRED, List.of(Band.of("0", "100", "0.03")), AcceptanceResult.FAIL, FAIL)).getLeft();
    assertThat(refused.code()).isEqualTo(AcceptanceViolations.DEDUCTION_FOR_PASS);
    assertTexts(refused);
  }

  @Test
  void aLowerScoreOrAWorseResultThatDeductsLessIsRefused() {
    Violation lower = refusal(List.of(Band.of("0", "70", "0.02"), Band.of("70", "100", "0.03")));
    assertThat(lower.code()).isEqualTo(AcceptanceViolations.DEDUCTION_NOT_MONOTONE);
    assertThat(lower.facts()).containsEntry("result", "DEFERRED").containsEntry("score", "0");
    assertTexts(lower);
    Violation worse = refusal(List.of(Band.of("0", "70", "0.15"), Band.of("70", "100", "0.03")));
    assertThat(worse.code()).isEqualTo(AcceptanceViolations.DEDUCTION_NOT_MONOTONE);
    assertThat(worse.facts()).containsEntry("result", "FAIL").containsEntry("score", "50").containsEntry("share", "0.10");
    assertTexts(worse);
  }

  @Test
  void tablesAreVersionedByYearAndTheLibraryShipsNone() {
    DeductionTable y2028 = DeductionTable.of(Year.of(2028), "示例（2028）", Map.of(
        AcceptanceResult.DEFERRED, List.of(Band.of("0", "100", "0.04")), AcceptanceResult.FAIL, List.of(Band.of("0", "100", "0.3")))).get();
    DeductionTables tables = DeductionTables.of(List.of(y2028, TABLE_2026));
    assertThat(tables.inForce(Year.of(2025))).isEmpty();
    assertThat(tables.inForce(Year.of(2027))).contains(TABLE_2026);
    assertThat(tables.inForce(Year.of(2028))).contains(y2028);
    assertThat(DeductionTables.none().all()).isEmpty();
    assertThatThrownBy(() -> DeductionTable.of(Y2026, "", Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
