package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
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
 * with their bills, and the work orders (four ids of a prefix of its own), as the units that committed
 * left them. The plans of a test share one store, and so one ledger: a plan's months continue the months
 * of the plans before it. A month is the ledger's next month (keys 0 and 3), the month before it (key 1:
 * issued already, or before the first month) or the month after it (key 2: a gap); only the next month
 * may be issued. Any other month, or a work order id saved again or twice in a batch, is a conflict that
 * fails the whole unit.
 */
final class AppendModel {

  /** The first month of the ledger of the store the plans share. */
  static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

  private static final Comparator<WorkOrder> BY_CONFIRMATION_THEN_ID =
      Comparator.comparing(WorkOrder::confirmedAt).thenComparing(WorkOrder::id);

  private final StoreContractSupport contract;
  private final String prefix;
  private YearMonth base;
  private Map<YearMonth, List<MonthlyBill>> months = new TreeMap<>();
  private Map<String, WorkOrder> workOrders = new TreeMap<>();

  AppendModel(StoreContractSupport contract, int example) {
    this.contract = contract;
    this.prefix = "e" + example + "-wo-";
  }

  /** Runs a plan, unit by unit, checking the store against the model after each. */
  void check(List<PlannedAppends> plan) {
    base = contract.inUnit(unit -> {
      if (unit.bills().ledgerStart().isEmpty()) {
        unit.bills().startLedger(new LedgerStart(FIRST_MONTH, Samples.T0));
      }
      return BillSamples.nextMonth(unit);
    });
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
          YearMonth next = base.plusMonths(expectedMonths.size());
          int key = append.keys().get(0);
          YearMonth month = key == 1 ? next.minusMonths(1) : key == 2 ? next.plusMonths(1) : next;
          List<MonthlyBill> bills = new ArrayList<>();
          for (int b = 1; b < append.keys().size(); b++) {
            bills.add(BillSamples.plain(BillSamples.account("d-" + append.keys().get(b) + "-" + b), month, 1 + generation % 3));
          }
          if (month.equals(next)) {
            expectedMonths.put(month, sorted(bills));
          } else {
            conflicted = true;
          }
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
    return Samples.workOrder(WorkOrderId.of(prefix + key), ResourceId.of("r-" + key), DepartmentId.of("d-" + prefix),
        at(100 - 10L * (key % 2)), "ecs-" + generation, Optional.empty());
  }

  private static List<MonthlyBill> sorted(List<MonthlyBill> bills) {
    List<MonthlyBill> copy = new ArrayList<>(bills);
    copy.sort(Comparator.comparing(MonthlyBill::account));
    return copy;
  }

  private void assertMatches(String context) {
    List<IssuedMonth> issued = contract.inUnit(unit -> unit.bills().issuedMonths());
    assertThat(issued).extracting(IssuedMonth::month).filteredOn(month -> !month.isBefore(base))
        .as("%s: issued months from %s", context, base).containsExactlyElementsOf(months.keySet());
    for (int m = 0; m <= months.size(); m++) {
      YearMonth month = base.plusMonths(m);
      List<MonthlyBill> bills = contract.inUnit(unit -> unit.bills().ofMonth(month));
      Fields.MONTHLY_BILL.assertSameList(months.getOrDefault(month, List.of()), bills, context + ": bills of " + month);
    }
    List<MonthlyBill> all = contract.inUnit(unit -> unit.bills().all()).stream().filter(bill -> !bill.month().isBefore(base)).toList();
    Fields.MONTHLY_BILL.assertSameList(months.values().stream().flatMap(List::stream).toList(), all, context + ": every bill from " + base);
    List<WorkOrder> expected = workOrders.values().stream().sorted(BY_CONFIRMATION_THEN_ID).toList();
    List<WorkOrder> orders = contract.inUnit(unit -> unit.workOrders().all()).stream().filter(o -> o.id().value().startsWith(prefix)).toList();
    Fields.WORK_ORDER.assertSameList(expected, orders, context + ": every work order of " + prefix);
  }
}
