package io.govcloud.example;

import io.govcloud.core.DeadlineNotice;
import io.govcloud.core.GovCloud;
import io.govcloud.core.calendar.Deadline;
import io.govcloud.core.calendar.Deadlines;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.example.Lang.Text;
import io.govcloud.model.Actor;
import io.govcloud.model.MonthlyBill;
import io.govcloud.model.RefusedException;
import io.govcloud.model.Violation;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The host system of the story, as a district's multi-cloud management system would drive govcloud: it
 * moves its clock forward, sweeps the deadlines every morning at 00:05 ({@code GovCloud.sweep}), and
 * has the municipal authority issue the month's bills (the billing months are the city's, one ledger for every district) at 09:00 on the first working day of the next
 * month (Art. 30). Everything else is done by the story's actors through {@code gov.as(actor)}.
 */
final class Host {

  private static final LocalTime SWEEP = LocalTime.of(0, 5);
  private static final LocalTime ISSUE = LocalTime.of(9, 0);

  final GovCloud gov;
  final HostClock clock;
  final Journal journal;
  private final Deadlines deadlines;
  private final YearMonth lastMonth;
  private Instant nextSweep;
  private YearMonth nextMonth;

  Host(GovCloud gov, HostClock clock, Journal journal, YearMonth firstMonth, YearMonth lastMonth) {
    this.gov = gov;
    this.clock = clock;
    this.journal = journal;
    this.deadlines = Deadlines.of(gov.calendar(), District.BEIJING);
    this.lastMonth = lastMonth;
    this.nextMonth = firstMonth;
    this.nextSweep = Lang.day(clock.instant()).plusDays(1).atTime(SWEEP).atZone(District.BEIJING).toInstant();
  }

  /** Moves to a Beijing time, running the sweeps and the bills due on the way. */
  Instant at(String localDateTime) {
    Instant target = District.at(localDateTime);
    while (true) {
      Instant issue = issueTime(nextMonth);
      Instant next = nextMonth.isAfter(lastMonth) || nextSweep.isBefore(issue) ? nextSweep : issue;
      if (next.isAfter(target)) {
        break;
      }
      clock.set(next);
      if (next.equals(nextSweep)) {
        for (DeadlineNotice notice : gov.sweep(next)) {
          journal.notice(notice);
        }
        nextSweep = nextSweep.plus(Duration.ofDays(1));
      } else {
        // the district's authority bills its own platforms (Art. 17, 20: 本级), in its own ledger
        if (gov.as(District.AUTHORITY).billing().ledgerStart().isEmpty()) {
          ok(District.AUTHORITY, gov.as(District.AUTHORITY).billing().startLedger(nextMonth)); // the ledger's first month, once
        }
        List<MonthlyBill> bills = gov.as(District.AUTHORITY).billing().issue(nextMonth).getOrElseThrow(RefusedException::of);
        journal.bills(nextMonth, bills);
        nextMonth = nextMonth.plusMonths(1);
      }
    }
    clock.set(target);
    return target;
  }

  /** 09:00 on the first working day after a month. */
  private Instant issueTime(YearMonth month) {
    LocalDate day = month.plusMonths(1).atDay(1);
    while (!gov.calendar().isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(ISSUE).atZone(District.BEIJING).toInstant();
  }

  /** Watches a statutory deadline the story just started, as the entry point computes it. */
  Journal.Watch watch(Instant trigger, Text event, StatutoryDeadline kind, String subject) {
    Deadline deadline = deadlines.due(kind, trigger);
    return journal.watch(trigger, event, kind, subject, deadline.lastDay(), deadline.expiresAt());
  }

  /**
   * What an action the story expects to succeed returned; a refusal stops the example, naming the actor,
   * the code and the reason.
   */
  static <T> T ok(Actor actor, Either<Violation, T> result) {
    if (result.isLeft()) {
      Violation refused = result.getLeft();
      throw new IllegalStateException(actor + " was refused " + refused.code() + " (" + refused.article() + "): " + refused.english());
    }
    return result.get();
  }

  /** The refusal of an action the story expects to be refused, recorded in the journal. */
  <T> Violation refused(Text attempt, Either<Violation, T> result) {
    if (result.isRight()) {
      throw new IllegalStateException("expected a refusal of " + attempt.en() + " but it was done: " + result.get());
    }
    journal.refused(clock.instant(), attempt, result.getLeft());
    return result.getLeft();
  }
}
