package io.govcloud.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.model.Article;
import io.govcloud.model.BillAdjustment;
import io.govcloud.model.BillLine;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.NotificationId;
import io.govcloud.model.PlatformId;
import io.govcloud.model.ProviderId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
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
  void billsCompareTheirLinesAndAdjustmentsFieldByFieldWhateverTheQuantitiesScale() {
    YearMonth march = YearMonth.of(2026, 3);
    MonthlyBill bill = BillSamples.full(BillSamples.account("d"), march, "甲", "r-1");
    MonthlyBill rescaled = withParts(bill, bill.lines().stream().map(line -> copy(line, line.quantity().setScale(6), line.firstDay())).toList(),
        bill.adjustments());
    assertThatCode(() -> Fields.MONTHLY_BILL.assertSame(bill, rescaled, "rescaled")).doesNotThrowAnyException();
    MonthlyBill otherText = withParts(bill, BillSamples.full(BillSamples.account("d"), march, "乙", "r-1").lines(), bill.adjustments());
    assertThatThrownBy(() -> Fields.MONTHLY_BILL.assertSame(bill, otherText, "texts"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bill.lines [0]: bill line.category");
    BillAdjustment adjustment = bill.adjustments().get(0);
    BillLine first = adjustment.recomputedLines().get(0);
    MonthlyBill otherDay = withParts(bill, bill.lines(), List.of(
        new BillAdjustment(adjustment.resource(), adjustment.correctedMonth(),
            List.of(copy(first, first.quantity(), first.firstDay().plusDays(1)), adjustment.recomputedLines().get(1)),
            adjustment.issued(), adjustment.previouslyAdjusted()),
        bill.adjustments().get(1)));
    assertThatThrownBy(() -> Fields.MONTHLY_BILL.assertSame(bill, otherDay, "days"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bill.adjustments [0]: bill adjustment.recomputedLines [0]: bill line.firstDay");
  }

  private static MonthlyBill withParts(MonthlyBill bill, List<BillLine> lines, List<BillAdjustment> adjustments) {
    return MonthlyBill.builder().account(bill.account()).month(bill.month()).proration(bill.proration())
        .addAllLines(lines).addAllAdjustments(adjustments).build();
  }

  private static BillLine copy(BillLine line, BigDecimal quantity, LocalDate firstDay) {
    return BillLine.builder().resource(line.resource()).workOrder(line.workOrder()).contract(line.contract()).project(line.project())
        .item(line.item()).category(line.category()).quantity(quantity).unitPrice(line.unitPrice()).monthlyAmount(line.monthlyAmount())
        .firstDay(firstDay).lastDay(line.lastDay()).amount(line.amount()).build();
  }

  @Test
  void samplesAreValidAndTheHostileTextsAreNames() {
    assertThat(Samples.LONGEST_NAME).hasSize(200);
    assertThat(Samples.HOSTILE_TEXTS).allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(200));
    assertThat(Samples.HOSTILE_IDS).allSatisfy(id -> assertThat(id).isNotBlank().hasSizeLessThanOrEqualTo(64));
    assertThat(Samples.T0.getNano() % 1_000).as("samples keep to the microsecond").isZero();
  }
}
