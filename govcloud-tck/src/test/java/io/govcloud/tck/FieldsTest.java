package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.NotificationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The comparison the round-trip tests rely on: what it lets through and what it catches. */
class FieldsTest {

  @Test
  void decimalsCompareByValueAtAnyDepth() {
    assertThat(Fields.comparable(new BigDecimal("8"))).isEqualTo(Fields.comparable(new BigDecimal("8.000")));
    assertThat(Fields.comparable(new BigDecimal("0.00"))).isEqualTo(Fields.comparable(BigDecimal.ZERO));
    assertThat(Fields.comparable(new BigDecimal("8.001"))).isNotEqualTo(Fields.comparable(new BigDecimal("8")));
    CloudResource.Period period = new CloudResource.Period(MonthDay.of(3, 1), new BigDecimal("1.50"));
    assertThat(Fields.comparable(Optional.of(List.of(period))))
        .isEqualTo(Fields.comparable(Optional.of(List.of(new CloudResource.Period(MonthDay.of(3, 1), new BigDecimal("1.5"))))));
    assertThat(Fields.comparable(List.of(period)))
        .isNotEqualTo(Fields.comparable(List.of(new CloudResource.Period(MonthDay.of(3, 2), new BigDecimal("1.5")))));
  }

  @Test
  void orderedMapsAndListsMustKeepTheirOrderButSetsNeedNot() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertThat(Fields.comparable(ab)).isNotEqualTo(Fields.comparable(ba));
    Violation violation = Violation.of("X", Article.of(1), "甲", "a").with("a", "1").with("b", "2");
    Violation reordered = Violation.of("X", Article.of(1), "甲", "a").with("b", "2").with("a", "1");
    assertThat(Fields.comparable(violation)).isNotEqualTo(Fields.comparable(reordered));
    assertThat(Fields.comparable(List.of(1, 2))).isNotEqualTo(Fields.comparable(List.of(2, 1)));
    assertThat(Fields.comparable(Set.of(1, 2))).isEqualTo(Fields.comparable(Set.of(2, 1)));
  }

  @Test
  void assertSameNamesTheFieldThatDiffers() {
    ResourceId id = ResourceId.of("r-1");
    CloudResource full = Samples.resource(id, DepartmentId.of("d"), PlatformId.of("p"), ProviderId.of("v"), "甲", Samples.Fill.FULL);
    CloudResource otherText = Samples.resource(id, DepartmentId.of("d"), PlatformId.of("p"), ProviderId.of("v"), "乙", Samples.Fill.FULL);
    assertThatCode(() -> Fields.RESOURCE.assertSame(full, full.withVersion(3), "same")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Fields.RESOURCE.assertSame(full, otherText, "texts"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("resource.deploymentReason");
    assertThatThrownBy(() -> Fields.NOTIFICATION.assertSame(
            Samples.notification(NotificationId.of("n"), "甲", Samples.T0),
            Samples.notification(NotificationId.of("n"), "甲", Samples.T0.plusNanos(1_000)),
            "instants"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("notification.createdAt");
  }

  @Test
  void samplesAreValidAndTheHostileTextsAreNames() {
    assertThat(Samples.LONGEST_NAME).hasSize(200);
    assertThat(Samples.HOSTILE_TEXTS).allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(200));
    assertThat(Samples.HOSTILE_IDS).allSatisfy(id -> assertThat(id).isNotBlank().hasSizeLessThanOrEqualTo(64));
    assertThat(Samples.T0.getNano() % 1_000).as("samples keep to the microsecond").isZero();
  }
}
