package io.govcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.govcloud.core.Json;
import io.govcloud.model.CloudResource;
import io.govcloud.model.ContractId;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.DeploymentMode;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Money;
import io.govcloud.model.NetworkZone;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProjectId;
import io.govcloud.model.Provider;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.ResourceState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit trail's values are JSON a machine reads back (rule R9), never a Java {@code toString()}. */
class AuditJsonTest {

  private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

  private static CloudResource resource(ResourceState state) {
    return CloudResource.builder().id(ResourceId.of("r-1")).department(DepartmentId.of("d")).applicant(DepartmentId.of("d"))
        .platform(PlatformId.of("pl")).provider(ProviderId.of("p1")).contract(ContractId.of("c")).project(ProjectId.of("pr"))
        .zone(NetworkZone.EXTRANET).item("ecs.c2m4").quantity(new BigDecimal("2.50")).requestedQuantity(BigDecimal.TEN)
        .fromRedundancy(BigDecimal.ZERO).deploymentMode(DeploymentMode.SHARED).deploymentConsented(false)
        .integrated(false).state(state).appliedAt(T0).build();
  }

  @Test
  void valuesAreWrittenByTheDocumentedFormat() {
    assertThat(AuditJson.of("引号\"和\\反斜杠\n")).isEqualTo("\"引号\\\"和\\\\反斜杠\\n\"");
    assertThat(AuditJson.of(ResourceState.ACTIVE)).isEqualTo("\"ACTIVE\"");
    assertThat(AuditJson.of(ResourceId.of("r-1"))).isEqualTo("\"r-1\"");
    assertThat(AuditJson.of(Jurisdiction.MUNICIPAL)).isEqualTo("\"municipal\"");
    assertThat(AuditJson.of(new BigDecimal("2.50"))).isEqualTo("\"2.50\"");
    assertThat(AuditJson.of(Money.of("1234.5"))).isEqualTo("\"1234.50\"");
    assertThat(AuditJson.of(7L)).isEqualTo("7");
    assertThat(AuditJson.of(true)).isEqualTo("true");
    assertThat(AuditJson.of(T0)).isEqualTo("\"2025-03-03T01:00:00Z\"");
    assertThat(AuditJson.of(LocalDate.of(2025, 3, 3))).isEqualTo("\"2025-03-03\"");
    assertThat(AuditJson.of(YearMonth.of(2025, 3))).isEqualTo("\"2025-03\"");
    assertThat(AuditJson.of(MonthDay.of(7, 1))).isEqualTo("\"--07-01\"");
    assertThat(AuditJson.of(Optional.empty())).isEqualTo("null");
    assertThat(AuditJson.of(Optional.of("x"))).isEqualTo("\"x\"");
    assertThat(AuditJson.of(List.of(3, 1))).isEqualTo("[3,1]");
    assertThat(AuditJson.of(EnumSet.of(CloudResource.TerminationStep.DOCUMENTS_HANDED_OVER, CloudResource.TerminationStep.SYSTEM_OFFLINE)))
        .isEqualTo("[\"DOCUMENTS_HANDED_OVER\",\"SYSTEM_OFFLINE\"]");
    assertThat(AuditJson.of(Map.of("b", 1, "a", 2))).isEqualTo("{\"a\":2,\"b\":1}");
  }

  @Test
  void aRecordIsAnObjectOfItsComponentsInOrder() {
    Provider provider = Provider.of(ProviderId.of("p1"), "云服务商一").withSuspension(Optional.of(new Provider.Suspension(T0, "未整改")));
    assertThat(AuditJson.of(provider)).isEqualTo(
        "{\"id\":\"p1\",\"name\":\"云服务商一\",\"suspension\":{\"since\":\"2025-03-03T01:00:00Z\",\"reason\":\"未整改\",\"cause\":\"MANUAL\"},\"version\":0}");
  }

  @Test
  void aModelValueTypeIsAnObjectOfItsAttributesByName() {
    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) Json.parse(AuditJson.of(resource(ResourceState.ACTIVE)));
    assertThat(read).containsEntry("state", "ACTIVE").containsEntry("quantity", "2.50").containsEntry("item", "ecs.c2m4")
        .containsEntry("project", "pr").containsEntry("trialEndsOn", null).containsEntry("periods", List.of())
        .containsEntry("appliedAt", "2025-03-03T01:00:00Z").containsKey("version");
    assertThat(List.copyOf(read.keySet())).isSorted();
    assertThat(read.keySet()).doesNotContain("lazyInitBitmap", "initShim");
  }

  @Test
  void aDiffRecordsOnlyWhatChangedAsJson() {
    List<FieldChange> changes = Snapshots.diff(resource(ResourceState.APPLIED), resource(ResourceState.TRIAL_NOTIFIED).withVersion(3), "");
    assertThat(changes).containsExactly(FieldChange.of("state", "\"APPLIED\"", "\"TRIAL_NOTIFIED\""));
    assertThat(Snapshots.diff(null, resource(ResourceState.APPLIED), "r."))
        .allSatisfy(c -> {
          assertThat(c.before()).isEmpty();
          assertThat(Json.isValid(c.after().orElseThrow())).isTrue();
        })
        .extracting(FieldChange::field).contains("r.id", "r.state").doesNotContain("r.version", "r.periods", "r.trialEndsOn");
  }

  @Test
  void anythingElseIsRefusedRatherThanWrittenAsToString() {
    assertThatThrownBy(() -> AuditJson.of(new Object())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    assertThatThrownBy(() -> AuditJson.of(List.of(new StringBuilder("ok"), new Object()))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTextReadsBackAsItWas() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> assertThat(Json.parse(AuditJson.of(text))).isEqualTo(text));
  }

  @Test
  void everyDecimalReadsBackWithItsScale() {
    qt().forAll(longs().all(), integers().between(0, 18))
        .checkAssert((unscaled, scale) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          assertThat(new BigDecimal((String) Json.parse(AuditJson.of(value)))).isEqualTo(value).hasScaleOf(scale);
        });
  }

  @Test
  void nestedValuesReadBackAsTheirParts() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("status", io.govcloud.model.TrackedDeadline.Status.MET);
    value.put("at", T0);
    value.put("steps", Set.of(CloudResource.TerminationStep.SYSTEM_OFFLINE));
    assertThat(Json.parse(AuditJson.of(value))).isEqualTo(Map.of("at", "2025-03-03T01:00:00Z", "status", "MET", "steps", List.of("SYSTEM_OFFLINE")));
  }
}
