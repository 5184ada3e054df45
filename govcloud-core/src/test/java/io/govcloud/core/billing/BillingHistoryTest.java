package io.govcloud.core.billing;

import static io.govcloud.core.billing.BillingFixtures.CONTRACT;
import static io.govcloud.core.billing.BillingFixtures.DISK;
import static io.govcloud.core.billing.BillingFixtures.VM;
import static io.govcloud.core.billing.BillingFixtures.change;
import static io.govcloud.core.billing.BillingFixtures.correction;
import static io.govcloud.core.billing.BillingFixtures.d;
import static io.govcloud.core.billing.BillingFixtures.open;
import static io.govcloud.core.billing.BillingFixtures.prices;
import static io.govcloud.core.billing.BillingFixtures.resource;
import static io.govcloud.core.billing.BillingFixtures.terminate;
import static io.govcloud.core.billing.BillingFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.govcloud.model.ContractPrice;
import io.govcloud.model.PriceList;
import io.govcloud.model.Violation;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingHistoryTest {

  private static BillingHistory history(WorkOrder... orders) {
    var result = BillingHistory.of(orders[0].resource(), List.of(orders));
    assertThat(result.isValid()).as("%s", result).isTrue();
    return result.get();
  }

  private static List<Violation> violations(WorkOrder... orders) {
    var result = BillingHistory.of(orders[0].resource(), List.of(orders));
    assertThat(result.isInvalid()).as("%s", result).isTrue();
    return result.getError();
  }

  private static String describe(ServicePeriod period) {
    return period.order().id() + " " + period.quantity().toPlainString() + " " + period.firstDay() + ".."
        + period.lastDay().map(LocalDate::toString).orElse("open");
  }

  private static List<String> periods(BillingHistory history) {
    return history.periods().stream().map(BillingHistoryTest::describe).toList();
  }

  // ---------------------------------------------------------------- the day-counting rule

  @Test
  void aChangeBillsItsDayAtTheNewConfigurationAndTheTerminationDayIsBilled() {
    BillingHistory history = history(
        open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00"),
        change("wo-2", "vm-1", VM, 2, "2025-03-20T18:00"),
        terminate("wo-3", "vm-1", VM, 2, "2025-04-05T10:00"));
    assertThat(periods(history)).containsExactly("wo-1 1 2025-03-10..2025-03-19", "wo-2 2 2025-03-20..2025-04-05");
    assertThat(history.firstDay()).contains(d("2025-03-10"));
  }

  @Test
  void aResourceStillInServiceHasAnOpenEndedPeriod() {
    BillingHistory history = history(open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00"));
    assertThat(history.periods()).singleElement().satisfies(p -> assertThat(p.lastDay()).isEmpty());
  }

  @Test
  void ofSeveralOrdersOnOneDayTheLastByEffectiveTimeWins() {
    BillingHistory history = history(
        change("wo-2", "vm-1", VM, 3, "2025-03-10T15:00"),
        open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00"));
    assertThat(periods(history)).containsExactly("wo-2 3 2025-03-10..open");
  }

  @Test
  void openedAndTerminatedOnTheSameDayIsOneDay() {
    BillingHistory history = history(
        open("wo-1", "vm-1", VM, 1, "2025-10-31T09:00"),
        terminate("wo-2", "vm-1", VM, 1, "2025-10-31T17:00"));
    assertThat(periods(history)).containsExactly("wo-1 1 2025-10-31..2025-10-31");
  }

  @Test
  void aChangeAndATerminationOnOneDayBillThatDayAtTheChangedConfiguration() {
    BillingHistory history = history(
        open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"),
        change("wo-2", "vm-1", VM, 4, "2025-03-15T09:00"),
        terminate("wo-3", "vm-1", VM, 4, "2025-03-15T17:00"));
    assertThat(periods(history)).containsExactly("wo-1 1 2025-03-01..2025-03-14", "wo-2 4 2025-03-15..2025-03-15");
  }

  @Test
  void aReopeningOnTheTerminationDayBillsThatDayOnceAtTheNewConfiguration() {
    BillingHistory history = history(
        open("wo-1", "vm-1", VM, 1, "2025-03-01T09:00"),
        terminate("wo-2", "vm-1", VM, 1, "2025-03-15T09:00"),
        open("wo-3", "vm-1", VM, 2, "2025-03-15T17:00"));
    assertThat(periods(history)).containsExactly("wo-1 1 2025-03-01..2025-03-14", "wo-3 2 2025-03-15..open");
  }

  @Test
  void daysAreCountedInThePlatformsZone() {
    // 23:30 in Shanghai is still the 9th, though it is 15:30 UTC
    BillingHistory history = history(open("wo-1", "vm-1", VM, 1, "2025-03-09T23:30"));
    assertThat(history.firstDay()).contains(d("2025-03-09"));
  }

  // ---------------------------------------------------------------- corrections

  @Test
  void aCorrectionReplacesTheOrderItSupersedes() {
    WorkOrder opened = open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00");
    WorkOrder corrected = correction("wo-1c", opened, 2, "2025-03-05T09:00");
    BillingHistory history = history(opened, corrected);
    assertThat(periods(history)).containsExactly("wo-1c 2 2025-03-05..open");
    assertThat(history.orders()).containsExactly(corrected);
  }

  @Test
  void aChainOfCorrectionsEndsWithTheLast() {
    WorkOrder opened = open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00");
    WorkOrder first = correction("wo-1a", opened, 2, "2025-03-05T09:00");
    WorkOrder second = correction("wo-1b", first, 3, "2025-03-07T09:00");
    assertThat(periods(history(second, opened, first))).containsExactly("wo-1b 3 2025-03-07..open");
  }

  @Test
  void correctionsOfOneOrderTwiceOrInACycleAreCallerBugs() {
    WorkOrder opened = open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00");
    WorkOrder a = correction("wo-1a", opened, 2, "2025-03-05T09:00");
    WorkOrder b = correction("wo-1b", opened, 3, "2025-03-07T09:00");
    assertThatThrownBy(() -> BillingHistory.of(resource("vm-1"), List.of(opened, a, b)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both supersede wo-1");
    WorkOrder x = BillingFixtures.builder(WorkOrder.Kind.OPEN, "wo-x", "vm-1", VM, BigDecimal.ONE, "2025-03-01T09:00",
        BillingFixtures.ACCOUNT, CONTRACT).supersedes(WorkOrderId.of("wo-y")).build();
    WorkOrder y = correction("wo-y", x, 1, "2025-03-02T09:00");
    assertThatThrownBy(() -> BillingHistory.of(resource("vm-1"), List.of(x, y)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void ordersOutOfSequenceAreViolationsNamingResourceAndOrder() {
    assertThat(violations(change("wo-1", "vm-1", VM, 2, "2025-03-10T09:00")))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.code()).isEqualTo(BillingViolations.WORK_ORDER_SEQUENCE);
          assertThat(v.article().number()).isEqualTo(22);
          assertThat(v.facts()).containsEntry("resource", "vm-1").containsEntry("workOrder", "wo-1").containsEntry("date", "2025-03-10");
          assertThat(v.chinese()).contains("vm-1");
        });
    assertThat(violations(open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00"), open("wo-2", "vm-1", VM, 1, "2025-03-12T09:00")))
        .extracting(Violation::english).singleElement().asString().contains("while in service by work order wo-1");
    assertThat(violations(terminate("wo-1", "vm-1", VM, 1, "2025-03-10T09:00")))
        .extracting(v -> v.article().number()).containsExactly(24);
    assertThat(violations(open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00"), terminate("wo-2", "vm-1", VM, 2, "2025-03-12T09:00")))
        .extracting(Violation::english).singleElement().asString().contains("terminates ecs-4c8g × 2 but ecs-4c8g × 1 is in force");
  }

  @Test
  void ordersOfAnotherResourceOrGivenTwiceAreCallerBugs() {
    WorkOrder order = open("wo-1", "vm-1", VM, 1, "2025-03-10T09:00");
    assertThatThrownBy(() -> BillingHistory.of(resource("vm-2"), List.of(order)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vm-1").hasMessageContaining("vm-2");
    assertThatThrownBy(() -> BillingHistory.of(resource("vm-1"), List.of(order, order)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wo-1 is given twice");
    assertThatThrownBy(() -> BillingHistory.of(null, List.of(order))).isInstanceOf(NullPointerException.class).hasMessage("resource");
  }

  // ---------------------------------------------------------------- priced segments

  @Test
  void segmentsSplitOnThePriceChangeDate() {
    BillingHistory history = history(open("wo-1", "vm-1", VM, 2, "2025-04-20T09:00"));
    PriceList list = prices(ContractPrice.of(VM, yuan("900.00"), d("2025-05-10")));
    var segments = history.segments(PriceLists.of(list), d("2025-05-01"), d("2025-05-31")).get();
    assertThat(segments).extracting(BillingSegment::firstDay, BillingSegment::lastDay, BillingSegment::unitPrice, BillingSegment::monthlyAmount)
        .containsExactly(
            tuple(d("2025-05-01"), d("2025-05-09"), yuan("1000.00"), yuan("2000.00")),
            tuple(d("2025-05-10"), d("2025-05-31"), yuan("900.00"), yuan("1800.00")));
  }

  @Test
  void aDayWithoutAPriceInForceIsAViolationNamingResourceItemAndDate() {
    BillingHistory history = history(open("wo-1", "disk-1", DISK, 100, "2023-12-20T09:00"));
    var result = history.segments(PriceLists.of(prices()), d("2023-12-01"), d("2023-12-31"));
    assertThat(result.getError()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(BillingViolations.PRICE_MISSING);
      assertThat(v.article().number()).isEqualTo(30);
      assertThat(v.facts()).containsEntry("resource", "disk-1").containsEntry("item", DISK).containsEntry("date", "2023-12-20")
          .containsEntry("contract", CONTRACT.value());
    });
    var noList = history.segments(PriceLists.of(List.of()), d("2024-02-01"), d("2024-02-29"));
    assertThat(noList.getError()).extracting(Violation::code).containsExactly(BillingViolations.PRICE_MISSING);
  }

  @Test
  void segmentsOutsideTheServiceAreEmpty() {
    BillingHistory history = history(open("wo-1", "vm-1", VM, 1, "2025-04-20T09:00"), terminate("wo-2", "vm-1", VM, 1, "2025-04-25T09:00"));
    assertThat(history.segments(PriceLists.of(prices()), d("2025-05-01"), d("2025-05-31")).get()).isEmpty();
    assertThat(history.segments(PriceLists.of(prices()), d("2025-03-01"), d("2025-03-31")).get()).isEmpty();
    assertThat(history.periods().get(0).lastDay()).isEqualTo(Optional.of(d("2025-04-25")));
    assertThatThrownBy(() -> history.segments(PriceLists.of(prices()), d("2025-05-02"), d("2025-05-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
