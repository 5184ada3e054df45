package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.model.AnnualResult;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.Department;
import io.govcloud.model.Evaluation;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.Payment;
import io.govcloud.model.Platform;
import io.govcloud.model.Project;
import io.govcloud.model.Provider;
import io.govcloud.model.RedundancyPolicy;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.Rectification;
import io.govcloud.model.SecurityAttestation;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.WorkOrder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The round-trip tests compare every attribute of every saved type: when the model gains an attribute,
 * this test fails until {@link Fields} compares it too, so the TCK never silently stops covering a field.
 */
class FieldsCoverageTest {

  private static final Set<String> SET_BY_STORE = Set.of("version", "sequence");

  private static final Map<Class<?>, Fields<?>> SAVED_TYPES =
      Map.ofEntries(
          Map.entry(Platform.class, Fields.PLATFORM),
          Map.entry(Department.class, Fields.DEPARTMENT),
          Map.entry(Provider.class, Fields.PROVIDER),
          Map.entry(Contract.class, Fields.CONTRACT),
          Map.entry(Project.class, Fields.PROJECT),
          Map.entry(CloudResource.class, Fields.RESOURCE),
          Map.entry(TrackedDeadline.class, Fields.DEADLINE),
          Map.entry(WorkOrder.class, Fields.WORK_ORDER),
          Map.entry(AuditRecord.class, Fields.AUDIT_RECORD),
          Map.entry(Notification.class, Fields.NOTIFICATION),
          Map.entry(IssuedMonth.class, Fields.ISSUED_MONTH),
          Map.entry(MonthlyBill.class, Fields.MONTHLY_BILL),
          Map.entry(BillLine.class, Fields.BILL_LINE),
          Map.entry(BillAdjustment.class, Fields.BILL_ADJUSTMENT),
          Map.entry(RedundancyPolicy.class, Fields.REDUNDANCY_POLICY),
          Map.entry(UtilizationRecord.class, Fields.UTILIZATION_RECORD),
          Map.entry(ReductionCase.class, Fields.REDUCTION_CASE),
          Map.entry(SecurityAttestation.class, Fields.ATTESTATION),
          Map.entry(Evaluation.class, Fields.EVALUATION),
          Map.entry(AnnualResult.class, Fields.ANNUAL_RESULT),
          Map.entry(Payment.class, Fields.PAYMENT),
          Map.entry(Rectification.class, Fields.RECTIFICATION));

  @Test
  void everyAttributeOfEverySavedTypeIsCompared() throws ClassNotFoundException {
    for (Map.Entry<Class<?>, Fields<?>> entry : SAVED_TYPES.entrySet()) {
      Set<String> attributes = attributes(entry.getKey());
      attributes.removeAll(SET_BY_STORE);
      assertThat(new TreeSet<>(entry.getValue().names())).as("fields compared of %s", entry.getKey().getSimpleName()).isEqualTo(attributes);
    }
  }

  @Test
  void attributesAreFoundForImmutablesAndRecordsAlike() throws ClassNotFoundException {
    assertThat(attributes(TrackedDeadline.class)).as("attributes of TrackedDeadline").contains("status", "notified", "version", "closedAt");
    assertThat(attributes(Department.class)).as("attributes of Department").containsExactlyInAnyOrder("id", "name", "jurisdiction", "parent", "version");
  }

  @Test
  void theBillTypesAttributesIncludeTheDerivedTotalsButNotTheFinalDayCounts() throws ClassNotFoundException {
    assertThat(attributes(MonthlyBill.class)).as("attributes of MonthlyBill")
        .contains("account", "lines", "adjustments", "total", "totalsByCategory");
    assertThat(attributes(BillLine.class)).as("attributes of BillLine")
        .contains("quantity", "firstDay", "amount")
        .doesNotContain("month", "daysUsed", "daysInMonth");
    assertThat(attributes(BillAdjustment.class)).as("attributes of BillAdjustment")
        .containsExactlyInAnyOrder("resource", "correctedMonth", "recomputedLines", "issued", "previouslyAdjusted");
  }

  /** A record's components, or the accessors an Immutables implementation overrides. */
  private static Set<String> attributes(Class<?> type) throws ClassNotFoundException {
    Set<String> names = new TreeSet<>();
    if (type.isRecord()) {
      Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
      return names;
    }
    Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && !method.isSynthetic()
          && overrides(generated, method.getName())) {
        names.add(method.getName());
      }
    }
    return names;
  }

  private static boolean overrides(Class<?> generated, String name) {
    return Arrays.stream(generated.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0);
  }
}
