package io.govcloud.core.reallocation;

import static io.govcloud.core.reallocation.Reallocation.CATALOG;
import static io.govcloud.core.reallocation.Reallocation.DEPARTMENT;
import static io.govcloud.core.reallocation.Reallocation.PLATFORM;
import static io.govcloud.core.reallocation.Reallocation.SYSTEM;
import static io.govcloud.core.reallocation.Reallocation.VCPU;
import static io.govcloud.core.reallocation.Reallocation.YUBEI;
import static io.govcloud.core.reallocation.Reallocation.at;
import static io.govcloud.core.reallocation.Reallocation.d;
import static io.govcloud.core.reallocation.Reallocation.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.CatalogHistory;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ServiceCatalog;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What utilization data is recorded, and what is refused with nothing recorded (Art. 16; rule R6). */
class MeasurementsTest {

  private static final Instant NOW = at("2025-09-05T10:00");
  private static final UtilizationRecordId ID = UtilizationRecordId.of("u-2");

  private static Measurement measurement(Dimension dimension, String allocated, String idle, Instant measuredAt) {
    return new Measurement(DEPARTMENT, PLATFORM, dimension, d(allocated), d(idle), measuredAt, "多云管理系统数据接口");
  }

  private static Either<Violation, UtilizationRecord> offer(Measurement measurement, Optional<UtilizationRecord> latest) {
    return offer(measurement, latest, ReallocationPolicy.defaults(), CATALOG);
  }

  private static Either<Violation, UtilizationRecord> offer(
      Measurement measurement, Optional<UtilizationRecord> latest, ReallocationPolicy policy, CatalogHistory catalog) {
    return Measurements.record(measurement, new Measurements.Facts(YUBEI, catalog, latest, policy, NOW), ID, SYSTEM);
  }

  private static Violation refusal(Measurement measurement) {
    Either<Violation, UtilizationRecord> recorded = offer(measurement, Optional.empty());
    assertThat(recorded.isLeft()).as("refused: %s", recorded).isTrue();
    assertThat(recorded.getLeft().article()).isEqualTo(Article.of(16));
    return recorded.getLeft();
  }

  @Test
  void aPlausibleMeasurementIsRecordedWithItsSourceAndWhoRecordedItWhen() {
    Instant measuredAt = at("2025-09-05T08:00");
    UtilizationRecord recorded = offer(measurement(VCPU, "200", "60", measuredAt), Optional.empty()).get();
    assertThat(recorded.id()).isEqualTo(ID);
    assertThat(recorded.department()).isEqualTo(DEPARTMENT);
    assertThat(recorded.platform()).isEqualTo(PLATFORM);
    assertThat(recorded.dimension()).isEqualTo(VCPU);
    assertThat(recorded.allocated()).isEqualByComparingTo("200");
    assertThat(recorded.idle()).isEqualByComparingTo("60");
    assertThat(recorded.measuredAt()).isEqualTo(measuredAt);
    assertThat(recorded.source()).isEqualTo("多云管理系统数据接口");
    assertThat(recorded.recordedAt()).isEqualTo(NOW);
    assertThat(recorded.recordedBy()).isEqualTo(SYSTEM);
  }

  @Test
  void negativeFiguresAreRefused() {
    Violation refused = refusal(measurement(VCPU, "200", "-1", NOW));
    assertThat(refused.code()).isEqualTo(ReallocationViolations.NEGATIVE_QUANTITY);
    assertThat(refused.facts()).containsEntry("idle", "-1").containsEntry("department", DEPARTMENT.value());
    assertThat(refusal(measurement(VCPU, "-5", "0", NOW)).code()).isEqualTo(ReallocationViolations.NEGATIVE_QUANTITY);
  }

  @Test
  void idleAboveAllocatedIsRefused() {
    Violation refused = refusal(measurement(VCPU, "200", "200.5", NOW));
    assertThat(refused.code()).isEqualTo(ReallocationViolations.IDLE_ABOVE_ALLOCATED);
    assertThat(refused.facts()).containsEntry("allocated", "200").containsEntry("idle", "200.5");
    assertThat(offer(measurement(VCPU, "200", "200", NOW), Optional.empty()).isRight()).as("all of it idle").isTrue();
  }

  @Test
  void aDimensionOrUnitTheCatalogDoesNotUseIsRefused() {
    Violation unknown = refusal(measurement(Dimension.of("gpu", "card"), "8", "2", NOW));
    assertThat(unknown.code()).isEqualTo(ReallocationViolations.UNKNOWN_DIMENSION);
    assertThat(unknown.facts()).containsEntry("catalog", "2025").containsEntry("date", "2025-09-05");
    Violation unit = refusal(measurement(Dimension.of("memory", "MiB"), "8192", "1024", NOW));
    assertThat(unit.code()).isEqualTo(ReallocationViolations.UNIT_MISMATCH);
    assertThat(unit.facts()).containsEntry("unit", "MiB").containsEntry("catalogUnit", "GiB");
    Either<Violation, UtilizationRecord> beforeAnyCatalog =
        offer(measurement(VCPU, "8", "2", NOW), Optional.empty(), ReallocationPolicy.defaults(),
            CatalogHistory.of(ServiceCatalog.of("2026", LocalDate.of(2026, 1, 1), CATALOG.versions().get(0).items().values())));
    assertThat(beforeAnyCatalog.getLeft().code()).isEqualTo(ReallocationViolations.UNKNOWN_DIMENSION);
    assertThat(beforeAnyCatalog.getLeft().facts()).containsEntry("catalog", "none");
  }

  @Test
  void aMeasurementInTheFutureIsRefused() {
    Violation refused = refusal(measurement(VCPU, "200", "60", NOW.plusNanos(1000)));
    assertThat(refused.code()).isEqualTo(ReallocationViolations.MEASURED_IN_FUTURE);
    assertThat(offer(measurement(VCPU, "200", "60", NOW), Optional.empty()).isRight()).as("measured as it is recorded").isTrue();
  }

  @Test
  void aMeasurementOlderThanSevenDaysByDefaultIsRefused() {
    Instant sevenDays = NOW.minus(Duration.ofDays(7));
    assertThat(offer(measurement(VCPU, "200", "60", sevenDays), Optional.empty()).isRight()).as("exactly seven days old").isTrue();
    Violation refused = refusal(measurement(VCPU, "200", "60", sevenDays.minusNanos(1000)));
    assertThat(refused.code()).isEqualTo(ReallocationViolations.MEASUREMENT_TOO_OLD);
    assertThat(refused.facts()).containsEntry("maxAge", "PT168H");
    ReallocationPolicy oneDay = ReallocationPolicy.defaults().withMeasurementMaxAge(Duration.ofDays(1));
    assertThat(offer(measurement(VCPU, "200", "60", NOW.minus(Duration.ofHours(25))), Optional.empty(), oneDay, CATALOG).getLeft().code())
        .isEqualTo(ReallocationViolations.MEASUREMENT_TOO_OLD);
  }

  @Test
  void aMeasurementAtOrBeforeTheLatestOfItsSeriesIsRefused() {
    UtilizationRecord latest = record("u-1", 200, 50, at("2025-09-05T08:00"));
    Violation older = offer(measurement(VCPU, "200", "60", at("2025-09-05T07:00")), Optional.of(latest)).getLeft();
    assertThat(older.code()).isEqualTo(ReallocationViolations.OLDER_THAN_LATEST);
    assertThat(older.facts()).containsEntry("latest", "u-1");
    assertThat(offer(measurement(VCPU, "200", "60", latest.measuredAt()), Optional.of(latest)).getLeft().code())
        .as("at the same instant").isEqualTo(ReallocationViolations.OLDER_THAN_LATEST);
    assertThat(offer(measurement(VCPU, "200", "60", at("2025-09-05T09:00")), Optional.of(latest)).isRight()).isTrue();
  }

  @Test
  void theFirstRefusalIsReportedInTheDocumentedOrder() {
    Measurement everythingWrong = measurement(Dimension.of("gpu", "card"), "1", "2", NOW.plusSeconds(60));
    assertThat(refusal(everythingWrong).code()).as("quantities first").isEqualTo(ReallocationViolations.IDLE_ABOVE_ALLOCATED);
    assertThat(refusal(measurement(Dimension.of("gpu", "card"), "2", "1", NOW.plusSeconds(60))).code()).as("then time")
        .isEqualTo(ReallocationViolations.MEASURED_IN_FUTURE);
  }

  @Test
  void everyRefusalSpeaksBothLanguages() {
    Violation refused = refusal(measurement(VCPU, "200", "201", NOW));
    assertThat(refused.chinese()).contains("闲置量超过已分配量").doesNotContain("idle");
    assertThat(refused.english()).contains("more idle capacity than allocated");
  }

  @Test
  void factsOfAnotherPlatformOrSeriesAreCallerBugs() {
    Measurement elsewhere = new Measurement(DEPARTMENT, PlatformId.of("other"), VCPU, d("1"), d("0"), NOW, "采集");
    assertThatThrownBy(() -> offer(elsewhere, Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    UtilizationRecord memory = record("u-1", Dimension.MEMORY_GIB, d("8"), d("1"), at("2025-09-05T08:00"));
    assertThatThrownBy(() -> offer(measurement(VCPU, "1", "0", NOW), Optional.of(memory))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Measurement(DepartmentId.of("d"), PLATFORM, VCPU, BigDecimal.ONE, BigDecimal.ZERO, NOW, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
