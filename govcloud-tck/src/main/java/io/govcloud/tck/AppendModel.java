package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import io.govcloud.tck.StoreModelContract.Append;
import io.govcloud.tck.StoreModelContract.Ending;
import io.govcloud.tck.StoreModelContract.PlannedAppends;
import io.govcloud.tck.StoreModelContract.PlannedFailure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The model of the append-only repositories for one plan of {@link StoreModelContract}: the months issued
 * (four months of one year of its own) with their bills, and the work orders (four ids of a prefix of its
 * own), as the units that committed left them. A month issued again, or a work order id saved again or
 * twice in a batch, is a conflict that fails the whole unit.
 */
final class AppendModel {

  private static final Comparator<WorkOrder> BY_CONFIRMATION_THEN_ID =
      Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id);

  private final StoreContractSupport contract;
  private final int year;
  private final String prefix;
  private Map<YearMonth, List<MonthlyBill>> months = new TreeMap<>();
  private Map<String, WorkOrder> workOrders = new TreeMap<>();

  AppendModel(StoreContractSupport contract, int year) {
    this.contract = contract;
    this.year = year;
    this.prefix = "y" + year + "-wo-";
  }

  /** Runs a plan, unit by unit, checking the store against the model after each. */
  void check(List<PlannedAppends> plan) {
    int generations = 0;
    for (int u = 0; u < plan.size(); u++) {
      PlannedAppends planned = plan.get(u);
      Map<YearMonth, List<MonthlyBill>> expectedMonths = new TreeMap<>(months);
      Map<String, WorkOrder> expectedOrders = new TreeMap<>(workOrders);
      boolean conflicted = false;
      List<Write> writes = new ArrayList<>();
      for (Append append : planned.appends()) {
        int generation = ++generations;
        if (append.issue()) {
          YearMonth month = YearMonth.of(year, 1 + append.keys().get(0));
          List<MonthlyBill> bills = new ArrayList<>();
          for (int b = 1; b < append.keys().size(); b++) {
            bills.add(BillSamples.plain(BillSamples.account("d-" + append.keys().get(b) + "-" + b), month, 1 + generation % 3));
          }
          conflicted |= expectedMonths.putIfAbsent(month, sorted(bills)) != null;
          writes.add(unit -> unit.bills().issue(BillSamples.issued(month), bills));
        } else {
          List<WorkOrder> batch = new ArrayList<>();
          Set<String> ids = new HashSet<>();
          for (int key : append.keys()) {
            WorkOrder order = workOrder(key, generation);
            batch.add(order);
            conflicted |= !ids.add(order.id().value()) || expectedOrders.containsKey(order.id().value());
          }
          batch.forEach(order -> expectedOrders.putIfAbsent(order.id().value(), order));
          writes.add(unit -> unit.workOrders().insertAll(batch));
        }
      }
      Throwable thrown = catchThrowable(() -> contract.run(unit -> execute(unit, writes, planned.ending())));
      String context = "unit #" + u + " " + planned;
      if (StoreModelContract.committed(thrown, conflicted, planned.ending(), context)) {
        months = expectedMonths;
        workOrders = expectedOrders;
      }
      assertMatches(context);
    }
  }

  /** One append of a unit. */
  @FunctionalInterface
  private interface Write {
    void run(UnitOfWork unit);
  }

  private static void execute(UnitOfWork unit, List<Write> writes, Ending ending) {
    for (Write write : writes) {
      if (ending == Ending.CATCH_CONFLICTS) {
        try {
          write.run(unit);
        } catch (ConflictException caught) {
          // the plan goes on: the unit must roll back all the same
        }
      } else {
        write.run(unit);
      }
    }
    if (ending == Ending.THROW) {
      throw new PlannedFailure();
    }
  }

  /** A work order of a key: keys 0 and 2 are confirmed after keys 1 and 3, so that the order is not the ids'. */
  private WorkOrder workOrder(int key, int generation) {
    return Samples.workOrder(WorkOrderId.of(prefix + key), ResourceId.of("r-" + key), DepartmentId.of("d-" + year),
        at(100 - 10L * (key % 2)), "ecs-" + generation, Optional.empty());
  }

  private static List<MonthlyBill> sorted(List<MonthlyBill> bills) {
    List<MonthlyBill> copy = new ArrayList<>(bills);
    copy.sort(Comparator.comparing(MonthlyBill::account));
    return copy;
  }

  private void assertMatches(String context) {
    List<IssuedMonth> issued = contract.inUnit(unit -> unit.bills().issuedMonths());
    assertThat(issued).extracting(IssuedMonth::month).filteredOn(month -> month.getYear() == year)
        .as("%s: issued months of %d", context, year).containsExactlyElementsOf(months.keySet());
    for (int m = 1; m <= 4; m++) {
      YearMonth month = YearMonth.of(year, m);
      List<MonthlyBill> bills = contract.inUnit(unit -> unit.bills().ofMonth(month));
      Fields.MONTHLY_BILL.assertSameList(months.getOrDefault(month, List.of()), bills, context + ": bills of " + month);
    }
    List<MonthlyBill> all = contract.inUnit(unit -> unit.bills().all()).stream().filter(bill -> bill.month().getYear() == year).toList();
    Fields.MONTHLY_BILL.assertSameList(months.values().stream().flatMap(List::stream).toList(), all, context + ": every bill of " + year);
    List<WorkOrder> expected = workOrders.values().stream().sorted(BY_CONFIRMATION_THEN_ID).toList();
    List<WorkOrder> orders = contract.inUnit(unit -> unit.workOrders().all()).stream().filter(o -> o.id().value().startsWith(prefix)).toList();
    Fields.WORK_ORDER.assertSameList(expected, orders, context + ": every work order of " + prefix);
  }
}
