package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.govcloud.core.calendar.HolidayScheduleTsv;
import io.govcloud.core.calendar.StatutoryDeadline;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.model.AuditRecord;
import io.govcloud.model.CloudResource;
import io.govcloud.model.Contract;
import io.govcloud.model.ContractId;
import io.govcloud.model.FieldChange;
import io.govcloud.model.Jurisdiction;
import io.govcloud.model.Notification;
import io.govcloud.model.Party;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.HolidayScheduleSource;
import io.govcloud.spi.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar at the year's end through the entry point and a store (rule R1): with no 2027 notice
 * loaded, a department applies on 2026-12-30 and registers a contract on 2027-01-04, both with provisional
 * deadlines (counted from the statutory holidays of the 办法) that their notifications call provisional;
 * then the 2027 notice is loaded, every open deadline is counted again, and the moved ones are audited
 * and notified once. Abstract: each store module runs them, unchanged, on its own store.
 *
 * <p>The 2027 notice is a made-up fixture (govcloud-core's test resource {@code fixture-2027-notice.tsv}):
 * New Year's Day with the weekend, the Spring Festival 2027-02-05 to 02-12 with makeup Sundays
 * 2027-01-31 and Saturday 02-20.
 */
public abstract class CalendarScenarios {

  private static final ProjectId PRD_2026 = ProjectId.of("project-d-2026");
  private static final ProjectId PRD_2027 = ProjectId.of("project-d-2027");
  private static final ContractId JANUARY = ContractId.of("contract-d-2027-01");
  private static final ContractId BEFORE_SPRING_FESTIVAL = ContractId.of("contract-d-2027-02");
  private static final Party CITY_AUTHORITY = Party.authority(Jurisdiction.MUNICIPAL);

  protected World world;
  protected GovCloud gov;

  /** For subclasses, one per store. */
  protected CalendarScenarios() {}

  /** A new, empty store for one test. */
  protected abstract Store newStore();

  @BeforeEach
  void setUp() {
    world = new World(newStore());
    gov = world.gov;
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD_2026, "某局2026运维项目", D, 2026, Project.Type.OPERATIONS)));
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD_2027, "某局2027运维项目", D, 2027, Project.Type.OPERATIONS)));
  }

  /** Every refusal code and notification type has its constant, every text its one language, every audit value is JSON. */
  @AfterEach
  void codesTextsAndAuditValuesAreInOrder() {
    if (world != null) {
      ScenarioChecks.check(world);
    }
  }

  /** The made-up 2027 notice of govcloud-core's tests. */
  public static HolidayScheduleSource notice2027() {
    String resource = "/io/govcloud/core/calendar/fixture-2027-notice.tsv";
    try (InputStream in = CalendarScenarios.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return HolidayScheduleTsv.parse("fixture 2027 notice", reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CloudResource apply(ProjectId project, String at) {
    world.clock.set(at(at));
    return ok(gov.as(DEPT_D).resources().apply(ResourceRequest.of(project, PD, CD, "ecs.c2m4", BigDecimal.ONE)))
        .resource().orElseThrow();
  }

  private Contract register(ContractId id, String signedAt, String registeredAt) {
    world.clock.set(at(registeredAt));
    Contract contract = Contract.builder()
        .id(id).department(D).provider(P1).platform(PD).signedAt(at(signedAt)).trialDays(15)
        .addAllPrices(contract(CD, D, P1, PD).prices())
        .build();
    return ok(gov.as(DEPT_D).registry().registerContract(contract));
  }

  private TrackedDeadline deadline(String subjectType, String subjectId) {
    List<TrackedDeadline> all = world.store.transact(uow -> uow.deadlines().ofSubject(subjectType, subjectId));
    assertThat(all).as("deadlines of %s %s", subjectType, subjectId).hasSize(1);
    return all.get(0);
  }

  private List<AuditRecord> all(java.util.function.Predicate<AuditRecord> filter) {
    List<AuditRecord> all = world.store.transact(uow -> uow.audit().after(0, Integer.MAX_VALUE));
    return all.stream().filter(filter).toList();
  }

  private List<AuditRecord> rescheduleRecords() {
    return all(r -> r.action().equals("RESCHEDULE_DEADLINE"));
  }

  private List<Notification> delivered(String type) {
    gov.dispatchNotifications();
    return world.notifier.delivered().stream().filter(n -> n.type().equals(type)).toList();
  }

  @Test
  void aYearEndWithoutTheNextNoticeThenTheNoticeLoadedMovesTheOpenDeadlinesAndNotifiesEachOnce() {
    assertThat(gov.calendar().coveredYears()).doesNotContain(java.time.Year.of(2027));

    // Wednesday 2026-12-30: the application succeeds; the authority's 2 working days reach into 2027,
    // counted provisionally: Thursday 12-31, (Friday 2027-01-01 New Year's Day by the 办法), Monday 01-04
    CloudResource december = apply(PRD_2026, "2026-12-30T10:00");
    TrackedDeadline trial = deadline("resource", december.id().value());
    assertThat(trial.kind()).isEqualTo(StatutoryDeadline.TRIAL_ENVIRONMENT_NOTICE.name());
    assertThat(trial.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(trial.provisional()).isTrue();
    assertThat(trial.responsible()).isEqualTo(CITY_AUTHORITY);

    // Monday 2027-01-04: a contract signed that morning is registered; its 5 working days, 01-05 to 01-11
    Contract january = register(JANUARY, "2027-01-04T09:00", "2027-01-04T10:00");
    TrackedDeadline filing = deadline("contract", january.id().value());
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(filing.provisional()).isTrue();

    // the notices of a provisional deadline say so
    List<DeadlineNotice> due = gov.sweep(at("2027-01-04T08:30"));
    assertThat(due).extracting(n -> n.deadline().id()).contains(trial.id());
    DeadlineNotice trialDue = due.stream().filter(n -> n.deadline().id().equals(trial.id())).findFirst().orElseThrow();
    assertThat(trialDue.stage()).isEqualTo(TrackedDeadline.Stage.DUE);
    assertThat(trialDue.isProvisional()).isTrue();
    Notification dueNotice = delivered(NotificationTypes.DEADLINE_DUE).stream()
        .filter(n -> n.subjectId().equals(december.id().value())).findFirst().orElseThrow();
    assertThat(dueNotice.data()).containsEntry("provisional", "true").containsEntry("lastDay", "2027-01-04");
    assertThat(dueNotice.chinese()).contains("暂按法定节假日推算");
    assertThat(dueNotice.english()).contains("provisional");

    // the January contract is filed in time: a closed deadline is history, never counted again
    world.clock.set(at("2027-01-08T15:00"));
    ok(gov.as(DEPT_D).registry().fileContract(JANUARY));

    // Friday 2027-01-29, a contract signed that morning: provisionally 02-01 to 02-04, then the Spring Festival
    // (02-05 New Year's Eve to 02-08, and the compensatory days 02-09 and 02-10 for the weekend), so 02-11
    register(BEFORE_SPRING_FESTIVAL, "2027-01-29T09:00", "2027-01-29T10:00");
    TrackedDeadline beforeFestival = deadline("contract", BEFORE_SPRING_FESTIVAL.value());
    assertThat(beforeFestival.lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(beforeFestival.provisional()).isTrue();
    // Wednesday 2027-02-03, an application: Thursday 02-04, then the festival again, so 02-11
    CloudResource february = apply(PRD_2027, "2027-02-03T10:00");
    TrackedDeadline februaryTrial = deadline("resource", february.id().value());
    assertThat(februaryTrial.lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(februaryTrial.provisional()).isTrue();

    // Thursday 2027-02-04 09:00, the host loads the 2027 notice: Sunday 01-31 is a makeup working day and the
    // festival runs 02-05 to 02-12
    world.clock.set(at("2027-02-04T09:00"));
    List<RescheduledDeadline> changed = gov.loadSchedule(notice2027());
    assertThat(gov.calendar().coveredYears()).contains(java.time.Year.of(2027));
    assertThat(changed).extracting(c -> c.before().id())
        .containsExactlyInAnyOrder(trial.id(), beforeFestival.id(), februaryTrial.id());
    RescheduledDeadline first = changed.get(0);
    assertThat(first.before().id()).as("ordered by expiry before the change").isEqualTo(trial.id());
    // the December application's deadline counts the same officially: it stops being provisional, unmoved
    assertThat(first.moved()).isFalse();
    assertThat(first.after().lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(first.after().provisional()).isFalse();
    // the contract's filing moves 5 working days earlier, to today: 01-31, 02-01, 02-02, 02-03, 02-04
    TrackedDeadline filingNow = deadline("contract", BEFORE_SPRING_FESTIVAL.value());
    assertThat(filingNow.lastDay()).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(filingNow.provisional()).isFalse();
    assertThat(filingNow.status()).isEqualTo(TrackedDeadline.Status.OPEN);
    // the February application's moves later, past the whole festival: 02-04, then Monday 02-15
    TrackedDeadline februaryNow = deadline("resource", february.id().value());
    assertThat(februaryNow.lastDay()).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(februaryNow.expiresAt()).isEqualTo(at("2027-02-16T00:00"));
    assertThat(februaryNow.lastDayStartsAt()).isEqualTo(at("2027-02-15T00:00"));
    assertThat(changed).filteredOn(RescheduledDeadline::moved).extracting(c -> c.after().lastDay())
        .containsExactlyInAnyOrder(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 15));
    // closed deadlines stay as they were
    assertThat(deadline("contract", JANUARY.value()).provisional()).isTrue();

    // the moved ones are notified once, each to the party responsible
    List<Notification> moved = delivered(NotificationTypes.DEADLINE_MOVED);
    assertThat(moved).extracting(Notification::subjectId).containsExactlyInAnyOrder(BEFORE_SPRING_FESTIVAL.value(), february.id().value());
    Notification filingMoved = moved.stream().filter(n -> n.subjectId().equals(BEFORE_SPRING_FESTIVAL.value())).findFirst().orElseThrow();
    assertThat(filingMoved.recipient()).isEqualTo(Party.department(D));
    assertThat(filingMoved.article().number()).isEqualTo(12);
    assertThat(filingMoved.data())
        .containsEntry("previousLastDay", "2027-02-11")
        .containsEntry("lastDay", "2027-02-04")
        .containsEntry("provisional", "false");
    assertThat(filingMoved.chinese()).contains("2027-02-11").contains("2027-02-04");
    Notification trialMoved = moved.stream().filter(n -> n.subjectId().equals(february.id().value())).findFirst().orElseThrow();
    assertThat(trialMoved.recipient()).isEqualTo(CITY_AUTHORITY);
    assertThat(trialMoved.data()).containsEntry("previousLastDay", "2027-02-11").containsEntry("lastDay", "2027-02-15");

    // audited on the deadline's subject, where the department reads its resource's trail
    List<AuditRecord> trail = ok(gov.as(DEPT_D).records().auditTrail(february.id()));
    AuditRecord rescheduled = trail.stream().filter(r -> r.action().equals("RESCHEDULE_DEADLINE")).findFirst().orElseThrow();
    assertThat(rescheduled.actor().role()).isEqualTo(io.govcloud.model.Actor.Role.SYSTEM);
    FieldChange change = rescheduled.changes().stream()
        .filter(c -> c.field().equals("deadline.TRIAL_ENVIRONMENT_NOTICE")).findFirst().orElseThrow();
    assertThat(change.before().orElseThrow()).contains("2027-02-11").contains("provisional");
    assertThat(change.after().orElseThrow()).contains("2027-02-15").doesNotContain("provisional");
    assertThat(rescheduleRecords()).hasSize(3);
    AuditRecord load = all(r -> r.action().equals("LOAD_HOLIDAY_SCHEDULE")).get(0);
    assertThat(load.subjectType()).isEqualTo("calendar");
    assertThat(load.subjectId()).isEqualTo("holiday-schedule-2027");
    assertThat(load.at()).isEqualTo(at("2027-02-04T09:00"));
    assertThat(load.changes()).extracting(FieldChange::field).containsExactly("name", "coveredYears", "specialDays");
    assertThat(load.changes().get(0).after()).contains("\"fixture 2027 notice\"");
    assertThat(load.changes().get(1).after()).hasValueSatisfying(years -> assertThat(years).contains("2027"));
    assertThat(load.changes().get(2).after()).hasValueSatisfying(days -> assertThat(days).contains("21"));

    // the sweep sends today's DUE notice of the moved filing deadline, no longer provisional
    List<DeadlineNotice> today = gov.sweep(at("2027-02-04T09:30"));
    DeadlineNotice filingDue = today.stream().filter(n -> n.deadline().id().equals(beforeFestival.id())).findFirst().orElseThrow();
    assertThat(filingDue.stage()).isEqualTo(TrackedDeadline.Stage.DUE);
    assertThat(filingDue.isProvisional()).isFalse();
    assertThat(today).extracting(n -> n.deadline().id()).doesNotContain(februaryTrial.id());

    // loading the same notice again moves nothing and notifies nothing
    world.clock.set(at("2027-02-04T11:00"));
    assertThat(gov.loadSchedule(notice2027())).isEmpty();
    assertThat(delivered(NotificationTypes.DEADLINE_MOVED)).hasSize(2);
    assertThat(rescheduleRecords()).hasSize(3);
    assertThat(all(r -> r.action().equals("LOAD_HOLIDAY_SCHEDULE"))).as("each load is audited").hasSize(2);

    // a deadline opened now counts in the notice, officially: 02-04 10:00 is this side of noon, 02-15 and 02-16
    CloudResource after = apply(PRD_2027, "2027-02-04T12:00");
    TrackedDeadline official = deadline("resource", after.id().value());
    assertThat(official.lastDay()).isEqualTo(LocalDate.of(2027, 2, 16));
    assertThat(official.provisional()).isFalse();
  }

  /** The entry point of a host restarted on the same store and clock with a calendar that holds the 2027 notice. */
  private GovCloud restartedWithTheNotice() {
    return GovCloud.builder()
        .store(world.store)
        .calendar(gov.calendar().withSchedule(notice2027()))
        .catalog(World.catalog())
        .notifier(world.notifier)
        .clock(world.clock)
        .build();
  }

  @Test
  void aHostRestartedWithTheNoticeNeverNotifiesAStaleProvisionalDate() {
    CloudResource february = apply(PRD_2027, "2027-02-03T10:00");
    register(BEFORE_SPRING_FESTIVAL, "2027-01-29T09:00", "2027-02-03T10:30");
    assertThat(deadline("resource", february.id().value()).lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));
    assertThat(deadline("contract", BEFORE_SPRING_FESTIVAL.value()).lastDay()).isEqualTo(LocalDate.of(2027, 2, 11));

    // the host restarts with the notice in its calendar and does not count again: the sweep counts the
    // provisional deadlines near its window again before it notifies any
    GovCloud restarted = restartedWithTheNotice();
    List<DeadlineNotice> notices = restarted.sweep(at("2027-02-04T08:00"));
    // the filing deadline is officially today's: moved, notified, then DUE, no longer provisional
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).deadline().subjectId()).isEqualTo(BEFORE_SPRING_FESTIVAL.value());
    assertThat(notices.get(0).stage()).isEqualTo(TrackedDeadline.Stage.DUE);
    assertThat(notices.get(0).deadline().lastDay()).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(notices.get(0).isProvisional()).isFalse();
    // the trial deadline moved later, out of the window: notified as moved, no stage yet
    assertThat(deadline("resource", february.id().value()).lastDay()).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(delivered(NotificationTypes.DEADLINE_MOVED)).extracting(Notification::subjectId)
        .containsExactlyInAnyOrder(BEFORE_SPRING_FESTIVAL.value(), february.id().value());
    // counted once: neither counting again nor sweeping again moves or notifies anything more
    assertThat(restarted.recomputeDeadlines()).isEmpty();
    assertThat(restarted.sweep(at("2027-02-04T08:05"))).isEmpty();
    assertThat(delivered(NotificationTypes.DEADLINE_MOVED)).hasSize(2);
  }

  @Test
  void aHostRestartedWithTheNoticeCountsEveryOpenDeadlineAgainWhenAsked() {
    // Monday 2027-01-25, a contract signed that morning: provisionally 01-26 to 01-29 and Monday 02-01
    register(BEFORE_SPRING_FESTIVAL, "2027-01-25T09:00", "2027-01-25T10:00");
    TrackedDeadline filing = deadline("contract", BEFORE_SPRING_FESTIVAL.value());
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(filing.provisional()).isTrue();
    // another, unrelated to the festival: Monday 2027-01-04, 5 working days to 01-11 with or without the notice
    register(JANUARY, "2027-01-04T09:00", "2027-01-25T10:05");

    world.clock.set(at("2027-01-25T11:00"));
    GovCloud restarted = restartedWithTheNotice();
    List<RescheduledDeadline> counted = restarted.recomputeDeadlines();
    assertThat(counted).extracting(c -> c.after().subjectId())
        .containsExactly(JANUARY.value(), BEFORE_SPRING_FESTIVAL.value());
    // the makeup Sunday 01-31 brings the filing a day earlier
    assertThat(counted.get(1).moved()).isTrue();
    assertThat(counted.get(1).after().lastDay()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(counted.get(1).at()).isEqualTo(at("2027-01-25T11:00"));
    assertThat(counted.get(0).moved()).isFalse();
    assertThat(counted.get(0).after().lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(counted.get(0).after().provisional()).isFalse();
    assertThat(delivered(NotificationTypes.DEADLINE_MOVED)).extracting(Notification::subjectId)
        .containsExactly(BEFORE_SPRING_FESTIVAL.value());
    assertThat(restarted.recomputeDeadlines()).isEmpty();
    // the old entry point still counts without the notice: it moves them back, each notified once more
    assertThat(gov.recomputeDeadlines()).extracting(c -> c.after().provisional()).containsExactly(true, true);
    assertThat(delivered(NotificationTypes.DEADLINE_MOVED)).hasSize(2);
  }
}
