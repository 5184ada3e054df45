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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of a saved type, each read by its accessor, for comparing a loaded value with the one saved
 * field by field: a failure names the field. Values are compared as the port promises to keep them:
 * exactly, except that a decimal's scale may change ({@code 8} equals {@code 8.000}); the order of lists
 * and of the ordered maps ({@code Violation.facts}, {@code Notification.data}) counts, the order of sets
 * does not. The lines and adjustments of a bill are compared element by element, field by field, so that
 * a quantity's scale may change in them too.
 *
 * <p>{@code version} (and an audit record's {@code sequence}) are not among the fields: the store sets
 * them, and the tests check them on their own. {@code FieldsCoverageTest} checks that every attribute of
 * every saved type is here.
 *
 * @param <T> the saved type
 */
final class Fields<T> {

  /** The components the store sets, checked by the tests on their own. */
  private static final Set<String> SET_BY_STORE = Set.of("version", "sequence");

  static final Fields<Platform> PLATFORM =
      new Fields<Platform>("platform")
          .with("id", Platform::id)
          .with("name", Platform::name)
          .with("jurisdiction", Platform::jurisdiction)
          .with("owner", Platform::owner)
          .with("provider", Platform::provider)
          .with("zones", Platform::zones)
          .with("timeZone", Platform::timeZone);

  static final Fields<Department> DEPARTMENT = Fields.ofRecord("department", Department.class);

  static final Fields<Provider> PROVIDER = Fields.ofRecord("provider", Provider.class);

  static final Fields<Contract> CONTRACT =
      new Fields<Contract>("contract")
          .with("id", Contract::id)
          .with("department", Contract::department)
          .with("provider", Contract::provider)
          .with("platform", Contract::platform)
          .with("signedAt", Contract::signedAt)
          .with("trialDays", Contract::trialDays)
          .with("otherParties", Contract::otherParties)
          .with("supplements", Contract::supplements)
          .with("prices", Contract::prices)
          .with("filedAt", Contract::filedAt)
          .with("priceList", Contract::priceList);

  static final Fields<Project> PROJECT = Fields.ofRecord("project", Project.class);

  static final Fields<CloudResource> RESOURCE =
      new Fields<CloudResource>("resource")
          .with("id", CloudResource::id)
          .with("department", CloudResource::department)
          .with("applicant", CloudResource::applicant)
          .with("platform", CloudResource::platform)
          .with("provider", CloudResource::provider)
          .with("contract", CloudResource::contract)
          .with("project", CloudResource::project)
          .with("zone", CloudResource::zone)
          .with("item", CloudResource::item)
          .with("quantity", CloudResource::quantity)
          .with("requestedQuantity", CloudResource::requestedQuantity)
          .with("fromRedundancy", CloudResource::fromRedundancy)
          .with("deploymentMode", CloudResource::deploymentMode)
          .with("deploymentReason", CloudResource::deploymentReason)
          .with("deploymentConsented", CloudResource::deploymentConsented)
          .with("integrated", CloudResource::integrated)
          .with("state", CloudResource::state)
          .with("appliedAt", CloudResource::appliedAt)
          .with("trialOpenedAt", CloudResource::trialOpenedAt)
          .with("trialEndsOn", CloudResource::trialEndsOn)
          .with("test", CloudResource::test)
          .with("pendingChange", CloudResource::pendingChange)
          .with("termination", CloudResource::termination)
          .with("emergency", CloudResource::emergency)
          .with("pendingCorrection", CloudResource::pendingCorrection)
          .with("periods", CloudResource::periods)
          .with("adaptation", CloudResource::adaptation);

  static final Fields<TrackedDeadline> DEADLINE =
      new Fields<TrackedDeadline>("deadline")
          .with("id", TrackedDeadline::id)
          .with("kind", TrackedDeadline::kind)
          .with("article", TrackedDeadline::article)
          .with("subjectType", TrackedDeadline::subjectType)
          .with("subjectId", TrackedDeadline::subjectId)
          .with("platform", TrackedDeadline::platform)
          .with("responsible", TrackedDeadline::responsible)
          .with("trigger", TrackedDeadline::trigger)
          .with("lastDay", TrackedDeadline::lastDay)
          .with("expiresAt", TrackedDeadline::expiresAt)
          .with("lastDayStartsAt", TrackedDeadline::lastDayStartsAt)
          .with("provisional", TrackedDeadline::provisional)
          .with("status", TrackedDeadline::status)
          .with("closedAt", TrackedDeadline::closedAt)
          .with("notified", TrackedDeadline::notified);

  static final Fields<WorkOrder> WORK_ORDER =
      new Fields<WorkOrder>("work order")
          .with("id", WorkOrder::id)
          .with("resource", WorkOrder::resource)
          .with("kind", WorkOrder::kind)
          .with("department", WorkOrder::department)
          .with("platform", WorkOrder::platform)
          .with("provider", WorkOrder::provider)
          .with("contract", WorkOrder::contract)
          .with("project", WorkOrder::project)
          .with("item", WorkOrder::item)
          .with("quantity", WorkOrder::quantity)
          .with("effectiveAt", WorkOrder::effectiveAt)
          .with("zone", WorkOrder::zone)
          .with("confirmedAt", WorkOrder::confirmedAt)
          .with("supersedes", WorkOrder::supersedes)
          .with("serviceDate", WorkOrder::serviceDate);

  static final Fields<AuditRecord> AUDIT_RECORD = Fields.ofRecord("audit record", AuditRecord.class);

  static final Fields<RedundancyPolicy> REDUNDANCY_POLICY = Fields.ofRecord("redundancy policy", RedundancyPolicy.class);

  static final Fields<UtilizationRecord> UTILIZATION_RECORD = Fields.ofRecord("utilization record", UtilizationRecord.class);

  /** A case's steps, bases and reductions compared as records, component by component. */
  static final Fields<ReductionCase> REDUCTION_CASE = Fields.ofRecord("reduction case", ReductionCase.class);

  static final Fields<Notification> NOTIFICATION = Fields.ofRecord("notification", Notification.class);

  static final Fields<IssuedMonth> ISSUED_MONTH = Fields.ofRecord("issued month", IssuedMonth.class);

  static final Fields<SecurityAttestation> ATTESTATION = Fields.ofRecord("attestation", SecurityAttestation.class);

  static final Fields<Evaluation> EVALUATION = Fields.ofRecord("evaluation", Evaluation.class);

  static final Fields<AnnualResult> ANNUAL_RESULT = Fields.ofRecord("annual result", AnnualResult.class);

  static final Fields<Payment> PAYMENT = Fields.ofRecord("payment", Payment.class);

  static final Fields<Rectification> RECTIFICATION = Fields.ofRecord("rectification", Rectification.class);

  static final Fields<BillLine> BILL_LINE =
      new Fields<BillLine>("bill line")
          .with("resource", BillLine::resource)
          .with("workOrder", BillLine::workOrder)
          .with("contract", BillLine::contract)
          .with("project", BillLine::project)
          .with("item", BillLine::item)
          .with("category", BillLine::category)
          .with("quantity", BillLine::quantity)
          .with("unitPrice", BillLine::unitPrice)
          .with("monthlyAmount", BillLine::monthlyAmount)
          .with("firstDay", BillLine::firstDay)
          .with("lastDay", BillLine::lastDay)
          .with("amount", BillLine::amount);

  static final Fields<BillAdjustment> BILL_ADJUSTMENT =
      new Fields<BillAdjustment>("bill adjustment")
          .with("resource", BillAdjustment::resource)
          .with("correctedMonth", BillAdjustment::correctedMonth)
          .withEach("recomputedLines", BillAdjustment::recomputedLines, BILL_LINE)
          .with("issued", BillAdjustment::issued)
          .with("previouslyAdjusted", BillAdjustment::previouslyAdjusted);

  /** A bill's lines and adjustments field by field; its totals, which a store derives, compared too. */
  static final Fields<MonthlyBill> MONTHLY_BILL =
      new Fields<MonthlyBill>("bill")
          .with("account", MonthlyBill::account)
          .with("month", MonthlyBill::month)
          .with("proration", MonthlyBill::proration)
          .withEach("lines", MonthlyBill::lines, BILL_LINE)
          .withEach("adjustments", MonthlyBill::adjustments, BILL_ADJUSTMENT)
          .with("linesTotal", MonthlyBill::linesTotal)
          .with("adjustmentsTotal", MonthlyBill::adjustmentsTotal)
          .with("total", MonthlyBill::total)
          .with("totalsByItem", MonthlyBill::totalsByItem)
          .with("totalsByCategory", MonthlyBill::totalsByCategory);

  /** The comparison of one field of a value loaded with the same field of the value saved. */
  @FunctionalInterface
  private interface Check<T> {
    void assertSame(T expected, T actual, String context);
  }

  private final String type;
  private final Map<String, Check<T>> checks = new LinkedHashMap<>();

  private Fields(String type) {
    this.type = type;
  }

  private Fields<T> with(String name, Function<? super T, ?> accessor) {
    checks.put(name, (expected, actual, context) ->
        assertThat(comparable(accessor.apply(actual)))
            .as("%s: %s.%s", context, type, name)
            .isEqualTo(comparable(accessor.apply(expected))));
    return this;
  }

  /** A list field whose elements are compared field by field, so that a failure names the element's field. */
  private <E> Fields<T> withEach(String name, Function<? super T, List<E>> accessor, Fields<E> element) {
    checks.put(name, (expected, actual, context) ->
        element.assertSameList(accessor.apply(expected), accessor.apply(actual), context + ": " + type + "." + name));
    return this;
  }

  private static <R extends Record> Fields<R> ofRecord(String type, Class<R> recordType) {
    Fields<R> fields = new Fields<>(type);
    for (RecordComponent component : recordType.getRecordComponents()) {
      if (!SET_BY_STORE.contains(component.getName())) {
        fields.with(component.getName(), value -> component(component, value));
      }
    }
    return fields;
  }

  /** The names of the fields compared. */
  Set<String> names() {
    return checks.keySet();
  }

  /**
   * Asserts that a loaded value has every field of the expected one.
   *
   * @param context what is compared, for the failure message
   */
  void assertSame(T expected, T actual, String context) {
    assertThat(actual).as("%s: %s", context, type).isNotNull();
    checks.values().forEach(check -> check.assertSame(expected, actual, context));
  }

  /** Asserts that two lists hold the same values, in order, field by field. */
  void assertSameList(List<T> expected, List<T> actual, String context) {
    assertThat(actual).as("%s: number of %ss", context, type).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), context + " [" + i + "]");
    }
  }

  /**
   * A value as the port promises to keep it: decimals without trailing zeros, ordered maps as lists of
   * entries, records as their components, recursively.
   */
  static Object comparable(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(Fields::comparable);
    }
    if (value instanceof Set<?> set) {
      Set<Object> copy = new HashSet<>();
      set.forEach(element -> copy.add(comparable(element)));
      return copy;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>();
      collection.forEach(element -> copy.add(comparable(element)));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      List<Object> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(Map.entry(comparable(k), comparable(v))));
      return entries;
    }
    if (value instanceof Record record) {
      List<Object> components = new ArrayList<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        components.add(Map.entry(component.getName(), comparable(component(component, record))));
      }
      return components;
    }
    return value;
  }

  private static Object component(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
    }
  }
}
