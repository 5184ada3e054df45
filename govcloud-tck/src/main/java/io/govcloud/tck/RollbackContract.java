package io.govcloud.tck;

import static io.govcloud.tck.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.ResourceId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.govcloud.spi.ConflictException;
import io.govcloud.spi.UnitOfWork;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit of work whose body throws, or whose write conflicts, leaves nothing behind: no aggregate, no
 * work order, no issued month, no audit record, no notification; the exception comes out as it was thrown; the ids it
 * used stay free; the units before and after it are unaffected.
 */
public abstract class RollbackContract extends StoreContractSupport {

  /** For subclasses. */
  protected RollbackContract() {}

  /** An error the body throws: not an exception, so a store must not catch only exceptions. */
  private static final class BodyError extends Error {
    private static final long serialVersionUID = 1L;

    BodyError() {
      super("the body failed");
    }
  }

  /** The ledger's first month: each committed unit issues the next month after it. */
  private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

  /** Starts the ledger of the store under test, so that every unit may issue its next month. */
  @BeforeEach
  final void startTheLedger() {
    run(unit -> unit.bills().startLedger(new LedgerStart(FIRST_MONTH, at(0))));
  }

  /**
   * Writes one of everything under a tag: an aggregate of every kind, a work order, the ledger's next
   * month with a bill of the tag's account, a record, a notification.
   */
  private static void writeEverything(UnitOfWork unit, String tag) {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      insertSample(unit, kind, tag);
    }
    unit.workOrders().insertAll(List.of(workOrder(tag)));
    YearMonth month = BillSamples.nextMonth(unit);
    unit.bills().issue(BillSamples.issued(month), List.of(BillSamples.full(BillSamples.account("d-" + tag), month, "账单 " + tag, "r-" + tag)));
    unit.audit().append(Samples.accepted("resource", "r-" + tag, "写入 " + tag));
    unit.enqueue(Samples.notification(NotificationId.of("n-" + tag), "通知 " + tag, at(0)));
  }

  private static <I, A extends Aggregate<I, A>> void insertSample(UnitOfWork unit, AggregateKind<I, A> kind, String tag) {
    kind.in(unit).insert(kind.sample(kind.id(kind + "-" + tag), 0));
  }

  private static WorkOrder workOrder(String tag) {
    return Samples.workOrder(WorkOrderId.of("wo-" + tag), ResourceId.of("r-" + tag), DepartmentId.of("dept-1"), at(100), "ecs", Optional.empty());
  }

  /** Asserts that nothing written under a tag is there, and that exactly the tags expected are. */
  private void assertOnly(List<String> committedTags, String absentTag) {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertTags(kind, committedTags, absentTag);
    }
    Optional<WorkOrder> workOrder = inUnit(unit -> unit.workOrders().find(WorkOrderId.of("wo-" + absentTag)));
    assertThat(workOrder).as("work order of the rolled-back unit").isEmpty();
    List<WorkOrder> ofResource = inUnit(unit -> unit.workOrders().ofResource(ResourceId.of("r-" + absentTag)));
    assertThat(ofResource).as("work orders of the rolled-back unit's resource").isEmpty();
    List<WorkOrder> ofDepartment = inUnit(unit -> unit.workOrders().ofDepartment(DepartmentId.of("dept-1")));
    assertThat(ofDepartment).extracting(w -> w.id().value()).as("work orders kept")
        .containsExactlyElementsOf(committedTags.stream().map(tag -> "wo-" + tag).toList());
    List<WorkOrder> allOrders = inUnit(unit -> unit.workOrders().all());
    assertThat(allOrders).extracting(w -> w.id().value()).as("every work order")
        .containsExactlyElementsOf(committedTags.stream().map(tag -> "wo-" + tag).toList());
    List<YearMonth> kept = new ArrayList<>();
    for (int i = 0; i < committedTags.size(); i++) {
      kept.add(FIRST_MONTH.plusMonths(i));
    }
    List<IssuedMonth> issued = inUnit(unit -> unit.bills().issuedMonths());
    assertThat(issued).extracting(IssuedMonth::month).as("issued months, one after another").containsExactlyElementsOf(kept);
    List<MonthlyBill> bills = inUnit(unit -> unit.bills().all());
    assertThat(bills).extracting(MonthlyBill::month).as("every bill's month").containsExactlyElementsOf(kept);
    assertThat(bills).extracting(bill -> bill.account().department().value()).as("every bill's department")
        .containsExactlyElementsOf(committedTags.stream().map(tag -> "d-" + tag).toList());
    List<MonthlyBill> ofMonth = inUnit(unit -> unit.bills().ofMonth(FIRST_MONTH.plusMonths(committedTags.size())));
    assertThat(ofMonth).as("bills of the month after the committed ones").isEmpty();
    List<AuditRecord> trail = inUnit(unit -> unit.audit().after(0, 1000));
    assertThat(trail).extracting(AuditRecord::subjectId).as("audit trail")
        .containsExactlyElementsOf(committedTags.stream().map(tag -> "r-" + tag).toList());
    List<AuditRecord> ofSubject = inUnit(unit -> unit.audit().ofSubject("resource", "r-" + absentTag));
    assertThat(ofSubject).as("audit records of the rolled-back unit's subject").isEmpty();
    RecordingNotifier notifier = new RecordingNotifier();
    store().dispatch(notifier);
    assertThat(notifier.ids()).as("notifications delivered")
        .containsExactlyElementsOf(committedTags.stream().map(tag -> "n-" + tag).toList());
  }

  private <I, A extends Aggregate<I, A>> void assertTags(AggregateKind<I, A> kind, List<String> committedTags, String absentTag) {
    Optional<A> absent = inUnit(unit -> kind.in(unit).find(kind.id(kind + "-" + absentTag)));
    assertThat(absent).as("%s of the rolled-back unit", kind).isEmpty();
    List<I> ids = inUnit(unit -> kind.in(unit).all()).stream().map(Aggregate::id).toList();
    assertThat(ids).as("every %s", kind).containsExactlyElementsOf(committedTags.stream().map(tag -> kind.id(kind + "-" + tag)).toList());
  }

  @Test
  void anExceptionFromTheBodyIsRethrownAsItWasAndLeavesNothingBehind() {
    IllegalStateException thrown = new IllegalStateException("the body failed");
    Throwable caught = catchThrowable(() -> run(unit -> {
      writeEverything(unit, "x");
      throw thrown;
    }));
    assertThat(caught).as("exception out of transact").isSameAs(thrown);
    assertOnly(List.of(), "x");
  }

  @Test
  void anErrorFromTheBodyRollsBackToo() {
    BodyError thrown = new BodyError();
    Throwable caught = catchThrowable(() -> run(unit -> {
      writeEverything(unit, "x");
      throw thrown;
    }));
    assertThat(caught).as("error out of transact").isSameAs(thrown);
    assertOnly(List.of(), "x");
  }

  @Test
  void aUnitThatConflictsLeavesNothingBehind() {
    Throwable caught = catchThrowable(() -> run(unit -> {
      writeEverything(unit, "x");
      insertSample(unit, AggregateKind.PROVIDER, "x");
    }));
    assertThat(caught).as("exception out of transact").isInstanceOf(ConflictException.class);
    assertOnly(List.of(), "x");
  }

  @Test
  void aRolledBackUnitBetweenTwoCommittedOnesDisturbsNeither() {
    run(unit -> writeEverything(unit, "a"));
    catchThrowable(() -> run(unit -> {
      writeEverything(unit, "x");
      throw new IllegalStateException("the body failed");
    }));
    run(unit -> writeEverything(unit, "b"));
    assertOnly(List.of("a", "b"), "x");
  }

  @Test
  void aRolledBackUpdateLeavesTheCommittedStateAndVersion() {
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertUpdateRolledBack(kind);
    }
  }

  private <I, A extends Aggregate<I, A>> void assertUpdateRolledBack(AggregateKind<I, A> kind) {
    I id = kind.id("kept");
    A saved = inUnit(unit -> kind.in(unit).insert(kind.sample(id, 0)));
    catchThrowable(() -> run(unit -> {
      A updated = kind.in(unit).update(kind.next(saved, 1));
      kind.in(unit).update(kind.next(updated, 2));
      throw new IllegalStateException("the body failed");
    }));
    A loaded = inUnit(unit -> kind.in(unit).find(id)).orElseThrow();
    assertThat(loaded.version()).as("%s version after a rolled-back update", kind).isEqualTo(1);
    kind.fields().assertSame(kind.sample(id, 0), loaded, kind + " after a rolled-back update");
    A next = inUnit(unit -> kind.in(unit).update(kind.next(loaded, 3)));
    assertThat(next.version()).as("%s version of the next update", kind).isEqualTo(2);
  }

  @Test
  void theIdsOfARolledBackUnitStayFree() {
    catchThrowable(() -> run(unit -> {
      writeEverything(unit, "x");
      throw new IllegalStateException("the body failed");
    }));
    run(unit -> writeEverything(unit, "x"));
    for (AggregateKind<?, ?> kind : AggregateKind.ALL) {
      assertVersionOne(kind, "x");
    }
    assertOnly(List.of("x"), "none");
  }

  private <I, A extends Aggregate<I, A>> void assertVersionOne(AggregateKind<I, A> kind, String tag) {
    Optional<A> found = inUnit(unit -> kind.in(unit).find(kind.id(kind + "-" + tag)));
    assertThat(found.map(Aggregate::version)).as("%s inserted again after a rollback", kind).contains(1L);
  }

  @Test
  void aReadOnlyUnitReturnsWhatItsBodyReturned() {
    String returned = inUnit(unit -> "the result");
    assertThat(returned).as("what transact returned").isEqualTo("the result");
    Optional<Notification> none = inUnit(unit -> Optional.empty());
    assertThat(none).as("what transact returned").isEmpty();
  }
}
