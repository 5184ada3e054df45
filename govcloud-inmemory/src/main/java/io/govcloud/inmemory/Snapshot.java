package io.govcloud.inmemory;

import io.govcloud.model.Aggregate;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.IssuedMonth;
import io.govcloud.model.LedgerFingerprints;
import io.govcloud.model.LedgerStart;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.NotificationId;
import io.govcloud.model.UtilizationRecord;
import io.govcloud.model.UtilizationRecordId;
import io.govcloud.model.WorkOrder;
import io.govcloud.model.WorkOrderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Queue;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One committed state of the store: every table, the audit trail and the outbox, in persistent
 * collections, so that a new state shares almost everything with the one before and a unit of work can
 * read the state it started from without locks.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Snapshot {

  /** A subject of the audit trail. */
  private record Subject(String type, String id) {}

  static final Snapshot EMPTY =
      new Snapshot(HashMap.empty(), TreeMap.empty(), Vector.empty(), HashMap.empty(), Queue.empty(), HashSet.empty(), Bills.EMPTY, TreeMap.empty());

  private final Map<Kind<?, ?>, TreeMap<?, ?>> tables;
  private final TreeMap<WorkOrderId, WorkOrder> workOrders;
  private final Vector<AuditRecord> trail;
  private final Map<Subject, Vector<AuditRecord>> trailBySubject;
  private final Queue<Notification> outbox;
  private final HashSet<NotificationId> notificationIds;
  private final Bills bills;
  private final TreeMap<UtilizationRecordId, UtilizationRecord> utilization;

  private Snapshot(
      Map<Kind<?, ?>, TreeMap<?, ?>> tables,
      TreeMap<WorkOrderId, WorkOrder> workOrders,
      Vector<AuditRecord> trail,
      Map<Subject, Vector<AuditRecord>> trailBySubject,
      Queue<Notification> outbox,
      HashSet<NotificationId> notificationIds,
      Bills bills,
      TreeMap<UtilizationRecordId, UtilizationRecord> utilization) {
    this.tables = tables;
    this.workOrders = workOrders;
    this.trail = trail;
    this.trailBySubject = trailBySubject;
    this.outbox = outbox;
    this.notificationIds = notificationIds;
    this.bills = bills;
    this.utilization = utilization;
  }

  // ------------------------------------------------------------------------------------ aggregates

  /** The table of a kind of aggregate, by id. */
  <I extends Comparable<? super I>, A extends Aggregate<I, A>> TreeMap<I, A> table(Kind<I, A> kind) {
    @SuppressWarnings("unchecked") // put only by withTable, which keeps kind and table types together
    TreeMap<I, A> table = (TreeMap<I, A>) tables.get(kind).getOrNull();
    return table == null ? TreeMap.empty(Comparator.<I>naturalOrder()) : table;
  }

  /** This state with another table for a kind of aggregate. */
  <I extends Comparable<? super I>, A extends Aggregate<I, A>> Snapshot withTable(Kind<I, A> kind, TreeMap<I, A> table) {
    return new Snapshot(tables.put(kind, table), workOrders, trail, trailBySubject, outbox, notificationIds, bills, utilization);
  }

  // ------------------------------------------------------------------------------------ work orders

  /** The work orders by id. */
  TreeMap<WorkOrderId, WorkOrder> workOrders() {
    return workOrders;
  }

  /** This state with more work orders. */
  Snapshot withWorkOrders(Iterable<WorkOrder> added) {
    TreeMap<WorkOrderId, WorkOrder> more = workOrders;
    for (WorkOrder workOrder : added) {
      more = more.put(workOrder.id(), workOrder);
    }
    return new Snapshot(tables, more, trail, trailBySubject, outbox, notificationIds, bills, utilization);
  }

  // ------------------------------------------------------------------------------------ bills

  /** The issued months and their bills. */
  Bills bills() {
    return bills;
  }

  /** This state with a month issued. */
  Snapshot withIssued(IssuedMonth month, List<MonthlyBill> issued) {
    return new Snapshot(tables, workOrders, trail, trailBySubject, outbox, notificationIds, bills.with(month, issued), utilization);
  }

  /** This state with the record of a jurisdiction's ledger's last issuance replaced. */
  Snapshot withFingerprints(LedgerFingerprints fingerprints) {
    return new Snapshot(tables, workOrders, trail, trailBySubject, outbox, notificationIds, bills.withFingerprints(fingerprints), utilization);
  }

  /** This state with the billing ledger started. */
  Snapshot withLedgerStart(LedgerStart start) {
    return new Snapshot(tables, workOrders, trail, trailBySubject, outbox, notificationIds, bills.started(start), utilization);
  }

  // ------------------------------------------------------------------------------------ utilization records

  /** The utilization records by id. */
  TreeMap<UtilizationRecordId, UtilizationRecord> utilization() {
    return utilization;
  }

  /** This state with utilization records added. */
  Snapshot withUtilization(Iterable<UtilizationRecord> added) {
    TreeMap<UtilizationRecordId, UtilizationRecord> more = utilization;
    for (UtilizationRecord record : added) {
      more = more.put(record.id(), record);
    }
    return new Snapshot(tables, workOrders, trail, trailBySubject, outbox, notificationIds, bills, more);
  }

  // ------------------------------------------------------------------------------------ audit trail

  /** The committed records of a subject, in trail order. */
  Seq<AuditRecord> auditOf(String subjectType, String subjectId) {
    return trailBySubject.get(new Subject(subjectType, subjectId)).getOrElse(Vector.empty());
  }

  /** The committed records with a sequence greater than the given one, at most {@code limit}. */
  Seq<AuditRecord> auditAfter(long sequence, int limit) {
    // sequences are 1, 2, ...: the record of sequence s is at index s - 1
    int skip = (int) Math.min(sequence, trail.size());
    return trail.drop(skip).take(limit);
  }

  /**
   * This state with records appended, numbered on from the last sequence, none of them before the time
   * of the trail's last record.
   *
   * @param appended the records, each with sequence 0
   */
  Snapshot withAudit(List<AuditRecord> appended) {
    Vector<AuditRecord> longer = trail;
    Map<Subject, Vector<AuditRecord>> bySubject = trailBySubject;
    // times in commit order: none of the unit's records before the trail's last
    java.util.Optional<java.time.Instant> floor = trail.lastOption().map(AuditRecord::at).toJavaOptional();
    for (AuditRecord record : appended) {
      AuditRecord numbered = floor.map(record::notBefore).orElse(record).withSequence(longer.size() + 1L);
      longer = longer.append(numbered);
      Subject subject = new Subject(numbered.subjectType(), numbered.subjectId());
      bySubject = bySubject.put(subject, bySubject.get(subject).getOrElse(Vector.empty()).append(numbered));
    }
    return new Snapshot(tables, workOrders, longer, bySubject, outbox, notificationIds, bills, utilization);
  }

  // ------------------------------------------------------------------------------------ outbox

  /** Whether a notification of this id was ever committed, delivered or not. */
  boolean hasNotification(NotificationId id) {
    return notificationIds.contains(id);
  }

  /** The committed notifications not yet acknowledged, oldest first. */
  Queue<Notification> outbox() {
    return outbox;
  }

  /** This state with notifications added to the end of the outbox. */
  Snapshot withNotifications(List<Notification> enqueued) {
    return new Snapshot(
        tables,
        workOrders,
        trail,
        trailBySubject,
        outbox.enqueueAll(enqueued),
        notificationIds.addAll(enqueued.stream().map(Notification::id).toList()),
        bills,
        utilization);
  }

  /**
   * This state with the oldest notification acknowledged.
   *
   * @throws IllegalStateException if the oldest is not the one of this id
   */
  Snapshot acknowledge(NotificationId id) {
    if (outbox.isEmpty() || !Objects.equals(outbox.head().id(), id)) {
      throw new IllegalStateException("notification " + id + " is not the oldest in the outbox");
    }
    return new Snapshot(tables, workOrders, trail, trailBySubject, outbox.tail(), notificationIds, bills, utilization);
  }
}
