package io.govcloud.example;

import io.govcloud.core.DeadlineNotice;
import io.govcloud.core.billing.Reconciliation;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.catalog.AdaptationRequest;
import io.govcloud.core.reallocation.Recording;
import io.govcloud.example.Lang.Text;
import io.govcloud.model.AnnualResult;
import io.govcloud.model.AnnualStatement;
import io.govcloud.model.Article;
import io.govcloud.model.DepartmentId;
import io.govcloud.model.Evaluation;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.Notification;
import io.govcloud.model.ReductionCase;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.model.ResourceAdaptation;
import io.govcloud.model.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the year produced, as the entry point returned it: the deadlines watched and how each ended, the
 * monthly bills, the refusals, the adaptation, the reconciliation, the idle-capacity case, the acceptance
 * and the annual statements. The report prints it; the example's test checks its figures.
 */
final class Journal {

  /** A deadline of the timeline: what started it, its last day and article, and what became of it. */
  static final class Watch {
    final Instant trigger;
    final Text event;
    final String kind;
    final String subject;
    final Article article;
    final LocalDate lastDay;
    final Instant expiresAt;
    final boolean hours;
    final List<Outcome> outcomes = new ArrayList<>();

    Watch(Instant trigger, Text event, String kind, String subject, Article article, LocalDate lastDay, Instant expiresAt, boolean hours) {
      this.trigger = trigger;
      this.event = event;
      this.kind = kind;
      this.subject = subject;
      this.article = article;
      this.lastDay = lastDay;
      this.expiresAt = expiresAt;
      this.hours = hours;
    }
  }

  /** Something that happened to a watched deadline. */
  record Outcome(Instant at, Kind kind) {
    /** What happened. */
    enum Kind { MET, MET_LATE, APPROACHING, DUE, MISSED, LAPSED, SUPERVISED, REDUCED }
  }

  /** A refusal the story met, with what was attempted. */
  record Refusal(Instant at, Text attempt, Violation violation) {}

  /** A row of the timeline that is no deadline: a notice of the year's end, a rule's outcome. */
  record Event(Instant at, Text what, Article article) {}

  private final List<Watch> watches = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final Map<YearMonth, List<MonthlyBill>> bills = new TreeMap<>();
  private final List<Refusal> refusals = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();

  /** Health's servers as the entry point adapted them (Art. 27), read back from the resource. */
  ResourceAdaptation adapted;
  /** The name of the item they were adapted to. */
  String adaptedItemName;
  /** The analysis server nothing fits, and the entry point's refusal of it (Art. 27, 35). */
  AdaptationRequest notAdaptableRequest;
  Violation notAdaptable;
  Recording reminder;
  ReductionCase reductionCase;
  Reconciliation reconciliation;
  Evaluation evaluation;
  AnnualResult annualResult;
  final List<AnnualStatement> statements = new ArrayList<>();

  /** Starts watching a deadline the story opened, as computed by the library. */
  Watch watch(Instant trigger, Text event, StatutoryDeadline kind, String subject, LocalDate lastDay, Instant expiresAt) {
    Watch watch = new Watch(trigger, event, kind.name(), subject, kind.article(), lastDay, expiresAt,
        kind == StatutoryDeadline.EMERGENCY_PROVISIONING);
    watches.add(watch);
    return watch;
  }

  /** Records that a watched deadline was met at an instant, late if after its expiry. */
  void met(StatutoryDeadline kind, String subject, Instant at) {
    Watch watch = find(kind.name(), subject).orElseThrow(() -> new IllegalStateException("no " + kind + " watched for " + subject));
    watch.outcomes.add(new Outcome(at, at.isAfter(watch.expiresAt) ? Outcome.Kind.MET_LATE : Outcome.Kind.MET));
  }

  /** Records a step of a watched deadline. */
  void step(StatutoryDeadline kind, String subject, Instant at, Outcome.Kind step) {
    find(kind.name(), subject).orElseThrow(() -> new IllegalStateException("no " + kind + " watched for " + subject))
        .outcomes.add(new Outcome(at, step));
  }

  /**
   * Records a notice of the host's sweep on the deadline it concerns; the deadline the entry point tracks
   * must end on the day the timeline shows, or the example stops.
   */
  void notice(DeadlineNotice notice) {
    TrackedDeadline tracked = notice.deadline();
    Watch watch = find(tracked.kind(), tracked.subjectId()).orElseThrow(() -> new IllegalStateException(
        "the sweep noticed a deadline the story does not watch: " + tracked.kind() + " of " + tracked.subjectId()));
    if (!watch.lastDay.equals(tracked.lastDay())) {
      throw new IllegalStateException("the timeline says " + watch.lastDay + ", the entry point " + tracked.lastDay() + " for " + tracked.kind());
    }
    watch.outcomes.add(new Outcome(notice.at(), Outcome.Kind.valueOf(notice.stage().name())));
  }

  void event(Instant at, Text what, Article article) {
    events.add(new Event(at, what, article));
  }

  void bills(YearMonth month, List<MonthlyBill> issued) {
    bills.put(month, List.copyOf(issued));
  }

  void refused(Instant at, Text attempt, Violation violation) {
    refusals.add(new Refusal(at, attempt, violation));
  }

  void notified(Notification notification) {
    notifications.add(notification);
  }

  List<Watch> watches() {
    return Collections.unmodifiableList(watches);
  }

  List<Event> events() {
    return Collections.unmodifiableList(events);
  }

  Map<YearMonth, List<MonthlyBill>> bills() {
    return Collections.unmodifiableMap(bills);
  }

  /** The total a department's bill of a month came to, if it had one. */
  Optional<io.govcloud.model.Money> billTotal(YearMonth month, DepartmentId department) {
    return bills.getOrDefault(month, List.of()).stream()
        .filter(bill -> bill.account().department().equals(department)).map(MonthlyBill::total).findFirst();
  }

  List<Refusal> refusals() {
    return Collections.unmodifiableList(refusals);
  }

  List<Notification> notifications() {
    return Collections.unmodifiableList(notifications);
  }

  private Optional<Watch> find(String kind, String subject) {
    for (int i = watches.size() - 1; i >= 0; i--) {
      Watch watch = watches.get(i);
      if (watch.kind.equals(kind) && watch.subject.equals(subject)) {
        return Optional.of(watch);
      }
    }
    return Optional.empty();
  }
}
