package io.govcloud.core.reallocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.Actor;
import io.govcloud.model.Article;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Dimension;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.ReductionCaseId;
import io.govcloud.model.ReductionStep;
import io.govcloud.model.ResourceId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of reallocation has a public code of its own, cites an article of the measures, and
 * speaks each language wholly: no Latin letter in the Chinese text (ids aside), no Chinese character in
 * the English one (ids aside).
 */
class ReallocationViolationsTest {

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** One violation of every factory, with ids in a script of choice, so that the other language's check sees none. */
  private static List<Violation> every(String department, String platform, String dimension, String unit, String caseId, String resource, String item) {
    DepartmentId d = DepartmentId.of(department);
    PlatformId p = PlatformId.of(platform);
    Dimension dim = Dimension.of(dimension, unit);
    Instant at = Instant.parse("2025-09-05T02:00:00Z");
    Measurement m = new Measurement(d, p, dim, new BigDecimal("200"), new BigDecimal("-1"), at, "采集");
    UtilizationRecord latest = new UtilizationRecord(UtilizationRecordId.of(caseId), d, p, dim, BigDecimal.TEN, BigDecimal.ONE, at, "采集", at,
        Actor.system(department));
    ReductionCase reductionCase = ReductionCase.opened(ReductionCaseId.of(caseId), d, p, dim,
        ReductionStep.startingPeriod(ReductionStep.Kind.REMINDED, at, Actor.system(department), LocalDate.of(2025, 10, 9),
            Instant.parse("2025-10-09T16:00:00Z")),
        Assessment.of(new BigDecimal("200"), new BigDecimal("60"), BigDecimal.ZERO, new BigDecimal("0.15"))
            .basis(UtilizationRecordId.of(caseId), at));
    Assessment assessment = Assessment.of(new BigDecimal("200"), new BigDecimal("20"), BigDecimal.ZERO, new BigDecimal("0.15"));
    LocalDate day = LocalDate.of(2025, 9, 5);
    List<Violation> all = new ArrayList<>(List.of(
        ReallocationViolations.negativeQuantity(m),
        ReallocationViolations.idleAboveAllocated(m),
        ReallocationViolations.quantityOutOfLimits(m),
        ReallocationViolations.unknownDimension(dim, day, Optional.of(item)),
        ReallocationViolations.unknownDimension(dim, day, Optional.empty()),
        ReallocationViolations.unitMismatch(dim, Dimension.of(dimension, unit + unit), item),
        ReallocationViolations.measuredInFuture(at, at.minusSeconds(1)),
        ReallocationViolations.measurementTooOld(at, at.plus(Duration.ofDays(8)), Duration.ofDays(7)),
        ReallocationViolations.olderThanLatest(at, latest),
        ReallocationViolations.ratioOutOfRange(p, BigDecimal.ONE),
        ReallocationViolations.ratioRetroactive(p, day, day.plusDays(1), Optional.of(day)),
        ReallocationViolations.ratioRetroactive(p, day, day.plusDays(1), Optional.empty()),
        ReallocationViolations.ratioDocumentRequired(p, day),
        ReallocationViolations.ratioNotSet(p, day),
        ReallocationViolations.itemNotInCatalog(ResourceId.of(resource), item, day),
        ReallocationViolations.notAboveRatio(d, p, dim, assessment),
        ReallocationViolations.reductionInvalid(reductionCase, ResourceId.of(resource), "数量不对", "the quantity is wrong"),
        ReallocationViolations.reductionInsufficient(reductionCase, BigDecimal.TEN, new BigDecimal("36")),
        ReallocationViolations.reductionAboveIdle(reductionCase, new BigDecimal("61"), new BigDecimal("60"))));
    for (ReductionStep.Kind step : ReductionStep.Kind.values()) {
      all.add(ReallocationViolations.stepNotAllowed(reductionCase, step));
      all.add(ReallocationViolations.stepTooEarly(reductionCase, step, at));
    }
    return all;
  }

  @Test
  void theChineseTextIsWhollyChineseWhenTheIdsAre() {
    for (Violation violation : every("税务局", "渝北云", "处理器", "核", "案件一", "资源一", "服务项")) {
      assertThat(LATIN.matcher(violation.chinese()).find()).as("Latin letters in «%s» (%s)", violation.chinese(), violation.code()).isFalse();
    }
  }

  @Test
  void theEnglishTextIsWhollyEnglishWhenTheIdsAre() {
    for (Violation violation : every("dept-tax", "yubei", "vcpu", "core", "rc-1", "r-1", "ecs")) {
      assertThat(HAN.matcher(violation.english()).find()).as("Chinese characters in «%s» (%s)", violation.english(), violation.code()).isFalse();
    }
  }

  @Test
  void everyCodeIsAPublicConstantOfItsOwnAndEveryRefusalCitesTheMeasures() throws IllegalAccessException {
    Set<String> constants = new HashSet<>();
    for (Field field : ReallocationViolations.class.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String code = (String) field.get(null);
        assertThat(constants.add(code)).as("code %s used twice", code).isTrue();
        assertThat(code).startsWith("REALLOCATION_").endsWith(field.getName());
      }
    }
    assertThat(constants).hasSize(19);
    for (Violation violation : every("dept-tax", "yubei", "vcpu", "core", "rc-1", "r-1", "ecs")) {
      assertThat(constants).as("the code of «%s»", violation.english()).contains(violation.code());
      assertThat(violation.article().instrument()).isEqualTo(Article.Instrument.CHONGQING_MEASURES);
      assertThat(violation.facts()).as("facts of %s", violation.code()).isNotEmpty();
    }
  }
}
