package io.govcloud.core;

import static io.govcloud.core.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.govcloud.core.calendar.CalendarCoverageException;
import io.govcloud.core.calendar.MalformedHolidayScheduleException;
import io.govcloud.core.calendar.WorkingDayCalendar;
import io.govcloud.core.lifecycle.ResourceRequest;
import io.govcloud.inmemory.InMemoryStore;
import io.govcloud.model.Article;
import io.govcloud.model.CloudResource;
import io.govcloud.model.DeadlineId;
import io.govcloud.model.Party;
import io.govcloud.model.Project;
import io.govcloud.model.ProjectId;
import io.govcloud.model.SpecialDay;
import io.govcloud.model.TrackedDeadline;
import io.govcloud.spi.HolidayScheduleSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The entry point's calendar (rule R1): how far its official schedule reaches and the warning when it runs
 * out, loading a notice (stage notices of a moved deadline, refusals, what is never counted again).
 */
class GovCloudCalendarTest {

  private static final ProjectId PRD_2026 = ProjectId.of("project-d-2026");
  private static final ProjectId PRD_2027 = ProjectId.of("project-d-2027");

  private static GovCloud build(Instant now, WorkingDayCalendar calendar, GovCloudPolicy policy) {
    return GovCloud.builder()
        .store(InMemoryStore.create())
        .calendar(calendar)
        .catalog(World.catalog())
        .notifier(new RecordingNotifier())
        .clock(new TestClock(now, SHANGHAI))
        .policy(policy)
        .build();
  }

  /** What building an entry point logs to the standard error stream (where slf4j-simple writes). */
  private static String logged(Runnable build) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      build.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void thePolicyWarnsSixtyDaysAheadByDefaultAndRefusesANegativeNumber() {
    assertThat(GovCloudPolicy.defaults().calendarWarningDays()).isEqualTo(60);
    assertThat(new GovCloudPolicy(Duration.ofDays(1)).calendarWarningDays()).isEqualTo(60);
    GovCloudPolicy policy = GovCloudPolicy.defaults().withCalendarWarningDays(90).withApproachingLeadTime(Duration.ofDays(3));
    assertThat(policy).isEqualTo(new GovCloudPolicy(Duration.ofDays(3), 90));
    assertThatThrownBy(() -> GovCloudPolicy.defaults().withCalendarWarningDays(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void buildingAnEntryPointWhoseCalendarRunsOutLogsAWarning() {
    String december = logged(() -> build(at("2026-12-01T09:00"), WorkingDayCalendar.china(), GovCloudPolicy.defaults()));
    assertThat(december).contains("WARN").contains("ends on 2026-12-31, in 30 days").contains("GovCloud.loadSchedule");
    String march = logged(() -> build(at("2026-03-02T09:00"), WorkingDayCalendar.china(), GovCloudPolicy.defaults()));
    assertThat(march).isEmpty();
    String longer = logged(() -> build(at("2026-03-02T09:00"), WorkingDayCalendar.china(), GovCloudPolicy.defaults().withCalendarWarningDays(400)));
    assertThat(longer).contains("in 304 days");
    String strict = logged(() -> build(at("2027-01-04T09:00"), WorkingDayCalendar.china().strict(), GovCloudPolicy.defaults()));
    assertThat(strict).contains("No official working-day schedule is loaded for today, 2027-01-04").contains("CalendarCoverageException");
  }

  @Test
  void theCoverageFollowsTheClockAndTheSchedulesLoaded() {
    TestClock clock = new TestClock(at("2026-12-01T09:00"), SHANGHAI);
    GovCloud gov = GovCloud.builder().store(InMemoryStore.create()).calendar(WorkingDayCalendar.china())
        .catalog(World.catalog()).notifier(new RecordingNotifier()).clock(clock).build();
    assertThat(gov.calendarCoverage().today()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(gov.calendarCoverage().isRunningOut()).isTrue();
    assertThat(gov.loadSchedule(CalendarScenarios.notice2027())).isEmpty(); // nothing open to count again
    assertThat(gov.calendar().coveredYears()).contains(Year.of(2027));
    assertThat(gov.calendarCoverage().daysLeft()).contains(395L);
    assertThat(gov.calendarCoverage().isRunningOut()).isFalse();
    clock.set(at("2027-11-15T09:00"));
    assertThat(gov.calendarCoverage().isRunningOut()).isTrue();
  }

  @Test
  void aScheduleThatListsADateTwiceIsRefusedAndNothingIsLoaded() {
    GovCloud gov = build(at("2026-12-01T09:00"), WorkingDayCalendar.china(), GovCloudPolicy.defaults());
    HolidayScheduleSource twice = HolidayScheduleSource.of("twice", Set.of(Year.of(2027)), List.of(
        SpecialDay.off(LocalDate.of(2027, 1, 1), "New Year's Day"), SpecialDay.off(LocalDate.of(2027, 1, 1), "New Year's Day")));
    assertThatThrownBy(() -> gov.loadSchedule(twice)).isInstanceOf(MalformedHolidayScheduleException.class);
    assertThat(gov.calendar().coveredYears()).doesNotContain(Year.of(2027));
    assertThat(gov.loadSchedule(HolidayScheduleSource.of("empty", Set.of(), List.of()))).isEmpty();
    assertThat(gov.calendar().coveredYears()).doesNotContain(Year.of(2027));
    assertThatThrownBy(() -> gov.loadSchedule(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void aDeadlineMovedLaterIsNotifiedAgainAtItsNewDatesAndOneMovedIntoThePastIsMissed() {
    World world = new World(InMemoryStore.create());
    GovCloud gov = world.gov;
    ok(gov.as(CITY).registry().registerProject(Project.of(PRD_2027, "某局2027运维项目", D, 2027, Project.Type.OPERATIONS)));
    // Wednesday 2027-02-03: the authority's 2 working days are provisionally 02-04 and 02-11
    world.clock.set(at("2027-02-03T10:00"));
    CloudResource r = ok(gov.as(DEPT_D).resources().apply(ResourceRequest.of(PRD_2027, PD, CD, "ecs.c2m4", BigDecimal.ONE)))
        .resource().orElseThrow();
    // a contract signed Friday 2027-01-29: provisionally 02-01 to 02-04 and 02-11
    world.clock.set(at("2027-02-03T10:05"));
    ok(gov.as(DEPT_D).registry().registerContract(io.govcloud.model.Contract.builder()
        .id(io.govcloud.model.ContractId.of("contract-late")).department(D).provider(P1).platform(PD)
        .signedAt(at("2027-01-29T09:00")).trialDays(15).addAllPrices(World.contract(CD, D, P1, PD).prices()).build()));

    assertThat(gov.sweep(at("2027-02-11T08:00"))).extracting(DeadlineNotice::stage, DeadlineNotice::isProvisional)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TrackedDeadline.Stage.DUE, true),
            org.assertj.core.groups.Tuple.tuple(TrackedDeadline.Stage.DUE, true));

    // the notice, loaded late on the old last day: the trial moves to 02-15, the filing back to 02-04
    world.clock.set(at("2027-02-11T09:00"));
    List<RescheduledDeadline> moved = gov.loadSchedule(CalendarScenarios.notice2027());
    assertThat(moved).allMatch(RescheduledDeadline::moved).hasSize(2);
    TrackedDeadline trial = moved.stream().filter(m -> m.after().subjectId().equals(r.id().value())).findFirst().orElseThrow().after();
    assertThat(trial.lastDay()).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(trial.notified()).as("the DUE and APPROACHING of 02-11 are not reached at the new dates").isEmpty();
    TrackedDeadline filing = moved.stream().filter(m -> m.after().subjectType().equals("contract")).findFirst().orElseThrow().after();
    assertThat(filing.lastDay()).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(filing.notified()).as("the DUE sent is a stage the filing has passed").containsExactlyInAnyOrder(
        TrackedDeadline.Stage.APPROACHING, TrackedDeadline.Stage.DUE);

    // the filing is now missed, the trial approaching on 02-14 and due on 02-15, each once
    assertThat(gov.sweep(at("2027-02-11T09:30"))).extracting(n -> n.deadline().subjectType(), DeadlineNotice::stage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("contract", TrackedDeadline.Stage.MISSED));
    assertThat(gov.sweep(at("2027-02-14T08:00"))).extracting(DeadlineNotice::stage).containsExactly(TrackedDeadline.Stage.APPROACHING);
    assertThat(gov.sweep(at("2027-02-15T08:00"))).extracting(DeadlineNotice::stage, DeadlineNotice::isProvisional)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TrackedDeadline.Stage.DUE, false));
    assertThat(gov.sweep(at("2027-02-15T09:00"))).isEmpty();
  }

  @Test
  void aDatedDeadlineAndAnHourDeadlineAreNeverCountedAgain() {
    World world = new World(InMemoryStore.create());
    Instant trigger = at("2027-02-03T10:00");
    TrackedDeadline dated = TrackedDeadline.builder()
        .id(DeadlineId.of("dl-dated")).kind("PERIODIC_CHANGE").article(Article.of(23)).subjectType("resource").subjectId("r-x")
        .platform(PD).responsible(Party.department(D)).trigger(trigger).lastDay(LocalDate.of(2027, 2, 8))
        .lastDayStartsAt(at("2027-02-08T00:00")).expiresAt(at("2027-02-09T00:00")).provisional(true).build();
    TrackedDeadline hours = TrackedDeadline.builder()
        .id(DeadlineId.of("dl-hours")).kind("EMERGENCY_PROVISIONING").article(Article.of(25)).subjectType("resource").subjectId("r-y")
        .platform(PD).responsible(Party.provider(P1)).trigger(trigger).lastDay(LocalDate.of(2027, 2, 4))
        .lastDayStartsAt(at("2027-02-04T00:00")).expiresAt(at("2027-02-04T10:00")).build();
    world.store.transact(uow -> {
      uow.deadlines().insert(dated);
      uow.deadlines().insert(hours);
      return null;
    });
    world.clock.set(at("2027-02-03T11:00"));
    assertThat(world.gov.loadSchedule(CalendarScenarios.notice2027())).isEmpty();
    assertThat(world.gov.recomputeDeadlines()).isEmpty();
    TrackedDeadline after = world.store.transact(uow -> uow.deadlines().find(dated.id()).orElseThrow());
    assertThat(after).isEqualTo(dated.withVersion(after.version()));
    assertThat(after.version()).as("never written after its insert").isEqualTo(1);
  }

  @Test
  void aStrictEntryPointRefusesTheYearEndUntilTheNoticeIsLoaded() {
    World world = new World(InMemoryStore.create());
    ok(world.gov.as(CITY).registry().registerProject(Project.of(PRD_2026, "某局2026运维项目", D, 2026, Project.Type.OPERATIONS)));
    GovCloud strict = GovCloud.builder()
        .store(world.store)
        .calendar(WorkingDayCalendar.china().strict())
        .catalog(World.catalog())
        .notifier(world.notifier)
        .clock(world.clock)
        .build();
    world.clock.set(at("2026-12-30T10:00"));
    ResourceRequest request = ResourceRequest.of(PRD_2026, PD, CD, "ecs.c2m4", BigDecimal.ONE);
    assertThatThrownBy(() -> strict.as(DEPT_D).resources().apply(request))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessageContaining("2027")
        .hasMessageContaining("strict");
    assertThat(strict.as(DEPT_D).records().resources()).as("nothing of the refused unit is kept").isEmpty();
    assertThat(strict.loadSchedule(CalendarScenarios.notice2027())).isEmpty();
    CloudResource r = ok(strict.as(DEPT_D).resources().apply(request)).resource().orElseThrow();
    TrackedDeadline trial = world.store.transact(uow -> uow.deadlines().ofSubject("resource", r.id().value())).get(0);
    assertThat(trial.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(trial.provisional()).isFalse();
  }
}
